<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddressDialog</name>
    <message numerus="yes">
        <source>Fetching %n page(s)…</source>
        <translation>
            <numerusform>Fetching %n page…</numerusform>
            <numerusform>Fetching %n pages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Article(s)</source>
        <translation>
            <numerusform>&amp;Add %n Article</numerusform>
            <numerusform>&amp;Add %n Articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching: %1 of %n page(s) done…</source>
        <translation>
            <numerusform>Fetching: %1 of %n page done…</numerusform>
            <numerusform>Fetching: %1 of %n pages done…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) state it: %1</source>
        <translation>
            <numerusform>%n source states it: %1</numerusform>
            <numerusform>%n sources state it: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) state a different version: %1</source>
        <translation>
            <numerusform>%n source states a different version: %1</numerusform>
            <numerusform>%n sources state a different version: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) are silent</source>
        <translation>
            <numerusform>%n source is silent</numerusform>
            <numerusform>%n sources are silent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message numerus="yes">
        <source>&lt;b&gt;Shared by %n source(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Shared by %n source&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Shared by %n sources&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockController</name>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message numerus="yes">
        <source>%1: %n mention(s)</source>
        <translation>
            <numerusform>%1: %n mention</numerusform>
            <numerusform>%1: %n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n mention(s)</source>
        <translation>
            <numerusform>%1, %n mention</numerusform>
            <numerusform>%1, %n mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%1 already exists. Replace it?</source>
        <translation>
            <numerusform>%1 already exists. Replace it?</numerusform>
            <numerusform>%1 already exist. Replace them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message numerus="yes">
        <source>&amp;Fetch %n Ticked Item(s)</source>
        <translation>
            <numerusform>&amp;Fetch %n Ticked Item</numerusform>
            <numerusform>&amp;Fetch %n Ticked Items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpDownload</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n article(s) added to the comparison</source>
        <translation>
            <numerusform>%n article added to the comparison</numerusform>
            <numerusform>%n articles added to the comparison</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more source(s)</source>
        <translation>
            <numerusform>…and %n more source</numerusform>
            <numerusform>…and %n more sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be loaded — hover for details</source>
        <translation>
            <numerusform>%n file could not be loaded — hover for details</numerusform>
            <numerusform>%n files could not be loaded — hover for details</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) loaded</source>
        <translation>
            <numerusform>%n article loaded</numerusform>
            <numerusform>%n articles loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared claim(s)</source>
        <translation>
            <numerusform>%n shared claim</numerusform>
            <numerusform>%n shared claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were skipped:</source>
        <translation>
            <numerusform>%n file was skipped:</numerusform>
            <numerusform>%n files were skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %n articles as columns; View ▸ Columns shows the others.</source>
        <translation>
            <numerusform>Showing the first %1 of %n article as columns; View ▸ Columns shows the others.</numerusform>
            <numerusform>Showing the first %1 of %n articles as columns; View ▸ Columns shows the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n article(s) to %1</source>
        <translation>
            <numerusform>Saved %n article to %1</numerusform>
            <numerusform>Saved %n articles to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MentionListPanel</name>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message numerus="yes">
        <source>Parallax did not close properly last time. Restore the comparison you were working on, with its %n verdict(s) and note(s)?</source>
        <translation>
            <numerusform>Parallax did not close properly last time. Restore the comparison you were working on, with its %n verdict or note?</numerusform>
            <numerusform>Parallax did not close properly last time. Restore the comparison you were working on, with its %n verdicts and notes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) or note(s) belong to claims that no longer match; they are kept in the file.</source>
        <translation>
            <numerusform>%n verdict or note belongs to a claim that no longer matches; it is kept in the file.</numerusform>
            <numerusform>%n verdicts or notes belong to claims that no longer match; they are kept in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n verdict(s) and note(s)</source>
        <translation>
            <numerusform>Restored %n verdict or note</numerusform>
            <numerusform>Restored %n verdicts and notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared or conflicting claim(s)</source>
        <translation>
            <numerusform>%n shared or conflicting claim</numerusform>
            <numerusform>%n shared or conflicting claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unique claim(s)</source>
        <translation>
            <numerusform>%n unique claim</numerusform>
            <numerusform>%n unique claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n source(s)</source>
        <translation>
            <numerusform>%1 of %n source</numerusform>
            <numerusform>%1 of %n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
</context>
</TS>
