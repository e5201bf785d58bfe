#include "attribution.h"

#include <QRegularExpression>

namespace {

// A capitalised name of up to six words, optionally after "the", that may end
// in "news agency" / "state media" ("Russia's RIA Novosti news agency").
const QString name = QStringLiteral(
    "((?:[Tt]he\\s+)?[A-Z][\\p{L}\\p{M}.'\\x{2019}&-]*(?:\\s+(?:of\\s+|for\\s+)?[A-Z][\\p{L}\\p{M}.'\\x{2019}&-]*){0,5}"
    "(?:\\s+(?:news agency|state media|state broadcaster|statement|officials?|spokesperson|spokesman|spokeswoman))?)");
const QString reportingVerb = QStringLiteral(
    "(?:said|says|reported|reports|told|stated|states|noted|added|announced|confirmed|claimed|wrote|quoted)");

QString clean(QString source)
{
    source = source.trimmed();
    // The sentence's full stop is no part of the name ("told Xinhua."), an initial's is ("U.S.").
    if (source.endsWith(u'.') && !(source.size() >= 2 && source[source.size() - 2].isUpper()))
        source.chop(1);
    if (source.endsWith(u"'s") || source.endsWith(u"\u2019s"))
        source.chop(2);
    return source;
}

} // namespace

QString findAttribution(QStringView sentence)
{
    static const QRegularExpression accordingTo(
        QStringLiteral("\\b[Aa]ccording to\\s+((?:a |an |the )?[^,.;:\"\\x{201c}\\x{201d}]{2,80})"));
    static const QRegularExpression quotedBy(QStringLiteral("\\bquoted (?:as saying )?by\\s+") + name);
    static const QRegularExpression toldOutlet(QStringLiteral("\\btold\\s+") + name
                                               + QStringLiteral("\\s*(?:[.,;:]|$)"));
    static const QRegularExpression citing(QStringLiteral("\\b(?:citing|cited by)\\s+") + name);
    static const QRegularExpression subjectSaid(name + QStringLiteral("\\s+(?:has |had |have )?") + reportingVerb
                                                + QStringLiteral("\\b"));
    static const QRegularExpression saidSubject(QStringLiteral("\\b(?:said|says|reported|added)\\s+") + name);

    if (const auto m = accordingTo.matchView(sentence); m.hasMatch()) {
        QString source = m.captured(1);
        // Keep the source itself, not the clause that may follow it.
        const qsizetype cut = source.indexOf(QRegularExpression(QStringLiteral("\\s+(?:that|who|which|on|in|as)\\s")));
        if (cut > 0)
            source.truncate(cut);
        return clean(source);
    }
    for (const QRegularExpression *re : {&quotedBy, &toldOutlet, &citing}) {
        if (const auto m = re->matchView(sentence); m.hasMatch())
            return clean(m.captured(1));
    }
    // The last "X said" wins: the attribution usually closes the sentence.
    QString last;
    for (auto it = subjectSaid.globalMatchView(sentence); it.hasNext();) {
        const auto m = it.next();
        const QString source = m.captured(1);
        // A capital at the sentence start that is no name ("The", "This") is not a source.
        if (source.compare(u"The", Qt::CaseSensitive) != 0 && source != u"This" && source != u"It")
            last = source;
    }
    if (!last.isEmpty())
        return clean(last);
    if (const auto m = saidSubject.matchView(sentence); m.hasMatch())
        return clean(m.captured(1));
    return {};
}
