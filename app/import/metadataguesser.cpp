// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadataguesser.h"

#include "clutterdetector.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

struct TextLine
{
    qsizetype start = 0;
    QString text; // trimmed, without the parts that are clutter
};

// Non-empty lines with their clutter parts taken out; lines that are all clutter are
// dropped. Only the first `limit` such lines are made: the guesses need the head.
QList<TextLine> readableLines(QStringView text, const QList<TextRange> &clutter, qsizetype limit)
{
    QList<TextLine> lines;
    qsizetype pos = 0;
    while (pos <= text.size() && lines.size() < limit) {
        qsizetype nl = text.indexOf(u'\n', pos);
        if (nl < 0)
            nl = text.size();
        QString kept;
        // Runs of kept characters, appended whole: outside every clutter range and not U+FEFF.
        qsizetype i = pos;
        while (i < nl) {
            qsizetype runEnd = nl;
            bool inClutter = false;
            for (const TextRange &r : clutter) {
                if (r.contains(i)) {
                    inClutter = true;
                    runEnd = std::min(runEnd, r.end);
                    break;
                }
                if (r.start > i)
                    runEnd = std::min(runEnd, r.start);
            }
            if (inClutter) {
                // Every position up to the end of this range is clutter.
                i = std::max(i + 1, runEnd);
                continue;
            }
            for (qsizetype k = i; k < runEnd; ++k) {
                if (text[k] == QChar(0xFEFF)) {
                    kept.append(text.mid(i, k - i));
                    i = k + 1;
                }
            }
            if (i < runEnd)
                kept.append(text.mid(i, runEnd - i));
            i = runEnd;
        }
        kept = kept.trimmed();
        if (!kept.isEmpty())
            lines.append({pos, kept});
        pos = nl + 1;
    }
    return lines;
}

// Words between single spaces, as s.split(u' ', Qt::SkipEmptyParts).size() counts them.
int wordCount(QStringView s)
{
    int n = 0;
    bool in = false;
    for (const QChar c : s) {
        const bool w = c != u' ';
        if (w && !in)
            ++n;
        in = w;
    }
    return n;
}

int monthNumber(QStringView name)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString lower = name.left(3).toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == QLatin1String(months[i]))
            return i + 1;
    }
    return 0;
}

const QString kMonth = QStringLiteral(
    R"((January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)");

QString nameWord()
{
    // A capitalised word of a personal name, or one of the lower-case particles names carry.
    return QStringLiteral(R"((?:\p{Lu}[\p{L}'’\-]*\.?|de|da|del|della|der|den|di|du|dos|la|le|van|von|bin|binti|al|el|ter|y))");
}

bool headlineShaped(const QString &line)
{
    return wordCount(line) <= 30 && !line.endsWith(u'.') && !line.endsWith(u',') && !line.endsWith(u':');
}

// A short line wholly in capitals: "GLOBAL NATION", "NEWS | REGION", "FRANCE 24".
bool isKicker(const QString &line)
{
    int letters = 0;
    for (QChar c : line) {
        if (c.isLower())
            return false;
        letters += c.isLetter() ? 1 : 0;
    }
    return letters >= 2 && wordCount(line) <= 6;
}

// "INQUIRER.net / 06:45 AM December 04, 2025", "KYODO | May 3, 2025": a web address or a name
// in capitals set apart from the page's date by a slash or a bar is the outlet's ("News Release
// | Dec. 3, 2025" is a label). Returns it, or nothing.
QString outletBeforeDate(const QString &beforeDate)
{
    const qsizetype bar = std::max(beforeDate.indexOf(u'/'), beforeDate.indexOf(u'|'));
    if (bar <= 0)
        return {};
    const QString name = beforeDate.left(bar).trimmed();
    static const QRegularExpression domain(QStringLiteral(R"(^\p{L}[\p{L}\d-]*\.(?:com|net|org|co|news|[a-z]{2})$)"),
                                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return domain.match(name).hasMatch() || (isKicker(name) && wordCount(name) <= 3) ? name : QString();
}

} // namespace

QDate parseWrittenDate(QStringView text, qsizetype *matchStart, qsizetype *matchLength)
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(?:(\d{4})-(\d{2})-(\d{2})|(\d{4})/(\d{2})/(\d{2})|)") + kMonth
            + QStringLiteral(R"(\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)") + kMonth
            + QStringLiteral(R"(,?\s+(\d{4}))(?!\d))"),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatchIterator it = re.globalMatchView(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QDate d;
        if (m.capturedLength(1))
            d = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        else if (m.capturedLength(4))
            d = QDate(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        else if (m.capturedLength(7))
            d = QDate(m.captured(9).toInt(), monthNumber(m.capturedView(7)), m.captured(8).toInt());
        else
            d = QDate(m.captured(12).toInt(), monthNumber(m.capturedView(11)), m.captured(10).toInt());
        if (d.isValid()) {
            if (matchStart)
                *matchStart = m.capturedStart();
            if (matchLength)
                *matchLength = m.capturedLength();
            return d;
        }
    }
    return {};
}

QString bylineNames(QStringView line)
{
    static const QRegularExpression lead(QStringLiteral(R"(^(?:By:?|BY:?|Written by|Words by|Reported by|Author:|Authors:|Reporter:)\s+)"));
    const QRegularExpressionMatch m = lead.matchView(line);
    if (!m.hasMatch())
        return {};
    QString rest = line.mid(m.capturedLength()).toString();
    // Names end where a separator, a date or an affiliation starts.
    static const QRegularExpression stop(
        QStringLiteral(R"(\s*(?:[|•·–—]|\s-\s|\bon\s|\bfor\s|\bin\s|\bat\s|\bupdated\b|\bpublished\b|\d))"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch s = stop.match(rest);
    if (s.hasMatch())
        rest.truncate(s.capturedStart());
    rest = rest.trimmed();
    while (rest.endsWith(u',') || rest.endsWith(u';'))
        rest.chop(1);
    static const QRegularExpression names(
        QStringLiteral("^%1(?:\\s+%1){0,4}(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)%1(?:\\s+%1){0,4})*$").arg(nameWord()),
        QRegularExpression::UseUnicodePropertiesOption);
    // "By Reuters" style agency credits stay out: one upper-case word is not a person's name,
    // but it is a fine byline, so keep it; reject only what does not look like names at all.
    if (rest.isEmpty() || !names.match(rest).hasMatch() || !rest.front().isUpper())
        return {};
    return rest;
}

GuessedMetadata guessMetadata(QStringView text, const QList<TextRange> &clutter)
{
    GuessedMetadata g;
    // Headline, byline and dateline sit above the report, within its first few lines.
    // The page's timestamp lines are no report, but they date it.
    QList<TextRange> notMetadata = clutter;
    notMetadata.removeIf([&](const TextRange &r) { return isPageTimestamp(text.mid(r.start, r.length())); });
    const QList<TextLine> lines = readableLines(text, notMetadata, 8);
    const qsizetype head = std::min<qsizetype>(lines.size(), 8);
    // "GLOBAL NATION", "LIVE", "KERNOW POST": a kicker or a masthead in capitals above the
    // headline is not the headline.
    const qsizetype headline = head > 1 && isKicker(lines[0].text) && !isKicker(lines[1].text) && headlineShaped(lines[1].text) ? 1 : 0;
    QString datelineOutlet;
    for (qsizetype i = headline; i < head; ++i) {
        const QString &s = lines[i].text;
        if (g.byline.isEmpty()) {
            const QString names = bylineNames(s);
            if (!names.isEmpty()) {
                g.byline = names;
                if (!g.published.isValid())
                    g.published = parseWrittenDate(s);
                continue;
            }
        }
        if (!g.published.isValid() && wordCount(s) <= 16) {
            static const QRegularExpression label(QStringLiteral(R"(^(published|posted|updated|last updated|first published|date)\b)"),
                                                  QRegularExpression::CaseInsensitiveOption);
            qsizetype at = 0, len = 0;
            const QDate d = parseWrittenDate(s, &at, &len);
            // Most of the line is the date (a time and zone may follow), or a label says it is one.
            const QString rest = s.left(at) + s.mid(at + len);
            static const QRegularExpression timeZone(
                QStringLiteral(R"(\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?|\b[A-Z]{2,5}\b|\bGMT[+-]?\d*|\bUTC[+-]?\d*|[|,()\-–—:])"),
                QRegularExpression::CaseInsensitiveOption);
            QString leftover = rest;
            leftover.remove(timeZone);
            if (d.isValid() && (wordCount(leftover) <= 2 || label.match(s).hasMatch())) {
                g.published = d;
                if (!label.match(s).hasMatch())
                    datelineOutlet = outletBeforeDate(s.left(at));
                continue;
            }
        }
        if (i == headline && headlineShaped(s))
            g.title = s;
    }

    // The outlet names itself in a copyright line, a wire dateline or a republishing note.
    static const QRegularExpression copyright(
        QStringLiteral(
            R"(^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(\p{Lu}[^,.;|]{0,60}?)\s*(?:[,.;|]|\ball rights\b|$))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression wire(
        QStringLiteral(R"(^[\p{Lu}][\p{Lu} .'\-]+(?:,\s*[\p{L}\d .]+)?\s*\((\p{Lu}[\p{L} .&]{0,30})\)\s*[-–—])"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression appeared(
        QStringLiteral(
            R"(\b(?:originally|first) (?:appeared|published|ran) (?:in|on|by) (?:the website of )?(\p{Lu}[^,.;:(]{0,60}?)\s*(?:[,.;:(]|\bon\b|$))"),
        QRegularExpression::UseUnicodePropertiesOption);
    // Walk the full text, not just the readable lines: a copyright footer is clutter, yet it names the outlet.
    // The copyright holder's full name beats a wire service's short one in a dateline.
    QList<QStringView> allLines = text.split(u'\n');
    for (QStringView &line : allLines)
        line = line.trimmed();
    for (const QRegularExpression *re : {&copyright, &wire, &appeared}) {
        for (const QStringView line : std::as_const(allLines)) {
            // Lines that cannot match are not searched: the first pattern opens with "©",
            // "(c)" or "copyright", the second has a bracket, the third one of its two words.
            if (re == &copyright && !(line.startsWith(u'\u00a9') || line.startsWith(u'(') || line.startsWith(u'c', Qt::CaseInsensitive)))
                continue;
            if (re == &wire && !line.contains(u'('))
                continue;
            if (re == &appeared && !line.contains(u"originally ") && !line.contains(u"first "))
                continue;
            const QRegularExpressionMatch m = re->matchView(line);
            const QString name = m.captured(1).trimmed();
            if (m.hasMatch() && !name.isEmpty() && wordCount(name) <= 6) {
                g.outlet = name;
                return g;
            }
        }
    }
    g.outlet = datelineOutlet;
    return g;
}
