<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Comparison sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sources, %2 shared or conflicting claims, %3 unique claims, %4 entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims across sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shared or conflicting claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim is stated by one source alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities across sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Parallax</source>
        <translation>Über Parallax</translation>
    </message>
    <message>
        <source>Parallax icon</source>
        <translation>Parallax-Symbol</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Parallax %1&lt;/h2&gt;&lt;p&gt;Compare how several news outlets cover the same event.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Parallax %1&lt;/h2&gt;&lt;p&gt;Vergleichen Sie, wie mehrere Nachrichtenmedien über dasselbe Ereignis berichten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with Qt %1 (running on Qt %2) and KDE Frameworks KSyntaxHighlighting %3.</source>
        <translation>Erstellt mit Qt %1 (läuft mit Qt %2) und KDE Frameworks KSyntaxHighlighting %3.</translation>
    </message>
    <message>
        <source>Parallax uses the following software:</source>
        <translation>Parallax verwendet folgende Software:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Components and licences</source>
        <translation>Komponenten und Lizenzen</translation>
    </message>
    <message>
        <source>User interface, text layout, concurrency</source>
        <translation>Benutzeroberfläche, Textsatz, Nebenläufigkeit</translation>
    </message>
    <message>
        <source>Colouring the article texts</source>
        <translation>Einfärben der Artikeltexte</translation>
    </message>
    <message>
        <source>Recognising text encodings</source>
        <translation>Erkennen von Textkodierungen</translation>
    </message>
    <message>
        <source>Reading HTML articles</source>
        <translation>Lesen von HTML-Artikeln</translation>
    </message>
    <message>
        <source>Reading Markdown articles</source>
        <translation>Lesen von Markdown-Artikeln</translation>
    </message>
    <message>
        <source>Word stems for matching claims</source>
        <translation>Wortstämme für den Abgleich von Aussagen</translation>
    </message>
    <message>
        <source>Fuzzy matching of names and sentences</source>
        <translation>Unscharfer Abgleich von Namen und Sätzen</translation>
    </message>
    <message>
        <source>Word differences between quotes</source>
        <translation>Wortunterschiede zwischen Zitaten</translation>
    </message>
    <message>
        <source>Synonyms and word forms</source>
        <translation>Synonyme und Wortformen</translation>
    </message>
    <message>
        <source>WordNet 3.0 licence (Princeton University)</source>
        <translation>WordNet-3.0-Lizenz (Princeton University)</translation>
    </message>
    <message>
        <source>Names of countries and their subdivisions</source>
        <translation>Namen von Staaten und ihren Verwaltungseinheiten</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisJob</name>
    <message>
        <source>Loading articles</source>
        <translation>Artikel werden geladen</translation>
    </message>
</context>
<context>
    <name>Analyzer</name>
    <message>
        <source>Splitting sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding people, organizations, places and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aligning claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleColumn</name>
    <message>
        <source>Drag onto another column&apos;s header to move this column</source>
        <translation>Auf den Kopf einer anderen Spalte ziehen, um diese Spalte zu verschieben</translation>
    </message>
    <message>
        <source>Article from %1</source>
        <translation>Artikel von %1</translation>
    </message>
    <message>
        <source>Text of the article from %1</source>
        <translation>Text des Artikels von %1</translation>
    </message>
    <message>
        <source>Header of the article from %1</source>
        <translation>Kopf des Artikels von %1</translation>
    </message>
</context>
<context>
    <name>ArticlePropertiesDialog</name>
    <message>
        <source>Article Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Reuters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections are saved in the corpus&apos;s corpus.json and win over what was read from the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimDetailView</name>
    <message>
        <source>Claim detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim to see each source&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: states it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: states a different version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: silent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">Widersprüche</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims stated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one outlet says or leaves out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonFile</name>
    <message>
        <source>No verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs checking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Articles side by side</source>
        <translation>Artikel nebeneinander</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Shared by %n source(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Von %n Quelle geteilt&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Von %n Quellen geteilt&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflict&lt;/b&gt;</source>
        <translation>&lt;b&gt;Widerspruch&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Only in %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nur bei %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attributed to %1</source>
        <translation>Zugeschrieben: %1</translation>
    </message>
</context>
<context>
    <name>DateExtractor</name>
    <message>
        <source>MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockController</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Next Mention</source>
        <translation>&amp;Nächste Erwähnung</translation>
    </message>
    <message>
        <source>&amp;Previous Mention</source>
        <translation>&amp;Vorherige Erwähnung</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n mention(s) in %2 source(s) — F3 walks them</source>
        <translation>
            <numerusform>%1: %n Erwähnung in %2 Quelle(n) – F3 springt dorthin</numerusform>
            <numerusform>%1: %n Erwähnungen in %2 Quelle(n) – F3 geht sie durch</numerusform>
        </translation>
    </message>
    <message>
        <source>mention %1 of %2, in %3</source>
        <translation>Erwähnung %1 von %2, in %3</translation>
    </message>
</context>
<context>
    <name>EntitySidebar</name>
    <message>
        <source>Entities</source>
        <translation type="unfinished">Entitäten</translation>
    </message>
    <message>
        <source>Only entities some sources miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort entities by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the entities that at least one source never mentions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n mention(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n mention(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in all columns:</source>
        <translation>In allen Spalten suchen:</translation>
    </message>
    <message>
        <source>Word or phrase</source>
        <translation>Wort oder Wortgruppe</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Parallax</source>
        <translation>Parallax</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>Fortschritt der Analyse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open a folder of articles (Ctrl+O) or drop files here.</source>
        <translation>Öffnen Sie einen Ordner mit Artikeln (Strg+O) oder ziehen Sie Dateien hierher.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Ordner öffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Files…</source>
        <translation>&amp;Dateien öffnen …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find in All Columns…</source>
        <translation>In allen Spalten &amp;suchen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>Shared Claims</source>
        <translation>Gemeinsame Aussagen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <source>Unique Claims</source>
        <translation>Einzelne Aussagen</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Clutter</source>
        <translation>Seitenbeiwerk</translation>
    </message>
    <message>
        <source>&amp;Layers</source>
        <translation>&amp;Ebenen</translation>
    </message>
    <message>
        <source>&amp;Synchronised Scrolling</source>
        <translation>&amp;Synchrones Blättern</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Next &amp;Conflict</source>
        <translation>Nächster &amp;Widerspruch</translation>
    </message>
    <message>
        <source>Previous C&amp;onflict</source>
        <translation>Vorheriger W&amp;iderspruch</translation>
    </message>
    <message>
        <source>Next &amp;Shared Claim</source>
        <translation>Nächste &amp;gemeinsame Aussage</translation>
    </message>
    <message>
        <source>Previous S&amp;hared Claim</source>
        <translation>Vorherige g&amp;emeinsame Aussage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation>&amp;Über Parallax</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more source(s)</source>
        <translation>
            <numerusform>… und %n weitere Quelle</numerusform>
            <numerusform>… und %n weitere Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts found</source>
        <translation>Keine Widersprüche gefunden</translation>
    </message>
    <message>
        <source>No shared claims found</source>
        <translation>Keine gemeinsamen Aussagen gefunden</translation>
    </message>
    <message>
        <source>Open a Folder of Articles</source>
        <translation>Ordner mit Artikeln öffnen</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm)</source>
        <translation>Artikel (*.txt *.md *.markdown *.html *.htm)</translation>
    </message>
    <message>
        <source>%1 — Parallax</source>
        <translation>%1 — Parallax</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be loaded — hover for details</source>
        <translation>
            <numerusform>%n Datei konnte nicht geladen werden – Details im Tooltip</numerusform>
            <numerusform>%n Dateien konnten nicht geladen werden – Details im Tooltip</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles loaded</source>
        <translation>Keine Artikel geladen</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) loaded</source>
        <translation>
            <numerusform>%n Artikel geladen</numerusform>
            <numerusform>%n Artikel geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 articles · %2 entities · %3 shared claims · %4 conflicts</source>
        <translation>%1 Artikel · %2 Entitäten · %3 gemeinsame Aussagen · %4 Widersprüche</translation>
    </message>
    <message>
        <source>Could not write the recovery file: %1</source>
        <translation>Die Wiederherstellungsdatei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Open &amp;Comparison…</source>
        <translation>&amp;Vergleich öffnen …</translation>
    </message>
    <message>
        <source>Open Comparison</source>
        <translation>Vergleich öffnen</translation>
    </message>
    <message>
        <source>Parallax comparisons (*.parallax)</source>
        <translation>Parallax-Vergleiche (*.parallax)</translation>
    </message>
    <message>
        <source>&amp;Recent Comparisons</source>
        <translation>&amp;Zuletzt geöffnete Vergleiche</translation>
    </message>
    <message>
        <source>&amp;Save Comparison</source>
        <translation>Vergleich &amp;speichern</translation>
    </message>
    <message>
        <source>Save Comparison &amp;As…</source>
        <translation>Vergleich speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation>Vergleich speichern</translation>
    </message>
    <message>
        <source>Open some articles before saving a comparison.</source>
        <translation>Öffnen Sie Artikel, bevor Sie einen Vergleich speichern.</translation>
    </message>
    <message>
        <source>Comparison not saved</source>
        <translation>Vergleich nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Comparison not opened</source>
        <translation>Vergleich nicht geöffnet</translation>
    </message>
    <message>
        <source>The recovery file is damaged and was set aside: %1</source>
        <translation>Die Wiederherstellungsdatei ist beschädigt und wurde beiseitegelegt: %1</translation>
    </message>
    <message>
        <source>Restore your work?</source>
        <translation>Arbeit wiederherstellen?</translation>
    </message>
    <message numerus="yes">
        <source>Parallax did not close properly last time. Restore the comparison you were working on, with its %n verdict(s) and note(s)?</source>
        <translation>
            <numerusform>Parallax wurde beim letzten Mal nicht ordnungsgemäß beendet. Den Vergleich, an dem Sie gearbeitet haben, mit seiner %n Bewertung bzw. Notiz wiederherstellen?</numerusform>
            <numerusform>Parallax wurde beim letzten Mal nicht ordnungsgemäß beendet. Den Vergleich, an dem Sie gearbeitet haben, mit seinen %n Bewertungen und Notizen wiederherstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Where are the articles of this comparison? (%1)</source>
        <translation>Wo liegen die Artikel dieses Vergleichs? (%1)</translation>
    </message>
    <message>
        <source>The articles of this comparison were not found at %1.</source>
        <translation>Die Artikel dieses Vergleichs wurden unter %1 nicht gefunden.</translation>
    </message>
    <message>
        <source>Changed on disk since the comparison was saved: %1.</source>
        <translation>Seit dem Speichern des Vergleichs auf der Festplatte geändert: %1.</translation>
    </message>
    <message>
        <source>No longer found: %1.</source>
        <translation>Nicht mehr vorhanden: %1.</translation>
    </message>
    <message>
        <source>New since the comparison was saved: %1.</source>
        <translation>Neu seit dem Speichern des Vergleichs: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) or note(s) belong to claims that no longer match; they are kept in the file.</source>
        <translation>
            <numerusform>%n Bewertung oder Notiz gehört zu einer Aussage, die nicht mehr zugeordnet werden kann; sie bleibt in der Datei erhalten.</numerusform>
            <numerusform>%n Bewertungen oder Notizen gehören zu Aussagen, die nicht mehr zugeordnet werden können; sie bleiben in der Datei erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The articles changed</source>
        <translation>Die Artikel haben sich geändert</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n verdict(s) and note(s)</source>
        <translation>
            <numerusform>%n Bewertung bzw. Notiz wiederhergestellt</numerusform>
            <numerusform>%n Bewertungen und Notizen wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Save your verdicts and notes?</source>
        <translation>Bewertungen und Notizen speichern?</translation>
    </message>
    <message>
        <source>The verdicts and notes of this comparison have not been saved.</source>
        <translation>Die Bewertungen und Notizen dieses Vergleichs wurden nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>MentionListPanel</name>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions of the selected entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an entity to list its mentions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>the key &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long (%2 characters, at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 entries, more than the %3 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 of &quot;%2&quot; should be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 of &quot;%2&quot; is empty or too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names &quot;%2&quot;, which is outside the comparison file&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a relative path, but the comparison has no folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetCsv</name>
    <message>
        <source>claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetDocument</name>
    <message>
        <source>Comparison sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sources · %2 shared or conflicting claims · %3 unique claims · %4 entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims across sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shared or conflicting claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim is stated by one source alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities across sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (parallax-analysis/1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetHtml</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims across sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shared or conflicting claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim is stated by one source alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims each source attributes to someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities across sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sources · %2 shared or conflicting claims · %3 unique claims · %4 entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared by all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared by some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differing value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Parallax %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPdf</name>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline of dates and dated claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Analyse a corpus and write parallax-analysis/1 JSON.</source>
        <translation>Einen Korpus analysieren und als parallax-analysis/1-JSON schreiben.</translation>
    </message>
    <message>
        <source>A corpus folder or article files.</source>
        <translation>Ein Korpusordner oder Artikeldateien.</translation>
    </message>
    <message>
        <source>Write the analysis to &lt;file&gt; (- for standard output).</source>
        <translation>Die Analyse in &lt;file&gt; schreiben (- für die Standardausgabe).</translation>
    </message>
    <message>
        <source>%1 articles, %2 entities, %3 claims</source>
        <translation>%1 Artikel, %2 Entitäten, %3 Aussagen</translation>
    </message>
    <message>
        <source>Compare how several news outlets cover the same event.

Commands:
  analyze DIR|FILES [--json FILE]   analyse headless and write JSON
  export DIR|FILES --format FMT -o FILE   write a comparison sheet (html, pdf, odt, md, csv, json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A corpus folder or article files to open (default: the bundled corpus).</source>
        <translation>Ein Korpusordner oder Artikeldateien zum Öffnen (Vorgabe: der mitgelieferte Korpus).</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once the analysis is shown, then quit.</source>
        <translation>Ein Bild des Fensters in &lt;file&gt; speichern, sobald die Analyse angezeigt wird, dann beenden.</translation>
    </message>
</context>
</TS>
