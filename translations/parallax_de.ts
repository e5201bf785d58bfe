<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
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
    <message>
        <source>Parallax opens no network connection unless you ask for one: only File ▸ Add from Web Addresses, File ▸ Add from Feed, a link dropped on the window and the command parallax fetch fetch anything, and only the addresses given. Opening, analysing and exporting articles never do.</source>
        <translation>Parallax baut keine Netzwerkverbindung auf, ohne dass Sie darum bitten: Nur Datei ▸ Aus Webadressen hinzufügen, Datei ▸ Aus Feed hinzufügen, ein auf das Fenster gezogener Link und der Befehl parallax fetch laden etwas herunter, und nur die angegebenen Adressen. Öffnen, Analysieren und Exportieren von Artikeln tun es nie.</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>Add from Web Addresses</source>
        <translation>Aus Webadressen hinzufügen</translation>
    </message>
    <message>
        <source>Paste the addresses of the articles, one per line, or a message that contains them. Parallax fetches only these pages, and only when you press Fetch.</source>
        <translation>Fügen Sie die Adressen der Artikel ein, eine pro Zeile, oder eine Nachricht, die sie enthält. Parallax lädt nur diese Seiten, und erst, wenn Sie auf Laden drücken.</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Webadressen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fetch progress</source>
        <translation>Fortschritt beim Laden</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>&amp;Add Articles</source>
        <translation>Artikel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>%1 of %2 fetched.</source>
        <translation>%1 von %2 geladen.</translation>
    </message>
    <message>
        <source>The addresses that failed say why.</source>
        <translation>Bei den fehlgeschlagenen Adressen steht, warum.</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <source>No web address (http:// or https://) found in the text.</source>
        <translation>Im Text wurde keine Webadresse (http:// oder https://) gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n page(s)…</source>
        <translation>
            <numerusform>%n Seite wird geladen …</numerusform>
            <numerusform>%n Seiten werden geladen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetched: %1</source>
        <translation>Geladen: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Article(s)</source>
        <translation>
            <numerusform>%n Artikel &amp;hinzufügen</numerusform>
            <numerusform>%n Artikel &amp;hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching: %1 of %n page(s) done…</source>
        <translation>
            <numerusform>%1 von %n Seite geladen …</numerusform>
            <numerusform>%1 von %n Seiten geladen …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>AnalysisJob</name>
    <message>
        <source>Reading the kept analysis</source>
        <translation>Gespeicherte Analyse wird gelesen</translation>
    </message>
</context>
<context>
    <name>Analyzer</name>
    <message>
        <source>Splitting sentences</source>
        <translation>Sätze werden getrennt</translation>
    </message>
    <message>
        <source>Finding people, organizations, places and dates</source>
        <translation>Personen, Organisationen, Orte und Daten werden gesucht</translation>
    </message>
    <message>
        <source>Aligning claims</source>
        <translation>Aussagen werden abgeglichen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
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
    <name>ArticleFolder</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2)</source>
        <translation>%1 kann nicht geschrieben werden (%2)</translation>
    </message>
</context>
<context>
    <name>ArticleImporter</name>
    <message>
        <source>the file is a broken link or a link loop</source>
        <translation>die Datei ist eine defekte Verknüpfung oder eine Verknüpfungsschleife</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>this is a folder, not an article file</source>
        <translation>dies ist ein Ordner, keine Artikeldatei</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>dies ist keine normale Datei</translation>
    </message>
    <message>
        <source>the file is %1 MB, over the limit of %2 MB for one article</source>
        <translation>die Datei ist %1 MB groß und überschreitet die Grenze von %2 MB für einen Artikel</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the file is over the limit of %1 MB for one article</source>
        <translation>die Datei überschreitet die Grenze von %1 MB für einen Artikel</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the page holds no article text</source>
        <translation>die Seite enthält keinen Artikeltext</translation>
    </message>
    <message>
        <source>the file holds no article text</source>
        <translation>die Datei enthält keinen Artikeltext</translation>
    </message>
</context>
<context>
    <name>ArticleListDock</name>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>&amp;Remove Article</source>
        <translation>Artikel &amp;entfernen</translation>
    </message>
    <message>
        <source>Articles of the comparison</source>
        <translation>Artikel des Vergleichs</translation>
    </message>
</context>
<context>
    <name>ArticlePropertiesDialog</name>
    <message>
        <source>Article Properties</source>
        <translation>Artikeleigenschaften</translation>
    </message>
    <message>
        <source>e.g. Reuters</source>
        <translation>z. B. Reuters</translation>
    </message>
    <message>
        <source>Author names</source>
        <translation>Namen der Autoren</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Veröffentlicht:</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>&amp;Autorenzeile:</translation>
    </message>
    <message>
        <source>Corrections are saved in the corpus&apos;s corpus.json and win over what was read from the file.</source>
        <translation>Korrekturen werden in der corpus.json des Korpus gespeichert und haben Vorrang vor dem, was aus der Datei gelesen wurde.</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ClaimAligner</name>
    <message>
        <source>Quoted differently: %1</source>
        <translation>Anders zitiert: %1</translation>
    </message>
    <message>
        <source>Stated by %1 articles; in common: %2</source>
        <translation>Von %1 Artikeln berichtet; gemeinsam: %2</translation>
    </message>
    <message>
        <source>Only this article states it</source>
        <translation>Nur dieser Artikel berichtet es</translation>
    </message>
</context>
<context>
    <name>ClaimConflicts</name>
    <message>
        <source>times (%1)</source>
        <translation>Male (%1)</translation>
    </message>
    <message>
        <source>%1 vs. %2: number of %3</source>
        <translation>%1 gegen %2: Anzahl der %3</translation>
    </message>
    <message>
        <source>%1 vs. %2: different dates</source>
        <translation>%1 gegen %2: verschiedene Daten</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>nicht %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; vs. &quot;%2&quot;: one report denies what the other states</source>
        <translation>„%1“ gegen „%2“: ein Bericht bestreitet, was der andere sagt</translation>
    </message>
    <message>
        <source>%1 vs. %2: a different %3 in the same role</source>
        <translation>%1 gegen %2: verschieden in derselben Rolle (%3)</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>%1 vs. %2: approximate numbers of %3 that differ</source>
        <translation>%1 gegenüber %2: ungefähre Zahlen von %3, die sich unterscheiden</translation>
    </message>
    <message>
        <source>%1 vs. %2: a different time of day</source>
        <translation>%1 gegenüber %2: eine andere Uhrzeit</translation>
    </message>
    <message>
        <source>%1 vs. %2: states that exclude each other</source>
        <translation>%1 gegenüber %2: Zustände, die einander ausschließen</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>denial</source>
        <translation>Verneinung</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>quotation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>%1 vs. %2: sums of money that differ</source>
        <translation>%1 gegenüber %2: Geldbeträge, die sich unterscheiden</translation>
    </message>
</context>
<context>
    <name>ClaimDetailView</name>
    <message>
        <source>Claim detail</source>
        <translation>Aussage im Detail</translation>
    </message>
    <message>
        <source>Select a claim to see each source&apos;s version.</source>
        <translation>Wählen Sie eine Aussage, um die Fassung jeder Quelle zu sehen.</translation>
    </message>
    <message>
        <source>differs in: %1</source>
        <translation>unterscheidet sich in: %1</translation>
    </message>
    <message>
        <source>attributed to %1</source>
        <translation>zugeschrieben: %1</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Fassung:</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Einzeln</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>%1: states it</source>
        <translation>%1: sagt es</translation>
    </message>
    <message>
        <source>%1: states a different version</source>
        <translation>%1: sagt es anders</translation>
    </message>
    <message>
        <source>%1: silent</source>
        <translation>%1: schweigt</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) state it: %1</source>
        <translation>
            <numerusform>%n Quelle sagt es: %1</numerusform>
            <numerusform>%n Quellen sagen es: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) state a different version: %1</source>
        <translation>
            <numerusform>%n Quelle sagt es anders: %1</numerusform>
            <numerusform>%n Quellen sagen es anders: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) are silent</source>
        <translation>
            <numerusform>%n Quelle schweigt</numerusform>
            <numerusform>%n Quellen schweigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsame</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Einzelne</translation>
    </message>
    <message>
        <source>Claim kind</source>
        <translation>Art der Aussage</translation>
    </message>
    <message>
        <source>Claims stated by</source>
        <translation>Aussagen von</translation>
    </message>
    <message>
        <source>What one outlet says or leaves out</source>
        <translation>Was ein Medium sagt oder weglässt</translation>
    </message>
    <message>
        <source>Filter claims…</source>
        <translation>Aussagen filtern …</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>Alle Aussagen</translation>
    </message>
    <message>
        <source>Stated by %1</source>
        <translation>Gesagt von %1</translation>
    </message>
    <message>
        <source>Only in %1</source>
        <translation>Nur bei %1</translation>
    </message>
    <message>
        <source>Left out by %1</source>
        <translation>Weggelassen von %1</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>Aussagen filtern</translation>
    </message>
</context>
<context>
    <name>ComparisonEditor</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ComparisonFile</name>
    <message>
        <source>No verdict</source>
        <translation>Keine Bewertung</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Bestritten</translation>
    </message>
    <message>
        <source>Needs checking</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is missing</source>
        <translation>der Schlüssel „%1“ fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be text</source>
        <translation>„%1“ sollte Text sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long (%2 characters, at most %3)</source>
        <translation>„%1“ ist zu lang (%2 Zeichen, höchstens %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a list</source>
        <translation>„%1“ sollte eine Liste sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 entries, more than the %3 allowed</source>
        <translation>„%1“ hat %2 Einträge, mehr als die erlaubten %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be an object</source>
        <translation>„%1“ sollte ein Objekt sein</translation>
    </message>
    <message>
        <source>entry %1 of &quot;%2&quot; should be text</source>
        <translation>Eintrag %1 von „%2“ sollte Text sein</translation>
    </message>
    <message>
        <source>entry %1 of &quot;%2&quot; is empty or too long</source>
        <translation>Eintrag %1 von „%2“ ist leer oder zu lang</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty path</source>
        <translation>„%1“ ist ein leerer Pfad</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a NUL character</source>
        <translation>„%1“ enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names &quot;%2&quot;, which is outside the comparison file&apos;s folder</source>
        <translation>„%1“ nennt „%2“, das außerhalb des Ordners der Vergleichsdatei liegt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a relative path, but the comparison has no folder</source>
        <translation>„%1“ ist ein relativer Pfad, aber der Vergleich hat keinen Ordner</translation>
    </message>
    <message>
        <source>the file is too large to be a comparison (%1 MB)</source>
        <translation>die Datei ist zu groß für einen Vergleich (%1 MB)</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1 at byte %2)</source>
        <translation>die Datei ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the file is not a Parallax comparison (a JSON object is expected)</source>
        <translation>die Datei ist kein Parallax-Vergleich (ein JSON-Objekt wird erwartet)</translation>
    </message>
    <message>
        <source>the file&apos;s format is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>das Format der Datei ist „%1“, nicht „%2“</translation>
    </message>
    <message>
        <source>&quot;corpus.paths&quot; names no folder or file</source>
        <translation>„corpus.paths“ nennt keinen Ordner und keine Datei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty id</source>
        <translation>„%1“ hat eine leere ID</translation>
    </message>
    <message>
        <source>&quot;%1.claim&quot; is empty</source>
        <translation>„%1.claim“ ist leer</translation>
    </message>
    <message>
        <source>&quot;%1.verdict&quot; is &quot;%2&quot;; expected confirmed, disputed or needs-checking</source>
        <translation>„%1.verdict“ ist „%2“; erwartet wird confirmed, disputed oder needs-checking</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1 is too large to be a comparison (%2 MB)</source>
        <translation>%1 ist zu groß für einen Vergleich (%2 MB)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2)</source>
        <translation>%1 kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>the article &quot;%1&quot; appears twice</source>
        <translation>der Artikel „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>Articles of one file name from several folders had one id; they were told apart: %1</source>
        <translation>Artikel mit demselben Dateinamen aus mehreren Ordnern hatten eine gemeinsame Kennung; sie wurden unterschieden: %1</translation>
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
    <name>CorpusLoadJob</name>
    <message>
        <source>Loading articles</source>
        <translation>Artikel werden geladen</translation>
    </message>
</context>
<context>
    <name>CorpusLoader</name>
    <message>
        <source>the manifest cannot be read (%1); it was ignored</source>
        <translation>das Manifest kann nicht gelesen werden (%1); es wurde übergangen</translation>
    </message>
    <message>
        <source>the manifest is not valid JSON (%1 at byte %2); it was ignored</source>
        <translation>das Manifest ist kein gültiges JSON (%1 bei Byte %2); es wurde übergangen</translation>
    </message>
    <message>
        <source>the manifest is not valid JSON for a corpus (an object is expected); it was ignored</source>
        <translation>das Manifest ist kein gültiges JSON für einen Korpus (ein Objekt wird erwartet); es wurde übergangen</translation>
    </message>
    <message>
        <source>the manifest names a file with a NUL character in its name; that entry was ignored</source>
        <translation>das Manifest nennt eine Datei mit einem NUL-Zeichen im Namen; der Eintrag wurde übergangen</translation>
    </message>
    <message>
        <source>the manifest names &quot;%1&quot;, which is outside the corpus folder; that entry was ignored</source>
        <translation>das Manifest nennt „%1“, das außerhalb des Korpusordners liegt; der Eintrag wurde übergangen</translation>
    </message>
    <message>
        <source>the manifest names &quot;%1&quot;, which does not exist; that entry was ignored</source>
        <translation>das Manifest nennt „%1“, das nicht existiert; der Eintrag wurde übergangen</translation>
    </message>
    <message>
        <source>the link is broken or loops</source>
        <translation>die Verknüpfung ist defekt oder bildet eine Schleife</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>the folder holds no articles (.txt, .md or .html files)</source>
        <translation>der Ordner enthält keine Artikel (.txt-, .md- oder .html-Dateien)</translation>
    </message>
    <message>
        <source>the file cannot be resolved (a broken link or a link loop)</source>
        <translation>die Datei kann nicht aufgelöst werden (defekte Verknüpfung oder Verknüpfungsschleife)</translation>
    </message>
    <message>
        <source>the same article as %1 (the same file reached twice); loaded once</source>
        <translation>derselbe Artikel wie %1 (dieselbe Datei zweimal erreicht); einmal geladen</translation>
    </message>
    <message>
        <source>not an article file (.txt, .md or .html expected)</source>
        <translation>keine Artikeldatei (.txt, .md oder .html erwartet)</translation>
    </message>
    <message>
        <source>the same article as %1; loaded once</source>
        <translation>derselbe Artikel wie %1; einmal geladen</translation>
    </message>
</context>
<context>
    <name>DateExtractor</name>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
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
    <message>
        <source>mention %1 of %2, in %3</source>
        <translation>Erwähnung %1 von %2, in %3</translation>
    </message>
    <message>
        <source>%1: %2 in %3 — F3 walks them</source>
        <translation>%1: %2 in %3 – F3 geht sie durch</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n Erwähnung</numerusform>
            <numerusform>%n Erwähnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntitySidebar</name>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Only entities some sources miss</source>
        <translation>Nur Entitäten, die manchen Quellen fehlen</translation>
    </message>
    <message>
        <source>Filter names…</source>
        <translation>Namen filtern …</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>Entitäten filtern</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Sortieren:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Sort entities by</source>
        <translation>Entitäten sortieren nach</translation>
    </message>
    <message>
        <source>Show only the entities that at least one source never mentions</source>
        <translation>Nur die Entitäten zeigen, die mindestens eine Quelle nie erwähnt</translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Also written: %1</source>
        <translation>Auch geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n mention(s)</source>
        <translation>
            <numerusform>%1: %n Erwähnung</numerusform>
            <numerusform>%1: %n Erwähnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n mention(s)</source>
        <translation>
            <numerusform>%1, %n Erwähnung</numerusform>
            <numerusform>%1, %n Erwähnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Named only in bylines, credits or the page&apos;s furniture, not in the report</source>
        <translation>Nur in Autorenzeilen, Nachweisen oder im Rahmen der Seite genannt, nicht im Bericht</translation>
    </message>
    <message>
        <source>byline or credit only</source>
        <translation>nur Autorenzeile oder Nachweis</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Comparison Sheet</source>
        <translation>Vergleichsbogen exportieren</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>A folder with all three</source>
        <translation>Ein Ordner mit allen dreien</translation>
    </message>
    <message>
        <source>Byte order mark (for spreadsheet programs)</source>
        <translation>Byte-Order-Mark (für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>Landscape pages</source>
        <translation>Seiten im Querformat</translation>
    </message>
    <message>
        <source>Article texts</source>
        <translation>Artikeltexte</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Aussagen:</translation>
    </message>
    <message>
        <source>Entities:</source>
        <translation>Entitäten:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>[… the preview stops here; the export is complete]</source>
        <translation>[… die Vorschau endet hier; der Export ist vollständig]</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>vergleich</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Replace Files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>%1 already exists. Replace it?</source>
        <translation>
            <numerusform>%1 existiert bereits. Ersetzen?</numerusform>
            <numerusform>%1 existieren bereits. Ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message>
        <source>Add from Feed</source>
        <translation>Aus Feed hinzufügen</translation>
    </message>
    <message>
        <source>Address of an RSS or Atom feed, or a feed file</source>
        <translation>Adresse eines RSS- oder Atom-Feeds oder eine Feed-Datei</translation>
    </message>
    <message>
        <source>Feed address or file</source>
        <translation>Feed-Adresse oder -Datei</translation>
    </message>
    <message>
        <source>&amp;Show Items</source>
        <translation>Einträge &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Feed items</source>
        <translation>Feed-Einträge</translation>
    </message>
    <message>
        <source>&amp;Fetch Ticked Items</source>
        <translation>Angekreuzte Einträge &amp;laden</translation>
    </message>
    <message>
        <source>Open a Feed</source>
        <translation>Feed öffnen</translation>
    </message>
    <message>
        <source>Feeds (*.xml *.rss *.atom);;All files (*)</source>
        <translation>Feeds (*.xml *.rss *.atom);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Fetching the feed…</source>
        <translation>Der Feed wird geladen …</translation>
    </message>
    <message>
        <source>%1 is neither a web address nor a file that can be read.</source>
        <translation>%1 ist weder eine Webadresse noch eine lesbare Datei.</translation>
    </message>
    <message>
        <source>the address is a page, not a feed; use Add from Web Addresses</source>
        <translation>die Adresse ist eine Seite, kein Feed; verwenden Sie „Aus Webadressen hinzufügen“</translation>
    </message>
    <message>
        <source>The feed cannot be read: %1.</source>
        <translation>Der Feed kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The feed has no items with a web address.</source>
        <translation>Der Feed hat keine Einträge mit einer Webadresse.</translation>
    </message>
    <message>
        <source>Tick the items to compare, then fetch them.</source>
        <translation>Kreuzen Sie die Einträge an, die Sie vergleichen möchten, und laden Sie sie dann.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Fetch %n Ticked Item(s)</source>
        <translation>
            <numerusform>%n angekreuzten Eintrag &amp;laden</numerusform>
            <numerusform>%n angekreuzte Einträge &amp;laden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedReader</name>
    <message>
        <source>the feed is empty</source>
        <translation>der Feed ist leer</translation>
    </message>
    <message>
        <source>this is XML but not an RSS or Atom feed (its root element is &lt;%1&gt;)</source>
        <translation>das ist XML, aber kein RSS- oder Atom-Feed (sein Wurzelelement ist &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>the feed is nested more than %1 levels deep</source>
        <translation>der Feed ist mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>the feed has more than %1 items</source>
        <translation>der Feed hat mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>the feed is not well-formed XML (line %1, column %2: %3)</source>
        <translation>der Feed ist kein wohlgeformtes XML (Zeile %1, Spalte %2: %3)</translation>
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
    <name>HttpDownload</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>der Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 (%2)</source>
        <translation>der Server antwortete mit HTTP %1 (%2)</translation>
    </message>
    <message>
        <source>host not found (%1)</source>
        <translation>Host nicht gefunden (%1)</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>der Server hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the server closed the connection before answering</source>
        <translation>der Server hat die Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <source>timed out: no complete answer within %1</source>
        <translation>Zeitüberschreitung: keine vollständige Antwort innerhalb von %1</translation>
    </message>
    <message>
        <source>more than %1 redirects (a redirect loop?)</source>
        <translation>mehr als %1 Weiterleitungen (eine Weiterleitungsschleife?)</translation>
    </message>
    <message>
        <source>redirected from a secure (https) address to an insecure one, which is refused</source>
        <translation>von einer sicheren (https-)Adresse auf eine unsichere weitergeleitet, was abgelehnt wird</translation>
    </message>
    <message>
        <source>the secure connection failed (%1)</source>
        <translation>die sichere Verbindung ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>not an article: the address serves a news feed</source>
        <translation>kein Artikel: die Adresse liefert einen Nachrichten-Feed</translation>
    </message>
    <message>
        <source>not a web address (only http and https are fetched)</source>
        <translation>keine Webadresse (nur http und https werden geladen)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not an article: the address serves %1, not a web page or text</source>
        <translation>kein Artikel: die Adresse liefert %1, keine Webseite und keinen Text</translation>
    </message>
    <message>
        <source>too large: the page is %1, over the limit of %2</source>
        <translation>zu groß: die Seite hat %1, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>too large: the page is over the limit of %1</source>
        <translation>zu groß: die Seite überschreitet die Grenze von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation>Abbrechen: %1</translation>
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
        <source>&amp;Export Comparison Sheet…</source>
        <translation>Vergleichsbogen &amp;exportieren …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Article &amp;Properties…</source>
        <translation>Artikel&amp;eigenschaften …</translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <source>Nothing to export yet</source>
        <translation>Noch nichts zu exportieren</translation>
    </message>
    <message>
        <source>Open a corpus and wait for its analysis before exporting a comparison sheet.</source>
        <translation>Öffnen Sie einen Korpus und warten Sie seine Analyse ab, bevor Sie einen Vergleichsbogen exportieren.</translation>
    </message>
    <message>
        <source>Cannot save the correction</source>
        <translation>Die Korrektur kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 was opened as a loose file; corrections are saved in a corpus folder&apos;s corpus.json. Open the folder that holds it to correct its details.</source>
        <translation>%1 wurde als einzelne Datei geöffnet; Korrekturen werden in der corpus.json eines Korpusordners gespeichert. Öffnen Sie den Ordner, der sie enthält, um ihre Angaben zu korrigieren.</translation>
    </message>
    <message>
        <source>Saved the details of %1 in corpus.json; analysing again</source>
        <translation>Die Angaben zu %1 wurden in corpus.json gespeichert; neue Analyse läuft</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n Entität</numerusform>
            <numerusform>%n Entitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared claim(s)</source>
        <translation>
            <numerusform>%n gemeinsame Aussage</numerusform>
            <numerusform>%n gemeinsame Aussagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Widerspruch</numerusform>
            <numerusform>%n Widersprüche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were skipped:</source>
        <translation>
            <numerusform>%n Datei wurde übersprungen:</numerusform>
            <numerusform>%n Dateien wurden übersprungen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %n articles as columns; View ▸ Columns shows the others.</source>
        <translation>
            <numerusform>Die ersten %1 von %n Artikel werden als Spalten gezeigt; Ansicht ▸ Spalten zeigt die anderen.</numerusform>
            <numerusform>Die ersten %1 von %n Artikeln werden als Spalten gezeigt; Ansicht ▸ Spalten zeigt die anderen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose Columns…</source>
        <translation>Spalten wählen …</translation>
    </message>
    <message>
        <source>&amp;Remove Article</source>
        <translation>Artikel &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Hide Column</source>
        <translation>Spalte &amp;ausblenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading and analysing</source>
        <translation>Laden und Analysieren abbrechen</translation>
    </message>
    <message>
        <source>Canceled. Open a folder of articles (Ctrl+O) or drop files here.</source>
        <translation>Abgebrochen. Öffnen Sie einen Ordner mit Artikeln (Strg+O) oder ziehen Sie Dateien hierher.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert …</translation>
    </message>
    <message>
        <source>Export canceled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The comparison sheet was not exported.</source>
        <translation>Der Vergleichsbogen wurde nicht exportiert.</translation>
    </message>
    <message>
        <source>Exported the comparison sheet to %1</source>
        <translation>Der Vergleichsbogen wurde nach %1 exportiert</translation>
    </message>
    <message>
        <source>Add from &amp;Web Addresses…</source>
        <translation>Aus &amp;Webadressen hinzufügen …</translation>
    </message>
    <message>
        <source>Add from F&amp;eed…</source>
        <translation>Aus F&amp;eed hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>Als neuen Artikel &amp;einfügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Nothing to paste as an article: %1</source>
        <translation>Nichts, was sich als Artikel einfügen ließe: %1</translation>
    </message>
    <message>
        <source>Articles not saved</source>
        <translation>Artikel nicht gespeichert</translation>
    </message>
    <message>
        <source>The new articles could not all be saved: %1</source>
        <translation>Die neuen Artikel konnten nicht alle gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added to the comparison</source>
        <translation>
            <numerusform>%n Artikel zum Vergleich hinzugefügt</numerusform>
            <numerusform>%n Artikel zum Vergleich hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Articles to &amp;Folder…</source>
        <translation>Artikel in &amp;Ordner speichern…</translation>
    </message>
    <message>
        <source>Save Articles to Folder</source>
        <translation>Artikel in Ordner speichern</translation>
    </message>
    <message>
        <source>The articles were not all saved.</source>
        <translation>Nicht alle Artikel wurden gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n article(s) to %1</source>
        <translation>
            <numerusform>%n Artikel in %1 gespeichert</numerusform>
            <numerusform>%n Artikel in %1 gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManifestWriter</name>
    <message>
        <source>the corpus folder %1 does not exist</source>
        <translation>der Korpusordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not inside the corpus folder</source>
        <translation>%1 liegt nicht im Korpusordner</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1 is not a valid corpus manifest, so it was left unchanged</source>
        <translation>%1 ist kein gültiges Korpusmanifest und wurde daher nicht verändert</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2)</source>
        <translation>%1 kann nicht geschrieben werden (%2)</translation>
    </message>
</context>
<context>
    <name>MentionListPanel</name>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Mentions of the selected entity</source>
        <translation>Erwähnungen der gewählten Entität</translation>
    </message>
    <message>
        <source>Double-click an entity to list its mentions.</source>
        <translation>Doppelklicken Sie auf eine Entität, um ihre Erwähnungen aufzulisten.</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n Erwähnung</numerusform>
            <numerusform>%n Erwähnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Act on the message</source>
        <translation>Auf die Meldung reagieren</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>PageFetcher</name>
    <message>
        <source>not an article: %1</source>
        <translation>kein Artikel: %1</translation>
    </message>
</context>
<context>
    <name>PastedArticle</name>
    <message>
        <source>the clipboard holds no text</source>
        <translation>die Zwischenablage enthält keinen Text</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
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
    <name>Sheet</name>
    <message>
        <source>shared</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>einzeln</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>schweigt</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared or conflicting claim(s)</source>
        <translation>
            <numerusform>%n gemeinsame oder widersprüchliche Aussage</numerusform>
            <numerusform>%n gemeinsame oder widersprüchliche Aussagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unique claim(s)</source>
        <translation>
            <numerusform>%n einzelne Aussage</numerusform>
            <numerusform>%n einzelne Aussagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n Entität</numerusform>
            <numerusform>%n Entitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n source(s)</source>
        <translation>
            <numerusform>%1 von %n Quelle</numerusform>
            <numerusform>%1 von %n Quellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetCsv</name>
    <message>
        <source>claim</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>slot</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>Zuschreibung</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 Wert</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>%1 mentions</source>
        <translation>%1 Erwähnungen</translation>
    </message>
    <message>
        <source>%1 spellings</source>
        <translation>%1 Schreibweisen</translation>
    </message>
    <message>
        <source>article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>SheetDocument</name>
    <message>
        <source>Comparison sheet</source>
        <translation>Vergleichsbogen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Claims across sources</source>
        <translation>Aussagen im Quellenvergleich</translation>
    </message>
    <message>
        <source>No shared or conflicting claims.</source>
        <translation>Keine gemeinsamen oder widersprüchlichen Aussagen.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>differs in: %1</source>
        <translation>unterscheidet sich in: %1</translation>
    </message>
    <message>
        <source>attributed to %1</source>
        <translation>zugeschrieben: %1</translation>
    </message>
    <message>
        <source>Unique claims</source>
        <translation>Einzelne Aussagen</translation>
    </message>
    <message>
        <source>No claim is stated by one source alone.</source>
        <translation>Keine Aussage stammt von nur einer Quelle.</translation>
    </message>
    <message>
        <source>Attributions</source>
        <translation>Zuschreibungen</translation>
    </message>
    <message>
        <source>Attributed to</source>
        <translation>Zugeschrieben</translation>
    </message>
    <message>
        <source>Entities across sources</source>
        <translation>Entitäten im Quellenvergleich</translation>
    </message>
    <message>
        <source>No entities.</source>
        <translation>Keine Entitäten.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>as written: %1</source>
        <translation>geschrieben als: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Claims by source</source>
        <translation>Aussagen nach Quelle</translation>
    </message>
    <message>
        <source>Mentions by source</source>
        <translation>Erwähnungen nach Quelle</translation>
    </message>
</context>
<context>
    <name>SheetExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument-Text</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <source>JSON (parallax-analysis/1)</source>
        <translation>JSON (parallax-analysis/1)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SheetHtml</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Claims across sources</source>
        <translation>Aussagen im Quellenvergleich</translation>
    </message>
    <message>
        <source>No shared or conflicting claims.</source>
        <translation>Keine gemeinsamen oder widersprüchlichen Aussagen.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>differs in: %1</source>
        <translation>unterscheidet sich in: %1</translation>
    </message>
    <message>
        <source>attributed to %1</source>
        <translation>zugeschrieben: %1</translation>
    </message>
    <message>
        <source>Unique claims</source>
        <translation>Einzelne Aussagen</translation>
    </message>
    <message>
        <source>No claim is stated by one source alone.</source>
        <translation>Keine Aussage stammt von nur einer Quelle.</translation>
    </message>
    <message>
        <source>Attributions</source>
        <translation>Zuschreibungen</translation>
    </message>
    <message>
        <source>Claims each source attributes to someone.</source>
        <translation>Aussagen, die jede Quelle jemandem zuschreibt.</translation>
    </message>
    <message>
        <source>Attributed to</source>
        <translation>Zugeschrieben</translation>
    </message>
    <message>
        <source>Entities across sources</source>
        <translation>Entitäten im Quellenvergleich</translation>
    </message>
    <message>
        <source>No entities.</source>
        <translation>Keine Entitäten.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Article texts</source>
        <translation>Artikeltexte</translation>
    </message>
    <message>
        <source>Comparison sheet</source>
        <translation>Vergleichsbogen</translation>
    </message>
    <message>
        <source>shared by all</source>
        <translation>von allen geteilt</translation>
    </message>
    <message>
        <source>shared by some</source>
        <translation>von einigen geteilt</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>differing value</source>
        <translation>abweichender Wert</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>einzeln</translation>
    </message>
    <message>
        <source>Made with Parallax %1</source>
        <translation>Erstellt mit Parallax %1</translation>
    </message>
    <message>
        <source>as written: %1</source>
        <translation>geschrieben als: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>SheetMarkdown</name>
    <message>
        <source>Comparison sheet</source>
        <translation>Vergleichsbogen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Claims across sources</source>
        <translation>Aussagen im Quellenvergleich</translation>
    </message>
    <message>
        <source>No shared or conflicting claims.</source>
        <translation>Keine gemeinsamen oder widersprüchlichen Aussagen.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>differs in: %1</source>
        <translation>unterscheidet sich in: %1</translation>
    </message>
    <message>
        <source>attributed to %1</source>
        <translation>zugeschrieben: %1</translation>
    </message>
    <message>
        <source>Unique claims</source>
        <translation>Einzelne Aussagen</translation>
    </message>
    <message>
        <source>No claim is stated by one source alone.</source>
        <translation>Keine Aussage stammt von nur einer Quelle.</translation>
    </message>
    <message>
        <source>Attributions</source>
        <translation>Zuschreibungen</translation>
    </message>
    <message>
        <source>Attributed to</source>
        <translation>Zugeschrieben</translation>
    </message>
    <message>
        <source>Entities across sources</source>
        <translation>Entitäten im Quellenvergleich</translation>
    </message>
    <message>
        <source>No entities.</source>
        <translation>Keine Entitäten.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>SheetPdf</name>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>the file claims to be %1 text but is not valid %1</source>
        <translation>die Datei gibt sich als %1-Text aus, ist aber kein gültiges %1</translation>
    </message>
    <message>
        <source>the file is binary data, not text</source>
        <translation>die Datei enthält Binärdaten, keinen Text</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (broken byte sequence at byte %1)</source>
        <translation>die Datei ist kein gültiges UTF-8 (fehlerhafte Bytefolge bei Byte %1)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 and its encoding cannot be recognised (broken byte sequence at byte %1)</source>
        <translation>die Datei ist kein gültiges UTF-8, und ihre Kodierung ist nicht zu erkennen (fehlerhafte Bytefolge bei Byte %1)</translation>
    </message>
    <message>
        <source>the file is in the %1 encoding, which this system cannot decode</source>
        <translation>die Datei ist in der Kodierung %1, die dieses System nicht dekodieren kann</translation>
    </message>
    <message>
        <source>the file is neither valid UTF-8 nor valid %1</source>
        <translation>die Datei ist weder gültiges UTF-8 noch gültiges %1</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline of dates and dated claims</source>
        <translation>Zeitleiste der Daten und datierten Aussagen</translation>
    </message>
    <message>
        <source>No dates found</source>
        <translation>Keine Daten gefunden</translation>
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
        <source>A corpus folder or article files to open (default: the bundled corpus).</source>
        <translation>Ein Korpusordner oder Artikeldateien zum Öffnen (Vorgabe: der mitgelieferte Korpus).</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once the analysis is shown, then quit.</source>
        <translation>Ein Bild des Fensters in &lt;file&gt; speichern, sobald die Analyse angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <source>Analyse a corpus and export its comparison sheet.</source>
        <translation>Einen Korpus analysieren und seinen Vergleichsbogen exportieren.</translation>
    </message>
    <message>
        <source>html, pdf, odt, md, csv or json.</source>
        <translation>html, pdf, odt, md, csv oder json.</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; (csv: a folder ending in / gets claims, entities and sources).</source>
        <translation>In &lt;file&gt; schreiben (csv: ein Ordner mit / am Ende erhält Aussagen, Entitäten und Quellen).</translation>
    </message>
    <message>
        <source>pdf: landscape pages.</source>
        <translation>pdf: Seiten im Querformat.</translation>
    </message>
    <message>
        <source>csv: start with a UTF-8 byte order mark.</source>
        <translation>csv: mit einer UTF-8-Byte-Order-Mark beginnen.</translation>
    </message>
    <message>
        <source>csv: claims, entities or sources.</source>
        <translation>csv: claims, entities oder sources.</translation>
    </message>
    <message>
        <source>Claim kinds to include: shared,conflict,unique.</source>
        <translation>Aufzunehmende Arten von Aussagen: shared,conflict,unique.</translation>
    </message>
    <message>
        <source>Entity types to include: person,organization,place,date.</source>
        <translation>Aufzunehmende Entitätstypen: person,organization,place,date.</translation>
    </message>
    <message>
        <source>Article ids or outlets to include.</source>
        <translation>Aufzunehmende Artikel-IDs oder Medien.</translation>
    </message>
    <message>
        <source>html, pdf, odt: leave out the article texts.</source>
        <translation>html, pdf, odt: die Artikeltexte weglassen.</translation>
    </message>
    <message>
        <source>give a corpus folder or article files, and -o FILE</source>
        <translation>geben Sie einen Korpusordner oder Artikeldateien an, dazu -o DATEI</translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation>unbekanntes Format %1</translation>
    </message>
    <message>
        <source>unknown claim kind %1</source>
        <translation>unbekannte Art von Aussage %1</translation>
    </message>
    <message>
        <source>unknown entity type %1</source>
        <translation>unbekannter Entitätstyp %1</translation>
    </message>
    <message>
        <source>no article could be loaded</source>
        <translation>kein Artikel konnte geladen werden</translation>
    </message>
    <message>
        <source>no article or outlet %1</source>
        <translation>kein Artikel und kein Medium %1</translation>
    </message>
    <message>
        <source>parallax: no theme named &quot;%1&quot;; the themes are: %2</source>
        <translation>parallax: kein Farbschema namens „%1“; vorhanden sind: %2</translation>
    </message>
    <message>
        <source>Colour the articles with the KSyntaxHighlighting theme &lt;name&gt; (for example &quot;Breeze Dark&quot;; View &gt; Theme lists them) instead of the one that follows the system palette.</source>
        <translation>Die Artikel mit dem KSyntaxHighlighting-Farbschema &lt;name&gt; einfärben (zum Beispiel „Breeze Dark“; Ansicht &gt; Farbschema listet sie auf) statt mit dem, das der Systempalette folgt.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n Entität</numerusform>
            <numerusform>%n Entitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Aussage</numerusform>
            <numerusform>%n Aussagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare how several news outlets cover the same event.

Commands:
  analyze DIR|FILES [--json FILE]   analyse headless and write JSON
  export DIR|FILES --format FMT -o FILE   write a comparison sheet (html, pdf, odt, md, csv, json)
  fetch URL|FEED... -o DIR   fetch web pages or feed items into a corpus folder</source>
        <translation>Vergleicht, wie mehrere Nachrichtenmedien über dasselbe Ereignis berichten.

Befehle:
  analyze DIR|FILES [--json FILE]   ohne Fenster analysieren und JSON schreiben
  export DIR|FILES --format FMT -o FILE   einen Vergleichsbogen schreiben (html, pdf, odt, md, csv, json)
  fetch URL|FEED... -o DIR   Webseiten oder Feed-Einträge in einen Korpusordner laden</translation>
    </message>
    <message>
        <source>neither a web address nor a readable feed file</source>
        <translation>weder eine Webadresse noch eine lesbare Feed-Datei</translation>
    </message>
    <message>
        <source>Fetch web pages, or the items of RSS and Atom feeds, into a corpus folder.</source>
        <translation>Webseiten oder die Einträge von RSS- und Atom-Feeds in einen Korpusordner laden.</translation>
    </message>
    <message>
        <source>Web addresses of articles or feeds, or feed files.</source>
        <translation>Webadressen von Artikeln oder Feeds, oder Feed-Dateien.</translation>
    </message>
    <message>
        <source>Write the articles and corpus.json into &lt;folder&gt;.</source>
        <translation>Die Artikel und corpus.json in &lt;folder&gt; schreiben.</translation>
    </message>
    <message>
        <source>give web addresses or feeds, and -o FOLDER</source>
        <translation>geben Sie Webadressen oder Feeds und -o ORDNER an</translation>
    </message>
    <message>
        <source>articles fetched: %1, failed: %2</source>
        <translation>Artikel geladen: %1, fehlgeschlagen: %2</translation>
    </message>
</context>
</TS>
