// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clutterdetector.h"

#include <QRegularExpression>
#include <QString>

namespace {

struct Line
{
    qsizetype start = 0; // trimmed line within the text
    qsizetype end = 0;
    QString text;
    int words = 0;            // wordCount(text), counted once: every test below looks at it
    bool blankBefore = false; // a blank line separates it from the previous line
    bool clutter = false;
    qsizetype clutterEnd = -1; // when only a prefix of the line is clutter
};

int wordCount(const QString &s)
{
    int n = 0;
    bool in = false;
    for (const QChar c : s) {
        const bool w = !c.isSpace();
        if (w && !in)
            ++n;
        in = w;
    }
    return n;
}

QList<Line> splitLines(QStringView text)
{
    QList<Line> lines;
    bool blank = false;
    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype nl = text.indexOf(u'\n', pos);
        if (nl < 0)
            nl = text.size();
        qsizetype s = pos, e = nl;
        // U+FEFF (a kept byte order mark) counts as space here.
        while (s < e && (text[s].isSpace() || text[s] == QChar(0xFEFF)))
            ++s;
        while (e > s && text[e - 1].isSpace())
            --e;
        if (s == e) {
            blank = true;
        } else {
            Line l;
            l.start = s;
            l.end = e;
            l.text = text.mid(s, e - s).toString();
            l.words = wordCount(l.text);
            l.blankBefore = blank;
            lines.append(l);
            blank = false;
        }
        pos = nl + 1;
    }
    return lines;
}

bool endsLikeSentence(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(R"([.!?…]["'”’)\]]*$)"));
    return re.match(s).hasMatch();
}

QRegularExpression ci(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

// Cheap tests that let a line skip a pattern that cannot match it (most lines
// of a report match none of them). They only ever say "maybe" too often.

// Whether `s` may begin with one of `letters` (lower-case ASCII) in any case. A
// character outside ASCII may: Unicode case folding ties a few of them to ASCII letters.
bool mayStartWith(QStringView s, const char *letters)
{
    if (s.isEmpty())
        return false;
    char16_t c = s.front().unicode();
    if (c >= 0x80)
        return true;
    if (c >= u'A' && c <= u'Z')
        c += u'a' - u'A';
    for (const char *l = letters; *l; ++l) {
        if (c == char16_t(*l))
            return true;
    }
    return false;
}

bool containsEither(QStringView s, char16_t a, char16_t b)
{
    for (const QChar c : s) {
        if (c.unicode() == a || c.unicode() == b)
            return true;
    }
    return false;
}

// Attribution and quotation mark a line as reporting, whatever else it looks like.
bool hasReportingVoice(const QString &s)
{
    static const QRegularExpression reporting =
        ci(QStringLiteral(R"(\b(said|says|told|tells|according to|reported|reports|added|announced|stated|warned|wrote)\b|["“”«»])"));
    return reporting.match(s).hasMatch();
}

// Labels that lead readers elsewhere: "READ MORE: ...", "Related: ...", "Watch: ...".
bool isCallToAction(const Line &line)
{
    const QString &s = line.text;
    static const QRegularExpression re = ci(QStringLiteral(
        R"(^(read (next|more|also|this|on)( at)?|also read|see also|related( (article|articles|story|stories|coverage|content|news|reading|links|posts|topics|video|videos))?)"
        R"(|more (on|from|about) [^:]{1,40}|recommended( (for you|stories|reading|articles))?|watch( now| more| video| live)?)"
        R"(|listen( now)?|click here|tap here|trending( now)?|most (read|popular|viewed|shared)|you (may|might) (also )?like)"
        R"(|don['’]?t miss|must read|top stories|latest news|continue reading|story continues below)\s*[:|>»]\s*\S)"));
    return line.words <= 40 && re.match(s).hasMatch();
}

enum class Widget { None, Plain, CommentPrompt, RelatedHeading };

// Whole lines that are page furniture: buttons, prompts and section labels of the page.
Widget widgetKind(const Line &line)
{
    const QString &s = line.text;
    if (line.words > 12)
        return Widget::None;
    static const QRegularExpression comment = ci(QStringLiteral(
        R"(^((leave|post|add|write|submit) an? (reply|comment|response)|join the (conversation|discussion|debate)|comments?|\d+ comments?)"
        R"(|(show|view|read|load|see) (all )?(\d+ )?comments?|no comments( yet)?|be the first to comment|comments are closed)"
        R"(|you must be logged in to post a comment|have your say)\W*$)"));
    static const QRegularExpression related = ci(QStringLiteral(
        R"(^(related( (article|articles|story|stories|coverage|content|news|reading|links|posts|topics))?|read (more|next|also)|see also|also read)"
        R"(|more (stories|news|articles|coverage)|you (may|might) (also )?like|recommended( for you| stories| reading)?|most (read|popular|viewed|shared)|top stories|trending( now)?)"
        R"(|explore more( on (these|this) topics?)?|more on (this|these) (story|stories|topics?)|topics|tags)\W*$)"));
    static const QRegularExpression plain = ci(QStringLiteral(
        R"(^(share|share (this|on)( \w+)?|tweet|email|e-mail|print|save|bookmark|copy link|advertisement|advertising|ad|sponsored( content)?|paid (post|content))"
        R"(|skip (ad|advertisement)|skip to (main )?content|scroll to continue( with content)?|listen to this article( \d+\s*(min|mins|minutes?))?|follow us|subscribe( now)?|sign up|log ?in|sign in|menu|search|close)"
        R"(|reuse this content|purchase licensing rights|loading|(story|article) continues below( (this )?(ad|advertisement))?|continue reading below)"
        R"(|\d+\s*(min|mins|minute|minutes)( read)?)\W*$)"));
    // Links copied with their screen-reader hint ("..., opens new tab").
    static const QRegularExpression newTab = ci(QStringLiteral(R"(\bopens (in )?(a )?new (tab|window)\W*$)"));
    if (comment.match(s).hasMatch())
        return Widget::CommentPrompt;
    if (related.match(s).hasMatch())
        return Widget::RelatedHeading;
    // "Attachments: Download report (PDF | 612.4 KB)".
    static const QRegularExpression download =
        ci(QStringLiteral(R"(^((attachments?|downloads?)\s*:|download (the )?(full )?(report|pdf|file|document|attachment)\b))"));
    if (plain.match(s).hasMatch() || newTab.match(s).hasMatch() || download.match(s).hasMatch())
        return Widget::Plain;
    return Widget::None;
}

// Copyright notices and the legal lines of a site footer.
bool isFooter(const Line &line)
{
    const QString &s = line.text;
    static const QRegularExpression notice = ci(QStringLiteral(
        R"(^(©|&copy;|\(c\)\s*\d{4}|copyright\s*(©|\(c\)|\d{4}))|all rights reserved|do not (reproduce|redistribute|republish)|may not be (reproduced|republished|redistributed|copied))"));
    // Legal links only as a short list of links, never inside a sentence about them.
    static const QRegularExpression links = ci(QStringLiteral(R"(\b(terms of (use|service)|privacy policy|cookie policy)\b)"));
    const int words = line.words;
    return (words <= 40 && notice.match(s).hasMatch()) || (words <= 10 && !endsLikeSentence(s) && links.match(s).hasMatch());
}

// Who took or supplied a picture: "(Photo : X/AFP via Getty Images)", "Thomas Peter/Pool/Reuters".
bool isCredit(const Line &line)
{
    const QString &s = line.text;
    const int words = line.words;
    static const QRegularExpression labelled = ci(QStringLiteral(
        R"(^[(\[]?\s*((photo|photos|photograph|image|images|picture|pic|video|graphic|illustration|credit|credits|file photo|foto)s?\s*(credit|by)?\s*[:：])"
        R"(|(image|media|photo|video) (source|caption|credit)\s*[,:：])\s*\S.{0,150}$)"));
    if (words <= 25 && labelled.match(s).hasMatch())
        return true;
    if (words > 10 || endsLikeSentence(s))
        return false;
    // Names of wire services and picture agencies, as they appear in credits.
    static const QRegularExpression agency(QStringLiteral(
        R"(\b(Reuters|AFP|AP|EPA|EPA-EFE|Getty|Getty Images|Pool|Bloomberg|Shutterstock|Alamy|Xinhua|TASS|Sputnik|Kyodo|Yonhap|dpa|ANP|ANSA|IANS|PTI|Anadolu|ZUMA|Imagn|AAP|Redux|Handout|SIPA|Abaca|Polaris|NurPhoto|SOPA|Kremlin)\b)"));
    static const QRegularExpression slashed(
        QStringLiteral(R"(^[\p{Lu}][\p{L}.'’\-]*(\s+[\p{L}.'’\-]+){0,4}(\s*/\s*[\p{Lu}][\p{L}.'’\-]*(\s+[\p{L}.'’\-]+){0,4}){1,4}$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (slashed.match(s).hasMatch() && (s.count(u'/') >= 2 || agency.match(s).hasMatch()))
        return true;
    static const QRegularExpression picture =
        ci(QStringLiteral(R"(\b(via Getty Images|Getty Images|Shutterstock|Alamy|AP Photo|Pool Photo|Handout Photo|courtesy of)\b)"));
    return picture.match(s).hasMatch();
}

// When the page was published or updated: "Updated 6:12 PM EST, Nov. 3, 2025",
// "Published: 07:30 GMT, 18 November 2025 | Updated: 09:12 GMT", "Last updated 2:05 p.m. HST",
// "First posted: Mar 4, 2026 • 10:05 AM EST" (a month's name may come before the first digit).
// A line of nothing but a date and perhaps a clock time and zone: "Tuesday, December 16, 2025",
// "Tue 16 Dec 2025 06.00 GMT". It names a year or a month, so that no lone count or weekday is one.
bool isDateOnlyLine(const QString &text)
{
    static const QRegularExpression weekday =
        ci(QStringLiteral(R"(^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?\.?$)"));
    static const QRegularExpression month =
        ci(QStringLiteral(R"(^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\.?$)"));
    static const QRegularExpression dayOrTime =
        ci(QStringLiteral(R"(^\d{1,2}(st|nd|rd|th)?$|^\d{1,2}[:.]\d{2}(am|pm)?$|^(am|pm|a\.m\.|p\.m\.)$)"));
    static const QRegularExpression zone(QStringLiteral(R"(^(GMT|UTC)([+-]\d{1,2})?$|^[A-Z]{2,4}T$)"));
    static const QRegularExpression year(QStringLiteral(R"(^\d{4}$)"));
    static const QRegularExpression separators(QStringLiteral(R"([\s,|()\x{2022}\x{00B7}]+)"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 10)
        return false;
    bool anchored = false;
    for (const QString &w : words) {
        const bool isYear = year.match(w).hasMatch(), isMonth = month.match(w).hasMatch();
        if (!isYear && !isMonth && !weekday.match(w).hasMatch() && !dayOrTime.match(w).hasMatch() && !zone.match(w).hasMatch())
            return false;
        anchored = anchored || isYear || isMonth;
    }
    return anchored;
}

bool isTimestampLine(const Line &line)
{
    static const QRegularExpression stamp =
        ci(QStringLiteral(R"(^((first|last)\s+)?(updated|published|posted|modified)\b\s*:?\s*(on\s+|at\s+)?(\p{L}+\.?\s+)?\S*\d)"));
    // A bare date and clock time on a line of their own: "18 November 2025, 19:30 (Kyiv time)".
    static const QRegularExpression bare(
        QStringLiteral(R"(^\W*(\d{1,2}\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2}(st|nd|rd|th)?,?)\s+\d{4}\W+\d{1,2}[:.]\d{2}\b)"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (line.words > 24 || endsLikeSentence(line.text))
        return false;
    // "Ann Roe · Business reporter · Posted: Mar 4, 2026 6:30 AM EST": a stamp after a separator.
    static const QRegularExpression separator(QStringLiteral(R"(\s+[\x{00B7}|\x{2022}]\s+)"));
    const QStringList parts = line.text.split(separator);
    const bool stampPart = std::any_of(parts.cbegin() + 1, parts.cend(), [](const QString &part) { return stamp.match(part).hasMatch(); });
    // "March 3, 2026 4:12 PM GMT-5 Updated 2 hours ago": a bare stamp and when it changed.
    static const QRegularExpression changed = ci(QStringLiteral(R"(\b(updated|published|posted)\b)"));
    const int bareWords = changed.match(line.text).hasMatch() ? 12 : 8;
    return (line.words <= 16 && stamp.match(line.text).hasMatch()) || stampPart
           || (line.words <= bareWords && bare.match(line.text).hasMatch()) || isDateOnlyLine(line.text);
}

// A caption names itself: "... (File Photo)", "[Photo/Xinhua]", "(Image: ...)".
bool isSelfMarkedCaption(const Line &line)
{
    const QString &s = line.text;
    static const QRegularExpression re = ci(QStringLiteral(
        R"([(\[]\s*(file\s+(photo|image|picture|pic)|representative\s+(image|photo|picture)|photo|image|picture|pic|photograph|illustration)\b[^)\]]{0,80}[)\]])"));
    // A credit closing the caption line: "... Photograph: Massimo Paolone/AP", "... REUTERS/Tingshu Wang/File Photo",
    // "... on Thursday.PHOTO: REUTERS", "... on Thursday. AFP PHOTO".
    static const QRegularExpression trailingCredit(QStringLiteral(
        R"((\b(Photograph|Photo|Photos|Picture|Image|Illustration|Credit|PHOTOGRAPH|PHOTO|PHOTOS|PICTURE|IMAGE)\s*:\s*[^.:]{2,60})"
        R"(|\b(REUTERS|AFP|AP Photo|EPA-EFE|EPA|Getty Images|XINHUA)(\s*/\s*[^/\n]{1,40}){1,3}|[.!?]\s+(REUTERS|AFP|AP|EPA|XINHUA) PHOTO)$)"));
    // "... after a shift. PHOTO BY ANN KO /Harbour Post", "... on Monday. Photo by Ann Ko/Agency": a
    // photographer named after "photo by" and the paper after a slash (a sentence about "a photo by
    // Ann Ko" has no slash).
    static const QRegularExpression photoBy(
        QStringLiteral(
            R"(\b(PHOTO|Photo|PHOTOGRAPH|Photograph|PICTURE|Picture)\s+(BY|by)\s+[\p{Lu}][\p{L}.'’\-]*(\s+[\p{L}.'’\-]+){0,3}\s*/\s*[\p{Lu}][^/\n.]{1,40}$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    // "... on Monday. (Jorge Cañarte/The Associated Press)": a picture's credit in brackets at the end.
    static const QRegularExpression bracketCredit(
        QStringLiteral(R"(\(\s*[\p{Lu}][\p{L}.'’\-]*(\s+[\p{L}.'’\-]+){1,4}\s*/\s*[\p{Lu}][^()/]{1,60}\)\s*$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    // The first pattern opens with a bracket; the second has a colon or a slash; the third a slash; the last both.
    return line.words <= 60
           && ((containsEither(s, u'(', u'[') && re.match(s).hasMatch()) || (s.endsWith(u" PHOTO") && trailingCredit.match(s).hasMatch())
               || (containsEither(s, u':', u'/') && trailingCredit.match(s).hasMatch()) || (s.contains(u'/') && photoBy.match(s).hasMatch())
               || (s.contains(u'/') && s.contains(u'(') && bracketCredit.match(s).hasMatch()));
}

// Agency picture slugs such as "TOPSHOT-CHINA-BRI-FORUM" or "UKRAINE-CRISIS/RUSSIA".
bool isSlug(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(R"(^[A-Z0-9]+([-/][A-Z0-9]+)+$)"));
    // Only capitals, digits, hyphens and slashes, with a hyphen or a slash.
    bool separated = false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u'-' || u == u'/')
            separated = true;
        else if (!((u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')))
            return false;
    }
    if (!separated || !re.match(s).hasMatch())
        return false;
    int alphabetic = 0;
    for (const QString &part : s.split(QRegularExpression(QStringLiteral("[-/]")))) {
        if (part.size() >= 2 && part.front().isLetter())
            ++alphabetic;
    }
    return alphabetic >= 2;
}

// Notes a republisher adds: "Editor's P/S:", "Editor's note", "About the author", "Disclaimer".
bool isEditorHeading(const QString &s)
{
    static const QRegularExpression re = ci(QStringLiteral(
        R"(^(editor['’]?s?\s*(p\.?\s*/?\s*s\.?|note|notes|summary|take|comment|comments)|about the (author|writer)s?|disclaimer)\s*[:.]?$)"));
    return mayStartWith(s, "ead") && re.match(s).hasMatch();
}

bool isEditorNote(const QString &s)
{
    static const QRegularExpression re = ci(QStringLiteral(R"(^editor['’]?s?\s*(p\.?\s*/?\s*s\.?|note|notes)\s*:\s*\S)"));
    return mayStartWith(s, "e") && re.match(s).hasMatch();
}

// Credits and contact lines at the foot of wire copy.
bool isStaffCredit(const Line &line)
{
    const QString &s = line.text;
    static const QRegularExpression re = ci(QStringLiteral(
        R"(^\(?((additional )?(reporting|writing|editing|compiled|translated|produced|edited) by\b|with (files|reporting) from\b|follow .{1,60} on (twitter|x|facebook|instagram|linkedin|threads)\b|contact the (author|reporter|writer)s? at\b)|\bcontributed (reporting )?to this (report|story|article)\W*$)"));
    // "... covers immigration for the Herald. Email: name@example.com": the author's contact line.
    static const QRegularExpression contact = ci(QStringLiteral(R"((^|\s)(e-?mail|contact)\s*:\s*\S+@\S+\.\w+\W*$)"));
    // "This report by The Canadian Press was first published Aug. 11, 2026.": where the copy ran first.
    static const QRegularExpression firstRan =
        ci(QStringLiteral(R"(^this (report|story|article)\b.{0,60}\bwas (first|originally) (published|posted)\b)"));
    if (line.words > 40)
        return false;
    // The line opens (after a bracket) with a word of the first part, or names "contributed".
    const QStringView lead = s.startsWith(u'(') ? QStringView(s).mid(1) : QStringView(s);
    const bool may = mayStartWith(lead, "arwectpf") || s.contains(u"ontributed", Qt::CaseInsensitive);
    return (may && re.match(s).hasMatch()) || (s.contains(u'@') && contact.match(s).hasMatch())
           || (mayStartWith(s, "t") && firstRan.match(s).hasMatch());
}

// A paywall or access label in front of a headline: "Free to read: ...".
qsizetype paywallPrefixLength(const QString &s)
{
    static const QRegularExpression re = ci(QStringLiteral(
        R"(^(free to read|free article|subscribers?[- ]only|for subscribers|members[- ]only|premium|unlocked|sponsored)\s*[:|–—-]\s*)"));
    if (!mayStartWith(s, "fsmpu"))
        return 0;
    const QRegularExpressionMatch m = re.match(s);
    return m.hasMatch() && m.capturedLength() < s.size() ? m.capturedLength() : 0;
}

bool isPaywallNote(const Line &line)
{
    const QString &s = line.text;
    static const QRegularExpression re = ci(QStringLiteral(
        R"(^((subscribe|sign up|register|log in|sign in) (now |today )?(to|for) (continue|read|unlock|keep reading|get)|this (article|story|content) is (only )?(for|available to) (subscribers|members)|already a (subscriber|member)|unlock (this|the full) (article|story)|free to read\W*$))"));
    static const QRegularExpression newsletter = ci(QStringLiteral(
        R"(\b(sign up|subscribe|get|receive)\b.*\bnewsletters?\b|\bnewsletters?\b.*\b(sign up|subscribe|inbox)\b|^click here\b)"));
    return line.words <= 25 && (re.match(s).hasMatch() || (newsletter.match(s).hasMatch() && !hasReportingVoice(s)));
}

// Labels of a site section above the headline ("News Brief", "World", "Opinion").
bool isSectionLabel(const Line &line)
{
    const QString &s = line.text;
    static const QRegularExpression re = ci(QStringLiteral(
        R"(^((news|world|politics|business|opinion|analysis|live|latest|breaking|update|updates|exclusive|explainer|feature|features|editorial|commentary|international|national|local|top|stories|in|brief|briefs|briefing)\s*){1,3}$)"));
    return line.words <= 3 && re.match(s).hasMatch();
}

// A caption shows a scene; a line of the report attributes what it says or quotes someone.
bool couldBeCaption(const Line &line)
{
    const QString &s = line.text;
    return line.words <= 70 && !hasReportingVoice(s);
}

// Below a footer: labels, links and counters, not sentences of a report.
bool isTailFurniture(const Line &line)
{
    const QString &s = line.text;
    const int words = line.words;
    return words <= 3 || (words <= 12 && !endsLikeSentence(s));
}

bool looksLikeHeadline(const Line &line)
{
    const QString &s = line.text;
    // Headlines may ask a question but do not end with a full stop.
    static const QRegularExpression ending(QStringLiteral(R"([.!…:;,]["'”’)\]]*$)"));
    return line.words <= 20 && !ending.match(s).hasMatch();
}

} // namespace

bool isPageTimestamp(QStringView line)
{
    Line l;
    l.text = line.trimmed().toString();
    l.words = wordCount(l.text);
    return isTimestampLine(l);
}

QList<TextRange> detectClutter(QStringView text)
{
    QList<Line> lines = splitLines(text);
    const qsizetype n = lines.size();
    // Copied pages come either with blank lines between paragraphs or one paragraph per line;
    // in the first style a caption belongs to the same block as its credit.
    qsizetype breaks = 0;
    for (qsizetype i = 1; i < n; ++i)
        breaks += lines[i].blankBefore ? 1 : 0;
    const bool blankSeparated = n > 2 && breaks * 2 > n - 1;

    auto previousInBlock = [&](qsizetype i) -> qsizetype {
        if (i <= 0 || (blankSeparated && lines[i].blankBefore))
            return -1;
        return i - 1;
    };

    bool tail = false; // past a footer or comment prompt: what follows is page furniture
    for (qsizetype i = 0; i < n; ++i) {
        Line &l = lines[i];
        const QString &s = l.text;
        if (tail) {
            if (isTailFurniture(l)) {
                l.clutter = true;
                continue;
            }
            tail = false;
        }
        if (i == 0 && n > 1 && isSectionLabel(l)) {
            l.clutter = true;
            continue;
        }
        if (const qsizetype prefix = paywallPrefixLength(s)) {
            l.clutterEnd = l.start + prefix;
            while (l.clutterEnd > l.start && text[l.clutterEnd - 1].isSpace())
                --l.clutterEnd;
            continue;
        }
        if (isEditorHeading(s)) {
            l.clutter = true;
            // Appended near the end, the note runs to the end; higher up it is one paragraph.
            const qsizetype stop = i * 2 >= n ? n : std::min(n, i + 2);
            for (qsizetype k = i + 1; k < stop; ++k)
                lines[k].clutter = true;
            i = stop - 1;
            continue;
        }
        // Only a footer near the end starts the page's tail; "© Reuters" under a top picture does not.
        bool onlyFurnitureFollows = true;
        for (qsizetype k = i + 1; k < n && onlyFurnitureFollows; ++k)
            onlyFurnitureFollows = isTailFurniture(lines[k]);
        const bool nearEnd = i * 2 >= n || onlyFurnitureFollows;
        if (isFooter(l)) {
            l.clutter = true;
            tail = nearEnd;
            continue;
        }
        switch (widgetKind(l)) {
        case Widget::CommentPrompt:
            l.clutter = true;
            tail = nearEnd;
            continue;
        case Widget::RelatedHeading:
            l.clutter = true;
            // The headlines listed under it, up to the next paragraph of prose.
            for (qsizetype k = i + 1; k < n && k <= i + 5 && looksLikeHeadline(lines[k]); ++k) {
                lines[k].clutter = true;
                i = k;
            }
            continue;
        case Widget::Plain: l.clutter = true; continue;
        case Widget::None: break;
        }
        if (isCallToAction(l) || isPaywallNote(l) || isEditorNote(s) || isStaffCredit(l) || isSlug(s) || isTimestampLine(l)) {
            l.clutter = true;
            continue;
        }
        if (isCredit(l)) {
            l.clutter = true;
            // The caption sits right above its credit, sometimes twice (alt text and figure caption).
            qsizetype k = previousInBlock(i);
            if (k >= 0 && !lines[k].clutter && couldBeCaption(lines[k]))
                lines[k].clutter = true;
            continue;
        }
        if (isSelfMarkedCaption(l))
            l.clutter = true;
    }
    // A line repeated at once is a caption or a widget shown twice, never two sentences of a report.
    for (qsizetype i = 1; i < n; ++i) {
        if (lines[i].text == lines[i - 1].text && lines[i].words >= 3)
            lines[i].clutter = lines[i - 1].clutter = true;
    }
    // Lines between an agency slug and a credit are the caption of that picture.
    for (qsizetype i = 0; i < n; ++i) {
        if (!isSlug(lines[i].text))
            continue;
        for (qsizetype k = i + 1; k < n && k <= i + 3 && previousInBlock(k) == k - 1; ++k) {
            if (isCredit(lines[k])) {
                for (qsizetype j = i + 1; j < k; ++j)
                    lines[j].clutter = true;
                break;
            }
        }
    }

    QList<TextRange> ranges;
    for (const Line &l : std::as_const(lines)) {
        if (l.clutter)
            ranges.append({l.start, l.end});
        else if (l.clutterEnd > l.start)
            ranges.append({l.start, l.clutterEnd});
    }
    return ranges;
}
