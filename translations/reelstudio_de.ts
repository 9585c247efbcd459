<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>reel::ui::CatalogText</name>
    <message>
        <source>Fitness</source>
        <comment>sector</comment>
        <translation>Fitness</translation>
    </message>
    <message>
        <source>Finance</source>
        <comment>sector</comment>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Fashion</source>
        <comment>sector</comment>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Beauty</source>
        <comment>sector</comment>
        <translation>Kosmetik</translation>
    </message>
    <message>
        <source>Productivity</source>
        <comment>sector</comment>
        <translation>Produktivität</translation>
    </message>
    <message>
        <source>Pets</source>
        <comment>sector</comment>
        <translation>Haustiere</translation>
    </message>
    <message>
        <source>Education</source>
        <comment>sector</comment>
        <translation>Bildung</translation>
    </message>
    <message>
        <source>Wellness</source>
        <comment>sector</comment>
        <translation>Wellness</translation>
    </message>
    <message>
        <source>Technology</source>
        <comment>sector</comment>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Food</source>
        <comment>sector</comment>
        <translation>Lebensmittel</translation>
    </message>
    <message>
        <source>Travel</source>
        <comment>sector</comment>
        <translation>Reisen</translation>
    </message>
    <message>
        <source>Real estate</source>
        <comment>sector</comment>
        <translation>Immobilien</translation>
    </message>
    <message>
        <source>Question</source>
        <comment>hook type</comment>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Bold claim</source>
        <comment>hook type</comment>
        <translation>Kühne Behauptung</translation>
    </message>
    <message>
        <source>Relatable</source>
        <comment>hook type</comment>
        <translation>Nachvollziehbar</translation>
    </message>
    <message>
        <source>Shocking</source>
        <comment>hook type</comment>
        <translation>Schockierend</translation>
    </message>
    <message>
        <source>Curiosity</source>
        <comment>hook type</comment>
        <translation>Neugier</translation>
    </message>
    <message>
        <source>Statistic</source>
        <comment>hook type</comment>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Story</source>
        <comment>hook type</comment>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>Excitement</source>
        <comment>emotion</comment>
        <translation>Begeisterung</translation>
    </message>
    <message>
        <source>Curiosity</source>
        <comment>emotion</comment>
        <translation>Neugier</translation>
    </message>
    <message>
        <source>Urgency</source>
        <comment>emotion</comment>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Inspiration</source>
        <comment>emotion</comment>
        <translation>Inspiration</translation>
    </message>
    <message>
        <source>Fear</source>
        <comment>emotion</comment>
        <translation>Angst</translation>
    </message>
    <message>
        <source>Joy</source>
        <comment>emotion</comment>
        <translation>Freude</translation>
    </message>
    <message>
        <source>Surprise</source>
        <comment>emotion</comment>
        <translation>Überraschung</translation>
    </message>
    <message>
        <source>Frustration</source>
        <comment>emotion</comment>
        <translation>Frust</translation>
    </message>
    <message>
        <source>Awareness</source>
        <comment>goal</comment>
        <translation>Bekanntheit</translation>
    </message>
    <message>
        <source>Engagement</source>
        <comment>goal</comment>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>Conversion</source>
        <comment>goal</comment>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Lead generation</source>
        <comment>goal</comment>
        <translation>Leadgenerierung</translation>
    </message>
    <message>
        <source>Community</source>
        <comment>goal</comment>
        <translation>Community</translation>
    </message>
    <message>
        <source>Education</source>
        <comment>goal</comment>
        <translation>Bildung</translation>
    </message>
    <message>
        <source>Product launch</source>
        <comment>goal</comment>
        <translation>Produkteinführung</translation>
    </message>
    <message>
        <source>Direct</source>
        <comment>CTA style</comment>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Soft</source>
        <comment>CTA style</comment>
        <translation>Sanft</translation>
    </message>
    <message>
        <source>Question</source>
        <comment>CTA style</comment>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Command</source>
        <comment>CTA style</comment>
        <translation>Aufforderung</translation>
    </message>
    <message>
        <source>Professional</source>
        <comment>brand voice</comment>
        <translation>Professionell</translation>
    </message>
    <message>
        <source>Friendly</source>
        <comment>brand voice</comment>
        <translation>Freundlich</translation>
    </message>
    <message>
        <source>Energetic</source>
        <comment>brand voice</comment>
        <translation>Energisch</translation>
    </message>
    <message>
        <source>Motivational</source>
        <comment>brand voice</comment>
        <translation>Motivierend</translation>
    </message>
    <message>
        <source>Authentic</source>
        <comment>brand voice</comment>
        <translation>Authentisch</translation>
    </message>
    <message>
        <source>Casual</source>
        <comment>brand voice</comment>
        <translation>Locker</translation>
    </message>
    <message>
        <source>Humorous</source>
        <comment>brand voice</comment>
        <translation>Humorvoll</translation>
    </message>
    <message>
        <source>Authoritative</source>
        <comment>brand voice</comment>
        <translation>Souverän</translation>
    </message>
    <message>
        <source>Instagram</source>
        <comment>platform (a brand name)</comment>
        <translation>Instagram</translation>
    </message>
</context>
<context>
    <name>reel::ui::DialogPrompter</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Do you want to save your changes?</source>
        <translation>Möchten Sie die Änderungen speichern?</translation>
    </message>
</context>
<context>
    <name>reel::ui::ErrorText</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>wahr oder falsch</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>nichts (null)</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2): %3</source>
        <extracomment>%1 line, %2 column, %3 the JSON parser&apos;s own message (English)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is missing.</source>
        <translation>Dieses Feld fehlt.</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <extracomment>%1 expected kind of value, %2 the kind found, e.g. &quot;Expected a list, found text.&quot;</extracomment>
        <translation>Erwartet: %1, gefunden: %2.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>Use at most %1 characters (now %2).</source>
        <translation>Höchstens %1 Zeichen (derzeit %2).</translation>
    </message>
    <message>
        <source>Use at most %1 entries (now %2).</source>
        <translation>Höchstens %1 Einträge (derzeit %2).</translation>
    </message>
    <message>
        <source>Must be between %1 and %2 seconds (now %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be between %1 and %2 (now %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not allowed here; use one of: %2.</source>
        <extracomment>%1 the value found, %2 the allowed values separated by commas</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must come after %1 (%2), but is %3.</source>
        <extracomment>%1 the other field, %2 its value, %3 this field&apos;s value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the location in the file (e.g. brand_profile.sector), %2 what is wrong there</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(whole file)</source>
        <translation>(gesamte Datei)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <extracomment>%1 file path, %2 the reason given by the system</extracomment>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 uses format version %2, but this version of Reel Studio reads up to version %3. Update Reel Studio to open it.</source>
        <extracomment>%1 what was read (e.g. a file name), %2 its format version, %3 the newest version this build reads</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace folder “%1” cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” was written by a newer Reel Studio (schema version %2; this version knows up to %3). It was left untouched. Update Reel Studio to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database “%1” is damaged (%2). It was left untouched. Restore it from a backup or choose another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Reel Studio workspace. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” could not be upgraded to schema version %2 (%3). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database error occurred while %1: %2</source>
        <extracomment>%1 what the app was doing (English, from the database layer), %2 the database&apos;s message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find %1 “%2”. It may have been deleted.</source>
        <extracomment>%1 the kind of thing (English), %2 its name or number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A brand profile named “%1” already exists.</source>
        <translation>Ein Markenprofil namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>This entry is empty.</source>
        <translation>Dieser Eintrag ist leer.</translation>
    </message>
</context>
<context>
    <name>reel::ui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <extracomment>%1 is the application&apos;s name</extracomment>
        <translation>&amp;Über %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The workspace folder</source>
        <translation>Der Arbeitsbereichsordner</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>%1 what would be undone, e.g. Delete “FitLife”</extracomment>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Writes, checks and keeps Instagram Reel scripts.</source>
        <translation>Schreibt, prüft und verwaltet Skripte für Instagram Reels.</translation>
    </message>
    <message>
        <source>Workspace folder:</source>
        <translation>Arbeitsbereichsordner:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <source>Qt (LGPL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nlohmann/json (MIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAISS (MIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VADER sentiment lexicon by C.J. Hutto (MIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDNOOBW word lists (CC BY 4.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snowball stemmers (BSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hunspell (LGPL/MPL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyphen (LGPL/MPL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfileEditor</name>
    <message>
        <source>Entry %1: %2</source>
        <extracomment>%1 the position of the entry in the list (1 = first), %2 what is wrong</extracomment>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Voice and offer</source>
        <translation>Tonalität und Angebot</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Leitplanken</translation>
    </message>
    <message>
        <source>Defaults and notes</source>
        <translation>Standards und Notizen</translation>
    </message>
    <message>
        <source>Brand &amp;name:</source>
        <translation>Marken&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>B&amp;ranche:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>&amp;Age range:</source>
        <translation>Alters&amp;gruppe:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>Ge&amp;schlecht:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Pain po&amp;ints:</source>
        <translation>Sch&amp;merzpunkte:</translation>
    </message>
    <message>
        <source>&amp;Brand voice:</source>
        <translation>&amp;Tonalität:</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>Ang&amp;ebot:</translation>
    </message>
    <message>
        <source>CTA st&amp;yle:</source>
        <translation>&amp;CTA-Stil:</translation>
    </message>
    <message>
        <source>Do-not-&amp;use words:</source>
        <translation>Verbotene &amp;Wörter:</translation>
    </message>
    <message>
        <source>Co&amp;mpetitors:</source>
        <translation>&amp;Konkurrenten:</translation>
    </message>
    <message>
        <source>&amp;Required hashtags:</source>
        <translation>Pf&amp;licht-Hashtags:</translation>
    </message>
    <message>
        <source>&amp;Default language:</source>
        <translation>&amp;Voreingestellte Sprache:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <source>e.g. FitLife Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick or type a sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 25-40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mumbai, India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A problem your audience has; Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the brand offers, e.g. a free 7-day trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick or type a style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word or phrase scripts must avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A competitor scripts must not name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. #FitLife</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for your team; never sent to the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a sector or type your own; a new sector is remembered when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform scripts are written for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the call to action asks; type your own style if none fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language scripts for this brand are written in by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts are checked for these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Nicht-binär</translation>
    </message>
    <message>
        <source>Decided per request</source>
        <translation>Pro Anfrage festlegen</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfileListModel</name>
    <message>
        <source>Sector: %1</source>
        <extracomment>Tooltip of a profile in the list; %1 the sector</extracomment>
        <translation>Branche: %1</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfileListPanel</name>
    <message>
        <source>Search by name or sector</source>
        <translation>Nach Name oder Branche suchen</translation>
    </message>
    <message>
        <source>Search brand profiles</source>
        <translation>Markenprofile durchsuchen</translation>
    </message>
    <message>
        <source>Filter the list by brand name or sector (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand profiles</source>
        <translation>Markenprofile</translation>
    </message>
    <message>
        <source>No profile matches “%1”.</source>
        <translation>Kein Profil passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfileTransfer</name>
    <message>
        <source>Import Brand Profile</source>
        <translation>Markenprofil importieren</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>“%1” does not hold a brand profile Reel Studio can import:</source>
        <translation>„%1“ enthält kein Markenprofil, das Reel Studio importieren kann:</translation>
    </message>
    <message>
        <source>Profile Renamed</source>
        <translation>Profil umbenannt</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists, so the imported profile was named “%2”.</source>
        <translation>Ein Profil namens „%1“ gibt es bereits, daher heißt das importierte Profil „%2“.</translation>
    </message>
    <message>
        <source>Export Brand Profile</source>
        <translation>Markenprofil exportieren</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand profiles (*.json)</source>
        <translation>Markenprofile (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfilesPage</name>
    <message>
        <source>Brand Profiles</source>
        <translation>Markenprofile</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip with its keyboard shortcut, e.g. &quot;Create a new brand profile (Ctrl+N)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Profile</source>
        <translation>&amp;Neues Profil</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Create a new brand profile</source>
        <translation>Neues Markenprofil anlegen</translation>
    </message>
    <message>
        <source>&amp;Duplicate Profile</source>
        <translation>Profil &amp;duplizieren</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Make a copy of the selected profile</source>
        <translation>Kopie des ausgewählten Profils anlegen</translation>
    </message>
    <message>
        <source>De&amp;lete Profile</source>
        <translation>Profil &amp;löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected profile (you can undo this)</source>
        <translation>Ausgewähltes Profil löschen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>&amp;Import Profile…</source>
        <translation>Profil &amp;importieren…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import a brand profile from a JSON file</source>
        <translation>Markenprofil aus einer JSON-Datei importieren</translation>
    </message>
    <message>
        <source>&amp;Export Profile…</source>
        <translation>Profil &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the selected profile to a JSON file</source>
        <translation>Ausgewähltes Profil in eine JSON-Datei exportieren</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>&amp;Revert Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Search Profiles</source>
        <translation>Profile durchsuchen</translation>
    </message>
    <message>
        <source>No brand profiles yet</source>
        <translation>Noch keine Markenprofile</translation>
    </message>
    <message>
        <source>A brand profile tells Reel Studio who you write for: the brand&apos;s sector, audience, voice, offer and the words to avoid. Every script starts from one.</source>
        <translation>Ein Markenprofil sagt Reel Studio, für wen Sie schreiben: Branche, Zielgruppe, Tonalität und Angebot der Marke sowie die Wörter, die zu vermeiden sind. Jedes Skript beginnt mit einem Profil.</translation>
    </message>
    <message>
        <source>Create your first brand profile</source>
        <translation>Erstes Markenprofil anlegen</translation>
    </message>
    <message>
        <source>Import a profile…</source>
        <translation>Profil importieren…</translation>
    </message>
    <message>
        <source>Select a brand profile on the left, or create a new one.</source>
        <translation>Wählen Sie links ein Markenprofil aus oder legen Sie ein neues an.</translation>
    </message>
    <message>
        <source>Could Not Open the Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new brand profile has not been saved.</source>
        <translation>Das neue Markenprofil wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes.</source>
        <translation>„%1“ hat nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Fill in the new profile and save it with %1.</source>
        <translation>Neues Profil ausfüllen und mit %1 speichern.</translation>
    </message>
    <message>
        <source>Fix the marked fields to save.</source>
        <translation>Zum Speichern die markierten Felder korrigieren.</translation>
    </message>
    <message>
        <source>Could Not Save the Profile</source>
        <translation>Profil konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>„%1“ anlegen</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Reverted the unsaved changes.</source>
        <translation>Nicht gespeicherte Änderungen verworfen.</translation>
    </message>
    <message>
        <source>Could Not Duplicate the Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>„%1“ angelegt.</translation>
    </message>
    <message>
        <source>Could Not Delete the Profile</source>
        <translation>Profil konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with %2</source>
        <translation>„%1“ gelöscht. Rückgängig mit %2</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>„%1“ importieren</translation>
    </message>
    <message>
        <source>Imported “%1” from %2.</source>
        <translation>„%1“ aus %2 importiert.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>„%1“ nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Could Not Undo or Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New brand profile</source>
        <translation>Neues Markenprofil</translation>
    </message>
    <message>
        <source>To save, fix: %1</source>
        <extracomment>%1 the names of the fields to fix, e.g. &quot;Brand name, Sector&quot;</extracomment>
        <translation>Zum Speichern korrigieren: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>reel::ui::StringListEditor</name>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>„%1“ ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry for %1</source>
        <extracomment>%1 the list, e.g. &quot;Pain points&quot;</extracomment>
        <translation>Neuer Eintrag für %1</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected from %1</source>
        <translation>Auswahl aus %1 entfernen</translation>
    </message>
    <message>
        <source>Add the typed entry (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entries (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an entry to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry cannot be empty; use Remove to delete it.</source>
        <translation>Ein Eintrag darf nicht leer sein; zum Löschen „Entfernen“ verwenden.</translation>
    </message>
</context>
<context>
    <name>reel::ui::VoicePicker</name>
    <message>
        <source>Brand voice</source>
        <translation>Tonalität</translation>
    </message>
    <message>
        <source>Check every voice that fits the brand (Space toggles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another voice, e.g. witty</source>
        <translation>Weitere Tonalität, z. B. witzig</translation>
    </message>
    <message>
        <source>Custom brand voice</source>
        <translation>Eigene Tonalität</translation>
    </message>
    <message>
        <source>Add voice</source>
        <translation>Tonalität hinzufügen</translation>
    </message>
    <message>
        <source>Add custom brand voice</source>
        <translation>Eigene Tonalität hinzufügen</translation>
    </message>
</context>
</TS>
