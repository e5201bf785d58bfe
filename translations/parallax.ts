<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallax icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Parallax %1&lt;/h2&gt;&lt;p&gt;Compare how several news outlets cover the same event.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1 (running on Qt %2) and KDE Frameworks KSyntaxHighlighting %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallax uses the following software:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface, text layout, concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colouring the article texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising text encodings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading HTML articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Markdown articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word stems for matching claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuzzy matching of names and sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word differences between quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synonyms and word forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordNet 3.0 licence (Princeton University)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of countries and their subdivisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallax opens no network connection unless you ask for one: only File ▸ Add from Web Addresses, File ▸ Add from Feed, a link dropped on the window and the command parallax fetch fetch anything, and only the addresses given. Opening, analysing and exporting articles never do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>Add from Web Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the addresses of the articles, one per line, or a message that contains them. Parallax fetches only these pages, and only when you press Fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addresses that failed say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web address (http:// or https://) found in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n page(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching: %1 of %n page(s) done…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
        <source>Reading the kept analysis</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the article from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header of the article from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleFolder</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleImporter</name>
    <message>
        <source>the file is a broken link or a link loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not an article file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MB, over the limit of %2 MB for one article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is over the limit of %1 MB for one article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page holds no article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no article text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleListDock</name>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles of the comparison</source>
        <translation type="unfinished"></translation>
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
    <name>ClaimAligner</name>
    <message>
        <source>Quoted differently: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated by %1 articles; in common: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this article states it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimConflicts</name>
    <message>
        <source>times (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs. %2: number of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs. %2: different dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; vs. &quot;%2&quot;: one report denies what the other states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs. %2: a different %3 in the same role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs. %2: approximate numbers of %3 that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs. %2: a different time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs. %2: states that exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs. %2: sums of money that differ</source>
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
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) state it: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) state a different version: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) are silent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished"></translation>
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
    <message>
        <source>Filter claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonEditor</name>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
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
    <message>
        <source>the file is too large to be a comparison (%1 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a Parallax comparison (a JSON object is expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s format is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;corpus.paths&quot; names no folder or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1.claim&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1.verdict&quot; is &quot;%2&quot;; expected confirmed, disputed or needs-checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a comparison (%2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles of one file name from several folders had one id; they were told apart: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Articles side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Shared by %n source(s)&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflict&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Only in %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributed to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorpusLoadJob</name>
    <message>
        <source>Loading articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorpusLoader</name>
    <message>
        <source>the manifest cannot be read (%1); it was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is not valid JSON (%1 at byte %2); it was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is not valid JSON for a corpus (an object is expected); it was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest names a file with a NUL character in its name; that entry was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest names &quot;%1&quot;, which is outside the corpus folder; that entry was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest names &quot;%1&quot;, which does not exist; that entry was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link is broken or loops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder holds no articles (.txt, .md or .html files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be resolved (a broken link or a link loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same article as %1 (the same file reached twice); loaded once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an article file (.txt, .md or .html expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same article as %1; loaded once</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mention %1 of %2, in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3 — F3 walks them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntitySidebar</name>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
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
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n mention(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Named only in bylines, credits or the page&apos;s furniture, not in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline or credit only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Comparison Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder with all three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte order mark (for spreadsheet programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[… the preview stops here; the export is complete]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message>
        <source>Add from Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of an RSS or Atom feed, or a feed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed address or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch Ticked Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds (*.xml *.rss *.atom);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a web address nor a file that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is a page, not a feed; use Add from Web Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed has no items with a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the items to compare, then fetch them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Fetch %n Ticked Item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedReader</name>
    <message>
        <source>the feed is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is XML but not an RSS or Atom feed (its root element is &lt;%1&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feed is nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feed has more than %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feed is not well-formed XML (line %1, column %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in all columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word or phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpDownload</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered HTTP %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out: no complete answer within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 redirects (a redirect loop?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected from a secure (https) address to an insecure one, which is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an article: the address serves a news feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a web address (only http and https are fetched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an article: the address serves %1, not a web page or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large: the page is %1, over the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large: the page is over the limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobIndicator</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of articles (Ctrl+O) or drop files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in All Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clutter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Synchronised Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous C&amp;onflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Shared Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous S&amp;hared Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shared claims found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Folder of Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be loaded — hover for details</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No articles loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export Comparison Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article &amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a corpus and wait for its analysis before exporting a comparison sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was opened as a loose file; corrections are saved in a corpus folder&apos;s corpus.json. Open the folder that holds it to correct its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the details of %1 in corpus.json; analysing again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were skipped:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %n articles as columns; View ▸ Columns shows the others.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading and analysing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled. Open a folder of articles (Ctrl+O) or drop files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export canceled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison sheet was not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the comparison sheet to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from &amp;Web Addresses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from F&amp;eed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to paste as an article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new articles could not all be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added to the comparison</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save Articles to &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Articles to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles were not all saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n article(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManifestWriter</name>
    <message>
        <source>the corpus folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not inside the corpus folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid corpus manifest, so it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (%2)</source>
        <translation type="unfinished"></translation>
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
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Act on the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageFetcher</name>
    <message>
        <source>not an article: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastedArticle</name>
    <message>
        <source>the clipboard holds no text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Could not write the recovery file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallax comparisons (*.parallax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent Comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Comparison &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open some articles before saving a comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery file is damaged and was set aside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore your work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Parallax did not close properly last time. Restore the comparison you were working on, with its %n verdict(s) and note(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Where are the articles of this comparison? (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles of this comparison were not found at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on disk since the comparison was saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New since the comparison was saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) or note(s) belong to claims that no longer match; they are kept in the file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The articles changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n verdict(s) and note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save your verdicts and notes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdicts and notes of this comparison have not been saved.</source>
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
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared or conflicting claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unique claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
        <source>Sources</source>
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
    <message>
        <source>as written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions by source</source>
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
    <message>
        <source>as written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetMarkdown</name>
    <message>
        <source>Comparison sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
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
    <message>
        <source>Source</source>
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
    <name>TextDecoder</name>
    <message>
        <source>the file claims to be %1 text but is not valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is binary data, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (broken byte sequence at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 and its encoding cannot be recognised (broken byte sequence at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is in the %1 encoding, which this system cannot decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is neither valid UTF-8 nor valid %1</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A corpus folder or article files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the analysis to &lt;file&gt; (- for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A corpus folder or article files to open (default: the bundled corpus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once the analysis is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse a corpus and export its comparison sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>html, pdf, odt, md, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; (csv: a folder ending in / gets claims, entities and sources).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf: landscape pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv: start with a UTF-8 byte order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv: claims, entities or sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim kinds to include: shared,conflict,unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity types to include: person,organization,place,date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article ids or outlets to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>html, pdf, odt: leave out the article texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a corpus folder or article files, and -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown claim kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown entity type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article could be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article or outlet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parallax: no theme named &quot;%1&quot;; the themes are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the articles with the KSyntaxHighlighting theme &lt;name&gt; (for example &quot;Breeze Dark&quot;; View &gt; Theme lists them) instead of the one that follows the system palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Compare how several news outlets cover the same event.

Commands:
  analyze DIR|FILES [--json FILE]   analyse headless and write JSON
  export DIR|FILES --format FMT -o FILE   write a comparison sheet (html, pdf, odt, md, csv, json)
  fetch URL|FEED... -o DIR   fetch web pages or feed items into a corpus folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither a web address nor a readable feed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch web pages, or the items of RSS and Atom feeds, into a corpus folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web addresses of articles or feeds, or feed files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the articles and corpus.json into &lt;folder&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give web addresses or feeds, and -o FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>articles fetched: %1, failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
