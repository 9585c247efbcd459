<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DocumentText</name>
    <message>
        <source>score %1, errors: %2, warnings: %3</source>
        <extracomment>the validation line of an exported script: the score out of 100, then the counts</extracomment>
        <translation>Punktzahl %1, Fehler: %2, Warnungen: %3</translation>
    </message>
</context>
<context>
    <name>WorkflowText</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Strong hook</source>
        <translation>Starker Hook</translation>
    </message>
    <message>
        <source>On brand</source>
        <translation>Markengerecht</translation>
    </message>
    <message>
        <source>Clear call to action</source>
        <translation>Klare Handlungsaufforderung</translation>
    </message>
    <message>
        <source>Right length</source>
        <translation>Passende Länge</translation>
    </message>
    <message>
        <source>Fresh idea</source>
        <translation>Frische Idee</translation>
    </message>
    <message>
        <source>Weak hook</source>
        <translation>Schwacher Hook</translation>
    </message>
    <message>
        <source>Off brand</source>
        <translation>Nicht markengerecht</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Zu lang</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Zu kurz</translation>
    </message>
    <message>
        <source>Unclear call to action</source>
        <translation>Unklare Handlungsaufforderung</translation>
    </message>
    <message>
        <source>Factual error</source>
        <translation>Sachlicher Fehler</translation>
    </message>
    <message>
        <source>Wrong tone</source>
        <translation>Falscher Ton</translation>
    </message>
</context>
<context>
    <name>WorkspaceInUse</name>
    <message>
        <source>Each workspace is open in one window at a time, so that two windows never save over each other&apos;s work. Switch to that window, or open another workspace.</source>
        <translation>Jeder Arbeitsbereich ist immer nur in einem Fenster geöffnet, damit zwei Fenster nie gegenseitig ihre Arbeit überschreiben. Wechseln Sie zu diesem Fenster oder öffnen Sie einen anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Open Another Workspace…</source>
        <translation>Anderen Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
</context>
<context>
    <name>reel::ui::AnalyticsCharts</name>
    <message>
        <source>Scripts per week</source>
        <translation>Skripte pro Woche</translation>
    </message>
    <message>
        <source>Tokens and cost per month</source>
        <translation>Tokens und Kosten pro Monat</translation>
    </message>
    <message>
        <source>Offline composer and models</source>
        <translation>Offline-Texter und Modelle</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Top sectors</source>
        <translation>Top-Branchen</translation>
    </message>
    <message>
        <source>Top hook types</source>
        <translation>Top-Hook-Typen</translation>
    </message>
    <message>
        <source>Cost per brand</source>
        <translation>Kosten pro Marke</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Average generation time (s)</source>
        <translation>Durchschnittliche Generierungszeit (s)</translation>
    </message>
    <message>
        <source>No scripts in this period.</source>
        <translation>Keine Skripte in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Skripte</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>date format of the weekly chart&apos;s axis over a long period (Qt date format)</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>No model tokens were used in this period. The offline composer costs nothing.</source>
        <translation>In diesem Zeitraum wurden keine Modell-Tokens verbraucht. Der Offline-Texter kostet nichts.</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a slice of the provider chart: %1 the provider, %2 its scripts</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No script in this period has been rated yet.</source>
        <translation>In diesem Zeitraum wurde noch kein Skript bewertet.</translation>
    </message>
    <message>
        <source>%1★</source>
        <extracomment>a bar of the ratings chart: ratings with %1 stars</extracomment>
        <translation>%1★</translation>
    </message>
    <message>
        <source>Up</source>
        <extracomment>a bar of the ratings chart: thumbs up</extracomment>
        <translation>Daumen hoch</translation>
    </message>
    <message>
        <source>Down</source>
        <extracomment>a bar of the ratings chart: thumbs down</extracomment>
        <translation>Daumen runter</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <source>Thumbs</source>
        <translation>Daumen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>(no brand)</source>
        <translation>(keine Marke)</translation>
    </message>
    <message>
        <source>Prompt %1 · completion %2</source>
        <translation>Eingabe %1 · Ausgabe %2</translation>
    </message>
</context>
<context>
    <name>reel::ui::AnalyticsFilterBar</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Marke:</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>First script</source>
        <extracomment>shown in the &quot;From&quot; date field when the period starts with the first script</extracomment>
        <translation>Erstes Skript</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>date format of the period fields (Qt date format)
----------
date format of the period in the copied summary (Qt date format)</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>Alle Marken</translation>
    </message>
    <message>
        <source>The period whose scripts are counted</source>
        <translation>Der Zeitraum, dessen Skripte gezählt werden</translation>
    </message>
    <message>
        <source>Count the scripts of one brand only</source>
        <translation>Nur die Skripte einer Marke zählen</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>a period: %1 first day, %2 last day</extracomment>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>reel::ui::AnalyticsPage</name>
    <message>
        <source>Analytics</source>
        <translation>Analysen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the summary figures as text</source>
        <translation>Die Kennzahlen der Übersicht als Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write every figure of this period to a CSV file</source>
        <translation>Alle Kennzahlen dieses Zeitraums in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Analytics figures</source>
        <translation>Kennzahlen der Analyse</translation>
    </message>
    <message>
        <source>The figures could not be computed.</source>
        <translation>Die Kennzahlen konnten nicht berechnet werden.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Counting the scripts…</source>
        <translation>Skripte werden gezählt…</translation>
    </message>
    <message>
        <source>No scripts yet. Scripts you generate are counted here: how many, what they cost and how they were rated.</source>
        <translation>Noch keine Skripte. Hier werden die Skripte gezählt, die Sie generieren: wie viele, was sie kosten und wie sie bewertet wurden.</translation>
    </message>
    <message>
        <source>No script was created in this period.</source>
        <translation>In diesem Zeitraum wurde kein Skript erstellt.</translation>
    </message>
    <message>
        <source>No script of %1 was created in this period.</source>
        <translation>In diesem Zeitraum wurde kein Skript für %1 erstellt.</translation>
    </message>
    <message>
        <source>Choose a longer period or another brand.</source>
        <translation>Wählen Sie einen längeren Zeitraum oder eine andere Marke.</translation>
    </message>
    <message>
        <source>Export Analytics</source>
        <translation>Analysen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>Die Datei wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Exported the figures to %1.</source>
        <translation>Kennzahlen nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Copied the summary to the clipboard.</source>
        <translation>Die Übersicht wurde in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>reel::ui::AnalyticsText</name>
    <message>
        <source>%1 ms</source>
        <extracomment>a generation time in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a generation time in seconds</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>a generation time in minutes and seconds</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>a percentage, e.g. &quot;25%&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>date format of a week on the chart&apos;s axis when the weeks span years (Qt date format)</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>MMM d</source>
        <extracomment>date format of a week on the chart&apos;s axis (Qt date format: MMM = month name, d = day)</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>date format of a month on the chart&apos;s axis (Qt date format: MMM = month name, yyyy = year)</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>Reel Studio analytics: %1</source>
        <extracomment>heading of the copied summary; %1 the period and brand</extracomment>
        <translation>Reel-Studio-Analyse: %1</translation>
    </message>
    <message>
        <source>Scripts: %1</source>
        <translation>Skripte: %1</translation>
    </message>
    <message>
        <source>Written by a model: %1</source>
        <translation>Von einem Modell geschrieben: %1</translation>
    </message>
    <message>
        <source>Written by the offline composer: %1</source>
        <translation>Vom Offline-Texter geschrieben: %1</translation>
    </message>
    <message>
        <source>Average generation time: %1</source>
        <translation>Durchschnittliche Generierungszeit: %1</translation>
    </message>
    <message>
        <source>Average generation time of model scripts: %1</source>
        <translation>Durchschnittliche Generierungszeit der Modellskripte: %1</translation>
    </message>
    <message>
        <source>Failed validation at the first attempt: %1 (%2)</source>
        <translation>Prüfung im ersten Versuch nicht bestanden: %1 (%2)</translation>
    </message>
    <message>
        <source>Still failing after repair: %1 (%2)</source>
        <translation>Nach Nachbesserung weiterhin fehlerhaft: %1 (%2)</translation>
    </message>
    <message>
        <source>Tokens: %1 (prompt %2, completion %3)</source>
        <translation>Tokens: %1 (Eingabe %2, Ausgabe %3)</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Kosten: %1</translation>
    </message>
    <message>
        <source>Rated scripts: %1</source>
        <translation>Bewertete Skripte: %1</translation>
    </message>
    <message>
        <source>Average stars: %1</source>
        <translation>Durchschnittliche Sterne: %1</translation>
    </message>
    <message>
        <source>Thumbs up: %1, thumbs down: %2</source>
        <translation>Daumen hoch: %1, Daumen runter: %2</translation>
    </message>
    <message>
        <source>Cost per brand:</source>
        <translation>Kosten pro Marke:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n script, %2 tokens, %3</source>
        <extracomment>one line of the cost per brand: %1 brand, %n scripts, %2 tokens, %3 cost</extracomment>
        <translation>
            <numerusform>%1: %n Skript, %2 Tokens, %3</numerusform>
            <numerusform>%1: %n Skripte, %2 Tokens, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n scripts, %2 tokens, %3</source>
        <translation>
            <numerusform>%1: %n Skript, %2 Tokens, %3</numerusform>
            <numerusform>%1: %n Skripte, %2 Tokens, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>(no brand)</source>
        <translation>(keine Marke)</translation>
    </message>
</context>
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
    <name>reel::ui::DocumentText</name>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Hook</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Hauptteil</translation>
    </message>
    <message>
        <source>CTA</source>
        <translation>Handlungsaufruf</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>Bildschirmtext</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Voice-over</source>
        <translation>Sprechertext</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>Vorschaubild-Text</translation>
    </message>
</context>
<context>
    <name>reel::ui::DurationGauges</name>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds, e.g. &quot;24.8 s&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Spoken length</source>
        <translation>Sprechdauer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Hook</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Hauptteil</translation>
    </message>
    <message>
        <source>CTA</source>
        <extracomment>The call to action section of a script</extracomment>
        <translation>CTA</translation>
    </message>
    <message>
        <source>Total spoken length</source>
        <translation>Gesamte Sprechdauer</translation>
    </message>
    <message>
        <source>Hook length</source>
        <translation>Länge des Hooks</translation>
    </message>
    <message>
        <source>Body length</source>
        <translation>Länge des Hauptteils</translation>
    </message>
    <message>
        <source>CTA length</source>
        <translation>Länge des CTA</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 the estimated duration, %2 the Reel&apos;s length, e.g. &quot;24.8 s / 30 s&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>About %1 to say; the Reel is %2 long.</source>
        <extracomment>%1 the estimated duration, %2 the Reel&apos;s length</extracomment>
        <translation>Etwa %1 Sprechzeit; der Reel dauert %2.</translation>
    </message>
    <message>
        <source>Fits between %1 and %2 (±%3 %)</source>
        <extracomment>%1 and %2 the range that fits the Reel, %3 the tolerance in percent</extracomment>
        <translation>Passt zwischen %1 und %2 (±%3 %)</translation>
    </message>
    <message>
        <source>The hook should land within %1.</source>
        <translation>Der Hook sollte innerhalb von %1 sitzen.</translation>
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
        <translation>Die Datei ist kein gültiges JSON (Zeile %1, Spalte %2): %3</translation>
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
        <translation>Muss zwischen %1 und %2 Sekunden liegen (derzeit %3).</translation>
    </message>
    <message>
        <source>Must be between %1 and %2 (now %3).</source>
        <translation>Muss zwischen %1 und %2 liegen (derzeit %3).</translation>
    </message>
    <message>
        <source>“%1” is not allowed here; use one of: %2.</source>
        <extracomment>%1 the value found, %2 the allowed values separated by commas</extracomment>
        <translation>„%1“ ist hier nicht erlaubt; verwenden Sie einen dieser Werte: %2.</translation>
    </message>
    <message>
        <source>Must come after %1 (%2), but is %3.</source>
        <extracomment>%1 the other field, %2 its value, %3 this field&apos;s value</extracomment>
        <translation>Muss nach %1 (%2) liegen, ist aber %3.</translation>
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
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
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
        <translation>%1 verwendet die Formatversion %2, diese Version von Reel Studio liest aber nur bis Version %3. Aktualisieren Sie Reel Studio, um es zu öffnen.</translation>
    </message>
    <message>
        <source>The workspace folder “%1” cannot be used: %2</source>
        <translation>Der Arbeitsbereichsordner „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The workspace “%1” was written by a newer Reel Studio (schema version %2; this version knows up to %3). It was left untouched. Update Reel Studio to open it.</source>
        <translation>Der Arbeitsbereich „%1“ wurde von einer neueren Version von Reel Studio geschrieben (Schemaversion %2; diese Version kennt bis %3). Er wurde nicht verändert. Aktualisieren Sie Reel Studio, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The workspace database “%1” is damaged (%2). It was left untouched. Restore it from a backup or choose another workspace.</source>
        <translation>Die Datenbank des Arbeitsbereichs „%1“ ist beschädigt (%2). Sie wurde nicht verändert. Stellen Sie sie aus einer Sicherung wieder her oder wählen Sie einen anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Reel Studio workspace. It was left untouched.</source>
        <translation>„%1“ ist eine SQLite-Datenbank, aber kein Arbeitsbereich von Reel Studio. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be upgraded to schema version %2 (%3). Nothing was changed.</source>
        <translation>Der Arbeitsbereich „%1“ konnte nicht auf Schemaversion %2 aktualisiert werden (%3). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A database error occurred while %1: %2</source>
        <extracomment>%1 what the app was doing (English, from the database layer), %2 the database&apos;s message</extracomment>
        <translation>Ein Datenbankfehler ist aufgetreten (%1): %2</translation>
    </message>
    <message>
        <source>Could not find %1 “%2”. It may have been deleted.</source>
        <extracomment>%1 the kind of thing (English), %2 its name or number</extracomment>
        <translation>Nicht gefunden: %1 „%2“. Möglicherweise wurde es gelöscht.</translation>
    </message>
    <message>
        <source>A brand profile named “%1” already exists.</source>
        <translation>Ein Markenprofil namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>This entry is empty.</source>
        <translation>Dieser Eintrag ist leer.</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>ein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>The example library already holds this script (example %1).</source>
        <extracomment>%1 the number of the example that already holds the same text</extracomment>
        <translation>Die Beispielbibliothek enthält dieses Skript bereits (Beispiel %1).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The model server did not accept the connection in time. Check the base URL and that the server is running.</source>
        <translation>Der Modellserver hat die Verbindung nicht rechtzeitig angenommen. Prüfen Sie die Basis-URL und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The model server stopped sending data. It may be overloaded; try again.</source>
        <translation>Der Modellserver sendet keine Daten mehr. Er ist vielleicht überlastet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The model server took longer than the time allowed for a whole answer.</source>
        <translation>Der Modellserver hat länger gebraucht als die für eine ganze Antwort erlaubte Zeit.</translation>
    </message>
    <message>
        <source>The model server cannot be reached. Check the base URL and your connection.</source>
        <translation>Der Modellserver ist nicht erreichbar. Prüfen Sie die Basis-URL und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>The model server failed several times in a row; requests are paused for a moment.</source>
        <translation>Der Modellserver ist mehrmals hintereinander gescheitert; Anfragen werden kurz ausgesetzt.</translation>
    </message>
    <message>
        <source>The model refused the request.</source>
        <translation>Das Modell hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The answer was cut off at the model&apos;s length limit.</source>
        <translation>Die Antwort wurde an der Längengrenze des Modells abgeschnitten.</translation>
    </message>
    <message>
        <source>The answer was stopped by the provider&apos;s content filter.</source>
        <translation>Die Antwort wurde vom Inhaltsfilter des Anbieters gestoppt.</translation>
    </message>
    <message>
        <source>The model server sent an answer that cannot be read.</source>
        <translation>Der Modellserver hat eine unlesbare Antwort gesendet.</translation>
    </message>
    <message>
        <source>The model server rejected the API key. Check your key in Settings.</source>
        <translation>Der Modellserver hat den API-Schlüssel abgelehnt. Prüfen Sie Ihren Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>The API key is not allowed to use this model or endpoint.</source>
        <translation>Der API-Schlüssel darf dieses Modell oder diesen Endpunkt nicht verwenden.</translation>
    </message>
    <message>
        <source>The model or endpoint does not exist on this server. Check the model name and base URL.</source>
        <translation>Das Modell oder der Endpunkt existiert auf diesem Server nicht. Prüfen Sie den Modellnamen und die Basis-URL.</translation>
    </message>
    <message>
        <source>The account has no quota left. Check your plan and billing.</source>
        <translation>Das Konto hat kein Kontingent mehr. Prüfen Sie Ihren Tarif und die Abrechnung.</translation>
    </message>
    <message>
        <source>The model server&apos;s rate limit was reached. Wait a moment and try again.</source>
        <translation>Das Anfragelimit des Modellservers ist erreicht. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The model server had an internal error (HTTP %1).</source>
        <translation>Der Modellserver hatte einen internen Fehler (HTTP %1).</translation>
    </message>
    <message>
        <source>The model server answered with an error (HTTP %1).</source>
        <translation>Der Modellserver hat mit einem Fehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <extracomment>%1 the sentence above, %2 the server&apos;s own message (usually English)</extracomment>
        <translation>%1 Der Server meldete: %2</translation>
    </message>
    <message>
        <source>(Request id: %1)</source>
        <translation>(Anfrage-ID: %1)</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <extracomment>%1 what was cancelled (English, e.g. &quot;index rebuild&quot;)</extracomment>
        <translation>Abgebrochen: %1.</translation>
    </message>
    <message>
        <source>A script that is “%1” cannot be moved to “%2”.</source>
        <extracomment>%1 the script&apos;s status, %2 the status asked for (both translated)</extracomment>
        <translation>Ein Skript mit dem Status „%1“ kann nicht auf „%2“ gesetzt werden.</translation>
    </message>
    <message>
        <source>The file nests lists and objects more than %3 levels deep (line %1, column %2). Reel Studio reads files nested at most %3 levels deep.</source>
        <extracomment>%1 line, %2 column, %3 the most levels of nested lists and objects Reel Studio reads</extracomment>
        <translation>Die Datei verschachtelt Listen und Objekte tiefer als %3 Ebenen (Zeile %1, Spalte %2). Reel Studio liest Dateien mit höchstens %3 verschachtelten Ebenen.</translation>
    </message>
    <message>
        <source>This is larger than %1, the limit (found %2).</source>
        <extracomment>%1 the size limit (e.g. &quot;16 MiB&quot;), %2 the size found</extracomment>
        <translation>Das ist größer als die Obergrenze von %1 (gefunden: %2).</translation>
    </message>
    <message>
        <source>This name is not one Reel Studio knows. Known names: %1.</source>
        <extracomment>%1 the names this version knows, separated by commas</extracomment>
        <translation>Diesen Namen kennt Reel Studio nicht. Bekannte Namen: %1.</translation>
    </message>
    <message>
        <source>The model server&apos;s answer was larger than Reel Studio accepts (32 MiB) and was dropped.</source>
        <translation>Die Antwort des Modellservers war größer, als Reel Studio annimmt (32 MiB), und wurde verworfen.</translation>
    </message>
    <message>
        <source>The model server redirected the request to another address. Reel Studio does not follow such redirects, so that your API key only goes to the server you chose. Set the new address as the base URL in Settings if you trust it.</source>
        <translation>Der Modellserver hat die Anfrage an eine andere Adresse umgeleitet. Reel Studio folgt solchen Umleitungen nicht, damit Ihr API-Schlüssel nur an den von Ihnen gewählten Server geht. Wenn Sie der neuen Adresse vertrauen, legen Sie sie in den Einstellungen als Basis-URL fest.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2, the most Reel Studio reads for this kind of file (found %3). Nothing was changed.</source>
        <extracomment>%1 file name, %2 the size limit (e.g. &quot;128 MiB&quot;), %3 the size found (English, e.g. &quot;200 MiB&quot;)</extracomment>
        <translation>„%1“ ist größer als %2, das Maximum, das Reel Studio für diese Art von Datei liest (gefunden: %3). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” is empty. Nothing was changed.</source>
        <translation>„%1“ ist leer. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” is not a text file (binary data at byte %2). Nothing was changed.</source>
        <extracomment>%1 file name, %2 byte offset</extracomment>
        <translation>„%1“ ist keine Textdatei (Binärdaten bei Byte %2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text (an invalid byte sequence at byte %2). Save it as UTF-8 and try again. Nothing was changed.</source>
        <extracomment>%1 file name, %2 byte offset</extracomment>
        <translation>„%1“ ist kein UTF-8-Text (ungültige Bytefolge bei Byte %2). Speichern Sie die Datei als UTF-8 und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The workspace “%1” is already open in another Reel Studio window (process %2 on %3).</source>
        <extracomment>%1 workspace folder, %2 process id, %3 computer name</extracomment>
        <translation>Der Arbeitsbereich „%1“ ist bereits in einem anderen Reel-Studio-Fenster geöffnet (Prozess %2 auf %3).</translation>
    </message>
    <message>
        <source>Nothing was written: these files already exist in “%1”: %2.</source>
        <extracomment>%1 a folder, %2 file names separated by commas</extracomment>
        <translation>Es wurde nichts geschrieben: Diese Dateien sind in „%1“ bereits vorhanden: %2.</translation>
    </message>
    <message>
        <source>“%1” is not one hashtag: use letters, digits and _ after #, with no spaces.</source>
        <extracomment>%1 the value typed</extracomment>
        <translation>„%1“ ist kein einzelner Hashtag: Verwenden Sie nach # nur Buchstaben, Ziffern und _, ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>“%1” is not an age range: write it like 25-40 or 55+, with ages from %2 to %3 and the first not above the second.</source>
        <extracomment>%1 the value typed, %2 the lowest age, %3 the highest age</extracomment>
        <translation>„%1“ ist keine Altersgruppe: Schreiben Sie sie wie 25-40 oder 55+, mit Altersangaben von %2 bis %3, die erste nicht größer als die zweite.</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleChecks</name>
    <message>
        <source>%1: %2</source>
        <extracomment>a finding in the checks list: %1 the section (Hook, Body…), %2 what is wrong</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checks against the platform&apos;s rules, as the Script Editor makes them. They help you judge the example; they do not stop you saving it.</source>
        <translation>Prüfungen nach den Regeln der Plattform, wie im Skript-Editor. Sie helfen, das Beispiel einzuschätzen; das Speichern verhindern sie nicht.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleDialog</name>
    <message>
        <source>The near-duplicate check took too long and was skipped.</source>
        <translation>Die Prüfung auf Beinahe-Duplikate dauerte zu lange und wurde übersprungen.</translation>
    </message>
    <message>
        <source>New Example</source>
        <translation>Neues Beispiel</translation>
    </message>
    <message>
        <source>Edit Example %1</source>
        <translation>Beispiel %1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Hook</source>
        <translation>&amp;Hook</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Hauptteil</translation>
    </message>
    <message>
        <source>&amp;Call to action</source>
        <translation>&amp;Handlungsaufforderung</translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation>&amp;Bildunterschrift</translation>
    </message>
    <message>
        <source>Hash&amp;tags</source>
        <translation>Hash&amp;tags</translation>
    </message>
    <message>
        <source>#brand #topic, separated by spaces</source>
        <translation>#marke #thema, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>The first words: what stops the scroll</source>
        <translation>Die ersten Worte: was das Scrollen stoppt</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>B&amp;ranche:</translation>
    </message>
    <message>
        <source>Hoo&amp;k type:</source>
        <translation>Hoo&amp;k-Typ:</translation>
    </message>
    <message>
        <source>&amp;Emotion:</source>
        <translation>&amp;Emotion:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>CTA st&amp;yle:</source>
        <translation>&amp;CTA-Stil:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Herkunft:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How the Reel did (optional)</source>
        <translation>Wie der Reel lief (optional)</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>an engagement figure that is not known</extracomment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>a form label, e.g. &quot;Views:&quot;</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Not set</source>
        <extracomment>no CTA style chosen for the example</extracomment>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the example to the library</source>
        <translation>Das Beispiel in der Bibliothek speichern</translation>
    </message>
    <message>
        <source>Fill in the marked fields to save the example.</source>
        <translation>Füllen Sie die markierten Felder aus, um das Beispiel zu speichern.</translation>
    </message>
    <message>
        <source>Could Not Save the Example</source>
        <translation>Beispiel konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>This script is already in the library as example %1: “%2”. Change the hook, body or CTA, or cancel.</source>
        <extracomment>%1 the number of the example holding the same script, %2 its hook</extracomment>
        <translation>Dieses Skript ist bereits als Beispiel %1 in der Bibliothek: „%2“. Ändern Sie Hook, Hauptteil oder CTA, oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>The near-duplicate check was skipped: the search index is not ready (%1).</source>
        <translation>Die Prüfung auf Beinahe-Duplikate wurde übersprungen: Der Suchindex ist nicht bereit (%1).</translation>
    </message>
    <message>
        <source>This script is nearly the same as example %1 (%2 % alike): “%3”.</source>
        <extracomment>%1 example number, %2 similarity in percent, %3 that example&apos;s hook</extracomment>
        <translation>Dieses Skript ist fast gleich wie Beispiel %1 (zu %2 % ähnlich): „%3“.</translation>
    </message>
    <message numerus="yes">
        <source>%n more example is nearly the same too.</source>
        <translation>
            <numerusform>%n weiteres Beispiel ist ebenfalls fast gleich.</numerusform>
            <numerusform>%n weitere Beispiele sind ebenfalls fast gleich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more examples are nearly the same too.</source>
        <translation>
            <numerusform>%n weiteres Beispiel ist ebenfalls fast gleich.</numerusform>
            <numerusform>%n weitere Beispiele sind ebenfalls fast gleich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Near-identical examples make retrieval less varied. Save it anyway?</source>
        <translation>Fast identische Beispiele machen die Auswahl weniger vielfältig. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Nearly the Same Example</source>
        <translation>Fast gleiches Beispiel</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Added example %1.</source>
        <translation>Beispiel %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved example %1.</source>
        <translation>Beispiel %1 gespeichert.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The new example has not been saved.</source>
        <translation>Das neue Beispiel wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Example %1 has unsaved changes.</source>
        <translation>Beispiel %1 hat nicht gespeicherte Änderungen.</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleFilterBar</name>
    <message numerus="yes">
        <source>%1 of %n example</source>
        <extracomment>%1 examples shown, of %n in the library (the plural follows %n)</extracomment>
        <translation>
            <numerusform>%1 von %n Beispiel</numerusform>
            <numerusform>%1 von %n Beispielen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n examples</source>
        <translation>
            <numerusform>%1 von %n Beispiel</numerusform>
            <numerusform>%1 von %n Beispielen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example</source>
        <translation>
            <numerusform>%n Beispiel</numerusform>
            <numerusform>%n Beispiele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n examples</source>
        <translation>
            <numerusform>%n Beispiel</numerusform>
            <numerusform>%n Beispiele</numerusform>
        </translation>
    </message>
    <message>
        <source>Search hooks, bodies, CTAs, captions and hashtags (Ctrl+F)</source>
        <translation>Hooks, Hauptteile, CTAs, Bildunterschriften und Hashtags durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search examples</source>
        <translation>Beispiele durchsuchen</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Sprachfilter</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>Branchenfilter</translation>
    </message>
    <message>
        <source>Hook type filter</source>
        <translation>Hook-Typ-Filter</translation>
    </message>
    <message>
        <source>Emotion filter</source>
        <translation>Emotionsfilter</translation>
    </message>
    <message>
        <source>Goal filter</source>
        <translation>Zielfilter</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Herkunftsfilter</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every example again</source>
        <translation>Wieder alle Beispiele zeigen</translation>
    </message>
    <message>
        <source>Examples shown</source>
        <translation>Angezeigte Beispiele</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alle Branchen</translation>
    </message>
    <message>
        <source>All hook types</source>
        <translation>Alle Hook-Typen</translation>
    </message>
    <message>
        <source>All emotions</source>
        <translation>Alle Emotionen</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Herkünfte</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExamplePicksModel</name>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>hook type</source>
        <translation>Hook-Typ</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Closest in wording</source>
        <translation>Am nächsten in der Formulierung</translation>
    </message>
    <message>
        <source>Matches on %1</source>
        <extracomment>%1 the request&apos;s filters the example matches, e.g. &quot;language, sector and hook type&quot;</extracomment>
        <translation>Stimmt überein in: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>similarity of an example to the request, as a percentage</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Pinned; not among the matches for this request</source>
        <translation>Angeheftet; nicht unter den Treffern für diese Anfrage</translation>
    </message>
    <message>
        <source>Pinned examples are always sent to the model</source>
        <translation>Angeheftete Beispiele werden immer an das Modell gesendet</translation>
    </message>
    <message>
        <source>Excluded examples are never sent to the model</source>
        <translation>Ausgeschlossene Beispiele werden nie an das Modell gesendet</translation>
    </message>
    <message>
        <source>Excluded: not sent.</source>
        <translation>Ausgeschlossen: wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Wird nicht gesendet.</translation>
    </message>
    <message>
        <source>How close the example&apos;s wording is to the request</source>
        <translation>Wie nah die Formulierung des Beispiels an der Anfrage ist</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Nicht angeheftet</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Not excluded</source>
        <translation>Nicht ausgeschlossen</translation>
    </message>
    <message>
        <source>Always send this example to the model</source>
        <translation>Dieses Beispiel immer an das Modell senden</translation>
    </message>
    <message>
        <source>Never send this example to the model</source>
        <translation>Dieses Beispiel nie an das Modell senden</translation>
    </message>
    <message>
        <source>Pin</source>
        <extracomment>column header: the example is always sent</extracomment>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Exclude</source>
        <extracomment>column header: the example is never sent</extracomment>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Hook</translation>
    </message>
    <message>
        <source>Sector · hook type · emotion · language</source>
        <translation>Branche · Hook-Typ · Emotion · Sprache</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Why chosen</source>
        <translation>Warum gewählt</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleTableModel</name>
    <message>
        <source>0–100: how complete the script is and, when known, how well the Reel did</source>
        <translation>0–100: wie vollständig das Skript ist und, falls bekannt, wie gut der Reel lief</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Klicken, um nach dieser Spalte zu sortieren</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Nach dieser Spalte kann nicht sortiert werden</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Hook</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation>Hook-Typ</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleText</name>
    <message>
        <source>Bundled</source>
        <extracomment>where an example came from: shipped with the app</extracomment>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>Added by you</source>
        <extracomment>where an example came from: written by the user in the app</extracomment>
        <translation>Von Ihnen hinzugefügt</translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>where an example came from: read from a CSV/JSON file</extracomment>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>From your scripts</source>
        <extracomment>where an example came from: one of the user&apos;s own scripts, kept as an example</extracomment>
        <translation>Aus Ihren Skripten</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(ganze Zeile)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation>Hook-Typ</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>CTA style</source>
        <translation>CTA-Stil</translation>
    </message>
    <message>
        <source>Length (seconds)</source>
        <translation>Länge (Sekunden)</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Hook</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Hauptteil</translation>
    </message>
    <message>
        <source>CTA</source>
        <translation>CTA</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Noch nicht geladen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Out of date</source>
        <extracomment>the search index does not yet include the latest changes of the library</extracomment>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Rebuilding…</source>
        <translation>Wird neu aufgebaut…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Lexical (offline, %1 dimensions)</source>
        <extracomment>%1 the number of dimensions of the vectors, e.g. 512</extracomment>
        <translation>Lexikalisch (offline, %1 Dimensionen)</translation>
    </message>
    <message>
        <source>OpenAI-compatible: %1</source>
        <extracomment>%1 the embedding model&apos;s name (its vector size is not known yet)</extracomment>
        <translation>OpenAI-kompatibel: %1</translation>
    </message>
    <message>
        <source>OpenAI-compatible: %1 (%2 dimensions)</source>
        <extracomment>%1 the embedding model&apos;s name, %2 the number of dimensions</extracomment>
        <translation>OpenAI-kompatibel: %1 (%2 Dimensionen)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a time left in seconds</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>a time left in minutes and seconds</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>a time left in hours and minutes</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExamplesPage</name>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Example Library</source>
        <translation>Beispielbibliothek</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip with its keyboard shortcut, e.g. &quot;Add an example (Ctrl+N)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Example…</source>
        <translation>&amp;Neues Beispiel…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Add an example to the library</source>
        <translation>Ein Beispiel zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit Example…</source>
        <translation>Beispiel &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected example (Enter)</source>
        <translation>Das ausgewählte Beispiel bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <source>De&amp;lete Examples</source>
        <translation>Beispiele &amp;löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected examples</source>
        <translation>Die ausgewählten Beispiele löschen</translation>
    </message>
    <message>
        <source>&amp;Import Examples…</source>
        <translation>Beispiele &amp;importieren…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import examples from a CSV, JSON or JSON Lines file</source>
        <translation>Beispiele aus einer CSV-, JSON- oder JSON-Lines-Datei importieren</translation>
    </message>
    <message>
        <source>Export &amp;Selected Examples…</source>
        <translation>&amp;Ausgewählte Beispiele exportieren…</translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation>Auswahl exportieren…</translation>
    </message>
    <message>
        <source>Write the selected examples to a file</source>
        <translation>Die ausgewählten Beispiele in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Export &amp;All Shown…</source>
        <translation>&amp;Alle angezeigten exportieren…</translation>
    </message>
    <message>
        <source>Export All Shown…</source>
        <translation>Alle angezeigten exportieren…</translation>
    </message>
    <message>
        <source>Write every example the search and filters show to a file</source>
        <translation>Alle Beispiele, die Suche und Filter zeigen, in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Search Examples</source>
        <translation>Beispiele durchsuchen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Write examples to a JSON, JSON Lines or CSV file</source>
        <translation>Beispiele in eine JSON-, JSON-Lines- oder CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Selected example</source>
        <translation>Ausgewähltes Beispiel</translation>
    </message>
    <message>
        <source>The table cannot be sorted by this column.</source>
        <translation>Die Tabelle kann nicht nach dieser Spalte sortiert werden.</translation>
    </message>
    <message>
        <source>Could Not Open the Example</source>
        <translation>Beispiel konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Added example %1. The search or filters hide it.</source>
        <translation>Beispiel %1 hinzugefügt. Suche oder Filter blenden es aus.</translation>
    </message>
    <message>
        <source>Delete example %1, “%2”?</source>
        <extracomment>%1 the example&apos;s number, %2 its hook</extracomment>
        <translation>Beispiel %1, „%2“, löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n examples?</source>
        <translation>
            <numerusform>%n Beispiel löschen?</numerusform>
            <numerusform>%n Beispiele löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted examples leave the library and the search index. This cannot be undone; export them first if you may want them back.</source>
        <translation>Gelöschte Beispiele verschwinden aus der Bibliothek und dem Suchindex. Das lässt sich nicht rückgängig machen; exportieren Sie sie vorher, falls Sie sie noch brauchen könnten.</translation>
    </message>
    <message>
        <source>Delete Examples</source>
        <translation>Beispiele löschen</translation>
    </message>
    <message>
        <source>Could Not Delete the Examples</source>
        <translation>Beispiele konnten nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Deleted example %1.</source>
        <translation>Beispiel %1 gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n examples.</source>
        <translation>
            <numerusform>%n Beispiel gelöscht.</numerusform>
            <numerusform>%n Beispiele gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Examples</source>
        <translation>Beispiele importieren</translation>
    </message>
    <message>
        <source>Example files (*.csv *.tsv *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Beispieldateien (*.csv *.tsv *.json *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n example.</source>
        <translation>
            <numerusform>%n Beispiel importiert.</numerusform>
            <numerusform>%n Beispiele importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n examples.</source>
        <translation>
            <numerusform>%n Beispiel importiert.</numerusform>
            <numerusform>%n Beispiele importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row was left out.</source>
        <translation>
            <numerusform>%n Zeile wurde ausgelassen.</numerusform>
            <numerusform>%n Zeilen wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows were left out.</source>
        <translation>
            <numerusform>%n Zeile wurde ausgelassen.</numerusform>
            <numerusform>%n Zeilen wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no examples to export.</source>
        <translation>Es gibt keine Beispiele zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Examples</source>
        <translation>Beispiele exportieren</translation>
    </message>
    <message>
        <source>Reel Studio examples (*.json);;JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>Reel-Studio-Beispiele (*.json);;JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n example…</source>
        <translation>
            <numerusform>%n Beispiel wird exportiert…</numerusform>
            <numerusform>%n Beispiele werden exportiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n examples…</source>
        <translation>
            <numerusform>%n Beispiel wird exportiert…</numerusform>
            <numerusform>%n Beispiele werden exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>Die Datei wurde nicht geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n example to %1.</source>
        <translation>
            <numerusform>%n Beispiel nach %1 exportiert.</numerusform>
            <numerusform>%n Beispiele nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n examples to %1.</source>
        <translation>
            <numerusform>%n Beispiel nach %1 exportiert.</numerusform>
            <numerusform>%n Beispiele nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an example to see it in full.</source>
        <translation>Wählen Sie ein Beispiel, um es vollständig zu sehen.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>the length of the Reel in seconds</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Example %1</source>
        <extracomment>%1 the example&apos;s number</extracomment>
        <translation>Beispiel %1</translation>
    </message>
    <message>
        <source>Quality %1 / 100</source>
        <translation>Qualität %1 / 100</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>an engagement figure, e.g. &quot;Views: 12,000&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Geändert am %1</translation>
    </message>
    <message numerus="yes">
        <source>Export the %n &amp;Selected Examples…</source>
        <translation>
            <numerusform>Das &amp;ausgewählte Beispiel exportieren…</numerusform>
            <numerusform>Die %n &amp;ausgewählten Beispiele exportieren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;Selected Example…</source>
        <translation>Das &amp;ausgewählte Beispiel exportieren…</translation>
    </message>
    <message>
        <source>The library is empty. Add an example or import a file of them.</source>
        <translation>Die Bibliothek ist leer. Fügen Sie ein Beispiel hinzu oder importieren Sie eine Datei mit Beispielen.</translation>
    </message>
    <message>
        <source>No example matches the search and filters.</source>
        <translation>Kein Beispiel passt zu Suche und Filtern.</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExamplesPanel</name>
    <message>
        <source>Examples for the model</source>
        <translation>Beispiele für das Modell</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>An&amp;heften</translation>
    </message>
    <message>
        <source>Always send the selected example, whatever the request</source>
        <translation>Das ausgewählte Beispiel immer senden, unabhängig von der Anfrage</translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation>Aus&amp;schließen</translation>
    </message>
    <message>
        <source>Never send the selected example</source>
        <translation>Das ausgewählte Beispiel nie senden</translation>
    </message>
    <message>
        <source>Finding examples…</source>
        <translation>Beispiele werden gesucht…</translation>
    </message>
    <message>
        <source>Examples could not be looked up: %1 The model writes without them.</source>
        <extracomment>%1 why the lookup failed</extracomment>
        <translation>Beispiele konnten nicht gesucht werden: %1 Das Modell schreibt ohne sie.</translation>
    </message>
    <message>
        <source>No examples are sent; the model writes from the brand and the request alone.</source>
        <translation>Es werden keine Beispiele gesendet; das Modell schreibt nur anhand der Marke und der Anfrage.</translation>
    </message>
    <message numerus="yes">
        <source>%n example is sent with the request.</source>
        <translation>
            <numerusform>%n Beispiel wird mit der Anfrage gesendet.</numerusform>
            <numerusform>%n Beispiele werden mit der Anfrage gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n examples are sent with the request.</source>
        <translation>
            <numerusform>%n Beispiel wird mit der Anfrage gesendet.</numerusform>
            <numerusform>%n Beispiele werden mit der Anfrage gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reel::ui::FindingText</name>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around a word from the script, e.g. “fat”</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Hook</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Hauptteil</translation>
    </message>
    <message>
        <source>CTA</source>
        <extracomment>The call to action section of a script</extracomment>
        <translation>CTA</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>Bildschirmtext</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>Shots</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>Text auf dem Vorschaubild</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>health and fitness</source>
        <translation>Gesundheit und Fitness</translation>
    </message>
    <message>
        <source>beauty</source>
        <translation>Kosmetik</translation>
    </message>
    <message>
        <source>This section is empty.</source>
        <translation>Dieser Abschnitt ist leer.</translation>
    </message>
    <message>
        <source>Too short: %1 of at least %2 words.</source>
        <translation>Zu kurz: %1 von mindestens %2 Wörtern.</translation>
    </message>
    <message>
        <source>Too long: %1 words; keep it to %2.</source>
        <translation>Zu lang: %1 Wörter; höchstens %2.</translation>
    </message>
    <message>
        <source>%1 characters; Instagram cuts captions at %2.</source>
        <translation>%1 Zeichen; Instagram kürzt Bildunterschriften bei %2.</translation>
    </message>
    <message>
        <source>Short caption: %1 characters of the recommended %2–%3.</source>
        <translation>Kurze Bildunterschrift: %1 Zeichen bei empfohlenen %2–%3.</translation>
    </message>
    <message>
        <source>Long caption: %1 characters; %2–%3 work best.</source>
        <translation>Lange Bildunterschrift: %1 Zeichen; %2–%3 wirken am besten.</translation>
    </message>
    <message>
        <source>Only the first %1 characters show before “more”.</source>
        <translation>Nur die ersten %1 Zeichen sind vor „mehr“ sichtbar.</translation>
    </message>
    <message>
        <source>%1 hashtags (caption included); Instagram allows %2.</source>
        <translation>%1 Hashtags (Bildunterschrift eingeschlossen); Instagram erlaubt %2.</translation>
    </message>
    <message>
        <source>No hashtags yet.</source>
        <translation>Noch keine Hashtags.</translation>
    </message>
    <message>
        <source>%1 does not start with #.</source>
        <translation>%1 beginnt nicht mit #.</translation>
    </message>
    <message>
        <source>%1 holds characters a hashtag cannot (only letters, digits and _).</source>
        <translation>%1 enthält Zeichen, die in Hashtags nicht erlaubt sind (nur Buchstaben, Ziffern und _).</translation>
    </message>
    <message>
        <source>%1 is only digits; Instagram does not link it.</source>
        <translation>%1 besteht nur aus Ziffern; Instagram verlinkt ihn nicht.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>%1 is used twice.</source>
        <translation>%1 wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>%1 is a restricted hashtag; posts using it lose reach.</source>
        <translation>%1 ist ein eingeschränkter Hashtag; Beiträge damit verlieren Reichweite.</translation>
    </message>
    <message>
        <source>The brand hashtag %1 is missing.</source>
        <translation>Der Marken-Hashtag %1 fehlt.</translation>
    </message>
    <message>
        <source>About %1 s to say; the Reel is %2 s.</source>
        <translation>Etwa %1 s Sprechzeit; der Reel dauert %2 s.</translation>
    </message>
    <message>
        <source>Only about %1 s to say; the Reel is %2 s.</source>
        <translation>Nur etwa %1 s Sprechzeit; der Reel dauert %2 s.</translation>
    </message>
    <message>
        <source>A %1 s Reel; up to %2 s is recommended for reach.</source>
        <translation>Ein Reel mit %1 s; für die Reichweite sind bis zu %2 s empfohlen.</translation>
    </message>
    <message>
        <source>The hook takes about %1 s to say; it should land within %2 s.</source>
        <translation>Der Hook dauert etwa %1 s; er sollte innerhalb von %2 s sitzen.</translation>
    </message>
    <message>
        <source>The shot list runs to %1 s; the Reel is %2 s.</source>
        <translation>Die Shotliste läuft %1 s; der Reel dauert %2 s.</translation>
    </message>
    <message>
        <source>%1 is on the brand&apos;s do-not-use list.</source>
        <translation>%1 steht auf der Liste verbotener Wörter der Marke.</translation>
    </message>
    <message>
        <source>%1 is offensive.</source>
        <translation>%1 ist anstößig.</translation>
    </message>
    <message>
        <source>%1 is a claim that invites trouble.</source>
        <translation>%1 ist eine Behauptung, die Ärger einbringen kann.</translation>
    </message>
    <message>
        <source>%1 is a risky claim in %2.</source>
        <extracomment>%1 the claim, %2 the kind of business, e.g. &quot;health and fitness&quot;</extracomment>
        <translation>%1 ist eine riskante Behauptung im Bereich %2.</translation>
    </message>
    <message>
        <source>%1 names a competitor.</source>
        <translation>%1 nennt einen Konkurrenten.</translation>
    </message>
    <message>
        <source>The call to action has no action verb.</source>
        <translation>Die Handlungsaufforderung enthält kein Handlungsverb.</translation>
    </message>
    <message>
        <source>The call to action gives no reason to act now.</source>
        <translation>Die Handlungsaufforderung gibt keinen Grund, sofort zu handeln.</translation>
    </message>
    <message>
        <source>The brand&apos;s CTA style is a question; this one does not end with “?”.</source>
        <translation>Der CTA-Stil der Marke ist eine Frage; dieser CTA endet nicht mit „?“.</translation>
    </message>
    <message>
        <source>The brand&apos;s CTA style is a command; start with an action verb.</source>
        <translation>Der CTA-Stil der Marke ist eine Aufforderung; beginnen Sie mit einem Handlungsverb.</translation>
    </message>
    <message>
        <source>The brand&apos;s CTA style is soft; %1 adds pressure.</source>
        <translation>Der CTA-Stil der Marke ist sanft; %1 erzeugt Druck.</translation>
    </message>
    <message>
        <source>A question hook should ask a question.</source>
        <translation>Ein Frage-Hook sollte eine Frage stellen.</translation>
    </message>
    <message>
        <source>A statistic hook should hold a number.</source>
        <translation>Ein Statistik-Hook sollte eine Zahl enthalten.</translation>
    </message>
    <message>
        <source>A bold claim states; this hook asks.</source>
        <translation>Eine kühne Behauptung stellt fest; dieser Hook fragt.</translation>
    </message>
    <message>
        <source>A story hook usually starts from someone (I, we) or a moment.</source>
        <translation>Ein Geschichten-Hook beginnt meist bei jemandem (ich, wir) oder bei einem Moment.</translation>
    </message>
    <message>
        <source>A curiosity hook should open a gap (a secret, a why, an unfinished thought).</source>
        <translation>Ein Neugier-Hook sollte eine Lücke öffnen (ein Geheimnis, ein Warum, einen unvollendeten Gedanken).</translation>
    </message>
    <message>
        <source>A relatable hook usually speaks to the viewer (you, POV).</source>
        <translation>Ein nachvollziehbarer Hook spricht meist die Zuschauer an (du, POV).</translation>
    </message>
    <message>
        <source>A shocking hook needs a jolt: a number, a warning, a strong word.</source>
        <translation>Ein schockierender Hook braucht einen Ruck: eine Zahl, eine Warnung, ein starkes Wort.</translation>
    </message>
    <message>
        <source>Nothing here sounds %1.</source>
        <translation>Nichts hier klingt %1.</translation>
    </message>
    <message>
        <source>Reading ease %1; aim for %2 or more.</source>
        <translation>Lesbarkeit %1; Ziel: %2 oder mehr.</translation>
    </message>
    <message>
        <source>Reading ease is not available for %1.</source>
        <translation>Die Lesbarkeit ist für %1 nicht verfügbar.</translation>
    </message>
    <message>
        <source>A sentence of %1 words; keep them under %2.</source>
        <translation>Ein Satz mit %1 Wörtern; halten Sie Sätze unter %2.</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>The tone reads %1 (%2); the Reel should convey %3.</source>
        <extracomment>%1 negative or positive, %2 the tone score, %3 the requested emotion, e.g. “Excitement”</extracomment>
        <translation>Der Ton wirkt %1 (%2); der Reel soll %3 vermitteln.</translation>
    </message>
    <message>
        <source>Tone is checked for English only, not %1.</source>
        <translation>Der Ton wird nur für Englisch geprüft, nicht für %1.</translation>
    </message>
    <message>
        <source>%1 is not in the %2 dictionary.</source>
        <extracomment>%1 the word, %2 the language, e.g. &quot;English&quot;</extracomment>
        <translation>%1 steht nicht im Wörterbuch für %2.</translation>
    </message>
    <message>
        <source>No spelling dictionary for %1: spelling is not checked.</source>
        <translation>Kein Rechtschreibwörterbuch für %1: Die Rechtschreibung wird nicht geprüft.</translation>
    </message>
    <message>
        <source>%1 is in capitals; it reads as shouting.</source>
        <translation>%1 steht in Großbuchstaben; das wirkt wie Schreien.</translation>
    </message>
    <message>
        <source>%1: one mark is enough.</source>
        <translation>%1: Ein Zeichen genügt.</translation>
    </message>
    <message>
        <source>%1 emoji in a row; use at most %2.</source>
        <translation>%1 Emojis hintereinander; verwenden Sie höchstens %2.</translation>
    </message>
    <message>
        <source>%1 emoji in this section; use at most %2.</source>
        <translation>%1 Emojis in diesem Abschnitt; verwenden Sie höchstens %2.</translation>
    </message>
    <message>
        <source>%1 is repeated.</source>
        <translation>%1 wird wiederholt.</translation>
    </message>
    <message>
        <source>%1 is used %2 times.</source>
        <translation>%1 wird %2-mal verwendet.</translation>
    </message>
    <message>
        <source>The brand profile overrides %1, which the rule pack does not know.</source>
        <translation>Das Markenprofil überschreibt %1, das im Regelpaket nicht bekannt ist.</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>replace with %1</source>
        <translation>durch %1 ersetzen</translation>
    </message>
    <message>
        <source>add #</source>
        <translation># hinzufügen</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>keep the first %1 hashtags</source>
        <translation>die ersten %1 Hashtags behalten</translation>
    </message>
    <message>
        <source>write in lower case</source>
        <translation>in Kleinbuchstaben schreiben</translation>
    </message>
    <message>
        <source>end with “?”</source>
        <translation>mit „?“ enden</translation>
    </message>
    <message>
        <source>cut to %1 characters</source>
        <translation>auf %1 Zeichen kürzen</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <extracomment>%1 what the fix does, e.g. remove “fat”</extracomment>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <source>The script strays from its brief (relevance %1 of 100). Say what the topic and the offer are about, e.g. %2.</source>
        <extracomment>%1 a score out of 100, %2 words of the topic and offer, e.g. coffee, roast, beans</extracomment>
        <translation>Das Skript weicht vom Briefing ab (Relevanz %1 von 100). Nennen Sie, worum es beim Thema und beim Angebot geht, z. B. %2.</translation>
    </message>
    <message>
        <source>%1: these hashtags have nothing to do with the topic, the offer or the brand.</source>
        <translation>%1: Diese Hashtags haben nichts mit dem Thema, dem Angebot oder der Marke zu tun.</translation>
    </message>
    <message>
        <source>%1 is not in %2. Keep the script in one language (names are fine).</source>
        <extracomment>%1 the words, %2 the script&apos;s language, e.g. Japanese</extracomment>
        <translation>%1 ist nicht auf %2. Schreiben Sie das Skript in einer Sprache (Namen sind in Ordnung).</translation>
    </message>
</context>
<context>
    <name>reel::ui::GenerateForm</name>
    <message>
        <source>Brand &amp;profile:</source>
        <translation>Marken&amp;profil:</translation>
    </message>
    <message>
        <source>No brand profile yet</source>
        <translation>Noch kein Markenprofil</translation>
    </message>
    <message>
        <source>Brand profile</source>
        <translation>Markenprofil</translation>
    </message>
    <message>
        <source>The brand the script is written for: its audience, offer, voice and banned words</source>
        <translation>Die Marke, für die das Skript geschrieben wird: Zielgruppe, Angebot, Tonalität und verbotene Wörter</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Be&amp;arbeiten…</translation>
    </message>
    <message>
        <source>Open the brand profile on the Brand Profiles page</source>
        <translation>Das Markenprofil auf der Seite Markenprofile öffnen</translation>
    </message>
    <message>
        <source>Edit the brand profile</source>
        <translation>Markenprofil bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Hoo&amp;k type:</source>
        <translation>Hoo&amp;k-Typ:</translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation>Hook-Typ</translation>
    </message>
    <message>
        <source>The kind of hook the script opens with</source>
        <translation>Die Art von Hook, mit der das Skript beginnt</translation>
    </message>
    <message>
        <source>E&amp;motion:</source>
        <translation>E&amp;motion:</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>The feeling the Reel should leave</source>
        <translation>Das Gefühl, das der Reel hinterlassen soll</translation>
    </message>
    <message>
        <source>Let the model choose</source>
        <translation>Das Modell wählen lassen</translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source>Reel length in seconds</source>
        <translation>Länge des Reels in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the Reel length, e.g. &quot;30 s&quot;</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Up to 90 seconds is recommended for reach; Instagram allows up to 3 minutes</source>
        <translation>Für die Reichweite sind bis zu 90 Sekunden empfohlen; Instagram erlaubt bis zu 3 Minuten</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Script language</source>
        <translation>Sprache des Skripts</translation>
    </message>
    <message>
        <source>Call to &amp;action:</source>
        <translation>Handlungs&amp;aufforderung:</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Handlungsaufforderung</translation>
    </message>
    <message>
        <source>Optional, e.g. Start your free trial</source>
        <translation>Optional, z. B. Jetzt kostenlos testen</translation>
    </message>
    <message>
        <source>&amp;Topic or angle:</source>
        <translation>&amp;Thema oder Blickwinkel:</translation>
    </message>
    <message>
        <source>Topic or angle</source>
        <translation>Thema oder Blickwinkel</translation>
    </message>
    <message>
        <source>What the Reel is about, the angle to take, facts to use (optional)</source>
        <translation>Worum es im Reel geht, welcher Blickwinkel, welche Fakten (optional)</translation>
    </message>
    <message>
        <source>&amp;Variants:</source>
        <translation>&amp;Varianten:</translation>
    </message>
    <message>
        <source>Number of variants</source>
        <translation>Anzahl der Varianten</translation>
    </message>
    <message>
        <source>How many different scripts to write side by side</source>
        <translation>Wie viele verschiedene Skripte nebeneinander geschrieben werden</translation>
    </message>
</context>
<context>
    <name>reel::ui::GeneratePage</name>
    <message>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Write the scripts (%1)</source>
        <extracomment>Tooltip with its keyboard shortcut</extracomment>
        <translation>Die Skripte schreiben (%1)</translation>
    </message>
    <message>
        <source>Stop writing; unfinished variants are not saved (%1)</source>
        <translation>Schreiben beenden; unfertige Varianten werden nicht gespeichert (%1)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>&amp;Open in Editor</source>
        <translation>Im Editor ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Edit the selected variant in the Script Editor</source>
        <translation>Die ausgewählte Variante im Skript-Editor bearbeiten</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Einstell&amp;ungen…</translation>
    </message>
    <message>
        <source>Choose the provider, model and key on the Settings page</source>
        <translation>Anbieter, Modell und Schlüssel auf der Seite Einstellungen wählen</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Choose a brand profile and describe the Reel, then press Generate (%1). The scripts appear here as they are written.</source>
        <translation>Wählen Sie ein Markenprofil, beschreiben Sie den Reel und klicken Sie dann auf Generieren (%1). Die Skripte erscheinen hier, während sie geschrieben werden.</translation>
    </message>
    <message>
        <source>Written by the offline composer: no model, no network, no cost.</source>
        <translation>Geschrieben vom Offline-Texter: kein Modell, kein Netz, keine Kosten.</translation>
    </message>
    <message>
        <source>Add an API key in Settings to write with a model.</source>
        <translation>Fügen Sie in den Einstellungen einen API-Schlüssel hinzu, um mit einem Modell zu schreiben.</translation>
    </message>
    <message>
        <source>(no model set)</source>
        <translation>(kein Modell festgelegt)</translation>
    </message>
    <message>
        <source>Written by %1 · %2</source>
        <extracomment>%1 the provider (e.g. OpenAI), %2 the model id</extracomment>
        <translation>Geschrieben von %1 · %2</translation>
    </message>
    <message>
        <source>estimated cost %1</source>
        <extracomment>%1 an amount in US dollars, e.g. $0.0031</extracomment>
        <translation>geschätzte Kosten %1</translation>
    </message>
    <message>
        <source>on this computer, no cost</source>
        <translation>auf diesem Computer, keine Kosten</translation>
    </message>
    <message>
        <source>no price listed for this model</source>
        <translation>kein Preis für dieses Modell hinterlegt</translation>
    </message>
    <message>
        <source>No API key is set: add one in Settings or set OPENAI_API_KEY.</source>
        <translation>Kein API-Schlüssel festgelegt: Fügen Sie in den Einstellungen einen hinzu oder setzen Sie OPENAI_API_KEY.</translation>
    </message>
    <message>
        <source>Choose a brand profile first: the script is written for its audience, offer and voice.</source>
        <translation>Wählen Sie zuerst ein Markenprofil: Das Skript wird für dessen Zielgruppe, Angebot und Tonalität geschrieben.</translation>
    </message>
    <message>
        <source>Create a Profile…</source>
        <translation>Profil anlegen…</translation>
    </message>
    <message>
        <source>Finding examples…</source>
        <translation>Beispiele werden gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n variant…</source>
        <translation>
            <numerusform>%n Variante wird geschrieben…</numerusform>
            <numerusform>%n Varianten werden geschrieben…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n variants…</source>
        <translation>
            <numerusform>%n Variante wird geschrieben…</numerusform>
            <numerusform>%n Varianten werden geschrieben…</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated cost %1.</source>
        <translation>Geschätzte Kosten: %1.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>The time limits can be changed in Settings.</source>
        <translation>Die Zeitlimits lassen sich in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Rephrase the topic or angle, then try again.</source>
        <translation>Formulieren Sie Thema oder Blickwinkel um und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Raise “Max tokens per answer” in Settings, or ask for a shorter Reel.</source>
        <translation>Erhöhen Sie „Max. Tokens pro Antwort“ in den Einstellungen oder fordern Sie einen kürzeren Reel an.</translation>
    </message>
    <message>
        <source>Write with the Offline Composer</source>
        <translation>Mit dem Offline-Texter schreiben</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Stopped. Variants that were not finished were not saved.</source>
        <translation>Gestoppt. Nicht fertige Varianten wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Done: the script is saved in the workspace.</source>
        <translation>Fertig: Das Skript ist im Arbeitsbereich gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n scripts are saved in the workspace.</source>
        <translation>
            <numerusform>Fertig: %n Skript ist im Arbeitsbereich gespeichert.</numerusform>
            <numerusform>Fertig: %n Skripte sind im Arbeitsbereich gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 variants written.</source>
        <translation>%1 von %2 Varianten geschrieben.</translation>
    </message>
    <message>
        <source>A script could not be saved in the workspace (%1). Nothing is lost: it was written to “%2”. Import it from the History page when the workspace is available again.</source>
        <extracomment>%1 the reason (a database message), %2 a file path</extracomment>
        <translation>Ein Skript konnte nicht im Arbeitsbereich gespeichert werden (%1). Es ist nichts verloren: Es wurde in „%2“ geschrieben. Importieren Sie es auf der Seite Verlauf, sobald der Arbeitsbereich wieder verfügbar ist.</translation>
    </message>
    <message numerus="yes">
        <source>Done, but %n script could not be saved in the workspace; it is kept in %1.</source>
        <extracomment>%1 a folder</extracomment>
        <translation>
            <numerusform>Fertig, aber %n Skript konnte nicht im Arbeitsbereich gespeichert werden; es liegt in %1.</numerusform>
            <numerusform>Fertig, aber %n Skripte konnten nicht im Arbeitsbereich gespeichert werden; sie liegen in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done, but %n scripts could not be saved in the workspace; they are kept in %1.</source>
        <translation>
            <numerusform>Fertig, aber %n Skript konnte nicht im Arbeitsbereich gespeichert werden; es liegt in %1.</numerusform>
            <numerusform>Fertig, aber %n Skripte konnten nicht im Arbeitsbereich gespeichert werden; sie liegen in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The offline composer wrote the script instead. %1</source>
        <extracomment>%1 what went wrong with the model server, e.g. &quot;The model server cannot be reached. Check …&quot;</extracomment>
        <translation>Der Offline-Texter hat das Skript stattdessen geschrieben. %1</translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryFilterBar</name>
    <message numerus="yes">
        <source>%1 of %n script</source>
        <extracomment>%1 scripts shown, of %n in the workspace (the plural follows %n)</extracomment>
        <translation>
            <numerusform>%1 von %n Skript</numerusform>
            <numerusform>%1 von %n Skripten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scripts</source>
        <translation>
            <numerusform>%1 von %n Skript</numerusform>
            <numerusform>%1 von %n Skripten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n script</source>
        <translation>
            <numerusform>%n Skript</numerusform>
            <numerusform>%n Skripte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scripts</source>
        <translation>
            <numerusform>%n Skript</numerusform>
            <numerusform>%n Skripte</numerusform>
        </translation>
    </message>
    <message>
        <source>Search titles, brands, hooks, bodies, CTAs and captions (Ctrl+F)</source>
        <translation>Titel, Marken, Hooks, Hauptteile, CTAs und Bildunterschriften durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search scripts</source>
        <translation>Skripte durchsuchen</translation>
    </message>
    <message>
        <source>Brand filter</source>
        <translation>Markenfilter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Rating filter</source>
        <translation>Bewertungsfilter</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <source>Untick to show only scripts created between two dates</source>
        <translation>Deaktivieren, um nur Skripte zu zeigen, die zwischen zwei Daten erstellt wurden</translation>
    </message>
    <message>
        <source>Created on or after</source>
        <translation>Erstellt am oder nach</translation>
    </message>
    <message>
        <source>Created on or before</source>
        <translation>Erstellt am oder vor</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>Branchenfilter</translation>
    </message>
    <message>
        <source>Hook type filter</source>
        <translation>Hook-Typ-Filter</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Sprachfilter</translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation>Anbieterfilter</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every script again</source>
        <translation>Wieder alle Skripte zeigen</translation>
    </message>
    <message>
        <source>Scripts shown</source>
        <translation>Angezeigte Skripte</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Beliebige Bewertung</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <extracomment>a rating filter: %1 stars, e.g. &quot;★★★☆☆ or more&quot;</extracomment>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>Alle Marken</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alle Branchen</translation>
    </message>
    <message>
        <source>All hook types</source>
        <translation>Alle Hook-Typen</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Script History</source>
        <translation>Skriptverlauf</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip with its keyboard shortcut, e.g. &quot;Delete the selected scripts (Del)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Open in Editor</source>
        <translation>Im Editor ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the script in the editor (Enter)</source>
        <translation>Das Skript im Editor öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Promote to Examples</source>
        <translation>In &amp;Beispiele übernehmen</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Add the script to the example library the generator learns from</source>
        <translation>Das Skript in die Beispielbibliothek aufnehmen, aus der der Generator lernt</translation>
    </message>
    <message>
        <source>Export &amp;Selected Scripts…</source>
        <translation>Aus&amp;gewählte Skripte exportieren…</translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation>Auswahl exportieren…</translation>
    </message>
    <message>
        <source>Write the selected scripts to a file</source>
        <translation>Die ausgewählten Skripte in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Export &amp;All Shown…</source>
        <translation>&amp;Alle angezeigten exportieren…</translation>
    </message>
    <message>
        <source>Export All Shown…</source>
        <translation>Alle angezeigten exportieren…</translation>
    </message>
    <message>
        <source>Write every script the search and filters show to a file</source>
        <translation>Alle Skripte, die Suche und Filter zeigen, in eine Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Copy as Markdown</source>
        <translation>Als Markdown &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected scripts as Markdown text</source>
        <translation>Die ausgewählten Skripte als Markdown-Text kopieren</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;Verlauf importieren…</translation>
    </message>
    <message>
        <source>Import History…</source>
        <translation>Verlauf importieren…</translation>
    </message>
    <message>
        <source>Add the scripts of a Reel Studio history export (JSON)</source>
        <translation>Die Skripte eines Verlaufsexports von Reel Studio (JSON) hinzufügen</translation>
    </message>
    <message>
        <source>Import &amp;Performance…</source>
        <translation>&amp;Leistungsdaten importieren…</translation>
    </message>
    <message>
        <source>Import Performance…</source>
        <translation>Leistungsdaten importieren…</translation>
    </message>
    <message>
        <source>Read views, likes, comments, shares and saves from a CSV file</source>
        <translation>Aufrufe, Likes, Kommentare, Geteilt- und Gespeichert-Zahlen aus einer CSV-Datei lesen</translation>
    </message>
    <message>
        <source>De&amp;lete Scripts</source>
        <translation>Skripte lö&amp;schen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected scripts</source>
        <translation>Die ausgewählten Skripte löschen</translation>
    </message>
    <message>
        <source>Search Scripts</source>
        <translation>Skripte durchsuchen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Write scripts as Markdown, PDF, CSV, JSON, teleprompter text or captions</source>
        <translation>Skripte als Markdown, PDF, CSV, JSON, Teleprompter-Text oder Untertitel schreiben</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import a history export or performance figures</source>
        <translation>Einen Verlaufsexport oder Leistungsdaten importieren</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Skripte</translation>
    </message>
    <message>
        <source>The table cannot be sorted by this column.</source>
        <translation>Die Tabelle kann nicht nach dieser Spalte sortiert werden.</translation>
    </message>
    <message>
        <source>Example %1 in the library was brought up to date with this script.</source>
        <extracomment>%1 the number of the new example</extracomment>
        <translation>Beispiel %1 in der Bibliothek wurde mit diesem Skript aktualisiert.</translation>
    </message>
    <message>
        <source>Added to the example library as example %1.</source>
        <translation>Als Beispiel %1 zur Beispielbibliothek hinzugefügt.</translation>
    </message>
    <message>
        <source>There are no scripts to export.</source>
        <translation>Es gibt keine Skripte zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Scripts</source>
        <translation>Skripte exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF (*.pdf);;CSV (*.csv);;Reel Studio history (*.json);;Teleprompter text (*.txt);;SubRip captions, one file per script (*.srt)</source>
        <translation>Markdown (*.md);;PDF (*.pdf);;CSV (*.csv);;Reel-Studio-Verlauf (*.json);;Teleprompter-Text (*.txt);;SubRip-Untertitel, eine Datei pro Skript (*.srt)</translation>
    </message>
    <message>
        <source>Reel script</source>
        <translation>Reel-Skript</translation>
    </message>
    <message>
        <source>Reel scripts</source>
        <translation>Reel-Skripte</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n scripts…</source>
        <translation>
            <numerusform>%n Skript wird exportiert…</numerusform>
            <numerusform>%n Skripte werden exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>Die Datei wurde nicht geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n caption files to %1.</source>
        <extracomment>%1 a folder</extracomment>
        <translation>
            <numerusform>%n Untertiteldatei in %1 geschrieben.</numerusform>
            <numerusform>%n Untertiteldateien in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n script to %1.</source>
        <extracomment>%1 a file</extracomment>
        <translation>
            <numerusform>%n Skript nach %1 exportiert.</numerusform>
            <numerusform>%n Skripte nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n scripts to %1.</source>
        <translation>
            <numerusform>%n Skript nach %1 exportiert.</numerusform>
            <numerusform>%n Skripte nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Copy</source>
        <translation>Kopieren nicht möglich</translation>
    </message>
    <message>
        <source>Copied the script as Markdown.</source>
        <translation>Das Skript wurde als Markdown kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n scripts as Markdown.</source>
        <translation>
            <numerusform>%n Skript als Markdown kopiert.</numerusform>
            <numerusform>%n Skripte als Markdown kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Verlauf importieren</translation>
    </message>
    <message>
        <source>Reel Studio history (*.json);;All files (*)</source>
        <translation>Reel-Studio-Verlauf (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing the history…</source>
        <translation>Verlauf wird importiert…</translation>
    </message>
    <message>
        <source>Could Not Import the History</source>
        <extracomment>%1 the file&apos;s name</extracomment>
        <translation>Verlauf konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”.</source>
        <translation>Aus „%1“ wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>History imported: %1 added, %2 already there.</source>
        <extracomment>%1 scripts added, %2 scripts skipped because the workspace already had them</extracomment>
        <translation>Verlauf importiert: %1 hinzugefügt, %2 bereits vorhanden.</translation>
    </message>
    <message>
        <source>Import Performance</source>
        <translation>Leistungsdaten importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could Not Import the Figures</source>
        <translation>Kennzahlen konnten nicht importiert werden</translation>
    </message>
    <message>
        <source>No figures were saved from “%1”.</source>
        <translation>Aus „%1“ wurden keine Kennzahlen gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Figures saved for %n script.</source>
        <translation>
            <numerusform>Kennzahlen für %n Skript gespeichert.</numerusform>
            <numerusform>Kennzahlen für %n Skripte gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Figures saved for %n scripts.</source>
        <translation>
            <numerusform>Kennzahlen für %n Skript gespeichert.</numerusform>
            <numerusform>Kennzahlen für %n Skripte gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the script “%1”?</source>
        <extracomment>%1 the script&apos;s title</extracomment>
        <translation>Skript „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n scripts?</source>
        <translation>
            <numerusform>%n Skript löschen?</numerusform>
            <numerusform>%n Skripte löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their versions, ratings, status history and figures go with them. This cannot be undone; export them first if you may want them back.</source>
        <translation>Die zugehörigen Versionen, Bewertungen, Statusverläufe und Kennzahlen werden mitgelöscht. Das lässt sich nicht rückgängig machen; exportieren Sie sie vorher, falls Sie sie noch brauchen könnten.</translation>
    </message>
    <message>
        <source>Delete Scripts</source>
        <translation>Skripte löschen</translation>
    </message>
    <message>
        <source>Could Not Delete the Scripts</source>
        <translation>Skripte konnten nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n script.</source>
        <translation>
            <numerusform>%n Skript gelöscht.</numerusform>
            <numerusform>%n Skripte gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n scripts.</source>
        <translation>
            <numerusform>%n Skript gelöscht.</numerusform>
            <numerusform>%n Skripte gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n &amp;Selected Scripts…</source>
        <translation>
            <numerusform>%n aus&amp;gewähltes Skript exportieren…</numerusform>
            <numerusform>Die %n aus&amp;gewählten Skripte exportieren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;Selected Script…</source>
        <translation>Das aus&amp;gewählte Skript exportieren…</translation>
    </message>
    <message>
        <source>Scripts you generate appear here, with every version, rating and status change. Write one on the Generate page, or import a history export.</source>
        <translation>Hier erscheinen die Skripte, die Sie generieren, mit jeder Version, Bewertung und Statusänderung. Schreiben Sie eines auf der Seite Generieren oder importieren Sie einen Verlaufsexport.</translation>
    </message>
    <message>
        <source>No script matches the search and filters.</source>
        <translation>Kein Skript passt zu Suche und Filtern.</translation>
    </message>
    <message>
        <source>Replace them?</source>
        <translation>Ersetzen?</translation>
    </message>
    <message>
        <source>Replace Caption Files</source>
        <translation>Untertiteldateien ersetzen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>A caption file with this name already exists in “%1”:</source>
        <extracomment>%1 a folder; the file names follow, one per line</extracomment>
        <translation>In „%1“ gibt es bereits eine Untertiteldatei mit diesem Namen:</translation>
    </message>
    <message numerus="yes">
        <source>%n caption files with these names already exist in “%1”:</source>
        <translation>
            <numerusform>In „%1“ gibt es bereits %n Untertiteldatei mit diesem Namen:</numerusform>
            <numerusform>In „%1“ gibt es bereits %n Untertiteldateien mit diesen Namen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryTableModel</name>
    <message numerus="yes">
        <source>%n rating, %1 stars</source>
        <extracomment>%n ratings, %1 their average stars</extracomment>
        <translation>
            <numerusform>%n Bewertung, %1 Sterne</numerusform>
            <numerusform>%n Bewertungen, %1 Sterne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ratings, %1 stars on average</source>
        <translation>
            <numerusform>%n Bewertung, %1 Sterne</numerusform>
            <numerusform>%n Bewertungen, im Schnitt %1 Sterne</numerusform>
        </translation>
    </message>
    <message>
        <source>0–100: how well the script did in the platform&apos;s checks</source>
        <translation>0–100: wie gut das Skript bei den Prüfungen der Plattform abgeschnitten hat</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Klicken, um nach dieser Spalte zu sortieren</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Nach dieser Spalte kann nicht sortiert werden</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryText</name>
    <message>
        <source>Generated</source>
        <extracomment>a version of a script: as the generator wrote it</extracomment>
        <translation>Generiert</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>a version of a script: saved from the editor</extracomment>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Restored</source>
        <extracomment>a version of a script: an older version made current again</extracomment>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>a version of a script: read from a history export</extracomment>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Thumbs up</source>
        <translation>Daumen hoch</translation>
    </message>
    <message>
        <source>Thumbs down</source>
        <translation>Daumen runter</translation>
    </message>
    <message>
        <source>★ %1 (%2)</source>
        <extracomment>%1 the average stars (e.g. 4.5), %2 how many ratings</extracomment>
        <translation>★ %1 (%2)</translation>
    </message>
    <message>
        <source>$%1</source>
        <extracomment>a cost in US dollars</extracomment>
        <translation>%1 $</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>seconds</extracomment>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>reel::ui::ImportWizard</name>
    <message>
        <source>Import Examples</source>
        <translation>Beispiele importieren</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Reel Studio imports examples from CSV (a header line, then one example per line), JSON (a list of examples, or a Reel Studio example file) and JSON Lines (one example per line). Nothing is added until you confirm it at the end.</source>
        <translation>Reel Studio importiert Beispiele aus CSV (eine Kopfzeile, dann ein Beispiel pro Zeile), JSON (eine Liste von Beispielen oder eine Reel-Studio-Beispieldatei) und JSON Lines (ein Beispiel pro Zeile). Hinzugefügt wird erst, wenn Sie am Ende bestätigen.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Choose the example field each column of the file holds, or ignore it.</source>
        <translation>Wählen Sie für jede Spalte der Datei das Beispielfeld, das sie enthält, oder ignorieren Sie sie.</translation>
    </message>
    <message>
        <source>&amp;First rows of the file:</source>
        <translation>&amp;Erste Zeilen der Datei:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Spalten:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Example field</source>
        <translation>Beispielfeld</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Zeilen prüfen</translation>
    </message>
    <message>
        <source>Rows with problems are left out. Choose what to import.</source>
        <translation>Zeilen mit Problemen werden ausgelassen. Wählen Sie, was importiert wird.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import &amp;nothing (the library stays as it is)</source>
        <translation>&amp;Nichts importieren (die Bibliothek bleibt, wie sie ist)</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>Zeilen werden geprüft</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Example files (*.csv *.tsv *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Beispieldateien (*.csv *.tsv *.json *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Noch keine Datei gewählt.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not a text file in UTF-8. Reel Studio imports CSV, JSON and JSON Lines files; save the file as one of them (UTF-8) and try again.</source>
        <translation>„%1“ ist keine Textdatei in UTF-8. Reel Studio importiert CSV-, JSON- und JSON-Lines-Dateien; speichern Sie die Datei in einem dieser Formate (UTF-8) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1” holds no list of examples: expected a JSON list of objects, or an object with an “examples” list.</source>
        <translation>„%1“ enthält keine Liste von Beispielen: Erwartet wird eine JSON-Liste von Objekten oder ein Objekt mit einer Liste „examples“.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as %2: %3</source>
        <extracomment>%1 file name, %2 the format (CSV, JSON…), %3 what is wrong (e.g. not valid JSON at line 3, column 5)</extracomment>
        <translation>„%1“ kann nicht als %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>“%1” holds no rows to import.</source>
        <translation>„%1“ enthält keine Zeilen zum Importieren.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %2, %n row.</source>
        <extracomment>%1 file name, %2 format (CSV, JSON…), %n the number of rows</extracomment>
        <translation>
            <numerusform>„%1“: %2, %n Zeile.</numerusform>
            <numerusform>„%1“: %2, %n Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %2, %n rows.</source>
        <translation>
            <numerusform>„%1“: %2, %n Zeile.</numerusform>
            <numerusform>„%1“: %2, %n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignore</source>
        <extracomment>a column of the import file that is not imported</extracomment>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Field for column “%1”</source>
        <extracomment>%1 the column&apos;s name in the file</extracomment>
        <translation>Feld für Spalte „%1“</translation>
    </message>
    <message>
        <source>“%1” is chosen for more than one column: %2. Choose it for one only.</source>
        <extracomment>%1 an example field, %2 the columns, e.g. “Hook” is chosen for “title”, “hook”</extracomment>
        <translation>„%1“ ist für mehr als eine Spalte gewählt: %2. Wählen Sie es nur für eine.</translation>
    </message>
    <message>
        <source>None of the columns is matched to an example field, so there is nothing to import. Choose a field for at least the hook, body and CTA columns.</source>
        <translation>Keine Spalte ist einem Beispielfeld zugeordnet, es gibt also nichts zu importieren. Wählen Sie mindestens für die Spalten mit Hook, Hauptteil und CTA ein Feld.</translation>
    </message>
    <message>
        <source>No column holds: %1. Every row needs them, so rows will be refused unless you match a column to each.</source>
        <extracomment>%1 fields such as &quot;Sector, Goal&quot;</extracomment>
        <translation>Keine Spalte enthält: %1. Jede Zeile braucht diese Felder; ohne zugeordnete Spalte werden die Zeilen abgelehnt.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row…</source>
        <translation>
            <numerusform>%n Zeile wird geprüft…</numerusform>
            <numerusform>%n Zeilen werden geprüft…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>%n Zeile wird geprüft…</numerusform>
            <numerusform>%n Zeilen werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation>Die gültigen Zeilen importieren</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Die Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Rows in the file: %1. Valid: %2. With errors: %3. Duplicates: %4.</source>
        <translation>Zeilen in der Datei: %1. Gültig: %2. Mit Fehlern: %3. Duplikate: %4.</translation>
    </message>
    <message>
        <source>The same script as row %1.</source>
        <translation>Dasselbe Skript wie Zeile %1.</translation>
    </message>
    <message>
        <source>Already in the library as example %1: “%2”.</source>
        <extracomment>%1 the number of the library example, %2 its hook</extracomment>
        <translation>Bereits als Beispiel %1 in der Bibliothek: „%2“.</translation>
    </message>
    <message>
        <source>Already in the library.</source>
        <translation>Bereits in der Bibliothek.</translation>
    </message>
    <message>
        <source>Hook, body and CTA</source>
        <translation>Hook, Hauptteil und CTA</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem.</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import &amp;all %n row</source>
        <translation>
            <numerusform>%n Zeile &amp;importieren</numerusform>
            <numerusform>&amp;Alle %n Zeilen importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import &amp;all %n rows</source>
        <translation>
            <numerusform>%n Zeile &amp;importieren</numerusform>
            <numerusform>&amp;Alle %n Zeilen importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n &amp;valid row</source>
        <translation>
            <numerusform>%n &amp;gültige Zeile importieren</numerusform>
            <numerusform>Die %n &amp;gültigen Zeilen importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n &amp;valid rows</source>
        <translation>
            <numerusform>%n &amp;gültige Zeile importieren</numerusform>
            <numerusform>Die %n &amp;gültigen Zeilen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n example…</source>
        <translation>
            <numerusform>%n Beispiel wird importiert…</numerusform>
            <numerusform>%n Beispiele werden importiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n examples…</source>
        <translation>
            <numerusform>%n Beispiel wird importiert…</numerusform>
            <numerusform>%n Beispiele werden importiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n example.</source>
        <translation>
            <numerusform>%n Beispiel importiert.</numerusform>
            <numerusform>%n Beispiele importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n examples.</source>
        <translation>
            <numerusform>%n Beispiel importiert.</numerusform>
            <numerusform>%n Beispiele importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Nothing was imported. The library is unchanged.</source>
        <translation>Es wurde nichts importiert. Die Bibliothek ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n row with problems was left out.</source>
        <translation>
            <numerusform>%n Zeile mit Problemen wurde ausgelassen.</numerusform>
            <numerusform>%n Zeilen mit Problemen wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with problems were left out.</source>
        <translation>
            <numerusform>%n Zeile mit Problemen wurde ausgelassen.</numerusform>
            <numerusform>%n Zeilen mit Problemen wurden ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reel::ui::IndexPanel</name>
    <message>
        <source>Search index:</source>
        <extracomment>label before the state of the search index of the example library</extracomment>
        <translation>Suchindex:</translation>
    </message>
    <message>
        <source>&amp;Rebuild Index</source>
        <translation>Index &amp;neu aufbauen</translation>
    </message>
    <message>
        <source>Embed every example again and rebuild the search index</source>
        <translation>Alle Beispiele neu einbetten und den Suchindex neu aufbauen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the rebuild; the index stays as it was</source>
        <translation>Den Neuaufbau stoppen; der Index bleibt, wie er war</translation>
    </message>
    <message>
        <source>Index rebuild progress</source>
        <translation>Fortschritt des Index-Neuaufbaus</translation>
    </message>
    <message>
        <source>Search index state</source>
        <translation>Zustand des Suchindex</translation>
    </message>
    <message>
        <source>Embedder</source>
        <translation>Embedding-Modell</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 &quot;Failed&quot;, %2 why</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Embedder: %1</source>
        <translation>Embedding-Modell: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>examples embedded so far of all, e.g. &quot;1,024 / 3,238&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1, about %2 left</source>
        <extracomment>%1 the count above, %2 a time such as &quot;12 s&quot;</extracomment>
        <translation>%1, noch etwa %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Index rebuilt: 1 example in %1</source>
        <translation>Index neu aufgebaut: 1 Beispiel in %1</translation>
    </message>
    <message>
        <source>Index rebuilt: %1 examples in %2</source>
        <translation>Index neu aufgebaut: %1 Beispiele in %2</translation>
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
        <translation>Qt (LGPL)</translation>
    </message>
    <message>
        <source>nlohmann/json (MIT)</source>
        <translation>nlohmann/json (MIT)</translation>
    </message>
    <message>
        <source>FAISS (MIT)</source>
        <translation>FAISS (MIT)</translation>
    </message>
    <message>
        <source>VADER sentiment lexicon by C.J. Hutto (MIT)</source>
        <translation>VADER-Sentiment-Lexikon von C.J. Hutto (MIT)</translation>
    </message>
    <message>
        <source>LDNOOBW word lists (CC BY 4.0)</source>
        <translation>LDNOOBW-Wortlisten (CC BY 4.0)</translation>
    </message>
    <message>
        <source>Snowball stemmers (BSD)</source>
        <translation>Snowball-Stemmer (BSD)</translation>
    </message>
    <message>
        <source>Hunspell (LGPL/MPL)</source>
        <translation>Hunspell (LGPL/MPL)</translation>
    </message>
    <message>
        <source>Hyphen (LGPL/MPL)</source>
        <translation>Hyphen (LGPL/MPL)</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Load &amp;Rule Pack…</source>
        <translation>&amp;Regelpaket laden…</translation>
    </message>
    <message>
        <source>Use an updated platform rule pack (limits such as the hashtag cap)</source>
        <translation>Ein aktualisiertes Regelpaket der Plattform verwenden (Grenzwerte wie die Höchstzahl an Hashtags)</translation>
    </message>
    <message>
        <source>Use &amp;Built-in Rule Pack</source>
        <translation>&amp;Mitgeliefertes Regelpaket verwenden</translation>
    </message>
    <message>
        <source>Load Rule Pack</source>
        <translation>Regelpaket laden</translation>
    </message>
    <message>
        <source>Rule packs (*.json);;All files (*)</source>
        <translation>Regelpakete (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The rule pack was not loaded; the rules in use stay as they were.</source>
        <translation>Das Regelpaket wurde nicht geladen; die geltenden Regeln bleiben unverändert.</translation>
    </message>
    <message>
        <source>Rule pack %1 is in use.</source>
        <extracomment>%1 the version of the rule pack</extracomment>
        <translation>Regelpaket %1 ist aktiv.</translation>
    </message>
    <message>
        <source>Use Built-in Rule Pack</source>
        <translation>Mitgeliefertes Regelpaket verwenden</translation>
    </message>
    <message>
        <source>The built-in rule pack is in use.</source>
        <translation>Das mitgelieferte Regelpaket ist aktiv.</translation>
    </message>
    <message>
        <source>The saved scripts could not be checked against the new rules: %1</source>
        <translation>Die gespeicherten Skripte konnten nicht mit den neuen Regeln geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved scripts checked against the new rules: %n changed.</source>
        <extracomment>%n how many saved scripts now have a different score</extracomment>
        <translation>
            <numerusform>de</numerusform>
            <numerusform>es</numerusform>
            <numerusform>fr</numerusform>
            <numerusform>hi</numerusform>
            <numerusform>ja</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the saved scripts against the new rules…</source>
        <translation>Die gespeicherten Skripte werden mit den neuen Regeln geprüft …</translation>
    </message>
</context>
<context>
    <name>reel::ui::MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>reel::ui::PerformancePanel</name>
    <message>
        <source>Last saved %1</source>
        <translation>Zuletzt gespeichert: %1</translation>
    </message>
    <message>
        <source>How the Reel did on Instagram. Leave a figure blank when you do not know it.</source>
        <translation>Wie der Reel auf Instagram lief. Lassen Sie einen Wert leer, wenn Sie ihn nicht kennen.</translation>
    </message>
    <message>
        <source>Figures can be entered once the script is published. It is “%1” now.</source>
        <extracomment>%1 the script&apos;s status, e.g. &quot;Approved&quot;</extracomment>
        <translation>Kennzahlen können eingetragen werden, sobald das Skript veröffentlicht ist. Derzeit ist es „%1“.</translation>
    </message>
    <message>
        <source>Views:</source>
        <translation>Aufrufe:</translation>
    </message>
    <message>
        <source>Likes:</source>
        <translation>Likes:</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Kommentare:</translation>
    </message>
    <message>
        <source>Shares:</source>
        <translation>Geteilt:</translation>
    </message>
    <message>
        <source>Saves:</source>
        <translation>Gespeichert:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Posted on:</source>
        <translation>Veröffentlicht am:</translation>
    </message>
    <message>
        <source>Save Figures</source>
        <translation>Kennzahlen speichern</translation>
    </message>
</context>
<context>
    <name>reel::ui::PriceTableModel</name>
    <message>
        <source>Also applies to dated versions of this model (e.g. %1-2024-07-18)</source>
        <translation>Gilt auch für datierte Versionen dieses Modells (z. B. %1-2024-07-18)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Input $ / 1M tokens</source>
        <extracomment>US dollars per million input (prompt) tokens</extracomment>
        <translation>Eingabe $ / 1 Mio. Tokens</translation>
    </message>
    <message>
        <source>Output $ / 1M tokens</source>
        <extracomment>US dollars per million output (answer) tokens</extracomment>
        <translation>Ausgabe $ / 1 Mio. Tokens</translation>
    </message>
</context>
<context>
    <name>reel::ui::PricesPanel</name>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Prices per model</source>
        <translation>Preise pro Modell</translation>
    </message>
    <message>
        <source>&amp;Add Model</source>
        <translation>Modell &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove Model</source>
        <translation>Modell entfernen</translation>
    </message>
    <message>
        <source>Reset to Built-in Prices</source>
        <translation>Mitgelieferte Preise wiederherstellen</translation>
    </message>
    <message>
        <source>Replace your prices with the built-in list? Your changes to the table are lost.</source>
        <translation>Ihre Preise durch die mitgelieferte Liste ersetzen? Ihre Änderungen an der Tabelle gehen verloren.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The prices were not saved: %1</source>
        <translation>Die Preise wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Built-in prices as of %1. Edit them when your provider&apos;s prices change; models not listed cost nothing (local servers).</source>
        <extracomment>%1 the date the built-in prices were checked</extracomment>
        <translation>Mitgelieferte Preise, Stand %1. Passen Sie sie an, wenn sich die Preise Ihres Anbieters ändern; nicht aufgeführte Modelle kosten nichts (lokale Server).</translation>
    </message>
    <message>
        <source>Your own prices, kept in the workspace. Models not listed cost nothing (local servers).</source>
        <translation>Ihre eigenen Preise, im Arbeitsbereich gespeichert. Nicht aufgeführte Modelle kosten nichts (lokale Server).</translation>
    </message>
    <message>
        <source>The saved prices could not be read, so the built-in ones apply: %1</source>
        <translation>Die gespeicherten Preise konnten nicht gelesen werden, daher gelten die mitgelieferten: %1</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProblemsPanel</name>
    <message>
        <source>P&amp;roblems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Beheben</translation>
    </message>
    <message>
        <source>Fix the selected problem</source>
        <translation>Das ausgewählte Problem beheben</translation>
    </message>
    <message>
        <source>The selected problem has no automatic fix</source>
        <translation>Für das ausgewählte Problem gibt es keine automatische Korrektur</translation>
    </message>
    <message>
        <source>Select a problem to see it in the script. F8 goes to the next one, Shift+F8 back.</source>
        <translation>Wählen Sie ein Problem, um es im Skript zu sehen. F8 springt zum nächsten, Shift+F8 zurück.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Notes: %3</source>
        <extracomment>Counts of problems by severity</extracomment>
        <translation>Fehler: %1 · Warnungen: %2 · Hinweise: %3</translation>
    </message>
    <message>
        <source>&amp;Go to Problem</source>
        <translation>Zum Problem &amp;gehen</translation>
    </message>
    <message>
        <source>&amp;Copy Message</source>
        <translation>Meldung &amp;kopieren</translation>
    </message>
    <message>
        <source>Problems show up here while you write.</source>
        <translation>Probleme erscheinen hier, während Sie schreiben.</translation>
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
        <translation>Sonstiges</translation>
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
        <translation>z. B. FitLife Studio</translation>
    </message>
    <message>
        <source>Pick or type a sector</source>
        <translation>Branche wählen oder eingeben</translation>
    </message>
    <message>
        <source>e.g. 25-40</source>
        <translation>z. B. 25-40</translation>
    </message>
    <message>
        <source>Pick or type</source>
        <translation>Wählen oder eingeben</translation>
    </message>
    <message>
        <source>e.g. Mumbai, India</source>
        <translation>z. B. Mumbai, Indien</translation>
    </message>
    <message>
        <source>A problem your audience has; Enter adds it</source>
        <translation>Ein Problem Ihrer Zielgruppe; die Eingabetaste fügt es hinzu</translation>
    </message>
    <message>
        <source>What the brand offers, e.g. a free 7-day trial</source>
        <translation>Was die Marke anbietet, z. B. eine kostenlose 7-Tage-Testphase</translation>
    </message>
    <message>
        <source>Pick or type a style</source>
        <translation>Stil wählen oder eingeben</translation>
    </message>
    <message>
        <source>A word or phrase scripts must avoid</source>
        <translation>Ein Wort oder eine Wendung, die Skripte vermeiden müssen</translation>
    </message>
    <message>
        <source>A competitor scripts must not name</source>
        <translation>Ein Konkurrent, den Skripte nicht nennen dürfen</translation>
    </message>
    <message>
        <source>e.g. #FitLife</source>
        <translation>z. B. #FitLife</translation>
    </message>
    <message>
        <source>Notes for your team; never sent to the model</source>
        <translation>Notizen für Ihr Team; werden nie an das Modell gesendet</translation>
    </message>
    <message>
        <source>Pick a sector or type your own; a new sector is remembered when you save</source>
        <translation>Wählen Sie eine Branche oder geben Sie eine eigene ein; eine neue Branche wird beim Speichern gemerkt</translation>
    </message>
    <message>
        <source>The platform scripts are written for</source>
        <translation>Die Plattform, für die Skripte geschrieben werden</translation>
    </message>
    <message>
        <source>How the call to action asks; type your own style if none fits</source>
        <translation>Wie die Handlungsaufforderung formuliert ist; geben Sie einen eigenen Stil ein, wenn keiner passt</translation>
    </message>
    <message>
        <source>The language scripts for this brand are written in by default</source>
        <translation>Die Sprache, in der Skripte für diese Marke standardmäßig geschrieben werden</translation>
    </message>
    <message>
        <source>Scripts are checked for these words</source>
        <translation>Skripte werden auf diese Wörter geprüft</translation>
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
    <message>
        <source>Rule limits</source>
        <translation>Regelgrenzwerte</translation>
    </message>
    <message>
        <source>Brand&apos;s own &amp;limits:</source>
        <translation>Eigene Grenzwerte der M&amp;arke:</translation>
    </message>
    <message>
        <source>“%1” is not one hashtag: use letters, digits and _ with no spaces (e.g. #LumenCoffee).</source>
        <translation>„%1“ ist kein einzelner Hashtag: Verwenden Sie Buchstaben, Ziffern und _ ohne Leerzeichen (z. B. #LumenCoffee).</translation>
    </message>
    <message numerus="yes">
        <source>Required; at most %n characters.</source>
        <translation>
            <numerusform>Pflichtfeld; höchstens %n Zeichen.</numerusform>
            <numerusform>Pflichtfeld; höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required. Scripts use the sector&apos;s safety rules and phrases.</source>
        <translation>Pflichtfeld. Skripte verwenden die Sicherheitsregeln und Formulierungen der Branche.</translation>
    </message>
    <message>
        <source>Like 25-40 or 55+, ages %1 to %2.</source>
        <translation>Wie 25-40 oder 55+, Alter %1 bis %2.</translation>
    </message>
    <message>
        <source>Each pain point is one short phrase in the language scripts are written in.</source>
        <translation>Jeder Schmerzpunkt ist eine kurze Wendung in der Sprache, in der die Skripte geschrieben werden.</translation>
    </message>
    <message>
        <source>Scripts name the offer; write it as you would say it to a customer.</source>
        <translation>Skripte nennen das Angebot; formulieren Sie es so, wie Sie es einem Kunden sagen würden.</translation>
    </message>
    <message>
        <source>Also catches plurals and comparatives: “cheap” finds “cheaper” and “cheapest”, never words that only begin alike.</source>
        <translation>Erfasst auch Plural- und Steigerungsformen: „billig“ findet „billiger“ und „am billigsten“, aber nie Wörter, die nur gleich beginnen.</translation>
    </message>
    <message>
        <source>Names scripts must not mention, matched as written.</source>
        <translation>Namen, die Skripte nicht nennen dürfen, genau wie geschrieben erkannt.</translation>
    </message>
    <message>
        <source>One word each, no spaces; # is added for you.</source>
        <translation>Je ein Wort, ohne Leerzeichen; # wird automatisch ergänzt.</translation>
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
        <translation>Liste nach Markenname oder Branche filtern (%1)</translation>
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
        <translation>die Datei ist größer als %1 MB</translation>
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
        <translation>Profil konnte nicht geöffnet werden</translation>
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
        <translation>Profil konnte nicht dupliziert werden</translation>
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
        <translation>Rückgängig oder Wiederholen nicht möglich</translation>
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
    <name>reel::ui::ProviderText</name>
    <message>
        <source>llama.cpp server</source>
        <translation>llama.cpp-Server</translation>
    </message>
    <message>
        <source>Other OpenAI-compatible server</source>
        <translation>Anderer OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <source>Offline composer</source>
        <extracomment>the built-in writer that needs no model and no network</extracomment>
        <translation>Offline-Texter</translation>
    </message>
</context>
<context>
    <name>reel::ui::RatingPanel</name>
    <message>
        <source>Choose stars or a thumb, or write a comment.</source>
        <translation>Wählen Sie Sterne oder einen Daumen, oder schreiben Sie einen Kommentar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a thumb and its reasons, e.g. &quot;Thumbs down: Weak hook, Too long&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>who rated and when: %1 name, %2 date and time</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No ratings yet.</source>
        <translation>Noch keine Bewertungen.</translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation>Noch nicht bewertet.</translation>
    </message>
    <message numerus="yes">
        <source>%n rating, without stars.</source>
        <translation>
            <numerusform>%n Bewertung, ohne Sterne.</numerusform>
            <numerusform>%n Bewertungen, ohne Sterne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ratings, without stars.</source>
        <translation>
            <numerusform>%n Bewertung, ohne Sterne.</numerusform>
            <numerusform>%n Bewertungen, ohne Sterne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>★ %1 from %n rating</source>
        <extracomment>%1 the average stars, e.g. &quot;★ 4.5&quot;; %n how many ratings gave stars</extracomment>
        <translation>
            <numerusform>★ %1 aus %n Bewertung</numerusform>
            <numerusform>★ %1 aus %n Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>★ %1 average of %n ratings</source>
        <translation>
            <numerusform>★ %1 aus %n Bewertung</numerusform>
            <numerusform>★ %1 im Schnitt aus %n Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Bewertung:</translation>
    </message>
    <message numerus="yes">
        <source>%n star</source>
        <translation>
            <numerusform>%n Stern</numerusform>
            <numerusform>%n Sterne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stars</source>
        <translation>
            <numerusform>%n Stern</numerusform>
            <numerusform>%n Sterne</numerusform>
        </translation>
    </message>
    <message>
        <source>Works as it is; pick what makes it good</source>
        <translation>Passt so; wählen Sie, was gut daran ist</translation>
    </message>
    <message>
        <source>Needs work; pick what is wrong</source>
        <translation>Muss überarbeitet werden; wählen Sie, was nicht passt</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Other reasons, separated by commas</source>
        <translation>Weitere Gründe, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>What works, what to change</source>
        <translation>Was funktioniert, was geändert werden sollte</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Add Rating</source>
        <translation>Bewertung hinzufügen</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
</context>
<context>
    <name>reel::ui::RequestBar</name>
    <message>
        <source>Brand &amp;profile</source>
        <translation>Marken&amp;profil</translation>
    </message>
    <message>
        <source>Hoo&amp;k type</source>
        <translation>Hoo&amp;k-Typ</translation>
    </message>
    <message>
        <source>E&amp;motion</source>
        <translation>E&amp;motion</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>Len&amp;gth</source>
        <translation>&amp;Länge</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>No brand profile</source>
        <translation>Kein Markenprofil</translation>
    </message>
    <message>
        <source>Brand profile</source>
        <translation>Markenprofil</translation>
    </message>
    <message>
        <source>The brand the script is checked against: its banned words, hashtags and voice</source>
        <translation>Die Marke, anhand derer das Skript geprüft wird: verbotene Wörter, Hashtags und Tonalität</translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation>Hook-Typ</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Reel length in seconds</source>
        <translation>Länge des Reels in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the Reel length, e.g. &quot;30 s&quot;</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Script language</source>
        <translation>Sprache des Skripts</translation>
    </message>
    <message>
        <source>The language the script is written in: word counts, spelling and speaking rate follow it</source>
        <translation>Die Sprache, in der das Skript geschrieben ist: Wortzahlen, Rechtschreibung und Sprechtempo richten sich danach</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>The kind of hook the script opens with; the hook is checked against it</source>
        <translation>Die Art von Hook, mit der das Skript beginnt; der Hook wird daraufhin geprüft</translation>
    </message>
    <message>
        <source>The feeling the Reel should leave; the tone is checked against it (English)</source>
        <translation>Das Gefühl, das der Reel hinterlassen soll; der Ton wird daraufhin geprüft (Englisch)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>What the Reel is about (optional)</source>
        <translation>Worum es im Reel geht (optional)</translation>
    </message>
</context>
<context>
    <name>reel::ui::RuleLimitsEditor</name>
    <message>
        <source>Limit</source>
        <translation>Grenzwert</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>This brand</source>
        <translation>Diese Marke</translation>
    </message>
    <message>
        <source>Tick a limit to give this brand its own value; the others follow the platform&apos;s rule pack.</source>
        <translation>Haken Sie einen Grenzwert an, um dieser Marke einen eigenen Wert zu geben; die übrigen folgen dem Regelpaket der Plattform.</translation>
    </message>
    <message>
        <source>Rule limits</source>
        <translation>Regelgrenzwerte</translation>
    </message>
</context>
<context>
    <name>reel::ui::RuleSettingText</name>
    <message>
        <source>Hook: fewest words</source>
        <translation>Hook: Mindestzahl an Wörtern</translation>
    </message>
    <message>
        <source>Hook: most words</source>
        <translation>Hook: Höchstzahl an Wörtern</translation>
    </message>
    <message>
        <source>Hook: seconds to say it</source>
        <translation>Hook: Sprechdauer in Sekunden</translation>
    </message>
    <message>
        <source>Body: fewest words</source>
        <translation>Hauptteil: Mindestzahl an Wörtern</translation>
    </message>
    <message>
        <source>Body: most words</source>
        <translation>Hauptteil: Höchstzahl an Wörtern</translation>
    </message>
    <message>
        <source>Call to action: fewest words</source>
        <translation>Handlungsaufforderung: Mindestzahl an Wörtern</translation>
    </message>
    <message>
        <source>Call to action: most words</source>
        <translation>Handlungsaufforderung: Höchstzahl an Wörtern</translation>
    </message>
    <message>
        <source>Caption: characters (hard limit)</source>
        <translation>Bildunterschrift: Zeichen (feste Grenze)</translation>
    </message>
    <message>
        <source>Caption: fewest characters recommended</source>
        <translation>Bildunterschrift: empfohlene Mindestzahl an Zeichen</translation>
    </message>
    <message>
        <source>Caption: most characters recommended</source>
        <translation>Bildunterschrift: empfohlene Höchstzahl an Zeichen</translation>
    </message>
    <message>
        <source>Caption: characters shown before “more”</source>
        <translation>Bildunterschrift: sichtbare Zeichen vor „mehr“</translation>
    </message>
    <message>
        <source>Hashtags: most</source>
        <translation>Hashtags: Höchstzahl</translation>
    </message>
    <message>
        <source>Hashtags: fewest</source>
        <translation>Hashtags: Mindestzahl</translation>
    </message>
    <message>
        <source>Hashtag: most characters</source>
        <translation>Hashtag: Höchstzahl an Zeichen</translation>
    </message>
    <message>
        <source>Duration: tolerance (0.15 = ±15 %)</source>
        <translation>Dauer: Toleranz (0,15 = ±15 %)</translation>
    </message>
    <message>
        <source>Reel: most seconds</source>
        <translation>Reel: Höchstzahl an Sekunden</translation>
    </message>
    <message>
        <source>Reel: seconds recommended for reach</source>
        <translation>Reel: empfohlene Sekunden für Reichweite</translation>
    </message>
    <message>
        <source>Sentence: most words</source>
        <translation>Satz: Höchstzahl an Wörtern</translation>
    </message>
    <message>
        <source>Reading ease: lowest score</source>
        <translation>Lesbarkeit: niedrigster Wert</translation>
    </message>
    <message>
        <source>Capitals: words in a row that read as shouting</source>
        <translation>Großbuchstaben: Wörter hintereinander, die wie Schreien wirken</translation>
    </message>
    <message>
        <source>Exclamation marks in a row: most</source>
        <translation>Ausrufezeichen hintereinander: Höchstzahl</translation>
    </message>
    <message>
        <source>Emoji in a row: most</source>
        <translation>Emojis hintereinander: Höchstzahl</translation>
    </message>
    <message>
        <source>Emoji per section: most</source>
        <translation>Emojis pro Abschnitt: Höchstzahl</translation>
    </message>
    <message>
        <source>Same word per section: most uses</source>
        <translation>Gleiches Wort pro Abschnitt: Höchstzahl an Verwendungen</translation>
    </message>
    <message>
        <source>Repetition: shortest word counted</source>
        <translation>Wiederholung: kürzestes gezähltes Wort</translation>
    </message>
    <message>
        <source>Tone: sentiment threshold</source>
        <translation>Ton: Sentiment-Schwellenwert</translation>
    </message>
</context>
<context>
    <name>reel::ui::ScriptDetailPanel</name>
    <message>
        <source>Moved to “%1”.</source>
        <extracomment>%1 the new status</extracomment>
        <translation>Auf „%1“ gesetzt.</translation>
    </message>
    <message>
        <source>Rating added.</source>
        <translation>Bewertung hinzugefügt.</translation>
    </message>
    <message>
        <source>Figures saved.</source>
        <translation>Kennzahlen gespeichert.</translation>
    </message>
    <message>
        <source>Restored as version %1.</source>
        <translation>Als Version %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Select a script to review it here.</source>
        <translation>Wählen Sie ein Skript, um es hier zu prüfen.</translation>
    </message>
    <message>
        <source>Untitled script</source>
        <translation>Unbenanntes Skript</translation>
    </message>
    <message>
        <source>Created %1</source>
        <extracomment>when the script was created</extracomment>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Geändert am %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <extracomment>tokens sent and received</extracomment>
        <translation>%1 + %2 Tokens</translation>
    </message>
    <message>
        <source>Score %1</source>
        <extracomment>the script&apos;s score in the platform checks, 0–100</extracomment>
        <translation>Punktzahl %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Hook</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Hauptteil</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Handlungsaufforderung</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>Bildschirmtext</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>Text auf dem Vorschaubild</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Current script</source>
        <translation>Aktuelles Skript</translation>
    </message>
</context>
<context>
    <name>reel::ui::ScriptEditorPage</name>
    <message>
        <source>Script Editor</source>
        <translation>Skript-Editor</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip with its keyboard shortcut, e.g. &quot;Open a script file (Ctrl+O)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Script</source>
        <translation>&amp;Neues Skript</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Start a new, empty script</source>
        <translation>Ein neues, leeres Skript beginnen</translation>
    </message>
    <message>
        <source>&amp;Open Script…</source>
        <translation>Skript ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open a script file</source>
        <translation>Eine Skriptdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save Script</source>
        <translation>Skript &amp;speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the script</source>
        <translation>Das Skript speichern</translation>
    </message>
    <message>
        <source>Save Script &amp;As…</source>
        <translation>Skript speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save the script to a new file</source>
        <translation>Das Skript in einer neuen Datei speichern</translation>
    </message>
    <message>
        <source>Next Problem</source>
        <translation>Nächstes Problem</translation>
    </message>
    <message>
        <source>Previous Problem</source>
        <translation>Vorheriges Problem</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>No brand profile yet: the brand&apos;s banned words, competitors and hashtags are not checked. Create one on the Brand Profiles page.</source>
        <translation>Noch kein Markenprofil: Verbotene Wörter, Konkurrenten und Hashtags der Marke werden nicht geprüft. Legen Sie eines auf der Seite Markenprofile an.</translation>
    </message>
    <message>
        <source>The new script has not been saved.</source>
        <translation>Das neue Skript wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes.</source>
        <translation>„%1“ hat nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>New script. Start with the hook.</source>
        <translation>Neues Skript. Beginnen Sie mit dem Hook.</translation>
    </message>
    <message>
        <source>Open Script</source>
        <translation>Skript öffnen</translation>
    </message>
    <message>
        <source>Script files (*.json);;All files (*)</source>
        <translation>Skriptdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could Not Open the Script</source>
        <translation>Skript konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The script was written for “%1”, which is not in this workspace.</source>
        <extracomment>%1 the brand named in the file</extracomment>
        <translation>Das Skript wurde für „%1“ geschrieben, das nicht in diesem Arbeitsbereich ist.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>script</source>
        <extracomment>Suggested file name; %1 the brand&apos;s name</extracomment>
        <translation>Skript</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>%1 Skript</translation>
    </message>
    <message>
        <source>Save Script</source>
        <translation>Skript speichern</translation>
    </message>
    <message>
        <source>Saving as soon as the check of the latest changes is done…</source>
        <translation>Wird gespeichert, sobald die Prüfung der letzten Änderungen abgeschlossen ist…</translation>
    </message>
    <message>
        <source>Could Not Save the Script</source>
        <translation>Skript konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Applied: %1. Undo with %2.</source>
        <extracomment>%1 what the fix did, e.g. remove “fat”</extracomment>
        <translation>Angewendet: %1. Rückgängig mit %2.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Untitled script</source>
        <translation>Unbenanntes Skript</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The script was written for “%1”, which is no longer in this workspace.</source>
        <extracomment>%1 the brand the script was generated for</extracomment>
        <translation>Das Skript wurde für „%1“ geschrieben, das nicht mehr in diesem Arbeitsbereich ist.</translation>
    </message>
    <message>
        <source>Could not autosave: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could Not Save the Version</source>
        <translation>Version konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Opened “%1” from the history. Edits are kept as versions automatically; %2 saves the version now.</source>
        <extracomment>%1 the script&apos;s title (its hook)</extracomment>
        <translation>„%1“ aus dem Verlauf geöffnet. Änderungen werden automatisch als Versionen gespeichert; %2 speichert die Version sofort.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Als Version %1 gespeichert.</translation>
    </message>
    <message>
        <source>No changes since version %1.</source>
        <translation>Keine Änderungen seit Version %1.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Version %1 (autosaved)</source>
        <translation>Version %1 (automatisch gespeichert)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>reel::ui::ScriptFile</name>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB</source>
        <translation>die Datei ist größer als 16 MiB</translation>
    </message>
</context>
<context>
    <name>reel::ui::ScriptForm</name>
    <message>
        <source>&amp;Hook</source>
        <translation>&amp;Hook</translation>
    </message>
    <message>
        <source>The first words viewers hear: make them stop scrolling.</source>
        <translation>Die ersten Worte, die Zuschauer hören: Sie sollen das Scrollen stoppen.</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>Hauptt&amp;eil</translation>
    </message>
    <message>
        <source>The story, the tips, the proof: what the Reel says.</source>
        <translation>Die Geschichte, die Tipps, der Beweis: was der Reel sagt.</translation>
    </message>
    <message>
        <source>&amp;Call to action</source>
        <translation>Handlungs&amp;aufforderung</translation>
    </message>
    <message>
        <source>What viewers should do next, e.g. Book your free class today.</source>
        <translation>Was Zuschauer als Nächstes tun sollen, z. B. Buche heute deine kostenlose Probestunde.</translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation>&amp;Bildunterschrift</translation>
    </message>
    <message>
        <source>The post&apos;s caption. The first 125 characters show before “more”.</source>
        <translation>Die Bildunterschrift des Beitrags. Die ersten 125 Zeichen sind vor „mehr“ sichtbar.</translation>
    </message>
    <message>
        <source>Hash&amp;tags</source>
        <translation>Hash&amp;tags</translation>
    </message>
    <message>
        <source>#brand #topic, separated by spaces</source>
        <translation>#marke #thema, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>&amp;On-screen text</source>
        <translation>Bil&amp;dschirmtext</translation>
    </message>
    <message>
        <source>One line per text overlay</source>
        <translation>Eine Zeile pro Texteinblendung</translation>
    </message>
    <message>
        <source>&amp;Shots</source>
        <translation>&amp;Shots</translation>
    </message>
    <message>
        <source>Th&amp;umbnail text</source>
        <translation>Text auf dem &amp;Vorschaubild</translation>
    </message>
    <message>
        <source>A few words on the cover image</source>
        <translation>Ein paar Worte auf dem Titelbild</translation>
    </message>
    <message>
        <source>Add Shot</source>
        <translation>Shot hinzufügen</translation>
    </message>
    <message>
        <source>Add a shot at the end of the list</source>
        <translation>Einen Shot am Ende der Liste hinzufügen</translation>
    </message>
    <message>
        <source>Add shot</source>
        <translation>Shot hinzufügen</translation>
    </message>
    <message>
        <source>Remove Shot</source>
        <translation>Shot entfernen</translation>
    </message>
    <message>
        <source>Remove the selected shot</source>
        <translation>Den ausgewählten Shot entfernen</translation>
    </message>
    <message>
        <source>Remove shot</source>
        <translation>Shot entfernen</translation>
    </message>
    <message>
        <source>Caption length</source>
        <translation>Länge der Bildunterschrift</translation>
    </message>
    <message>
        <source>Hashtag count</source>
        <translation>Anzahl der Hashtags</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Characters used of the caption&apos;s limit, e.g. &quot;74 / 2,200&quot;
----------
Hashtags used of the platform&apos;s cap, e.g. &quot;3 / 5&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 characters; the first %3 show before “more” (the mark).</source>
        <translation>%1 von %2 Zeichen; die ersten %3 sind vor „mehr“ sichtbar (die Markierung).</translation>
    </message>
    <message>
        <source>%1 hashtags of the %2 Instagram allows (hashtags in the caption count too).</source>
        <translation>%1 Hashtags von den %2, die Instagram erlaubt (Hashtags in der Bildunterschrift zählen mit).</translation>
    </message>
</context>
<context>
    <name>reel::ui::SectionEditor</name>
    <message>
        <source>Spelling Suggestions</source>
        <translation>Rechtschreibvorschläge</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
</context>
<context>
    <name>reel::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>Modellanbieter</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generierung</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Which model writes the scripts</source>
        <translation>Welches Modell die Skripte schreibt</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>The server&apos;s OpenAI-compatible address, usually ending in /v1</source>
        <translation>Die OpenAI-kompatible Adresse des Servers, meist mit /v1 am Ende</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The model&apos;s id on the server; Refresh lists the models it offers</source>
        <translation>Die ID des Modells auf dem Server; Aktualisieren listet die angebotenen Modelle auf</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>List the models the server offers</source>
        <translation>Die Modelle des Servers auflisten</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Save Key</source>
        <translation>Schlüssel s&amp;peichern</translation>
    </message>
    <message>
        <source>Keep the key in the system keychain</source>
        <translation>Den Schlüssel im Schlüsselbund des Systems aufbewahren</translation>
    </message>
    <message>
        <source>Remo&amp;ve Key</source>
        <translation>Schlüssel ent&amp;fernen</translation>
    </message>
    <message>
        <source>Delete the saved key from the keychain</source>
        <translation>Den gespeicherten Schlüssel aus dem Schlüsselbund löschen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Ask the server for its models with these settings</source>
        <translation>Den Server mit diesen Einstellungen nach seinen Modellen fragen</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatur:</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Higher values give more varied scripts; lower, more predictable ones</source>
        <translation>Höhere Werte ergeben abwechslungsreichere Skripte, niedrigere vorhersehbarere</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens per answer:</source>
        <translation>Ma&amp;x. Tokens pro Antwort:</translation>
    </message>
    <message>
        <source>Maximum tokens per answer</source>
        <translation>Höchstzahl an Tokens pro Antwort</translation>
    </message>
    <message>
        <source>Server default</source>
        <translation>Standard des Servers</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>&amp;Verbindungs-Timeout:</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Verbindungs-Timeout in Sekunden</translation>
    </message>
    <message>
        <source>How long to wait for the server to accept the request</source>
        <translation>Wie lange gewartet wird, bis der Server die Anfrage annimmt</translation>
    </message>
    <message>
        <source>&amp;Inactivity timeout:</source>
        <translation>&amp;Inaktivitäts-Timeout:</translation>
    </message>
    <message>
        <source>Inactivity timeout in seconds</source>
        <translation>Inaktivitäts-Timeout in Sekunden</translation>
    </message>
    <message>
        <source>The longest silence allowed while the answer streams in</source>
        <translation>Die längste erlaubte Pause, während die Antwort eintrifft</translation>
    </message>
    <message>
        <source>&amp;Overall timeout:</source>
        <translation>&amp;Gesamt-Timeout:</translation>
    </message>
    <message>
        <source>Overall timeout in seconds</source>
        <translation>Gesamt-Timeout in Sekunden</translation>
    </message>
    <message>
        <source>The longest a whole answer may take, retries included</source>
        <translation>Wie lange eine ganze Antwort höchstens dauern darf, Wiederholungen eingeschlossen</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after a number of seconds, e.g. &quot;10 s&quot;</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>R&amp;etries:</source>
        <translation>Wi&amp;ederholungen:</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>How often a request is sent again after a network error, a rate limit or a server error</source>
        <translation>Wie oft eine Anfrage nach einem Netzwerkfehler, einem Anfragelimit oder einem Serverfehler erneut gesendet wird</translation>
    </message>
    <message>
        <source>Re&amp;pairs:</source>
        <translation>&amp;Nachbesserungen:</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Nachbesserungen</translation>
    </message>
    <message>
        <source>How often a script with errors goes back to the model with the problems found</source>
        <translation>Wie oft ein fehlerhaftes Skript mit den gefundenen Problemen an das Modell zurückgeht</translation>
    </message>
    <message>
        <source>When the server cannot be reached, write with the &amp;offline composer</source>
        <translation>Wenn der Server nicht erreichbar ist, mit dem &amp;Offline-Texter schreiben</translation>
    </message>
    <message>
        <source>Automatic: OpenAI with a key, else the offline composer</source>
        <translation>Automatisch: OpenAI mit Schlüssel, sonst der Offline-Texter</translation>
    </message>
    <message>
        <source>Offline composer only</source>
        <translation>Nur Offline-Texter</translation>
    </message>
    <message>
        <source>e.g. https://models.example.com/v1</source>
        <translation>z. B. https://models.example.com/v1</translation>
    </message>
    <message>
        <source>The model&apos;s id, e.g. llama3.1</source>
        <translation>Die ID des Modells, z. B. llama3.1</translation>
    </message>
    <message>
        <source>OpenAI when an API key is known (saved here or in OPENAI_API_KEY), else the offline composer.</source>
        <translation>OpenAI, wenn ein API-Schlüssel bekannt ist (hier gespeichert oder in OPENAI_API_KEY), sonst der Offline-Texter.</translation>
    </message>
    <message>
        <source>Scripts are written on this computer from templates, with no model and no network: free and private, but less varied.</source>
        <translation>Skripte werden auf diesem Computer aus Vorlagen geschrieben, ohne Modell und ohne Netz: kostenlos und privat, aber weniger abwechslungsreich.</translation>
    </message>
    <message>
        <source>OpenAI&apos;s API. It needs an API key and charges per token (see Prices).</source>
        <translation>Die API von OpenAI. Sie braucht einen API-Schlüssel und rechnet pro Token ab (siehe Preise).</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API: enter its base URL and model.</source>
        <translation>Jeder Server, der die OpenAI-API spricht: Geben Sie Basis-URL und Modell ein.</translation>
    </message>
    <message>
        <source>A model server on this computer: start it first. A key is usually not needed.</source>
        <translation>Ein Modellserver auf diesem Computer: Starten Sie ihn zuerst. Ein Schlüssel ist meist nicht nötig.</translation>
    </message>
    <message>
        <source>The offline composer needs no key.</source>
        <translation>Der Offline-Texter braucht keinen Schlüssel.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Saved key: %1</source>
        <extracomment>%1 the hidden key with its last four characters, e.g. •••• 3xYz</extracomment>
        <translation>Gespeicherter Schlüssel: %1</translation>
    </message>
    <message>
        <source>Using the key from the OPENAI_API_KEY environment variable. A key saved here is used instead.</source>
        <translation>Der Schlüssel aus der Umgebungsvariablen OPENAI_API_KEY wird verwendet. Ein hier gespeicherter Schlüssel hat Vorrang.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>No key saved; a server on this computer usually needs none.</source>
        <translation>Kein Schlüssel gespeichert; ein Server auf diesem Computer braucht meist keinen.</translation>
    </message>
    <message>
        <source>No key saved.</source>
        <translation>Kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Enter a new key to replace it</source>
        <translation>Neuen Schlüssel eingeben, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>The system keychain is not available. The key is kept for this session only and never written to disk.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar. Der Schlüssel gilt nur für diese Sitzung und wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The key is kept for this session only and never written to disk.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Der Schlüssel gilt nur für diese Sitzung und wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The key was saved in the system keychain.</source>
        <translation>Der Schlüssel wurde im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>Der Schlüssel gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <extracomment>%1 the provider, e.g. OpenAI</extracomment>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Remove the saved API key for %1 from the keychain?</source>
        <translation>Den gespeicherten API-Schlüssel für %1 aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>The key was not removed: %1</source>
        <translation>Der Schlüssel wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>No API key is known, so the offline composer writes; it needs no connection.</source>
        <translation>Es ist kein API-Schlüssel bekannt, daher schreibt der Offline-Texter; er braucht keine Verbindung.</translation>
    </message>
    <message>
        <source>The offline composer needs no connection.</source>
        <translation>Der Offline-Texter braucht keine Verbindung.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s base URL, e.g. %1</source>
        <translation>Geben Sie die Basis-URL des Servers ein, z. B. %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 the server&apos;s address</extracomment>
        <translation>Verbindung mit %1…</translation>
    </message>
    <message>
        <source>The server answered, but not with a list of models. Check the base URL (it usually ends in /v1).</source>
        <translation>Der Server hat geantwortet, aber nicht mit einer Modellliste. Prüfen Sie die Basis-URL (sie endet meist auf /v1).</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model.</source>
        <translation>
            <numerusform>Verbunden. Der Server bietet %n Modell an.</numerusform>
            <numerusform>Verbunden. Der Server bietet %n Modelle an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n models.</source>
        <translation>
            <numerusform>Verbunden. Der Server bietet %n Modell an.</numerusform>
            <numerusform>Verbunden. Der Server bietet %n Modelle an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model listed.</source>
        <translation>
            <numerusform>%n Modell aufgelistet.</numerusform>
            <numerusform>%n Modelle aufgelistet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models listed.</source>
        <translation>
            <numerusform>%n Modell aufgelistet.</numerusform>
            <numerusform>%n Modelle aufgelistet.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not among them.</source>
        <extracomment>%1 the model id set above</extracomment>
        <translation>„%1“ ist nicht darunter.</translation>
    </message>
</context>
<context>
    <name>reel::ui::ShotsModel</name>
    <message>
        <source>The shot must end after it starts.</source>
        <translation>Der Shot muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation>Beginn (s)</translation>
    </message>
    <message>
        <source>End (s)</source>
        <translation>Ende (s)</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Voice-over</source>
        <translation>Voice-over</translation>
    </message>
</context>
<context>
    <name>reel::ui::StatusPanel</name>
    <message>
        <source>Say why the script is rejected: the writer reads this.</source>
        <translation>Begründen Sie, warum das Skript abgelehnt wird: Wer es geschrieben hat, liest das.</translation>
    </message>
    <message>
        <source>Say why the script goes back: the writer reads this.</source>
        <translation>Begründen Sie, warum das Skript zurückgeht: Wer es geschrieben hat, liest das.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>a status change: %1 from, %2 to</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>who changed the status and when: %1 name, %2 date and time</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>No status changes yet.</source>
        <translation>Noch keine Statusänderungen.</translation>
    </message>
    <message>
        <source>Required: why this move?</source>
        <translation>Erforderlich: Warum diese Änderung?</translation>
    </message>
    <message>
        <source>Optional note for the team</source>
        <translation>Optionale Notiz für das Team</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Ändern in:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Your name, kept with the change (remembered for next time)</source>
        <translation>Ihr Name, wird mit der Änderung gespeichert (und für das nächste Mal gemerkt)</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Published scripts stay published.</source>
        <translation>Veröffentlichte Skripte bleiben veröffentlicht.</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
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
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected entries</source>
        <translation>Ausgewählte Einträge entfernen</translation>
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
        <translation>Den eingegebenen Eintrag hinzufügen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Remove the selected entries (Delete)</source>
        <translation>Die ausgewählten Einträge entfernen (Entf)</translation>
    </message>
    <message>
        <source>Double-click an entry to edit it</source>
        <translation>Doppelklicken Sie auf einen Eintrag, um ihn zu bearbeiten</translation>
    </message>
    <message>
        <source>An entry cannot be empty; use Remove to delete it.</source>
        <translation>Ein Eintrag darf nicht leer sein; zum Löschen „Entfernen“ verwenden.</translation>
    </message>
</context>
<context>
    <name>reel::ui::SummaryTiles</name>
    <message>
        <source>Scripts</source>
        <translation>Skripte</translation>
    </message>
    <message numerus="yes">
        <source>in %n week</source>
        <translation>
            <numerusform>in %n Woche</numerusform>
            <numerusform>in %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n weeks</source>
        <translation>
            <numerusform>in %n Woche</numerusform>
            <numerusform>über %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Model / offline composer</source>
        <extracomment>the number of scripts written by a model and by the offline composer, e.g. &quot;5 / 2&quot;</extracomment>
        <translation>Modell / Offline-Texter</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 written by a model</source>
        <translation>%1 von einem Modell geschrieben</translation>
    </message>
    <message>
        <source>Average generation time</source>
        <translation>Durchschnittliche Generierungszeit</translation>
    </message>
    <message>
        <source>Model scripts: %1</source>
        <translation>Modellskripte: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n script</source>
        <extracomment>%1 the scripts that failed, %n all scripts</extracomment>
        <translation>
            <numerusform>%1 von %n Skript</numerusform>
            <numerusform>%1 von %n Skripten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scripts</source>
        <translation>
            <numerusform>%1 von %n Skript</numerusform>
            <numerusform>%1 von %n Skripten</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed validation at first attempt</source>
        <translation>Prüfung im ersten Versuch nicht bestanden</translation>
    </message>
    <message>
        <source>Still failing after repair</source>
        <translation>Nach Nachbesserung weiterhin fehlerhaft</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Prompt %1 · completion %2</source>
        <translation>Eingabe %1 · Ausgabe %2</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <source>%1 per model script</source>
        <translation>%1 pro Modellskript</translation>
    </message>
    <message>
        <source>%1 up · %2 down</source>
        <translation>%1 Daumen hoch · %2 Daumen runter</translation>
    </message>
    <message>
        <source>%1 ★ average · %2</source>
        <extracomment>%1 the average stars, %2 the thumbs</extracomment>
        <translation>%1 ★ im Schnitt · %2</translation>
    </message>
    <message>
        <source>Rated scripts</source>
        <translation>Bewertete Skripte</translation>
    </message>
</context>
<context>
    <name>reel::ui::VariantView</name>
    <message>
        <source>Variant %1</source>
        <extracomment>title of a variant&apos;s tab; %1 its number</extracomment>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a variant&apos;s tab once written; %1 &quot;Variant 2&quot;, %2 its validation score (0–100)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — failed</source>
        <translation>%1 — fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 — stopped</source>
        <translation>%1 — gestoppt</translation>
    </message>
    <message>
        <source>Waiting for the first words…</source>
        <translation>Warten auf die ersten Wörter…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>Attempt %1: repairing %n problem…</source>
        <extracomment>%1 the attempt&apos;s number (2 = the first repair), %n the problems sent back to the model</extracomment>
        <translation>
            <numerusform>Versuch %1: %n Problem wird behoben…</numerusform>
            <numerusform>Versuch %1: %n Probleme werden behoben…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attempt %1: repairing %n problems…</source>
        <translation>
            <numerusform>Versuch %1: %n Problem wird behoben…</numerusform>
            <numerusform>Versuch %1: %n Probleme werden behoben…</numerusform>
        </translation>
    </message>
    <message>
        <source>no errors</source>
        <translation>keine Fehler</translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>no warnings</source>
        <translation>keine Warnungen</translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Score %1: %2, %3.</source>
        <extracomment>%1 the score (0–100), %2 &quot;no errors&quot; / &quot;2 errors&quot;, %3 &quot;1 warning&quot;</extracomment>
        <translation>Bewertung %1: %2, %3.</translation>
    </message>
    <message>
        <source>Repaired once.</source>
        <translation>Einmal nachgebessert.</translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n times.</source>
        <translation>
            <numerusform>%n-mal nachgebessert.</numerusform>
            <numerusform>%n-mal nachgebessert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in the workspace.</source>
        <translation>Im Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Stopped; nothing was saved.</source>
        <translation>Gestoppt; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>time a variant took, e.g. &quot;4.2 s&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 s</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Hook</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Hauptteil</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Handlungsaufforderung</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>Bildschirmtext</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>Shots</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>Text auf dem Vorschaubild</translation>
    </message>
    <message>
        <source>The script appears here, section by section, as it is written.</source>
        <translation>Das Skript erscheint hier Abschnitt für Abschnitt, während es geschrieben wird.</translation>
    </message>
    <message>
        <source>written instead of the model: %1</source>
        <extracomment>why the offline composer wrote a variant; %1 what went wrong with the model server</extracomment>
        <translation>anstelle des Modells geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>reel::ui::VersionDiffDialog</name>
    <message>
        <source>Version %1 · %2 · %3 · %4</source>
        <extracomment>a version in the compare list: %1 number, %2 kind, %3 author, %4 date and time</extracomment>
        <translation>Version %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (unverändert)</translation>
    </message>
    <message>
        <source>The same version is chosen on both sides.</source>
        <translation>Auf beiden Seiten ist dieselbe Version gewählt.</translation>
    </message>
    <message>
        <source>The two versions have the same text.</source>
        <translation>Die beiden Versionen haben denselben Text.</translation>
    </message>
    <message numerus="yes">
        <source>%n section differs.</source>
        <translation>
            <numerusform>%n Abschnitt unterscheidet sich.</numerusform>
            <numerusform>%n Abschnitte unterscheiden sich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sections differ.</source>
        <translation>
            <numerusform>%n Abschnitt unterscheidet sich.</numerusform>
            <numerusform>%n Abschnitte unterscheiden sich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Hook</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Hauptteil</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Handlungsaufforderung</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>Bildschirmtext</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>Text auf dem Vorschaubild</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <extracomment>%1 the script&apos;s title</extracomment>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>Compare Versions — %1</source>
        <translation>Versionen vergleichen — %1</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Ältere Version</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Neuere Version</translation>
    </message>
    <message>
        <source>%1, left version</source>
        <extracomment>%1 a section of the script, e.g. &quot;Hook&quot;</extracomment>
        <translation>%1, linke Version</translation>
    </message>
    <message>
        <source>%1, right version</source>
        <translation>%1, rechte Version</translation>
    </message>
</context>
<context>
    <name>reel::ui::VersionsPanel</name>
    <message>
        <source>%1 (current)</source>
        <extracomment>the version now in use, e.g. &quot;3 (current)&quot;</extracomment>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>%1, autosaved</source>
        <translation>%1, automatisch gespeichert</translation>
    </message>
    <message>
        <source>Make version %1 current again? It is saved as a new version %2; the versions in between stay in the history.</source>
        <extracomment>%1 the version to restore, %2 the number it will get</extracomment>
        <translation>Version %1 wieder zur aktuellen machen? Sie wird als neue Version %2 gespeichert; die Versionen dazwischen bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Could Not Restore the Version</source>
        <translation>Version konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Show two versions side by side with the changes marked</source>
        <translation>Zwei Versionen nebeneinander mit markierten Änderungen zeigen</translation>
    </message>
    <message>
        <source>Make the selected version current again (kept as a new version)</source>
        <translation>Die ausgewählte Version wieder zur aktuellen machen (als neue Version gespeichert)</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Im Editor öffnen</translation>
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
        <translation>Markieren Sie jede Tonalität, die zur Marke passt (Leertaste schaltet um)</translation>
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
