<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DocumentText</name>
    <message>
        <source>score %1, errors: %2, warnings: %3</source>
        <extracomment>the validation line of an exported script: the score out of 100, then the counts</extracomment>
        <translation>score %1, erreurs : %2, avertissements : %3</translation>
    </message>
</context>
<context>
    <name>WorkflowText</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Strong hook</source>
        <translation>Accroche forte</translation>
    </message>
    <message>
        <source>On brand</source>
        <translation>Fidèle à la marque</translation>
    </message>
    <message>
        <source>Clear call to action</source>
        <translation>Appel à l’action clair</translation>
    </message>
    <message>
        <source>Right length</source>
        <translation>Bonne durée</translation>
    </message>
    <message>
        <source>Fresh idea</source>
        <translation>Idée originale</translation>
    </message>
    <message>
        <source>Weak hook</source>
        <translation>Accroche faible</translation>
    </message>
    <message>
        <source>Off brand</source>
        <translation>Pas fidèle à la marque</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Trop long</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Trop court</translation>
    </message>
    <message>
        <source>Unclear call to action</source>
        <translation>Appel à l’action peu clair</translation>
    </message>
    <message>
        <source>Factual error</source>
        <translation>Erreur factuelle</translation>
    </message>
    <message>
        <source>Wrong tone</source>
        <translation>Mauvais ton</translation>
    </message>
</context>
<context>
    <name>WorkspaceInUse</name>
    <message>
        <source>Each workspace is open in one window at a time, so that two windows never save over each other&apos;s work. Switch to that window, or open another workspace.</source>
        <translation>Chaque espace de travail n’est ouvert que dans une seule fenêtre à la fois, afin que deux fenêtres n’écrasent jamais le travail l’une de l’autre. Passez à cette fenêtre ou ouvrez un autre espace de travail.</translation>
    </message>
    <message>
        <source>Open Another Workspace…</source>
        <translation>Ouvrir un autre espace de travail…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
</context>
<context>
    <name>reel::ui::AnalyticsCharts</name>
    <message>
        <source>Scripts per week</source>
        <translation>Scripts par semaine</translation>
    </message>
    <message>
        <source>Tokens and cost per month</source>
        <translation>Jetons et coût par mois</translation>
    </message>
    <message>
        <source>Offline composer and models</source>
        <translation>Rédacteur hors ligne et modèles</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Top sectors</source>
        <translation>Principaux secteurs</translation>
    </message>
    <message>
        <source>Top hook types</source>
        <translation>Principaux types d’accroche</translation>
    </message>
    <message>
        <source>Cost per brand</source>
        <translation>Coût par marque</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2 : %3</translation>
    </message>
    <message>
        <source>Average generation time (s)</source>
        <translation>Temps de génération moyen (s)</translation>
    </message>
    <message>
        <source>No scripts in this period.</source>
        <translation>Aucun script pendant cette période.</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Scripts</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>date format of the weekly chart&apos;s axis over a long period (Qt date format)</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>No model tokens were used in this period. The offline composer costs nothing.</source>
        <translation>Aucun jeton de modèle n’a été utilisé pendant cette période. Le rédacteur hors ligne ne coûte rien.</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Jetons d’entrée</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Jetons de sortie</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Coût (USD)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a slice of the provider chart: %1 the provider, %2 its scripts</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No script in this period has been rated yet.</source>
        <translation>Aucun script de cette période n’a encore été évalué.</translation>
    </message>
    <message>
        <source>%1★</source>
        <extracomment>a bar of the ratings chart: ratings with %1 stars</extracomment>
        <translation>%1★</translation>
    </message>
    <message>
        <source>Up</source>
        <extracomment>a bar of the ratings chart: thumbs up</extracomment>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Down</source>
        <extracomment>a bar of the ratings chart: thumbs down</extracomment>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Étoiles</translation>
    </message>
    <message>
        <source>Thumbs</source>
        <translation>Pouces</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>(no brand)</source>
        <translation>(sans marque)</translation>
    </message>
    <message>
        <source>Prompt %1 · completion %2</source>
        <translation>Entrée %1 · sortie %2</translation>
    </message>
</context>
<context>
    <name>reel::ui::AnalyticsFilterBar</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Marque :</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>First script</source>
        <extracomment>shown in the &quot;From&quot; date field when the period starts with the first script</extracomment>
        <translation>Premier script</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>date format of the period fields (Qt date format)
----------
date format of the period in the copied summary (Qt date format)</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>Toutes les marques</translation>
    </message>
    <message>
        <source>The period whose scripts are counted</source>
        <translation>La période dont les scripts sont comptés</translation>
    </message>
    <message>
        <source>Count the scripts of one brand only</source>
        <translation>Compter les scripts d’une seule marque</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>a period: %1 first day, %2 last day</extracomment>
        <translation>jusqu’au %1</translation>
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
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the summary figures as text</source>
        <translation>Copier les chiffres du résumé sous forme de texte</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Write every figure of this period to a CSV file</source>
        <translation>Écrire tous les chiffres de cette période dans un fichier CSV</translation>
    </message>
    <message>
        <source>Analytics figures</source>
        <translation>Chiffres statistiques</translation>
    </message>
    <message>
        <source>The figures could not be computed.</source>
        <translation>Impossible de calculer les chiffres.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Counting the scripts…</source>
        <translation>Décompte des scripts…</translation>
    </message>
    <message>
        <source>No scripts yet. Scripts you generate are counted here: how many, what they cost and how they were rated.</source>
        <translation>Aucun script pour l’instant. Les scripts que vous générez sont comptés ici : leur nombre, leur coût et leurs évaluations.</translation>
    </message>
    <message>
        <source>No script was created in this period.</source>
        <translation>Aucun script n’a été créé pendant cette période.</translation>
    </message>
    <message>
        <source>No script of %1 was created in this period.</source>
        <translation>Aucun script de %1 n’a été créé pendant cette période.</translation>
    </message>
    <message>
        <source>Choose a longer period or another brand.</source>
        <translation>Choisissez une période plus longue ou une autre marque.</translation>
    </message>
    <message>
        <source>Export Analytics</source>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>Le fichier n’a pas été écrit.</translation>
    </message>
    <message>
        <source>Exported the figures to %1.</source>
        <translation>Chiffres exportés vers %1.</translation>
    </message>
    <message>
        <source>Copied the summary to the clipboard.</source>
        <translation>Résumé copié dans le presse-papiers.</translation>
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
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>MMM d</source>
        <extracomment>date format of a week on the chart&apos;s axis (Qt date format: MMM = month name, d = day)</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>date format of a month on the chart&apos;s axis (Qt date format: MMM = month name, yyyy = year)</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>Reel Studio analytics: %1</source>
        <extracomment>heading of the copied summary; %1 the period and brand</extracomment>
        <translation>Statistiques Reel Studio : %1</translation>
    </message>
    <message>
        <source>Scripts: %1</source>
        <translation>Scripts : %1</translation>
    </message>
    <message>
        <source>Written by a model: %1</source>
        <translation>Écrits par un modèle : %1</translation>
    </message>
    <message>
        <source>Written by the offline composer: %1</source>
        <translation>Écrits par le rédacteur hors ligne : %1</translation>
    </message>
    <message>
        <source>Average generation time: %1</source>
        <translation>Temps de génération moyen : %1</translation>
    </message>
    <message>
        <source>Average generation time of model scripts: %1</source>
        <translation>Temps de génération moyen des scripts de modèle : %1</translation>
    </message>
    <message>
        <source>Failed validation at the first attempt: %1 (%2)</source>
        <translation>Échec de la validation à la première tentative : %1 (%2)</translation>
    </message>
    <message>
        <source>Still failing after repair: %1 (%2)</source>
        <translation>Toujours en échec après correction : %1 (%2)</translation>
    </message>
    <message>
        <source>Tokens: %1 (prompt %2, completion %3)</source>
        <translation>Jetons : %1 (entrée %2, sortie %3)</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Coût : %1</translation>
    </message>
    <message>
        <source>Rated scripts: %1</source>
        <translation>Scripts évalués : %1</translation>
    </message>
    <message>
        <source>Average stars: %1</source>
        <translation>Moyenne des étoiles : %1</translation>
    </message>
    <message>
        <source>Thumbs up: %1, thumbs down: %2</source>
        <translation>Pouces levés : %1, pouces baissés : %2</translation>
    </message>
    <message>
        <source>Cost per brand:</source>
        <translation>Coût par marque :</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n script, %2 tokens, %3</source>
        <extracomment>one line of the cost per brand: %1 brand, %n scripts, %2 tokens, %3 cost</extracomment>
        <translation>
            <numerusform>%1 : %n script, %2 jetons, %3</numerusform>
            <numerusform>%1 : %n scripts, %2 jetons, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n scripts, %2 tokens, %3</source>
        <translation>
            <numerusform>%1 : %n script, %2 jetons, %3</numerusform>
            <numerusform>%1 : %n scripts, %2 jetons, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>(no brand)</source>
        <translation>(sans marque)</translation>
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
        <translation>Finance</translation>
    </message>
    <message>
        <source>Fashion</source>
        <comment>sector</comment>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Beauty</source>
        <comment>sector</comment>
        <translation>Beauté</translation>
    </message>
    <message>
        <source>Productivity</source>
        <comment>sector</comment>
        <translation>Productivité</translation>
    </message>
    <message>
        <source>Pets</source>
        <comment>sector</comment>
        <translation>Animaux de compagnie</translation>
    </message>
    <message>
        <source>Education</source>
        <comment>sector</comment>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Wellness</source>
        <comment>sector</comment>
        <translation>Bien-être</translation>
    </message>
    <message>
        <source>Technology</source>
        <comment>sector</comment>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Food</source>
        <comment>sector</comment>
        <translation>Alimentation</translation>
    </message>
    <message>
        <source>Travel</source>
        <comment>sector</comment>
        <translation>Voyage</translation>
    </message>
    <message>
        <source>Real estate</source>
        <comment>sector</comment>
        <translation>Immobilier</translation>
    </message>
    <message>
        <source>Question</source>
        <comment>hook type</comment>
        <translation>Question</translation>
    </message>
    <message>
        <source>Bold claim</source>
        <comment>hook type</comment>
        <translation>Affirmation audacieuse</translation>
    </message>
    <message>
        <source>Relatable</source>
        <comment>hook type</comment>
        <translation>Proche du public</translation>
    </message>
    <message>
        <source>Shocking</source>
        <comment>hook type</comment>
        <translation>Choquant</translation>
    </message>
    <message>
        <source>Curiosity</source>
        <comment>hook type</comment>
        <translation>Curiosité</translation>
    </message>
    <message>
        <source>Statistic</source>
        <comment>hook type</comment>
        <translation>Statistique</translation>
    </message>
    <message>
        <source>Story</source>
        <comment>hook type</comment>
        <translation>Histoire</translation>
    </message>
    <message>
        <source>Excitement</source>
        <comment>emotion</comment>
        <translation>Enthousiasme</translation>
    </message>
    <message>
        <source>Curiosity</source>
        <comment>emotion</comment>
        <translation>Curiosité</translation>
    </message>
    <message>
        <source>Urgency</source>
        <comment>emotion</comment>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Inspiration</source>
        <comment>emotion</comment>
        <translation>Inspiration</translation>
    </message>
    <message>
        <source>Fear</source>
        <comment>emotion</comment>
        <translation>Peur</translation>
    </message>
    <message>
        <source>Joy</source>
        <comment>emotion</comment>
        <translation>Joie</translation>
    </message>
    <message>
        <source>Surprise</source>
        <comment>emotion</comment>
        <translation>Surprise</translation>
    </message>
    <message>
        <source>Frustration</source>
        <comment>emotion</comment>
        <translation>Frustration</translation>
    </message>
    <message>
        <source>Awareness</source>
        <comment>goal</comment>
        <translation>Notoriété</translation>
    </message>
    <message>
        <source>Engagement</source>
        <comment>goal</comment>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Conversion</source>
        <comment>goal</comment>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Lead generation</source>
        <comment>goal</comment>
        <translation>Génération de prospects</translation>
    </message>
    <message>
        <source>Community</source>
        <comment>goal</comment>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Education</source>
        <comment>goal</comment>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Product launch</source>
        <comment>goal</comment>
        <translation>Lancement de produit</translation>
    </message>
    <message>
        <source>Direct</source>
        <comment>CTA style</comment>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Soft</source>
        <comment>CTA style</comment>
        <translation>Doux</translation>
    </message>
    <message>
        <source>Question</source>
        <comment>CTA style</comment>
        <translation>Question</translation>
    </message>
    <message>
        <source>Command</source>
        <comment>CTA style</comment>
        <translation>Impératif</translation>
    </message>
    <message>
        <source>Professional</source>
        <comment>brand voice</comment>
        <translation>Professionnelle</translation>
    </message>
    <message>
        <source>Friendly</source>
        <comment>brand voice</comment>
        <translation>Amicale</translation>
    </message>
    <message>
        <source>Energetic</source>
        <comment>brand voice</comment>
        <translation>Énergique</translation>
    </message>
    <message>
        <source>Motivational</source>
        <comment>brand voice</comment>
        <translation>Motivante</translation>
    </message>
    <message>
        <source>Authentic</source>
        <comment>brand voice</comment>
        <translation>Authentique</translation>
    </message>
    <message>
        <source>Casual</source>
        <comment>brand voice</comment>
        <translation>Décontractée</translation>
    </message>
    <message>
        <source>Humorous</source>
        <comment>brand voice</comment>
        <translation>Humoristique</translation>
    </message>
    <message>
        <source>Authoritative</source>
        <comment>brand voice</comment>
        <translation>Qui fait autorité</translation>
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
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Do you want to save your changes?</source>
        <translation>Voulez-vous enregistrer vos modifications ?</translation>
    </message>
</context>
<context>
    <name>reel::ui::DocumentText</name>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Généré par</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Accroche</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>CTA</source>
        <translation>Appel à l’action</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>Texte à l’écran</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>Visuel</translation>
    </message>
    <message>
        <source>Voice-over</source>
        <translation>Voix off</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>Texte de la miniature</translation>
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
        <translation>Durée parlée</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Accroche</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>CTA</source>
        <extracomment>The call to action section of a script</extracomment>
        <translation>CTA</translation>
    </message>
    <message>
        <source>Total spoken length</source>
        <translation>Durée parlée totale</translation>
    </message>
    <message>
        <source>Hook length</source>
        <translation>Durée de l’accroche</translation>
    </message>
    <message>
        <source>Body length</source>
        <translation>Durée du corps</translation>
    </message>
    <message>
        <source>CTA length</source>
        <translation>Durée du CTA</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 the estimated duration, %2 the Reel&apos;s length, e.g. &quot;24.8 s / 30 s&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>About %1 to say; the Reel is %2 long.</source>
        <extracomment>%1 the estimated duration, %2 the Reel&apos;s length</extracomment>
        <translation>Environ %1 de texte parlé ; le Reel dure %2.</translation>
    </message>
    <message>
        <source>Fits between %1 and %2 (±%3 %)</source>
        <extracomment>%1 and %2 the range that fits the Reel, %3 the tolerance in percent</extracomment>
        <translation>Convient entre %1 et %2 (±%3 %)</translation>
    </message>
    <message>
        <source>The hook should land within %1.</source>
        <translation>L’accroche doit tenir en %1.</translation>
    </message>
</context>
<context>
    <name>reel::ui::ErrorText</name>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>vrai ou faux</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>une liste de textes</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>rien (null)</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2): %3</source>
        <extracomment>%1 line, %2 column, %3 the JSON parser&apos;s own message (English)</extracomment>
        <translation>Le fichier n’est pas un JSON valide (ligne %1, colonne %2) : %3</translation>
    </message>
    <message>
        <source>This field is missing.</source>
        <translation>Ce champ est absent.</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <extracomment>%1 expected kind of value, %2 the kind found, e.g. &quot;Expected a list, found text.&quot;</extracomment>
        <translation>Attendu : %1 ; trouvé : %2.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Use at most %1 characters (now %2).</source>
        <translation>Utilisez au plus %1 caractères (actuellement %2).</translation>
    </message>
    <message>
        <source>Use at most %1 entries (now %2).</source>
        <translation>Utilisez au plus %1 entrées (actuellement %2).</translation>
    </message>
    <message>
        <source>Must be between %1 and %2 seconds (now %3).</source>
        <translation>Doit être compris entre %1 et %2 secondes (actuellement %3).</translation>
    </message>
    <message>
        <source>Must be between %1 and %2 (now %3).</source>
        <translation>Doit être compris entre %1 et %2 (actuellement %3).</translation>
    </message>
    <message>
        <source>“%1” is not allowed here; use one of: %2.</source>
        <extracomment>%1 the value found, %2 the allowed values separated by commas</extracomment>
        <translation>« %1 » n’est pas autorisé ici ; utilisez l’une de ces valeurs : %2.</translation>
    </message>
    <message>
        <source>Must come after %1 (%2), but is %3.</source>
        <extracomment>%1 the other field, %2 its value, %3 this field&apos;s value</extracomment>
        <translation>Doit venir après %1 (%2), mais vaut %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the location in the file (e.g. brand_profile.sector), %2 what is wrong there</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(whole file)</source>
        <translation>(fichier entier)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <extracomment>%1 file path, %2 the reason given by the system</extracomment>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>%1 uses format version %2, but this version of Reel Studio reads up to version %3. Update Reel Studio to open it.</source>
        <extracomment>%1 what was read (e.g. a file name), %2 its format version, %3 the newest version this build reads</extracomment>
        <translation>%1 utilise la version de format %2, mais cette version de Reel Studio lit jusqu’à la version %3. Mettez à jour Reel Studio pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The workspace folder “%1” cannot be used: %2</source>
        <translation>Le dossier d’espace de travail « %1 » est inutilisable : %2</translation>
    </message>
    <message>
        <source>The workspace “%1” was written by a newer Reel Studio (schema version %2; this version knows up to %3). It was left untouched. Update Reel Studio to open it.</source>
        <translation>L’espace de travail « %1 » a été écrit par une version plus récente de Reel Studio (version de schéma %2 ; cette version connaît jusqu’à la %3). Il n’a pas été modifié. Mettez à jour Reel Studio pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The workspace database “%1” is damaged (%2). It was left untouched. Restore it from a backup or choose another workspace.</source>
        <translation>La base de données de l’espace de travail « %1 » est endommagée (%2). Elle n’a pas été modifiée. Restaurez-la depuis une sauvegarde ou choisissez un autre espace de travail.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Reel Studio workspace. It was left untouched.</source>
        <translation>« %1 » est une base de données SQLite, mais pas un espace de travail Reel Studio. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be upgraded to schema version %2 (%3). Nothing was changed.</source>
        <translation>L’espace de travail « %1 » n’a pas pu être mis à niveau vers la version de schéma %2 (%3). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>A database error occurred while %1: %2</source>
        <extracomment>%1 what the app was doing (English, from the database layer), %2 the database&apos;s message</extracomment>
        <translation>Une erreur de base de données s’est produite (%1) : %2</translation>
    </message>
    <message>
        <source>Could not find %1 “%2”. It may have been deleted.</source>
        <extracomment>%1 the kind of thing (English), %2 its name or number</extracomment>
        <translation>Impossible de trouver %1 « %2 ». Cet élément a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>A brand profile named “%1” already exists.</source>
        <translation>Un profil de marque nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>This entry is empty.</source>
        <translation>Cette entrée est vide.</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>The example library already holds this script (example %1).</source>
        <extracomment>%1 the number of the example that already holds the same text</extracomment>
        <translation>La bibliothèque d’exemples contient déjà ce script (exemple %1).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The model server did not accept the connection in time. Check the base URL and that the server is running.</source>
        <translation>Le serveur du modèle n’a pas accepté la connexion à temps. Vérifiez l’URL de base et que le serveur est lancé.</translation>
    </message>
    <message>
        <source>The model server stopped sending data. It may be overloaded; try again.</source>
        <translation>Le serveur du modèle a cessé d’envoyer des données. Il est peut-être surchargé ; réessayez.</translation>
    </message>
    <message>
        <source>The model server took longer than the time allowed for a whole answer.</source>
        <translation>Le serveur du modèle a dépassé le temps accordé pour une réponse complète.</translation>
    </message>
    <message>
        <source>The model server cannot be reached. Check the base URL and your connection.</source>
        <translation>Le serveur du modèle est injoignable. Vérifiez l’URL de base et votre connexion.</translation>
    </message>
    <message>
        <source>The model server failed several times in a row; requests are paused for a moment.</source>
        <translation>Le serveur du modèle a échoué plusieurs fois de suite ; les requêtes sont suspendues un instant.</translation>
    </message>
    <message>
        <source>The model refused the request.</source>
        <translation>Le modèle a refusé la requête.</translation>
    </message>
    <message>
        <source>The answer was cut off at the model&apos;s length limit.</source>
        <translation>La réponse a été coupée à la limite de longueur du modèle.</translation>
    </message>
    <message>
        <source>The answer was stopped by the provider&apos;s content filter.</source>
        <translation>La réponse a été arrêtée par le filtre de contenu du fournisseur.</translation>
    </message>
    <message>
        <source>The model server sent an answer that cannot be read.</source>
        <translation>Le serveur du modèle a envoyé une réponse illisible.</translation>
    </message>
    <message>
        <source>The model server rejected the API key. Check your key in Settings.</source>
        <translation>Le serveur du modèle a refusé la clé d’API. Vérifiez votre clé dans les Paramètres.</translation>
    </message>
    <message>
        <source>The API key is not allowed to use this model or endpoint.</source>
        <translation>La clé d’API n’a pas accès à ce modèle ou à ce point d’accès.</translation>
    </message>
    <message>
        <source>The model or endpoint does not exist on this server. Check the model name and base URL.</source>
        <translation>Le modèle ou le point d’accès n’existe pas sur ce serveur. Vérifiez le nom du modèle et l’URL de base.</translation>
    </message>
    <message>
        <source>The account has no quota left. Check your plan and billing.</source>
        <translation>Le compte n’a plus de quota. Vérifiez votre forfait et la facturation.</translation>
    </message>
    <message>
        <source>The model server&apos;s rate limit was reached. Wait a moment and try again.</source>
        <translation>La limite de débit du serveur du modèle est atteinte. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>The model server had an internal error (HTTP %1).</source>
        <translation>Le serveur du modèle a rencontré une erreur interne (HTTP %1).</translation>
    </message>
    <message>
        <source>The model server answered with an error (HTTP %1).</source>
        <translation>Le serveur du modèle a répondu par une erreur (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <extracomment>%1 the sentence above, %2 the server&apos;s own message (usually English)</extracomment>
        <translation>%1 Le serveur a répondu : %2</translation>
    </message>
    <message>
        <source>(Request id: %1)</source>
        <translation>(Identifiant de requête : %1)</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <extracomment>%1 what was cancelled (English, e.g. &quot;index rebuild&quot;)</extracomment>
        <translation>Annulé : %1.</translation>
    </message>
    <message>
        <source>A script that is “%1” cannot be moved to “%2”.</source>
        <extracomment>%1 the script&apos;s status, %2 the status asked for (both translated)</extracomment>
        <translation>Un script « %1 » ne peut pas passer à « %2 ».</translation>
    </message>
    <message>
        <source>The file nests lists and objects more than %3 levels deep (line %1, column %2). Reel Studio reads files nested at most %3 levels deep.</source>
        <extracomment>%1 line, %2 column, %3 the most levels of nested lists and objects Reel Studio reads</extracomment>
        <translation>Le fichier imbrique des listes et des objets sur plus de %3 niveaux (ligne %1, colonne %2). Reel Studio lit les fichiers comportant au plus %3 niveaux d’imbrication.</translation>
    </message>
    <message>
        <source>This is larger than %1, the limit (found %2).</source>
        <extracomment>%1 the size limit (e.g. &quot;16 MiB&quot;), %2 the size found</extracomment>
        <translation>Cela dépasse la limite de %1 (taille trouvée : %2).</translation>
    </message>
    <message>
        <source>This name is not one Reel Studio knows. Known names: %1.</source>
        <extracomment>%1 the names this version knows, separated by commas</extracomment>
        <translation>Ce nom n’est pas connu de Reel Studio. Noms connus : %1.</translation>
    </message>
    <message>
        <source>The model server&apos;s answer was larger than Reel Studio accepts (32 MiB) and was dropped.</source>
        <translation>La réponse du serveur du modèle dépassait la taille acceptée par Reel Studio (32 Mio) et a été ignorée.</translation>
    </message>
    <message>
        <source>The model server redirected the request to another address. Reel Studio does not follow such redirects, so that your API key only goes to the server you chose. Set the new address as the base URL in Settings if you trust it.</source>
        <translation>Le serveur du modèle a redirigé la requête vers une autre adresse. Reel Studio ne suit pas ces redirections, afin que votre clé d’API ne soit envoyée qu’au serveur que vous avez choisi. Si vous faites confiance à la nouvelle adresse, définissez-la comme URL de base dans les Paramètres.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2, the most Reel Studio reads for this kind of file (found %3). Nothing was changed.</source>
        <extracomment>%1 file name, %2 the size limit (e.g. &quot;128 MiB&quot;), %3 the size found (English, e.g. &quot;200 MiB&quot;)</extracomment>
        <translation>« %1 » dépasse %2, la taille maximale que Reel Studio lit pour ce type de fichier (taille trouvée : %3). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“%1” is empty. Nothing was changed.</source>
        <translation>« %1 » est vide. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“%1” is not a text file (binary data at byte %2). Nothing was changed.</source>
        <extracomment>%1 file name, %2 byte offset</extracomment>
        <translation>« %1 » n’est pas un fichier texte (données binaires à l’octet %2). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text (an invalid byte sequence at byte %2). Save it as UTF-8 and try again. Nothing was changed.</source>
        <extracomment>%1 file name, %2 byte offset</extracomment>
        <translation>« %1 » n’est pas du texte UTF-8 (séquence d’octets non valide à l’octet %2). Enregistrez-le en UTF-8 et réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The workspace “%1” is already open in another Reel Studio window (process %2 on %3).</source>
        <extracomment>%1 workspace folder, %2 process id, %3 computer name</extracomment>
        <translation>L’espace de travail « %1 » est déjà ouvert dans une autre fenêtre de Reel Studio (processus %2 sur %3).</translation>
    </message>
    <message>
        <source>Nothing was written: these files already exist in “%1”: %2.</source>
        <extracomment>%1 a folder, %2 file names separated by commas</extracomment>
        <translation>Rien n’a été écrit : ces fichiers existent déjà dans « %1 » : %2.</translation>
    </message>
    <message>
        <source>“%1” is not one hashtag: use letters, digits and _ after #, with no spaces.</source>
        <extracomment>%1 the value typed</extracomment>
        <translation>« %1 » n’est pas un seul hashtag : utilisez des lettres, des chiffres et _ après #, sans espaces.</translation>
    </message>
    <message>
        <source>“%1” is not an age range: write it like 25-40 or 55+, with ages from %2 to %3 and the first not above the second.</source>
        <extracomment>%1 the value typed, %2 the lowest age, %3 the highest age</extracomment>
        <translation>« %1 » n’est pas une tranche d’âge : écrivez-la comme 25-40 ou 55+, avec des âges de %2 à %3, le premier ne dépassant pas le second.</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleChecks</name>
    <message>
        <source>%1: %2</source>
        <extracomment>a finding in the checks list: %1 the section (Hook, Body…), %2 what is wrong</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Checks against the platform&apos;s rules, as the Script Editor makes them. They help you judge the example; they do not stop you saving it.</source>
        <translation>Vérifications selon les règles de la plateforme, comme dans l’éditeur de scripts. Elles vous aident à juger l’exemple ; elles n’empêchent pas de l’enregistrer.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
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
        <translation>La recherche de quasi-doublons a pris trop de temps et a été ignorée.</translation>
    </message>
    <message>
        <source>New Example</source>
        <translation>Nouvel exemple</translation>
    </message>
    <message>
        <source>Edit Example %1</source>
        <translation>Modifier l’exemple %1</translation>
    </message>
    <message>
        <source>&amp;Hook</source>
        <translation>&amp;Accroche</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>C&amp;orps</translation>
    </message>
    <message>
        <source>&amp;Call to action</source>
        <translation>&amp;Appel à l’action</translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation>Lége&amp;nde</translation>
    </message>
    <message>
        <source>Hash&amp;tags</source>
        <translation>Hash&amp;tags</translation>
    </message>
    <message>
        <source>#brand #topic, separated by spaces</source>
        <translation>#marque #sujet, séparés par des espaces</translation>
    </message>
    <message>
        <source>The first words: what stops the scroll</source>
        <translation>Les premiers mots : ce qui arrête le défilement</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <source>Hoo&amp;k type:</source>
        <translation>&amp;Type d’accroche :</translation>
    </message>
    <message>
        <source>&amp;Emotion:</source>
        <translation>É&amp;motion :</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>O&amp;bjectif :</translation>
    </message>
    <message>
        <source>CTA st&amp;yle:</source>
        <translation>Style de &amp;CTA :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origine :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How the Reel did (optional)</source>
        <translation>Résultats du Reel (facultatif)</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>an engagement figure that is not known</extracomment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>a form label, e.g. &quot;Views:&quot;</extracomment>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Not set</source>
        <extracomment>no CTA style chosen for the example</extracomment>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the example to the library</source>
        <translation>Enregistrer l’exemple dans la bibliothèque</translation>
    </message>
    <message>
        <source>Fill in the marked fields to save the example.</source>
        <translation>Remplissez les champs signalés pour enregistrer l’exemple.</translation>
    </message>
    <message>
        <source>Could Not Save the Example</source>
        <translation>Impossible d’enregistrer l’exemple</translation>
    </message>
    <message>
        <source>This script is already in the library as example %1: “%2”. Change the hook, body or CTA, or cancel.</source>
        <extracomment>%1 the number of the example holding the same script, %2 its hook</extracomment>
        <translation>Ce script est déjà dans la bibliothèque, exemple %1 : « %2 ». Modifiez l’accroche, le corps ou le CTA, ou annulez.</translation>
    </message>
    <message>
        <source>The near-duplicate check was skipped: the search index is not ready (%1).</source>
        <translation>La recherche de quasi-doublons a été ignorée : l’index de recherche n’est pas prêt (%1).</translation>
    </message>
    <message>
        <source>This script is nearly the same as example %1 (%2 % alike): “%3”.</source>
        <extracomment>%1 example number, %2 similarity in percent, %3 that example&apos;s hook</extracomment>
        <translation>Ce script est presque identique à l’exemple %1 (similaire à %2 %) : « %3 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n more example is nearly the same too.</source>
        <translation>
            <numerusform>%n autre exemple est aussi presque identique.</numerusform>
            <numerusform>%n autres exemples sont aussi presque identiques.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more examples are nearly the same too.</source>
        <translation>
            <numerusform>%n autre exemple est aussi presque identique.</numerusform>
            <numerusform>%n autres exemples sont aussi presque identiques.</numerusform>
        </translation>
    </message>
    <message>
        <source>Near-identical examples make retrieval less varied. Save it anyway?</source>
        <translation>Des exemples presque identiques rendent la recherche moins variée. L’enregistrer quand même ?</translation>
    </message>
    <message>
        <source>Nearly the Same Example</source>
        <translation>Exemple presque identique</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Added example %1.</source>
        <translation>Exemple %1 ajouté.</translation>
    </message>
    <message>
        <source>Saved example %1.</source>
        <translation>Exemple %1 enregistré.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The new example has not been saved.</source>
        <translation>Le nouvel exemple n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Example %1 has unsaved changes.</source>
        <translation>L’exemple %1 a des modifications non enregistrées.</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleFilterBar</name>
    <message numerus="yes">
        <source>%1 of %n example</source>
        <extracomment>%1 examples shown, of %n in the library (the plural follows %n)</extracomment>
        <translation>
            <numerusform>%1 sur %n exemple</numerusform>
            <numerusform>%1 sur %n exemples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n examples</source>
        <translation>
            <numerusform>%1 sur %n exemple</numerusform>
            <numerusform>%1 sur %n exemples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example</source>
        <translation>
            <numerusform>%n exemple</numerusform>
            <numerusform>%n exemples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n examples</source>
        <translation>
            <numerusform>%n exemple</numerusform>
            <numerusform>%n exemples</numerusform>
        </translation>
    </message>
    <message>
        <source>Search hooks, bodies, CTAs, captions and hashtags (Ctrl+F)</source>
        <translation>Rechercher dans les accroches, corps, CTA, légendes et hashtags (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search examples</source>
        <translation>Rechercher des exemples</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Filtre de langue</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>Filtre de secteur</translation>
    </message>
    <message>
        <source>Hook type filter</source>
        <translation>Filtre de type d’accroche</translation>
    </message>
    <message>
        <source>Emotion filter</source>
        <translation>Filtre d’émotion</translation>
    </message>
    <message>
        <source>Goal filter</source>
        <translation>Filtre d’objectif</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtre d’origine</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every example again</source>
        <translation>Afficher à nouveau tous les exemples</translation>
    </message>
    <message>
        <source>Examples shown</source>
        <translation>Exemples affichés</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>All hook types</source>
        <translation>Tous les types d’accroche</translation>
    </message>
    <message>
        <source>All emotions</source>
        <translation>Toutes les émotions</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Tous les objectifs</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les origines</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExamplePicksModel</name>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>hook type</source>
        <translation>type d’accroche</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>émotion</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>Closest in wording</source>
        <translation>Le plus proche par la formulation</translation>
    </message>
    <message>
        <source>Matches on %1</source>
        <extracomment>%1 the request&apos;s filters the example matches, e.g. &quot;language, sector and hook type&quot;</extracomment>
        <translation>Correspond par : %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>similarity of an example to the request, as a percentage</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Pinned; not among the matches for this request</source>
        <translation>Épinglé ; ne fait pas partie des correspondances de cette demande</translation>
    </message>
    <message>
        <source>Pinned examples are always sent to the model</source>
        <translation>Les exemples épinglés sont toujours envoyés au modèle</translation>
    </message>
    <message>
        <source>Excluded examples are never sent to the model</source>
        <translation>Les exemples exclus ne sont jamais envoyés au modèle</translation>
    </message>
    <message>
        <source>Excluded: not sent.</source>
        <translation>Exclu : non envoyé.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Non envoyé.</translation>
    </message>
    <message>
        <source>How close the example&apos;s wording is to the request</source>
        <translation>Degré de proximité entre la formulation de l’exemple et la demande</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglé</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Non épinglé</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <source>Not excluded</source>
        <translation>Non exclu</translation>
    </message>
    <message>
        <source>Always send this example to the model</source>
        <translation>Toujours envoyer cet exemple au modèle</translation>
    </message>
    <message>
        <source>Never send this example to the model</source>
        <translation>Ne jamais envoyer cet exemple au modèle</translation>
    </message>
    <message>
        <source>Pin</source>
        <extracomment>column header: the example is always sent</extracomment>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Exclude</source>
        <extracomment>column header: the example is never sent</extracomment>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Accroche</translation>
    </message>
    <message>
        <source>Sector · hook type · emotion · language</source>
        <translation>Secteur · type d’accroche · émotion · langue</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <source>Why chosen</source>
        <translation>Pourquoi choisi</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleTableModel</name>
    <message>
        <source>0–100: how complete the script is and, when known, how well the Reel did</source>
        <translation>0–100 : le degré d’achèvement du script et, s’ils sont connus, les résultats du Reel</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Cliquez pour trier selon cette colonne</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Cette colonne ne peut pas être triée</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Accroche</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation>Type d’accroche</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié le</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleText</name>
    <message>
        <source>Bundled</source>
        <extracomment>where an example came from: shipped with the app</extracomment>
        <translation>Fourni</translation>
    </message>
    <message>
        <source>Added by you</source>
        <extracomment>where an example came from: written by the user in the app</extracomment>
        <translation>Ajouté par vous</translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>where an example came from: read from a CSV/JSON file</extracomment>
        <translation>Importé</translation>
    </message>
    <message>
        <source>From your scripts</source>
        <extracomment>where an example came from: one of the user&apos;s own scripts, kept as an example</extracomment>
        <translation>De vos scripts</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(toute la ligne)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation>Type d’accroche</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>CTA style</source>
        <translation>Style de CTA</translation>
    </message>
    <message>
        <source>Length (seconds)</source>
        <translation>Durée (secondes)</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Accroche</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>CTA</source>
        <translation>CTA</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Partages</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Pas encore chargé</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Out of date</source>
        <extracomment>the search index does not yet include the latest changes of the library</extracomment>
        <translation>Pas à jour</translation>
    </message>
    <message>
        <source>Rebuilding…</source>
        <translation>Reconstruction…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Lexical (offline, %1 dimensions)</source>
        <extracomment>%1 the number of dimensions of the vectors, e.g. 512</extracomment>
        <translation>Lexical (hors ligne, %1 dimensions)</translation>
    </message>
    <message>
        <source>OpenAI-compatible: %1</source>
        <extracomment>%1 the embedding model&apos;s name (its vector size is not known yet)</extracomment>
        <translation>Compatible OpenAI : %1</translation>
    </message>
    <message>
        <source>OpenAI-compatible: %1 (%2 dimensions)</source>
        <extracomment>%1 the embedding model&apos;s name, %2 the number of dimensions</extracomment>
        <translation>Compatible OpenAI : %1 (%2 dimensions)</translation>
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
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Example Library</source>
        <translation>Bibliothèque d’exemples</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip with its keyboard shortcut, e.g. &quot;Add an example (Ctrl+N)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Example…</source>
        <translation>&amp;Nouvel exemple…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Add an example to the library</source>
        <translation>Ajouter un exemple à la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Edit Example…</source>
        <translation>&amp;Modifier l’exemple…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit the selected example (Enter)</source>
        <translation>Modifier l’exemple sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>De&amp;lete Examples</source>
        <translation>&amp;Supprimer les exemples</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected examples</source>
        <translation>Supprimer les exemples sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Import Examples…</source>
        <translation>&amp;Importer des exemples…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import examples from a CSV, JSON or JSON Lines file</source>
        <translation>Importer des exemples depuis un fichier CSV, JSON ou JSON Lines</translation>
    </message>
    <message>
        <source>Export &amp;Selected Examples…</source>
        <translation>Exporter les exemples &amp;sélectionnés…</translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation>Exporter la sélection…</translation>
    </message>
    <message>
        <source>Write the selected examples to a file</source>
        <translation>Écrire les exemples sélectionnés dans un fichier</translation>
    </message>
    <message>
        <source>Export &amp;All Shown…</source>
        <translation>Exporter &amp;tous les exemples affichés…</translation>
    </message>
    <message>
        <source>Export All Shown…</source>
        <translation>Exporter tous les exemples affichés…</translation>
    </message>
    <message>
        <source>Write every example the search and filters show to a file</source>
        <translation>Écrire dans un fichier tous les exemples affichés par la recherche et les filtres</translation>
    </message>
    <message>
        <source>Search Examples</source>
        <translation>Rechercher des exemples</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Write examples to a JSON, JSON Lines or CSV file</source>
        <translation>Écrire des exemples dans un fichier JSON, JSON Lines ou CSV</translation>
    </message>
    <message>
        <source>Selected example</source>
        <translation>Exemple sélectionné</translation>
    </message>
    <message>
        <source>The table cannot be sorted by this column.</source>
        <translation>Le tableau ne peut pas être trié selon cette colonne.</translation>
    </message>
    <message>
        <source>Could Not Open the Example</source>
        <translation>Impossible d’ouvrir l’exemple</translation>
    </message>
    <message>
        <source>Added example %1. The search or filters hide it.</source>
        <translation>Exemple %1 ajouté. La recherche ou les filtres le masquent.</translation>
    </message>
    <message>
        <source>Delete example %1, “%2”?</source>
        <extracomment>%1 the example&apos;s number, %2 its hook</extracomment>
        <translation>Supprimer l’exemple %1, « %2 » ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n examples?</source>
        <translation>
            <numerusform>Supprimer %n exemple ?</numerusform>
            <numerusform>Supprimer %n exemples ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted examples leave the library and the search index. This cannot be undone; export them first if you may want them back.</source>
        <translation>Les exemples supprimés quittent la bibliothèque et l’index de recherche. Cette action est irréversible ; exportez-les d’abord si vous pourriez en avoir besoin.</translation>
    </message>
    <message>
        <source>Delete Examples</source>
        <translation>Supprimer des exemples</translation>
    </message>
    <message>
        <source>Could Not Delete the Examples</source>
        <translation>Impossible de supprimer les exemples</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>Deleted example %1.</source>
        <translation>Exemple %1 supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n examples.</source>
        <translation>
            <numerusform>%n exemple supprimé.</numerusform>
            <numerusform>%n exemples supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Examples</source>
        <translation>Importer des exemples</translation>
    </message>
    <message>
        <source>Example files (*.csv *.tsv *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Fichiers d’exemples (*.csv *.tsv *.json *.jsonl *.ndjson);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n example.</source>
        <translation>
            <numerusform>%n exemple importé.</numerusform>
            <numerusform>%n exemples importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n examples.</source>
        <translation>
            <numerusform>%n exemple importé.</numerusform>
            <numerusform>%n exemples importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row was left out.</source>
        <translation>
            <numerusform>%n ligne a été écartée.</numerusform>
            <numerusform>%n lignes ont été écartées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows were left out.</source>
        <translation>
            <numerusform>%n ligne a été écartée.</numerusform>
            <numerusform>%n lignes ont été écartées.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no examples to export.</source>
        <translation>Il n’y a aucun exemple à exporter.</translation>
    </message>
    <message>
        <source>Export Examples</source>
        <translation>Exporter des exemples</translation>
    </message>
    <message>
        <source>Reel Studio examples (*.json);;JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>Exemples Reel Studio (*.json);;JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n example…</source>
        <translation>
            <numerusform>Exportation de %n exemple…</numerusform>
            <numerusform>Exportation de %n exemples…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n examples…</source>
        <translation>
            <numerusform>Exportation de %n exemple…</numerusform>
            <numerusform>Exportation de %n exemples…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>Le fichier n’a pas été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n example to %1.</source>
        <translation>
            <numerusform>%n exemple exporté vers %1.</numerusform>
            <numerusform>%n exemples exportés vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n examples to %1.</source>
        <translation>
            <numerusform>%n exemple exporté vers %1.</numerusform>
            <numerusform>%n exemples exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an example to see it in full.</source>
        <translation>Sélectionnez un exemple pour le voir en entier.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>the length of the Reel in seconds</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Example %1</source>
        <extracomment>%1 the example&apos;s number</extracomment>
        <translation>Exemple %1</translation>
    </message>
    <message>
        <source>Quality %1 / 100</source>
        <translation>Qualité %1 / 100</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>an engagement figure, e.g. &quot;Views: 12,000&quot;</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Modifié le %1</translation>
    </message>
    <message numerus="yes">
        <source>Export the %n &amp;Selected Examples…</source>
        <translation>
            <numerusform>Exporter l’exemple &amp;sélectionné…</numerusform>
            <numerusform>Exporter les %n exemples &amp;sélectionnés…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;Selected Example…</source>
        <translation>Exporter l’exemple &amp;sélectionné…</translation>
    </message>
    <message>
        <source>The library is empty. Add an example or import a file of them.</source>
        <translation>La bibliothèque est vide. Ajoutez un exemple ou importez un fichier d’exemples.</translation>
    </message>
    <message>
        <source>No example matches the search and filters.</source>
        <translation>Aucun exemple ne correspond à la recherche et aux filtres.</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExamplesPanel</name>
    <message>
        <source>Examples for the model</source>
        <translation>Exemples pour le modèle</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>É&amp;pingler</translation>
    </message>
    <message>
        <source>Always send the selected example, whatever the request</source>
        <translation>Toujours envoyer l’exemple sélectionné, quelle que soit la demande</translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation>E&amp;xclure</translation>
    </message>
    <message>
        <source>Never send the selected example</source>
        <translation>Ne jamais envoyer l’exemple sélectionné</translation>
    </message>
    <message>
        <source>Finding examples…</source>
        <translation>Recherche d’exemples…</translation>
    </message>
    <message>
        <source>Examples could not be looked up: %1 The model writes without them.</source>
        <extracomment>%1 why the lookup failed</extracomment>
        <translation>Impossible de rechercher des exemples : %1 Le modèle écrit sans eux.</translation>
    </message>
    <message>
        <source>No examples are sent; the model writes from the brand and the request alone.</source>
        <translation>Aucun exemple n’est envoyé ; le modèle écrit à partir de la marque et de la demande seules.</translation>
    </message>
    <message numerus="yes">
        <source>%n example is sent with the request.</source>
        <translation>
            <numerusform>%n exemple est envoyé avec la demande.</numerusform>
            <numerusform>%n exemples sont envoyés avec la demande.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n examples are sent with the request.</source>
        <translation>
            <numerusform>%n exemple est envoyé avec la demande.</numerusform>
            <numerusform>%n exemples sont envoyés avec la demande.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reel::ui::FindingText</name>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around a word from the script, e.g. “fat”</extracomment>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Accroche</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>CTA</source>
        <extracomment>The call to action section of a script</extracomment>
        <translation>CTA</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>Texte à l’écran</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>Texte de la miniature</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonais</translation>
    </message>
    <message>
        <source>finance</source>
        <translation>finance</translation>
    </message>
    <message>
        <source>health and fitness</source>
        <translation>santé et remise en forme</translation>
    </message>
    <message>
        <source>beauty</source>
        <translation>beauté</translation>
    </message>
    <message>
        <source>This section is empty.</source>
        <translation>Cette section est vide.</translation>
    </message>
    <message>
        <source>Too short: %1 of at least %2 words.</source>
        <translation>Trop court : %1 mots sur %2 au minimum.</translation>
    </message>
    <message>
        <source>Too long: %1 words; keep it to %2.</source>
        <translation>Trop long : %1 mots ; limitez-vous à %2.</translation>
    </message>
    <message>
        <source>%1 characters; Instagram cuts captions at %2.</source>
        <translation>%1 caractères ; Instagram coupe les légendes à %2.</translation>
    </message>
    <message>
        <source>Short caption: %1 characters of the recommended %2–%3.</source>
        <translation>Légende courte : %1 caractères sur les %2–%3 recommandés.</translation>
    </message>
    <message>
        <source>Long caption: %1 characters; %2–%3 work best.</source>
        <translation>Légende longue : %1 caractères ; %2–%3 donnent les meilleurs résultats.</translation>
    </message>
    <message>
        <source>Only the first %1 characters show before “more”.</source>
        <translation>Seuls les %1 premiers caractères s’affichent avant « plus ».</translation>
    </message>
    <message>
        <source>%1 hashtags (caption included); Instagram allows %2.</source>
        <translation>%1 hashtags (légende comprise) ; Instagram en autorise %2.</translation>
    </message>
    <message>
        <source>No hashtags yet.</source>
        <translation>Pas encore de hashtags.</translation>
    </message>
    <message>
        <source>%1 does not start with #.</source>
        <translation>%1 ne commence pas par #.</translation>
    </message>
    <message>
        <source>%1 holds characters a hashtag cannot (only letters, digits and _).</source>
        <translation>%1 contient des caractères interdits dans un hashtag (lettres, chiffres et _ uniquement).</translation>
    </message>
    <message>
        <source>%1 is only digits; Instagram does not link it.</source>
        <translation>%1 ne contient que des chiffres ; Instagram n’en fait pas un lien.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>%1 is used twice.</source>
        <translation>%1 est utilisé deux fois.</translation>
    </message>
    <message>
        <source>%1 is a restricted hashtag; posts using it lose reach.</source>
        <translation>%1 est un hashtag restreint ; les publications qui l’utilisent perdent en portée.</translation>
    </message>
    <message>
        <source>The brand hashtag %1 is missing.</source>
        <translation>Le hashtag de marque %1 est absent.</translation>
    </message>
    <message>
        <source>About %1 s to say; the Reel is %2 s.</source>
        <translation>Environ %1 s de texte parlé ; le Reel dure %2 s.</translation>
    </message>
    <message>
        <source>Only about %1 s to say; the Reel is %2 s.</source>
        <translation>Seulement environ %1 s de texte parlé ; le Reel dure %2 s.</translation>
    </message>
    <message>
        <source>A %1 s Reel; up to %2 s is recommended for reach.</source>
        <translation>Un Reel de %1 s ; jusqu’à %2 s sont recommandées pour la portée.</translation>
    </message>
    <message>
        <source>The hook takes about %1 s to say; it should land within %2 s.</source>
        <translation>L’accroche prend environ %1 s à dire ; elle doit tenir en %2 s.</translation>
    </message>
    <message>
        <source>The shot list runs to %1 s; the Reel is %2 s.</source>
        <translation>La liste des plans va jusqu’à %1 s ; le Reel dure %2 s.</translation>
    </message>
    <message>
        <source>%1 is on the brand&apos;s do-not-use list.</source>
        <translation>%1 figure dans la liste des mots interdits de la marque.</translation>
    </message>
    <message>
        <source>%1 is offensive.</source>
        <translation>%1 est offensant.</translation>
    </message>
    <message>
        <source>%1 is a claim that invites trouble.</source>
        <translation>%1 est une affirmation qui peut attirer des ennuis.</translation>
    </message>
    <message>
        <source>%1 is a risky claim in %2.</source>
        <extracomment>%1 the claim, %2 the kind of business, e.g. &quot;health and fitness&quot;</extracomment>
        <translation>%1 est une affirmation risquée en %2.</translation>
    </message>
    <message>
        <source>%1 names a competitor.</source>
        <translation>%1 cite un concurrent.</translation>
    </message>
    <message>
        <source>The call to action has no action verb.</source>
        <translation>L’appel à l’action n’a pas de verbe d’action.</translation>
    </message>
    <message>
        <source>The call to action gives no reason to act now.</source>
        <translation>L’appel à l’action ne donne aucune raison d’agir maintenant.</translation>
    </message>
    <message>
        <source>The brand&apos;s CTA style is a question; this one does not end with “?”.</source>
        <translation>Le style de CTA de la marque est la question ; celui-ci ne se termine pas par « ? ».</translation>
    </message>
    <message>
        <source>The brand&apos;s CTA style is a command; start with an action verb.</source>
        <translation>Le style de CTA de la marque est l’impératif ; commencez par un verbe d’action.</translation>
    </message>
    <message>
        <source>The brand&apos;s CTA style is soft; %1 adds pressure.</source>
        <translation>Le style de CTA de la marque est doux ; %1 met la pression.</translation>
    </message>
    <message>
        <source>A question hook should ask a question.</source>
        <translation>Une accroche de type question doit poser une question.</translation>
    </message>
    <message>
        <source>A statistic hook should hold a number.</source>
        <translation>Une accroche de type statistique doit contenir un nombre.</translation>
    </message>
    <message>
        <source>A bold claim states; this hook asks.</source>
        <translation>Une affirmation audacieuse affirme ; cette accroche interroge.</translation>
    </message>
    <message>
        <source>A story hook usually starts from someone (I, we) or a moment.</source>
        <translation>Une accroche de type histoire part généralement de quelqu’un (je, nous) ou d’un moment.</translation>
    </message>
    <message>
        <source>A curiosity hook should open a gap (a secret, a why, an unfinished thought).</source>
        <translation>Une accroche de curiosité doit créer un manque (un secret, un pourquoi, une pensée inachevée).</translation>
    </message>
    <message>
        <source>A relatable hook usually speaks to the viewer (you, POV).</source>
        <translation>Une accroche « proche du public » s’adresse généralement au spectateur (vous, POV).</translation>
    </message>
    <message>
        <source>A shocking hook needs a jolt: a number, a warning, a strong word.</source>
        <translation>Une accroche choquante a besoin d’un choc : un nombre, un avertissement, un mot fort.</translation>
    </message>
    <message>
        <source>Nothing here sounds %1.</source>
        <translation>Rien ici n’évoque une voix %1.</translation>
    </message>
    <message>
        <source>Reading ease %1; aim for %2 or more.</source>
        <translation>Lisibilité %1 ; visez %2 ou plus.</translation>
    </message>
    <message>
        <source>Reading ease is not available for %1.</source>
        <translation>La lisibilité n’est pas disponible en %1.</translation>
    </message>
    <message>
        <source>A sentence of %1 words; keep them under %2.</source>
        <translation>Une phrase de %1 mots ; restez sous %2.</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>négatif</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positif</translation>
    </message>
    <message>
        <source>The tone reads %1 (%2); the Reel should convey %3.</source>
        <extracomment>%1 negative or positive, %2 the tone score, %3 the requested emotion, e.g. “Excitement”</extracomment>
        <translation>Le ton paraît %1 (%2) ; le Reel devrait transmettre %3.</translation>
    </message>
    <message>
        <source>Tone is checked for English only, not %1.</source>
        <translation>Le ton n’est vérifié qu’en anglais, pas en %1.</translation>
    </message>
    <message>
        <source>%1 is not in the %2 dictionary.</source>
        <extracomment>%1 the word, %2 the language, e.g. &quot;English&quot;</extracomment>
        <translation>%1 ne figure pas dans le dictionnaire %2.</translation>
    </message>
    <message>
        <source>No spelling dictionary for %1: spelling is not checked.</source>
        <translation>Pas de dictionnaire orthographique en %1 : l’orthographe n’est pas vérifiée.</translation>
    </message>
    <message>
        <source>%1 is in capitals; it reads as shouting.</source>
        <translation>%1 est en majuscules ; on dirait un cri.</translation>
    </message>
    <message>
        <source>%1: one mark is enough.</source>
        <translation>%1 : un seul signe suffit.</translation>
    </message>
    <message>
        <source>%1 emoji in a row; use at most %2.</source>
        <translation>%1 emoji à la suite ; %2 au maximum.</translation>
    </message>
    <message>
        <source>%1 emoji in this section; use at most %2.</source>
        <translation>%1 emoji dans cette section ; %2 au maximum.</translation>
    </message>
    <message>
        <source>%1 is repeated.</source>
        <translation>%1 est répété.</translation>
    </message>
    <message>
        <source>%1 is used %2 times.</source>
        <translation>%1 est utilisé %2 fois.</translation>
    </message>
    <message>
        <source>The brand profile overrides %1, which the rule pack does not know.</source>
        <translation>Le profil de marque redéfinit %1, que le jeu de règles ne connaît pas.</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>supprimer %1</translation>
    </message>
    <message>
        <source>replace with %1</source>
        <translation>remplacer par %1</translation>
    </message>
    <message>
        <source>add #</source>
        <translation>ajouter #</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>ajouter %1</translation>
    </message>
    <message>
        <source>keep the first %1 hashtags</source>
        <translation>garder les %1 premiers hashtags</translation>
    </message>
    <message>
        <source>write in lower case</source>
        <translation>écrire en minuscules</translation>
    </message>
    <message>
        <source>end with “?”</source>
        <translation>terminer par « ? »</translation>
    </message>
    <message>
        <source>cut to %1 characters</source>
        <translation>couper à %1 caractères</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <extracomment>%1 what the fix does, e.g. remove “fat”</extracomment>
        <translation>Corriger : %1</translation>
    </message>
    <message>
        <source>The script strays from its brief (relevance %1 of 100). Say what the topic and the offer are about, e.g. %2.</source>
        <extracomment>%1 a score out of 100, %2 words of the topic and offer, e.g. coffee, roast, beans</extracomment>
        <translation>Le script s’éloigne du brief (pertinence %1 sur 100). Dites de quoi parlent le sujet et l’offre, p. ex. %2.</translation>
    </message>
    <message>
        <source>%1: these hashtags have nothing to do with the topic, the offer or the brand.</source>
        <translation>%1 : ces hashtags n’ont rien à voir avec le sujet, l’offre ou la marque.</translation>
    </message>
    <message>
        <source>%1 is not in %2. Keep the script in one language (names are fine).</source>
        <extracomment>%1 the words, %2 the script&apos;s language, e.g. Japanese</extracomment>
        <translation>%1 n’est pas en %2. Écrivez le script dans une seule langue (les noms sont acceptés).</translation>
    </message>
</context>
<context>
    <name>reel::ui::GenerateForm</name>
    <message>
        <source>Brand &amp;profile:</source>
        <translation>&amp;Profil de marque :</translation>
    </message>
    <message>
        <source>No brand profile yet</source>
        <translation>Pas encore de profil de marque</translation>
    </message>
    <message>
        <source>Brand profile</source>
        <translation>Profil de marque</translation>
    </message>
    <message>
        <source>The brand the script is written for: its audience, offer, voice and banned words</source>
        <translation>La marque pour laquelle le script est écrit : son public, son offre, sa voix et ses mots interdits</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Open the brand profile on the Brand Profiles page</source>
        <translation>Ouvrir le profil dans la page Profils de marque</translation>
    </message>
    <message>
        <source>Edit the brand profile</source>
        <translation>Modifier le profil de marque</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Objectif :</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Hoo&amp;k type:</source>
        <translation>Type d’&amp;accroche :</translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation>Type d’accroche</translation>
    </message>
    <message>
        <source>The kind of hook the script opens with</source>
        <translation>Le type d’accroche qui ouvre le script</translation>
    </message>
    <message>
        <source>E&amp;motion:</source>
        <translation>É&amp;motion :</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>The feeling the Reel should leave</source>
        <translation>Le sentiment que le Reel doit laisser</translation>
    </message>
    <message>
        <source>Let the model choose</source>
        <translation>Laisser le modèle choisir</translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>Reel length in seconds</source>
        <translation>Durée du Reel en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the Reel length, e.g. &quot;30 s&quot;</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Up to 90 seconds is recommended for reach; Instagram allows up to 3 minutes</source>
        <translation>Jusqu’à 90 secondes sont recommandées pour la portée ; Instagram autorise jusqu’à 3 minutes</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <source>Script language</source>
        <translation>Langue du script</translation>
    </message>
    <message>
        <source>Call to &amp;action:</source>
        <translation>Appel à l’&amp;action :</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Appel à l’action</translation>
    </message>
    <message>
        <source>Optional, e.g. Start your free trial</source>
        <translation>Facultatif, p. ex. Commencez votre essai gratuit</translation>
    </message>
    <message>
        <source>&amp;Topic or angle:</source>
        <translation>&amp;Sujet ou angle :</translation>
    </message>
    <message>
        <source>Topic or angle</source>
        <translation>Sujet ou angle</translation>
    </message>
    <message>
        <source>What the Reel is about, the angle to take, facts to use (optional)</source>
        <translation>Le sujet du Reel, l’angle à prendre, les faits à utiliser (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Variants:</source>
        <translation>&amp;Variantes :</translation>
    </message>
    <message>
        <source>Number of variants</source>
        <translation>Nombre de variantes</translation>
    </message>
    <message>
        <source>How many different scripts to write side by side</source>
        <translation>Combien de scripts différents écrire en parallèle</translation>
    </message>
</context>
<context>
    <name>reel::ui::GeneratePage</name>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Write the scripts (%1)</source>
        <extracomment>Tooltip with its keyboard shortcut</extracomment>
        <translation>Écrire les scripts (%1)</translation>
    </message>
    <message>
        <source>Stop writing; unfinished variants are not saved (%1)</source>
        <translation>Arrêter l’écriture ; les variantes inachevées ne sont pas enregistrées (%1)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>&amp;Open in Editor</source>
        <translation>&amp;Ouvrir dans l’éditeur</translation>
    </message>
    <message>
        <source>Edit the selected variant in the Script Editor</source>
        <translation>Modifier la variante sélectionnée dans l’éditeur de scripts</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Ouvrir dans l’éditeur</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>Choose the provider, model and key on the Settings page</source>
        <translation>Choisissez le fournisseur, le modèle et la clé dans la page Paramètres</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Choose a brand profile and describe the Reel, then press Generate (%1). The scripts appear here as they are written.</source>
        <translation>Choisissez un profil de marque et décrivez le Reel, puis cliquez sur Générer (%1). Les scripts s’affichent ici au fil de l’écriture.</translation>
    </message>
    <message>
        <source>Written by the offline composer: no model, no network, no cost.</source>
        <translation>Écrit par le rédacteur hors ligne : sans modèle, sans réseau, sans frais.</translation>
    </message>
    <message>
        <source>Add an API key in Settings to write with a model.</source>
        <translation>Ajoutez une clé d’API dans les Paramètres pour écrire avec un modèle.</translation>
    </message>
    <message>
        <source>(no model set)</source>
        <translation>(aucun modèle)</translation>
    </message>
    <message>
        <source>Written by %1 · %2</source>
        <extracomment>%1 the provider (e.g. OpenAI), %2 the model id</extracomment>
        <translation>Écrit par %1 · %2</translation>
    </message>
    <message>
        <source>estimated cost %1</source>
        <extracomment>%1 an amount in US dollars, e.g. $0.0031</extracomment>
        <translation>coût estimé %1</translation>
    </message>
    <message>
        <source>on this computer, no cost</source>
        <translation>sur cet ordinateur, sans frais</translation>
    </message>
    <message>
        <source>no price listed for this model</source>
        <translation>aucun prix indiqué pour ce modèle</translation>
    </message>
    <message>
        <source>No API key is set: add one in Settings or set OPENAI_API_KEY.</source>
        <translation>Aucune clé d’API : ajoutez-en une dans les Paramètres ou définissez OPENAI_API_KEY.</translation>
    </message>
    <message>
        <source>Choose a brand profile first: the script is written for its audience, offer and voice.</source>
        <translation>Choisissez d’abord un profil de marque : le script est écrit pour son public, son offre et sa voix.</translation>
    </message>
    <message>
        <source>Create a Profile…</source>
        <translation>Créer un profil…</translation>
    </message>
    <message>
        <source>Finding examples…</source>
        <translation>Recherche d’exemples…</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n variant…</source>
        <translation>
            <numerusform>Écriture de %n variante…</numerusform>
            <numerusform>Écriture de %n variantes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n variants…</source>
        <translation>
            <numerusform>Écriture de %n variante…</numerusform>
            <numerusform>Écriture de %n variantes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated cost %1.</source>
        <translation>Coût estimé : %1.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les Paramètres</translation>
    </message>
    <message>
        <source>The time limits can be changed in Settings.</source>
        <translation>Les délais se modifient dans les Paramètres.</translation>
    </message>
    <message>
        <source>Rephrase the topic or angle, then try again.</source>
        <translation>Reformulez le sujet ou l’angle, puis réessayez.</translation>
    </message>
    <message>
        <source>Raise “Max tokens per answer” in Settings, or ask for a shorter Reel.</source>
        <translation>Augmentez « Jetons max. par réponse » dans les Paramètres ou demandez un Reel plus court.</translation>
    </message>
    <message>
        <source>Write with the Offline Composer</source>
        <translation>Écrire avec le rédacteur hors ligne</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Stopped. Variants that were not finished were not saved.</source>
        <translation>Arrêté. Les variantes inachevées n’ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>Done: the script is saved in the workspace.</source>
        <translation>Terminé : le script est enregistré dans l’espace de travail.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n scripts are saved in the workspace.</source>
        <translation>
            <numerusform>Terminé : %n script est enregistré dans l’espace de travail.</numerusform>
            <numerusform>Terminé : %n scripts sont enregistrés dans l’espace de travail.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 variants written.</source>
        <translation>%1 variantes écrites sur %2.</translation>
    </message>
    <message>
        <source>A script could not be saved in the workspace (%1). Nothing is lost: it was written to “%2”. Import it from the History page when the workspace is available again.</source>
        <extracomment>%1 the reason (a database message), %2 a file path</extracomment>
        <translation>Un script n’a pas pu être enregistré dans l’espace de travail (%1). Rien n’est perdu : il a été écrit dans « %2 ». Importez-le depuis la page Historique lorsque l’espace de travail sera de nouveau disponible.</translation>
    </message>
    <message numerus="yes">
        <source>Done, but %n script could not be saved in the workspace; it is kept in %1.</source>
        <extracomment>%1 a folder</extracomment>
        <translation>
            <numerusform>Terminé, mais %n script n’a pas pu être enregistré dans l’espace de travail ; il est conservé dans %1.</numerusform>
            <numerusform>Terminé, mais %n scripts n’ont pas pu être enregistrés dans l’espace de travail ; ils sont conservés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done, but %n scripts could not be saved in the workspace; they are kept in %1.</source>
        <translation>
            <numerusform>Terminé, mais %n script n’a pas pu être enregistré dans l’espace de travail ; il est conservé dans %1.</numerusform>
            <numerusform>Terminé, mais %n scripts n’ont pas pu être enregistrés dans l’espace de travail ; ils sont conservés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The offline composer wrote the script instead. %1</source>
        <extracomment>%1 what went wrong with the model server, e.g. &quot;The model server cannot be reached. Check …&quot;</extracomment>
        <translation>Le rédacteur hors ligne a écrit le script à la place. %1</translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryFilterBar</name>
    <message numerus="yes">
        <source>%1 of %n script</source>
        <extracomment>%1 scripts shown, of %n in the workspace (the plural follows %n)</extracomment>
        <translation>
            <numerusform>%1 sur %n script</numerusform>
            <numerusform>%1 sur %n scripts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scripts</source>
        <translation>
            <numerusform>%1 sur %n script</numerusform>
            <numerusform>%1 sur %n scripts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n script</source>
        <translation>
            <numerusform>%n script</numerusform>
            <numerusform>%n scripts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scripts</source>
        <translation>
            <numerusform>%n script</numerusform>
            <numerusform>%n scripts</numerusform>
        </translation>
    </message>
    <message>
        <source>Search titles, brands, hooks, bodies, CTAs and captions (Ctrl+F)</source>
        <translation>Rechercher dans les titres, marques, accroches, corps, CTA et légendes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search scripts</source>
        <translation>Rechercher des scripts</translation>
    </message>
    <message>
        <source>Brand filter</source>
        <translation>Filtre de marque</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Rating filter</source>
        <translation>Filtre de note</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Untick to show only scripts created between two dates</source>
        <translation>Décochez pour n’afficher que les scripts créés entre deux dates</translation>
    </message>
    <message>
        <source>Created on or after</source>
        <translation>Créés à partir du</translation>
    </message>
    <message>
        <source>Created on or before</source>
        <translation>Créés jusqu’au</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>Filtre de secteur</translation>
    </message>
    <message>
        <source>Hook type filter</source>
        <translation>Filtre de type d’accroche</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Filtre de langue</translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation>Filtre de fournisseur</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every script again</source>
        <translation>Afficher à nouveau tous les scripts</translation>
    </message>
    <message>
        <source>Scripts shown</source>
        <translation>Scripts affichés</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <extracomment>a rating filter: %1 stars, e.g. &quot;★★★☆☆ or more&quot;</extracomment>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>Toutes les marques</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>All hook types</source>
        <translation>Tous les types d’accroche</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Script History</source>
        <translation>Historique des scripts</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip with its keyboard shortcut, e.g. &quot;Delete the selected scripts (Del)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Open in Editor</source>
        <translation>&amp;Ouvrir dans l’éditeur</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the script in the editor (Enter)</source>
        <translation>Ouvrir le script dans l’éditeur (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Promote to Examples</source>
        <translation>&amp;Promouvoir en exemple</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Promouvoir</translation>
    </message>
    <message>
        <source>Add the script to the example library the generator learns from</source>
        <translation>Ajouter le script à la bibliothèque d’exemples dont s’inspire le générateur</translation>
    </message>
    <message>
        <source>Export &amp;Selected Scripts…</source>
        <translation>Exporter les scripts &amp;sélectionnés…</translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation>Exporter la sélection…</translation>
    </message>
    <message>
        <source>Write the selected scripts to a file</source>
        <translation>Écrire les scripts sélectionnés dans un fichier</translation>
    </message>
    <message>
        <source>Export &amp;All Shown…</source>
        <translation>Exporter &amp;tous les scripts affichés…</translation>
    </message>
    <message>
        <source>Export All Shown…</source>
        <translation>Exporter tous les scripts affichés…</translation>
    </message>
    <message>
        <source>Write every script the search and filters show to a file</source>
        <translation>Écrire dans un fichier tous les scripts affichés par la recherche et les filtres</translation>
    </message>
    <message>
        <source>&amp;Copy as Markdown</source>
        <translation>&amp;Copier en Markdown</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the selected scripts as Markdown text</source>
        <translation>Copier les scripts sélectionnés en texte Markdown</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Importer l’&amp;historique…</translation>
    </message>
    <message>
        <source>Import History…</source>
        <translation>Importer l’historique…</translation>
    </message>
    <message>
        <source>Add the scripts of a Reel Studio history export (JSON)</source>
        <translation>Ajouter les scripts d’un export d’historique Reel Studio (JSON)</translation>
    </message>
    <message>
        <source>Import &amp;Performance…</source>
        <translation>Importer les &amp;performances…</translation>
    </message>
    <message>
        <source>Import Performance…</source>
        <translation>Importer les performances…</translation>
    </message>
    <message>
        <source>Read views, likes, comments, shares and saves from a CSV file</source>
        <translation>Lire les vues, J’aime, commentaires, partages et enregistrements depuis un fichier CSV</translation>
    </message>
    <message>
        <source>De&amp;lete Scripts</source>
        <translation>&amp;Supprimer les scripts</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected scripts</source>
        <translation>Supprimer les scripts sélectionnés</translation>
    </message>
    <message>
        <source>Search Scripts</source>
        <translation>Rechercher des scripts</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Write scripts as Markdown, PDF, CSV, JSON, teleprompter text or captions</source>
        <translation>Écrire des scripts en Markdown, PDF, CSV, JSON, texte pour prompteur ou sous-titres</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import a history export or performance figures</source>
        <translation>Importer un export d’historique ou des chiffres de performance</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Scripts</translation>
    </message>
    <message>
        <source>The table cannot be sorted by this column.</source>
        <translation>Le tableau ne peut pas être trié selon cette colonne.</translation>
    </message>
    <message>
        <source>Example %1 in the library was brought up to date with this script.</source>
        <extracomment>%1 the number of the new example</extracomment>
        <translation>L’exemple %1 de la bibliothèque a été mis à jour avec ce script.</translation>
    </message>
    <message>
        <source>Added to the example library as example %1.</source>
        <translation>Ajouté à la bibliothèque d’exemples comme exemple %1.</translation>
    </message>
    <message>
        <source>There are no scripts to export.</source>
        <translation>Il n’y a aucun script à exporter.</translation>
    </message>
    <message>
        <source>Export Scripts</source>
        <translation>Exporter des scripts</translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF (*.pdf);;CSV (*.csv);;Reel Studio history (*.json);;Teleprompter text (*.txt);;SubRip captions, one file per script (*.srt)</source>
        <translation>Markdown (*.md);;PDF (*.pdf);;CSV (*.csv);;Historique Reel Studio (*.json);;Texte pour prompteur (*.txt);;Sous-titres SubRip, un fichier par script (*.srt)</translation>
    </message>
    <message>
        <source>Reel script</source>
        <translation>Script de Reel</translation>
    </message>
    <message>
        <source>Reel scripts</source>
        <translation>Scripts de Reels</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n scripts…</source>
        <translation>
            <numerusform>Exportation de %n script…</numerusform>
            <numerusform>Exportation de %n scripts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>Le fichier n’a pas été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n caption files to %1.</source>
        <extracomment>%1 a folder</extracomment>
        <translation>
            <numerusform>%n fichier de sous-titres écrit dans %1.</numerusform>
            <numerusform>%n fichiers de sous-titres écrits dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n script to %1.</source>
        <extracomment>%1 a file</extracomment>
        <translation>
            <numerusform>%n script exporté vers %1.</numerusform>
            <numerusform>%n scripts exportés vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n scripts to %1.</source>
        <translation>
            <numerusform>%n script exporté vers %1.</numerusform>
            <numerusform>%n scripts exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Copy</source>
        <translation>Impossible de copier</translation>
    </message>
    <message>
        <source>Copied the script as Markdown.</source>
        <translation>Script copié en Markdown.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n scripts as Markdown.</source>
        <translation>
            <numerusform>%n script copié en Markdown.</numerusform>
            <numerusform>%n scripts copiés en Markdown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Importer un historique</translation>
    </message>
    <message>
        <source>Reel Studio history (*.json);;All files (*)</source>
        <translation>Historique Reel Studio (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing the history…</source>
        <translation>Importation de l’historique…</translation>
    </message>
    <message>
        <source>Could Not Import the History</source>
        <extracomment>%1 the file&apos;s name</extracomment>
        <translation>Impossible d’importer l’historique</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”.</source>
        <translation>Rien n’a été importé depuis « %1 ».</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>History imported: %1 added, %2 already there.</source>
        <extracomment>%1 scripts added, %2 scripts skipped because the workspace already had them</extracomment>
        <translation>Historique importé : %1 ajoutés, %2 déjà présents.</translation>
    </message>
    <message>
        <source>Import Performance</source>
        <translation>Importer les performances</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could Not Import the Figures</source>
        <translation>Impossible d’importer les chiffres</translation>
    </message>
    <message>
        <source>No figures were saved from “%1”.</source>
        <translation>Aucun chiffre n’a été enregistré depuis « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>Figures saved for %n script.</source>
        <translation>
            <numerusform>Chiffres enregistrés pour %n script.</numerusform>
            <numerusform>Chiffres enregistrés pour %n scripts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Figures saved for %n scripts.</source>
        <translation>
            <numerusform>Chiffres enregistrés pour %n script.</numerusform>
            <numerusform>Chiffres enregistrés pour %n scripts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the script “%1”?</source>
        <extracomment>%1 the script&apos;s title</extracomment>
        <translation>Supprimer le script « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n scripts?</source>
        <translation>
            <numerusform>Supprimer %n script ?</numerusform>
            <numerusform>Supprimer %n scripts ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their versions, ratings, status history and figures go with them. This cannot be undone; export them first if you may want them back.</source>
        <translation>Leurs versions, évaluations, historique des statuts et chiffres sont supprimés avec eux. Cette action est irréversible ; exportez-les d’abord si vous pourriez en avoir besoin.</translation>
    </message>
    <message>
        <source>Delete Scripts</source>
        <translation>Supprimer des scripts</translation>
    </message>
    <message>
        <source>Could Not Delete the Scripts</source>
        <translation>Impossible de supprimer les scripts</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n’a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n script.</source>
        <translation>
            <numerusform>%n script supprimé.</numerusform>
            <numerusform>%n scripts supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n scripts.</source>
        <translation>
            <numerusform>%n script supprimé.</numerusform>
            <numerusform>%n scripts supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n &amp;Selected Scripts…</source>
        <translation>
            <numerusform>Exporter %n script &amp;sélectionné…</numerusform>
            <numerusform>Exporter les %n scripts &amp;sélectionnés…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;Selected Script…</source>
        <translation>Exporter le script &amp;sélectionné…</translation>
    </message>
    <message>
        <source>Scripts you generate appear here, with every version, rating and status change. Write one on the Generate page, or import a history export.</source>
        <translation>Les scripts que vous générez s’affichent ici, avec chaque version, évaluation et changement de statut. Écrivez-en un dans la page Générer ou importez un export d’historique.</translation>
    </message>
    <message>
        <source>No script matches the search and filters.</source>
        <translation>Aucun script ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>Replace them?</source>
        <translation>Les remplacer ?</translation>
    </message>
    <message>
        <source>Replace Caption Files</source>
        <translation>Remplacer les fichiers de sous-titres</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Rien n’a été exporté.</translation>
    </message>
    <message>
        <source>A caption file with this name already exists in “%1”:</source>
        <extracomment>%1 a folder; the file names follow, one per line</extracomment>
        <translation>Un fichier de sous-titres portant ce nom existe déjà dans « %1 » :</translation>
    </message>
    <message numerus="yes">
        <source>%n caption files with these names already exist in “%1”:</source>
        <translation>
            <numerusform>%n fichier de sous-titres portant ce nom existe déjà dans « %1 » :</numerusform>
            <numerusform>%n fichiers de sous-titres portant ces noms existent déjà dans « %1 » :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryTableModel</name>
    <message numerus="yes">
        <source>%n rating, %1 stars</source>
        <extracomment>%n ratings, %1 their average stars</extracomment>
        <translation>
            <numerusform>%n évaluation, %1 étoiles</numerusform>
            <numerusform>%n évaluations, %1 étoiles en moyenne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ratings, %1 stars on average</source>
        <translation>
            <numerusform>%n évaluation, %1 étoiles</numerusform>
            <numerusform>%n évaluations, %1 étoiles en moyenne</numerusform>
        </translation>
    </message>
    <message>
        <source>0–100: how well the script did in the platform&apos;s checks</source>
        <translation>0–100 : le résultat du script aux vérifications de la plateforme</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Cliquez pour trier selon cette colonne</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Cette colonne ne peut pas être triée</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryText</name>
    <message>
        <source>Generated</source>
        <extracomment>a version of a script: as the generator wrote it</extracomment>
        <translation>Générée</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>a version of a script: saved from the editor</extracomment>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Restored</source>
        <extracomment>a version of a script: an older version made current again</extracomment>
        <translation>Restaurée</translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>a version of a script: read from a history export</extracomment>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Thumbs up</source>
        <translation>Pouce levé</translation>
    </message>
    <message>
        <source>Thumbs down</source>
        <translation>Pouce baissé</translation>
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
        <translation>Importer des exemples</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisissez un fichier</translation>
    </message>
    <message>
        <source>Reel Studio imports examples from CSV (a header line, then one example per line), JSON (a list of examples, or a Reel Studio example file) and JSON Lines (one example per line). Nothing is added until you confirm it at the end.</source>
        <translation>Reel Studio importe des exemples depuis CSV (une ligne d’en-tête, puis un exemple par ligne), JSON (une liste d’exemples, ou un fichier d’exemples Reel Studio) et JSON Lines (un exemple par ligne). Rien n’est ajouté avant votre confirmation à la fin.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
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
        <translation>Format du fichier</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Associez les colonnes</translation>
    </message>
    <message>
        <source>Choose the example field each column of the file holds, or ignore it.</source>
        <translation>Choisissez le champ d’exemple que contient chaque colonne du fichier, ou ignorez-la.</translation>
    </message>
    <message>
        <source>&amp;First rows of the file:</source>
        <translation>&amp;Premières lignes du fichier :</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Colonnes :</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Example field</source>
        <translation>Champ de l’exemple</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Vérifiez les lignes</translation>
    </message>
    <message>
        <source>Rows with problems are left out. Choose what to import.</source>
        <translation>Les lignes qui posent problème sont écartées. Choisissez quoi importer.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Import &amp;nothing (the library stays as it is)</source>
        <translation>N’importer &amp;rien (la bibliothèque reste telle quelle)</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>Vérification des lignes</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Example files (*.csv *.tsv *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Fichiers d’exemples (*.csv *.tsv *.json *.jsonl *.ndjson);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Aucun fichier choisi pour l’instant.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lecture de « %1 »…</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>« %1 » est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a text file in UTF-8. Reel Studio imports CSV, JSON and JSON Lines files; save the file as one of them (UTF-8) and try again.</source>
        <translation>« %1 » n’est pas un fichier texte en UTF-8. Reel Studio importe les fichiers CSV, JSON et JSON Lines ; enregistrez le fichier dans l’un de ces formats (UTF-8) et réessayez.</translation>
    </message>
    <message>
        <source>“%1” holds no list of examples: expected a JSON list of objects, or an object with an “examples” list.</source>
        <translation>« %1 » ne contient pas de liste d’exemples : une liste JSON d’objets, ou un objet avec une liste « examples », était attendue.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as %2: %3</source>
        <extracomment>%1 file name, %2 the format (CSV, JSON…), %3 what is wrong (e.g. not valid JSON at line 3, column 5)</extracomment>
        <translation>« %1 » ne peut pas être lu comme %2 : %3</translation>
    </message>
    <message>
        <source>“%1” holds no rows to import.</source>
        <translation>« %1 » ne contient aucune ligne à importer.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %2, %n row.</source>
        <extracomment>%1 file name, %2 format (CSV, JSON…), %n the number of rows</extracomment>
        <translation>
            <numerusform>« %1 » : %2, %n ligne.</numerusform>
            <numerusform>« %1 » : %2, %n lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %2, %n rows.</source>
        <translation>
            <numerusform>« %1 » : %2, %n ligne.</numerusform>
            <numerusform>« %1 » : %2, %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignore</source>
        <extracomment>a column of the import file that is not imported</extracomment>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Field for column “%1”</source>
        <extracomment>%1 the column&apos;s name in the file</extracomment>
        <translation>Champ de la colonne « %1 »</translation>
    </message>
    <message>
        <source>“%1” is chosen for more than one column: %2. Choose it for one only.</source>
        <extracomment>%1 an example field, %2 the columns, e.g. “Hook” is chosen for “title”, “hook”</extracomment>
        <translation>« %1 » est choisi pour plusieurs colonnes : %2. Choisissez-le pour une seule.</translation>
    </message>
    <message>
        <source>None of the columns is matched to an example field, so there is nothing to import. Choose a field for at least the hook, body and CTA columns.</source>
        <translation>Aucune colonne n’est associée à un champ d’exemple : il n’y a rien à importer. Choisissez un champ au moins pour les colonnes d’accroche, de corps et de CTA.</translation>
    </message>
    <message>
        <source>No column holds: %1. Every row needs them, so rows will be refused unless you match a column to each.</source>
        <extracomment>%1 fields such as &quot;Sector, Goal&quot;</extracomment>
        <translation>Aucune colonne ne contient : %1. Chaque ligne en a besoin : les lignes seront refusées si vous n’associez pas une colonne à chacun.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row…</source>
        <translation>
            <numerusform>Vérification de %n ligne…</numerusform>
            <numerusform>Vérification de %n lignes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>Vérification de %n ligne…</numerusform>
            <numerusform>Vérification de %n lignes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation>Importer les lignes valides</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Le fichier ne peut pas être importé : %1</translation>
    </message>
    <message>
        <source>Rows in the file: %1. Valid: %2. With errors: %3. Duplicates: %4.</source>
        <translation>Lignes du fichier : %1. Valides : %2. Avec erreurs : %3. Doublons : %4.</translation>
    </message>
    <message>
        <source>The same script as row %1.</source>
        <translation>Le même script que la ligne %1.</translation>
    </message>
    <message>
        <source>Already in the library as example %1: “%2”.</source>
        <extracomment>%1 the number of the library example, %2 its hook</extracomment>
        <translation>Déjà dans la bibliothèque, exemple %1 : « %2 ».</translation>
    </message>
    <message>
        <source>Already in the library.</source>
        <translation>Déjà dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Hook, body and CTA</source>
        <translation>Accroche, corps et CTA</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem.</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import &amp;all %n row</source>
        <translation>
            <numerusform>&amp;Importer %n ligne</numerusform>
            <numerusform>Importer &amp;toutes les %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import &amp;all %n rows</source>
        <translation>
            <numerusform>&amp;Importer %n ligne</numerusform>
            <numerusform>Importer &amp;toutes les %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n &amp;valid row</source>
        <translation>
            <numerusform>Importer %n ligne &amp;valide</numerusform>
            <numerusform>Importer les %n lignes &amp;valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n &amp;valid rows</source>
        <translation>
            <numerusform>Importer %n ligne &amp;valide</numerusform>
            <numerusform>Importer les %n lignes &amp;valides</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n example…</source>
        <translation>
            <numerusform>Importation de %n exemple…</numerusform>
            <numerusform>Importation de %n exemples…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n examples…</source>
        <translation>
            <numerusform>Importation de %n exemple…</numerusform>
            <numerusform>Importation de %n exemples…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n example.</source>
        <translation>
            <numerusform>%n exemple importé.</numerusform>
            <numerusform>%n exemples importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n examples.</source>
        <translation>
            <numerusform>%n exemple importé.</numerusform>
            <numerusform>%n exemples importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé : %1</translation>
    </message>
    <message>
        <source>Nothing was imported. The library is unchanged.</source>
        <translation>Rien n’a été importé. La bibliothèque est inchangée.</translation>
    </message>
    <message numerus="yes">
        <source>%n row with problems was left out.</source>
        <translation>
            <numerusform>%n ligne avec des problèmes a été écartée.</numerusform>
            <numerusform>%n lignes avec des problèmes ont été écartées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with problems were left out.</source>
        <translation>
            <numerusform>%n ligne avec des problèmes a été écartée.</numerusform>
            <numerusform>%n lignes avec des problèmes ont été écartées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reel::ui::IndexPanel</name>
    <message>
        <source>Search index:</source>
        <extracomment>label before the state of the search index of the example library</extracomment>
        <translation>Index de recherche :</translation>
    </message>
    <message>
        <source>&amp;Rebuild Index</source>
        <translation>&amp;Reconstruire l’index</translation>
    </message>
    <message>
        <source>Embed every example again and rebuild the search index</source>
        <translation>Recalculer les vecteurs de tous les exemples et reconstruire l’index de recherche</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the rebuild; the index stays as it was</source>
        <translation>Arrêter la reconstruction ; l’index reste tel qu’il était</translation>
    </message>
    <message>
        <source>Index rebuild progress</source>
        <translation>Progression de la reconstruction de l’index</translation>
    </message>
    <message>
        <source>Search index state</source>
        <translation>État de l’index de recherche</translation>
    </message>
    <message>
        <source>Embedder</source>
        <translation>Modèle d’embeddings</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 &quot;Failed&quot;, %2 why</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Embedder: %1</source>
        <translation>Modèle d’embeddings : %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>examples embedded so far of all, e.g. &quot;1,024 / 3,238&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1, about %2 left</source>
        <extracomment>%1 the count above, %2 a time such as &quot;12 s&quot;</extracomment>
        <translation>%1, encore environ %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Index rebuilt: 1 example in %1</source>
        <translation>Index reconstruit : 1 exemple en %1</translation>
    </message>
    <message>
        <source>Index rebuilt: %1 examples in %2</source>
        <translation>Index reconstruit : %1 exemples en %2</translation>
    </message>
</context>
<context>
    <name>reel::ui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <extracomment>%1 is the application&apos;s name</extracomment>
        <translation>À &amp;propos de %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>The workspace folder</source>
        <translation>Le dossier de l’espace de travail</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>%1 what would be undone, e.g. Delete “FitLife”</extracomment>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Writes, checks and keeps Instagram Reel scripts.</source>
        <translation>Écrit, vérifie et conserve des scripts de Reels Instagram.</translation>
    </message>
    <message>
        <source>Workspace folder:</source>
        <translation>Dossier de l’espace de travail :</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Conçu avec :</translation>
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
        <translation>Lexique de sentiments VADER de C.J. Hutto (MIT)</translation>
    </message>
    <message>
        <source>LDNOOBW word lists (CC BY 4.0)</source>
        <translation>Listes de mots LDNOOBW (CC BY 4.0)</translation>
    </message>
    <message>
        <source>Snowball stemmers (BSD)</source>
        <translation>Racinisateurs Snowball (BSD)</translation>
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
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Load &amp;Rule Pack…</source>
        <translation>Charger un jeu de &amp;règles…</translation>
    </message>
    <message>
        <source>Use an updated platform rule pack (limits such as the hashtag cap)</source>
        <translation>Utiliser un jeu de règles de plateforme mis à jour (limites comme le plafond de hashtags)</translation>
    </message>
    <message>
        <source>Use &amp;Built-in Rule Pack</source>
        <translation>Utiliser le jeu de règles &amp;intégré</translation>
    </message>
    <message>
        <source>Load Rule Pack</source>
        <translation>Charger un jeu de règles</translation>
    </message>
    <message>
        <source>Rule packs (*.json);;All files (*)</source>
        <translation>Jeux de règles (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The rule pack was not loaded; the rules in use stay as they were.</source>
        <translation>Le jeu de règles n’a pas été chargé ; les règles en vigueur restent inchangées.</translation>
    </message>
    <message>
        <source>Rule pack %1 is in use.</source>
        <extracomment>%1 the version of the rule pack</extracomment>
        <translation>Le jeu de règles %1 est utilisé.</translation>
    </message>
    <message>
        <source>Use Built-in Rule Pack</source>
        <translation>Utiliser le jeu de règles intégré</translation>
    </message>
    <message>
        <source>The built-in rule pack is in use.</source>
        <translation>Le jeu de règles intégré est utilisé.</translation>
    </message>
    <message>
        <source>The saved scripts could not be checked against the new rules: %1</source>
        <translation>Les scripts enregistrés n’ont pas pu être vérifiés avec les nouvelles règles : %1</translation>
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
        <translation>Vérification des scripts enregistrés avec les nouvelles règles…</translation>
    </message>
</context>
<context>
    <name>reel::ui::MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>reel::ui::PerformancePanel</name>
    <message>
        <source>Last saved %1</source>
        <translation>Dernier enregistrement : %1</translation>
    </message>
    <message>
        <source>How the Reel did on Instagram. Leave a figure blank when you do not know it.</source>
        <translation>Résultats du Reel sur Instagram. Laissez un chiffre vide si vous ne le connaissez pas.</translation>
    </message>
    <message>
        <source>Figures can be entered once the script is published. It is “%1” now.</source>
        <extracomment>%1 the script&apos;s status, e.g. &quot;Approved&quot;</extracomment>
        <translation>Les chiffres peuvent être saisis une fois le script publié. Il est actuellement « %1 ».</translation>
    </message>
    <message>
        <source>Views:</source>
        <translation>Vues :</translation>
    </message>
    <message>
        <source>Likes:</source>
        <translation>J’aime :</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Commentaires :</translation>
    </message>
    <message>
        <source>Shares:</source>
        <translation>Partages :</translation>
    </message>
    <message>
        <source>Saves:</source>
        <translation>Enregistrements :</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Posted on:</source>
        <translation>Publié le :</translation>
    </message>
    <message>
        <source>Save Figures</source>
        <translation>Enregistrer les chiffres</translation>
    </message>
</context>
<context>
    <name>reel::ui::PriceTableModel</name>
    <message>
        <source>Also applies to dated versions of this model (e.g. %1-2024-07-18)</source>
        <translation>S’applique aussi aux versions datées de ce modèle (p. ex. %1-2024-07-18)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Input $ / 1M tokens</source>
        <extracomment>US dollars per million input (prompt) tokens</extracomment>
        <translation>Entrée $ / 1 M jetons</translation>
    </message>
    <message>
        <source>Output $ / 1M tokens</source>
        <extracomment>US dollars per million output (answer) tokens</extracomment>
        <translation>Sortie $ / 1 M jetons</translation>
    </message>
</context>
<context>
    <name>reel::ui::PricesPanel</name>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Prices per model</source>
        <translation>Prix par modèle</translation>
    </message>
    <message>
        <source>&amp;Add Model</source>
        <translation>&amp;Ajouter un modèle</translation>
    </message>
    <message>
        <source>Remove Model</source>
        <translation>Retirer le modèle</translation>
    </message>
    <message>
        <source>Reset to Built-in Prices</source>
        <translation>Rétablir les prix intégrés</translation>
    </message>
    <message>
        <source>Replace your prices with the built-in list? Your changes to the table are lost.</source>
        <translation>Remplacer vos prix par la liste intégrée ? Vos modifications du tableau seront perdues.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>The prices were not saved: %1</source>
        <translation>Les prix n’ont pas été enregistrés : %1</translation>
    </message>
    <message>
        <source>Built-in prices as of %1. Edit them when your provider&apos;s prices change; models not listed cost nothing (local servers).</source>
        <extracomment>%1 the date the built-in prices were checked</extracomment>
        <translation>Prix intégrés au %1. Modifiez-les quand les prix de votre fournisseur changent ; les modèles absents ne coûtent rien (serveurs locaux).</translation>
    </message>
    <message>
        <source>Your own prices, kept in the workspace. Models not listed cost nothing (local servers).</source>
        <translation>Vos propres prix, conservés dans l’espace de travail. Les modèles absents ne coûtent rien (serveurs locaux).</translation>
    </message>
    <message>
        <source>The saved prices could not be read, so the built-in ones apply: %1</source>
        <translation>Les prix enregistrés sont illisibles ; les prix intégrés s’appliquent : %1</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProblemsPanel</name>
    <message>
        <source>P&amp;roblems</source>
        <translation>P&amp;roblèmes</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <source>Fix the selected problem</source>
        <translation>Corriger le problème sélectionné</translation>
    </message>
    <message>
        <source>The selected problem has no automatic fix</source>
        <translation>Le problème sélectionné n’a pas de correction automatique</translation>
    </message>
    <message>
        <source>Select a problem to see it in the script. F8 goes to the next one, Shift+F8 back.</source>
        <translation>Sélectionnez un problème pour le voir dans le script. F8 passe au suivant, Shift+F8 au précédent.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Notes: %3</source>
        <extracomment>Counts of problems by severity</extracomment>
        <translation>Erreurs : %1 · Avertissements : %2 · Remarques : %3</translation>
    </message>
    <message>
        <source>&amp;Go to Problem</source>
        <translation>&amp;Aller au problème</translation>
    </message>
    <message>
        <source>&amp;Copy Message</source>
        <translation>&amp;Copier le message</translation>
    </message>
    <message>
        <source>Problems show up here while you write.</source>
        <translation>Les problèmes s’affichent ici pendant que vous écrivez.</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfileEditor</name>
    <message>
        <source>Entry %1: %2</source>
        <extracomment>%1 the position of the entry in the list (1 = first), %2 what is wrong</extracomment>
        <translation>Entrée %1 : %2</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Voice and offer</source>
        <translation>Voix et offre</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Garde-fous</translation>
    </message>
    <message>
        <source>Defaults and notes</source>
        <translation>Valeurs par défaut et notes</translation>
    </message>
    <message>
        <source>Brand &amp;name:</source>
        <translation>&amp;Nom de la marque :</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme :</translation>
    </message>
    <message>
        <source>&amp;Age range:</source>
        <translation>&amp;Tranche d’âge :</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Genre :</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Pain po&amp;ints:</source>
        <translation>Points de &amp;douleur :</translation>
    </message>
    <message>
        <source>&amp;Brand voice:</source>
        <translation>&amp;Voix de la marque :</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>&amp;Offre :</translation>
    </message>
    <message>
        <source>CTA st&amp;yle:</source>
        <translation>Style de &amp;CTA :</translation>
    </message>
    <message>
        <source>Do-not-&amp;use words:</source>
        <translation>&amp;Mots interdits :</translation>
    </message>
    <message>
        <source>Co&amp;mpetitors:</source>
        <translation>Conc&amp;urrents :</translation>
    </message>
    <message>
        <source>&amp;Required hashtags:</source>
        <translation>&amp;Hashtags obligatoires :</translation>
    </message>
    <message>
        <source>&amp;Default language:</source>
        <translation>Langue pa&amp;r défaut :</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Not&amp;es :</translation>
    </message>
    <message>
        <source>e.g. FitLife Studio</source>
        <translation>p. ex. FitLife Studio</translation>
    </message>
    <message>
        <source>Pick or type a sector</source>
        <translation>Choisissez ou saisissez un secteur</translation>
    </message>
    <message>
        <source>e.g. 25-40</source>
        <translation>p. ex. 25-40</translation>
    </message>
    <message>
        <source>Pick or type</source>
        <translation>Choisir ou saisir</translation>
    </message>
    <message>
        <source>e.g. Mumbai, India</source>
        <translation>p. ex. Mumbai, Inde</translation>
    </message>
    <message>
        <source>A problem your audience has; Enter adds it</source>
        <translation>Un problème de votre audience ; Entrée l’ajoute</translation>
    </message>
    <message>
        <source>What the brand offers, e.g. a free 7-day trial</source>
        <translation>Ce que propose la marque, p. ex. un essai gratuit de 7 jours</translation>
    </message>
    <message>
        <source>Pick or type a style</source>
        <translation>Choisissez ou saisissez un style</translation>
    </message>
    <message>
        <source>A word or phrase scripts must avoid</source>
        <translation>Un mot ou une expression que les scripts doivent éviter</translation>
    </message>
    <message>
        <source>A competitor scripts must not name</source>
        <translation>Un concurrent que les scripts ne doivent pas citer</translation>
    </message>
    <message>
        <source>e.g. #FitLife</source>
        <translation>p. ex. #FitLife</translation>
    </message>
    <message>
        <source>Notes for your team; never sent to the model</source>
        <translation>Notes pour votre équipe ; jamais envoyées au modèle</translation>
    </message>
    <message>
        <source>Pick a sector or type your own; a new sector is remembered when you save</source>
        <translation>Choisissez un secteur ou saisissez le vôtre ; un nouveau secteur est mémorisé à l’enregistrement</translation>
    </message>
    <message>
        <source>The platform scripts are written for</source>
        <translation>La plateforme pour laquelle les scripts sont écrits</translation>
    </message>
    <message>
        <source>How the call to action asks; type your own style if none fits</source>
        <translation>La façon dont l’appel à l’action s’adresse au public ; saisissez votre propre style si aucun ne convient</translation>
    </message>
    <message>
        <source>The language scripts for this brand are written in by default</source>
        <translation>La langue dans laquelle les scripts de cette marque sont écrits par défaut</translation>
    </message>
    <message>
        <source>Scripts are checked for these words</source>
        <translation>Les scripts sont contrôlés pour repérer ces mots</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binaire</translation>
    </message>
    <message>
        <source>Decided per request</source>
        <translation>Choisie à chaque demande</translation>
    </message>
    <message>
        <source>Rule limits</source>
        <translation>Limites des règles</translation>
    </message>
    <message>
        <source>Brand&apos;s own &amp;limits:</source>
        <translation>Limites propres à la mar&amp;que :</translation>
    </message>
    <message>
        <source>“%1” is not one hashtag: use letters, digits and _ with no spaces (e.g. #LumenCoffee).</source>
        <translation>« %1 » n’est pas un seul hashtag : utilisez des lettres, des chiffres et _ sans espaces (p. ex. #LumenCoffee).</translation>
    </message>
    <message numerus="yes">
        <source>Required; at most %n characters.</source>
        <translation>
            <numerusform>Obligatoire ; %n caractère au plus.</numerusform>
            <numerusform>Obligatoire ; %n caractères au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required. Scripts use the sector&apos;s safety rules and phrases.</source>
        <translation>Obligatoire. Les scripts utilisent les règles de sécurité et les formulations du secteur.</translation>
    </message>
    <message>
        <source>Like 25-40 or 55+, ages %1 to %2.</source>
        <translation>Comme 25-40 ou 55+, âges de %1 à %2.</translation>
    </message>
    <message>
        <source>Each pain point is one short phrase in the language scripts are written in.</source>
        <translation>Chaque point de douleur est une courte expression dans la langue des scripts.</translation>
    </message>
    <message>
        <source>Scripts name the offer; write it as you would say it to a customer.</source>
        <translation>Les scripts citent l’offre ; écrivez-la comme vous la diriez à un client.</translation>
    </message>
    <message>
        <source>Also catches plurals and comparatives: “cheap” finds “cheaper” and “cheapest”, never words that only begin alike.</source>
        <translation>Détecte aussi les pluriels et les comparatifs de chaque mot, jamais les mots qui commencent seulement pareil.</translation>
    </message>
    <message>
        <source>Names scripts must not mention, matched as written.</source>
        <translation>Noms que les scripts ne doivent pas citer, reconnus tels qu’ils sont écrits.</translation>
    </message>
    <message>
        <source>One word each, no spaces; # is added for you.</source>
        <translation>Un mot chacun, sans espaces ; # est ajouté pour vous.</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfileListModel</name>
    <message>
        <source>Sector: %1</source>
        <extracomment>Tooltip of a profile in the list; %1 the sector</extracomment>
        <translation>Secteur : %1</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfileListPanel</name>
    <message>
        <source>Search by name or sector</source>
        <translation>Rechercher par nom ou secteur</translation>
    </message>
    <message>
        <source>Search brand profiles</source>
        <translation>Rechercher des profils de marque</translation>
    </message>
    <message>
        <source>Filter the list by brand name or sector (%1)</source>
        <translation>Filtrer la liste par nom de marque ou secteur (%1)</translation>
    </message>
    <message>
        <source>Brand profiles</source>
        <translation>Profils de marque</translation>
    </message>
    <message>
        <source>No profile matches “%1”.</source>
        <translation>Aucun profil ne correspond à « %1 ».</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfileTransfer</name>
    <message>
        <source>Import Brand Profile</source>
        <translation>Importer un profil de marque</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <source>“%1” does not hold a brand profile Reel Studio can import:</source>
        <translation>« %1 » ne contient pas de profil de marque que Reel Studio peut importer :</translation>
    </message>
    <message>
        <source>Profile Renamed</source>
        <translation>Profil renommé</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists, so the imported profile was named “%2”.</source>
        <translation>Un profil nommé « %1 » existe déjà ; le profil importé a donc été nommé « %2 ».</translation>
    </message>
    <message>
        <source>Export Brand Profile</source>
        <translation>Exporter le profil de marque</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>le fichier dépasse %1 Mo</translation>
    </message>
    <message>
        <source>Brand profiles (*.json)</source>
        <translation>Profils de marque (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfilesPage</name>
    <message>
        <source>Brand Profiles</source>
        <translation>Profils de marque</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip with its keyboard shortcut, e.g. &quot;Create a new brand profile (Ctrl+N)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Profile</source>
        <translation>&amp;Nouveau profil</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Create a new brand profile</source>
        <translation>Créer un nouveau profil de marque</translation>
    </message>
    <message>
        <source>&amp;Duplicate Profile</source>
        <translation>&amp;Dupliquer le profil</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Make a copy of the selected profile</source>
        <translation>Faire une copie du profil sélectionné</translation>
    </message>
    <message>
        <source>De&amp;lete Profile</source>
        <translation>&amp;Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected profile (you can undo this)</source>
        <translation>Supprimer le profil sélectionné (annulable)</translation>
    </message>
    <message>
        <source>&amp;Import Profile…</source>
        <translation>&amp;Importer un profil…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import a brand profile from a JSON file</source>
        <translation>Importer un profil de marque depuis un fichier JSON</translation>
    </message>
    <message>
        <source>&amp;Export Profile…</source>
        <translation>&amp;Exporter le profil…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the selected profile to a JSON file</source>
        <translation>Exporter le profil sélectionné dans un fichier JSON</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>&amp;Revert Changes</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Search Profiles</source>
        <translation>Rechercher des profils</translation>
    </message>
    <message>
        <source>No brand profiles yet</source>
        <translation>Aucun profil de marque pour l’instant</translation>
    </message>
    <message>
        <source>A brand profile tells Reel Studio who you write for: the brand&apos;s sector, audience, voice, offer and the words to avoid. Every script starts from one.</source>
        <translation>Un profil de marque indique à Reel Studio pour qui vous écrivez : le secteur de la marque, son audience, sa voix, son offre et les mots à éviter. Chaque script part d’un profil.</translation>
    </message>
    <message>
        <source>Create your first brand profile</source>
        <translation>Créez votre premier profil de marque</translation>
    </message>
    <message>
        <source>Import a profile…</source>
        <translation>Importer un profil…</translation>
    </message>
    <message>
        <source>Select a brand profile on the left, or create a new one.</source>
        <translation>Sélectionnez un profil de marque à gauche ou créez-en un nouveau.</translation>
    </message>
    <message>
        <source>Could Not Open the Profile</source>
        <translation>Impossible d’ouvrir le profil</translation>
    </message>
    <message>
        <source>The new brand profile has not been saved.</source>
        <translation>Le nouveau profil de marque n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes.</source>
        <translation>« %1 » contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Fill in the new profile and save it with %1.</source>
        <translation>Remplissez le nouveau profil et enregistrez-le avec %1.</translation>
    </message>
    <message>
        <source>Fix the marked fields to save.</source>
        <translation>Corrigez les champs signalés pour enregistrer.</translation>
    </message>
    <message>
        <source>Could Not Save the Profile</source>
        <translation>Impossible d’enregistrer le profil</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>Créer « %1 »</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>Reverted the unsaved changes.</source>
        <translation>Modifications non enregistrées annulées.</translation>
    </message>
    <message>
        <source>Could Not Duplicate the Profile</source>
        <translation>Impossible de dupliquer le profil</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Dupliquer « %1 »</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>« %1 » créé.</translation>
    </message>
    <message>
        <source>Could Not Delete the Profile</source>
        <translation>Impossible de supprimer le profil</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with %2</source>
        <translation>« %1 » supprimé. Annulez avec %2</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Importer « %1 »</translation>
    </message>
    <message>
        <source>Imported “%1” from %2.</source>
        <translation>« %1 » importé depuis %2.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>« %1 » exporté vers %2.</translation>
    </message>
    <message>
        <source>Could Not Undo or Redo</source>
        <translation>Impossible d’annuler ou de rétablir</translation>
    </message>
    <message>
        <source>New brand profile</source>
        <translation>Nouveau profil de marque</translation>
    </message>
    <message>
        <source>To save, fix: %1</source>
        <extracomment>%1 the names of the fields to fix, e.g. &quot;Brand name, Sector&quot;</extracomment>
        <translation>Pour enregistrer, corrigez : %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProviderText</name>
    <message>
        <source>llama.cpp server</source>
        <translation>Serveur llama.cpp</translation>
    </message>
    <message>
        <source>Other OpenAI-compatible server</source>
        <translation>Autre serveur compatible OpenAI</translation>
    </message>
    <message>
        <source>Offline composer</source>
        <extracomment>the built-in writer that needs no model and no network</extracomment>
        <translation>Rédacteur hors ligne</translation>
    </message>
</context>
<context>
    <name>reel::ui::RatingPanel</name>
    <message>
        <source>Choose stars or a thumb, or write a comment.</source>
        <translation>Choisissez des étoiles ou un pouce, ou écrivez un commentaire.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a thumb and its reasons, e.g. &quot;Thumbs down: Weak hook, Too long&quot;</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>who rated and when: %1 name, %2 date and time</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No ratings yet.</source>
        <translation>Aucune évaluation pour l’instant.</translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation>Pas encore évalué.</translation>
    </message>
    <message numerus="yes">
        <source>%n rating, without stars.</source>
        <translation>
            <numerusform>%n évaluation, sans étoiles.</numerusform>
            <numerusform>%n évaluations, sans étoiles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ratings, without stars.</source>
        <translation>
            <numerusform>%n évaluation, sans étoiles.</numerusform>
            <numerusform>%n évaluations, sans étoiles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>★ %1 from %n rating</source>
        <extracomment>%1 the average stars, e.g. &quot;★ 4.5&quot;; %n how many ratings gave stars</extracomment>
        <translation>
            <numerusform>★ %1 sur %n évaluation</numerusform>
            <numerusform>★ %1 en moyenne sur %n évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>★ %1 average of %n ratings</source>
        <translation>
            <numerusform>★ %1 sur %n évaluation</numerusform>
            <numerusform>★ %1 en moyenne sur %n évaluations</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Note :</translation>
    </message>
    <message numerus="yes">
        <source>%n star</source>
        <translation>
            <numerusform>%n étoile</numerusform>
            <numerusform>%n étoiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stars</source>
        <translation>
            <numerusform>%n étoile</numerusform>
            <numerusform>%n étoiles</numerusform>
        </translation>
    </message>
    <message>
        <source>Works as it is; pick what makes it good</source>
        <translation>Convient tel quel ; choisissez ce qui le rend bon</translation>
    </message>
    <message>
        <source>Needs work; pick what is wrong</source>
        <translation>À retravailler ; choisissez ce qui ne va pas</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>Other reasons, separated by commas</source>
        <translation>Autres raisons, séparées par des virgules</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <source>What works, what to change</source>
        <translation>Ce qui fonctionne, ce qu’il faut changer</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Par :</translation>
    </message>
    <message>
        <source>Add Rating</source>
        <translation>Ajouter l’évaluation</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Évaluations</translation>
    </message>
</context>
<context>
    <name>reel::ui::RequestBar</name>
    <message>
        <source>Brand &amp;profile</source>
        <translation>&amp;Profil de marque</translation>
    </message>
    <message>
        <source>Hoo&amp;k type</source>
        <translation>Type d’&amp;accroche</translation>
    </message>
    <message>
        <source>E&amp;motion</source>
        <translation>É&amp;motion</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <source>Len&amp;gth</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Sujet</translation>
    </message>
    <message>
        <source>No brand profile</source>
        <translation>Aucun profil de marque</translation>
    </message>
    <message>
        <source>Brand profile</source>
        <translation>Profil de marque</translation>
    </message>
    <message>
        <source>The brand the script is checked against: its banned words, hashtags and voice</source>
        <translation>La marque selon laquelle le script est vérifié : ses mots interdits, ses hashtags et sa voix</translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation>Type d’accroche</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Reel length in seconds</source>
        <translation>Durée du Reel en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the Reel length, e.g. &quot;30 s&quot;</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Script language</source>
        <translation>Langue du script</translation>
    </message>
    <message>
        <source>The language the script is written in: word counts, spelling and speaking rate follow it</source>
        <translation>La langue du script : le nombre de mots, l’orthographe et le débit de parole en dépendent</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>The kind of hook the script opens with; the hook is checked against it</source>
        <translation>Le type d’accroche qui ouvre le script ; l’accroche est vérifiée en conséquence</translation>
    </message>
    <message>
        <source>The feeling the Reel should leave; the tone is checked against it (English)</source>
        <translation>Le sentiment que le Reel doit laisser ; le ton est vérifié en conséquence (anglais)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>What the Reel is about (optional)</source>
        <translation>Le sujet du Reel (facultatif)</translation>
    </message>
</context>
<context>
    <name>reel::ui::RuleLimitsEditor</name>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>This brand</source>
        <translation>Cette marque</translation>
    </message>
    <message>
        <source>Tick a limit to give this brand its own value; the others follow the platform&apos;s rule pack.</source>
        <translation>Cochez une limite pour donner à cette marque sa propre valeur ; les autres suivent le jeu de règles de la plateforme.</translation>
    </message>
    <message>
        <source>Rule limits</source>
        <translation>Limites des règles</translation>
    </message>
</context>
<context>
    <name>reel::ui::RuleSettingText</name>
    <message>
        <source>Hook: fewest words</source>
        <translation>Accroche : nombre minimal de mots</translation>
    </message>
    <message>
        <source>Hook: most words</source>
        <translation>Accroche : nombre maximal de mots</translation>
    </message>
    <message>
        <source>Hook: seconds to say it</source>
        <translation>Accroche : secondes pour la dire</translation>
    </message>
    <message>
        <source>Body: fewest words</source>
        <translation>Corps : nombre minimal de mots</translation>
    </message>
    <message>
        <source>Body: most words</source>
        <translation>Corps : nombre maximal de mots</translation>
    </message>
    <message>
        <source>Call to action: fewest words</source>
        <translation>Appel à l’action : nombre minimal de mots</translation>
    </message>
    <message>
        <source>Call to action: most words</source>
        <translation>Appel à l’action : nombre maximal de mots</translation>
    </message>
    <message>
        <source>Caption: characters (hard limit)</source>
        <translation>Légende : caractères (limite stricte)</translation>
    </message>
    <message>
        <source>Caption: fewest characters recommended</source>
        <translation>Légende : nombre minimal de caractères recommandé</translation>
    </message>
    <message>
        <source>Caption: most characters recommended</source>
        <translation>Légende : nombre maximal de caractères recommandé</translation>
    </message>
    <message>
        <source>Caption: characters shown before “more”</source>
        <translation>Légende : caractères affichés avant « plus »</translation>
    </message>
    <message>
        <source>Hashtags: most</source>
        <translation>Hashtags : maximum</translation>
    </message>
    <message>
        <source>Hashtags: fewest</source>
        <translation>Hashtags : minimum</translation>
    </message>
    <message>
        <source>Hashtag: most characters</source>
        <translation>Hashtag : nombre maximal de caractères</translation>
    </message>
    <message>
        <source>Duration: tolerance (0.15 = ±15 %)</source>
        <translation>Durée : tolérance (0,15 = ±15 %)</translation>
    </message>
    <message>
        <source>Reel: most seconds</source>
        <translation>Reel : nombre maximal de secondes</translation>
    </message>
    <message>
        <source>Reel: seconds recommended for reach</source>
        <translation>Reel : secondes recommandées pour la portée</translation>
    </message>
    <message>
        <source>Sentence: most words</source>
        <translation>Phrase : nombre maximal de mots</translation>
    </message>
    <message>
        <source>Reading ease: lowest score</source>
        <translation>Lisibilité : score minimal</translation>
    </message>
    <message>
        <source>Capitals: words in a row that read as shouting</source>
        <translation>Majuscules : mots à la suite perçus comme un cri</translation>
    </message>
    <message>
        <source>Exclamation marks in a row: most</source>
        <translation>Points d’exclamation à la suite : maximum</translation>
    </message>
    <message>
        <source>Emoji in a row: most</source>
        <translation>Emoji à la suite : maximum</translation>
    </message>
    <message>
        <source>Emoji per section: most</source>
        <translation>Emoji par section : maximum</translation>
    </message>
    <message>
        <source>Same word per section: most uses</source>
        <translation>Même mot par section : nombre maximal d’occurrences</translation>
    </message>
    <message>
        <source>Repetition: shortest word counted</source>
        <translation>Répétition : mot le plus court pris en compte</translation>
    </message>
    <message>
        <source>Tone: sentiment threshold</source>
        <translation>Ton : seuil de sentiment</translation>
    </message>
</context>
<context>
    <name>reel::ui::ScriptDetailPanel</name>
    <message>
        <source>Moved to “%1”.</source>
        <extracomment>%1 the new status</extracomment>
        <translation>Passé à « %1 ».</translation>
    </message>
    <message>
        <source>Rating added.</source>
        <translation>Évaluation ajoutée.</translation>
    </message>
    <message>
        <source>Figures saved.</source>
        <translation>Chiffres enregistrés.</translation>
    </message>
    <message>
        <source>Restored as version %1.</source>
        <translation>Restauré en version %1.</translation>
    </message>
    <message>
        <source>Select a script to review it here.</source>
        <translation>Sélectionnez un script pour le relire ici.</translation>
    </message>
    <message>
        <source>Untitled script</source>
        <translation>Script sans titre</translation>
    </message>
    <message>
        <source>Created %1</source>
        <extracomment>when the script was created</extracomment>
        <translation>Créé le %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Modifié le %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <extracomment>tokens sent and received</extracomment>
        <translation>%1 + %2 jetons</translation>
    </message>
    <message>
        <source>Score %1</source>
        <extracomment>the script&apos;s score in the platform checks, 0–100</extracomment>
        <translation>Score %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Accroche</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Appel à l’action</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>Texte à l’écran</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>Texte de la miniature</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performances</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Current script</source>
        <translation>Script actuel</translation>
    </message>
</context>
<context>
    <name>reel::ui::ScriptEditorPage</name>
    <message>
        <source>Script Editor</source>
        <translation>Éditeur de scripts</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip with its keyboard shortcut, e.g. &quot;Open a script file (Ctrl+O)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Script</source>
        <translation>&amp;Nouveau script</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Start a new, empty script</source>
        <translation>Commencer un nouveau script vide</translation>
    </message>
    <message>
        <source>&amp;Open Script…</source>
        <translation>&amp;Ouvrir un script…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open a script file</source>
        <translation>Ouvrir un fichier de script</translation>
    </message>
    <message>
        <source>&amp;Save Script</source>
        <translation>&amp;Enregistrer le script</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the script</source>
        <translation>Enregistrer le script</translation>
    </message>
    <message>
        <source>Save Script &amp;As…</source>
        <translation>Enregistrer le script &amp;sous…</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save the script to a new file</source>
        <translation>Enregistrer le script dans un nouveau fichier</translation>
    </message>
    <message>
        <source>Next Problem</source>
        <translation>Problème suivant</translation>
    </message>
    <message>
        <source>Previous Problem</source>
        <translation>Problème précédent</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>No brand profile yet: the brand&apos;s banned words, competitors and hashtags are not checked. Create one on the Brand Profiles page.</source>
        <translation>Pas encore de profil de marque : les mots interdits, les concurrents et les hashtags de la marque ne sont pas vérifiés. Créez-en un dans la page Profils de marque.</translation>
    </message>
    <message>
        <source>The new script has not been saved.</source>
        <translation>Le nouveau script n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes.</source>
        <translation>« %1 » contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>New script. Start with the hook.</source>
        <translation>Nouveau script. Commencez par l’accroche.</translation>
    </message>
    <message>
        <source>Open Script</source>
        <translation>Ouvrir un script</translation>
    </message>
    <message>
        <source>Script files (*.json);;All files (*)</source>
        <translation>Fichiers de script (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could Not Open the Script</source>
        <translation>Impossible d’ouvrir le script</translation>
    </message>
    <message>
        <source>The script was written for “%1”, which is not in this workspace.</source>
        <extracomment>%1 the brand named in the file</extracomment>
        <translation>Le script a été écrit pour « %1 », qui n’est pas dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <source>script</source>
        <extracomment>Suggested file name; %1 the brand&apos;s name</extracomment>
        <translation>script</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>script %1</translation>
    </message>
    <message>
        <source>Save Script</source>
        <translation>Enregistrer le script</translation>
    </message>
    <message>
        <source>Saving as soon as the check of the latest changes is done…</source>
        <translation>Enregistrement dès la fin de la vérification des dernières modifications…</translation>
    </message>
    <message>
        <source>Could Not Save the Script</source>
        <translation>Impossible d’enregistrer le script</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Applied: %1. Undo with %2.</source>
        <extracomment>%1 what the fix did, e.g. remove “fat”</extracomment>
        <translation>Appliqué : %1. Annulez avec %2.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>Untitled script</source>
        <translation>Script sans titre</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The script was written for “%1”, which is no longer in this workspace.</source>
        <extracomment>%1 the brand the script was generated for</extracomment>
        <translation>Le script a été écrit pour « %1 », qui n’est plus dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Could not autosave: %1</source>
        <translation>Échec de l’enregistrement automatique : %1</translation>
    </message>
    <message>
        <source>Could Not Save the Version</source>
        <translation>Impossible d’enregistrer la version</translation>
    </message>
    <message>
        <source>Opened “%1” from the history. Edits are kept as versions automatically; %2 saves the version now.</source>
        <extracomment>%1 the script&apos;s title (its hook)</extracomment>
        <translation>« %1 » ouvert depuis l’historique. Les modifications sont conservées automatiquement sous forme de versions ; %2 enregistre la version maintenant.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Enregistré en version %1.</translation>
    </message>
    <message>
        <source>No changes since version %1.</source>
        <translation>Aucune modification depuis la version %1.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification en cours…</translation>
    </message>
    <message>
        <source>Version %1 (autosaved)</source>
        <translation>Version %1 (enregistrée automatiquement)</translation>
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
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB</source>
        <translation>le fichier dépasse 16 Mio</translation>
    </message>
</context>
<context>
    <name>reel::ui::ScriptForm</name>
    <message>
        <source>&amp;Hook</source>
        <translation>&amp;Accroche</translation>
    </message>
    <message>
        <source>The first words viewers hear: make them stop scrolling.</source>
        <translation>Les premiers mots entendus : faites cesser le défilement.</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>C&amp;orps</translation>
    </message>
    <message>
        <source>The story, the tips, the proof: what the Reel says.</source>
        <translation>L’histoire, les conseils, les preuves : ce que dit le Reel.</translation>
    </message>
    <message>
        <source>&amp;Call to action</source>
        <translation>Appel à l’a&amp;ction</translation>
    </message>
    <message>
        <source>What viewers should do next, e.g. Book your free class today.</source>
        <translation>Ce que les spectateurs doivent faire ensuite, p. ex. Réservez votre cours gratuit dès aujourd’hui.</translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation>Lége&amp;nde</translation>
    </message>
    <message>
        <source>The post&apos;s caption. The first 125 characters show before “more”.</source>
        <translation>La légende de la publication. Les 125 premiers caractères s’affichent avant « plus ».</translation>
    </message>
    <message>
        <source>Hash&amp;tags</source>
        <translation>Hash&amp;tags</translation>
    </message>
    <message>
        <source>#brand #topic, separated by spaces</source>
        <translation>#marque #sujet, séparés par des espaces</translation>
    </message>
    <message>
        <source>&amp;On-screen text</source>
        <translation>Texte à l’&amp;écran</translation>
    </message>
    <message>
        <source>One line per text overlay</source>
        <translation>Une ligne par texte en incrustation</translation>
    </message>
    <message>
        <source>&amp;Shots</source>
        <translation>&amp;Plans</translation>
    </message>
    <message>
        <source>Th&amp;umbnail text</source>
        <translation>Texte de la &amp;miniature</translation>
    </message>
    <message>
        <source>A few words on the cover image</source>
        <translation>Quelques mots sur l’image de couverture</translation>
    </message>
    <message>
        <source>Add Shot</source>
        <translation>Ajouter un plan</translation>
    </message>
    <message>
        <source>Add a shot at the end of the list</source>
        <translation>Ajouter un plan à la fin de la liste</translation>
    </message>
    <message>
        <source>Add shot</source>
        <translation>Ajouter un plan</translation>
    </message>
    <message>
        <source>Remove Shot</source>
        <translation>Retirer le plan</translation>
    </message>
    <message>
        <source>Remove the selected shot</source>
        <translation>Retirer le plan sélectionné</translation>
    </message>
    <message>
        <source>Remove shot</source>
        <translation>Retirer le plan</translation>
    </message>
    <message>
        <source>Caption length</source>
        <translation>Longueur de la légende</translation>
    </message>
    <message>
        <source>Hashtag count</source>
        <translation>Nombre de hashtags</translation>
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
        <translation>%1 caractères sur %2 ; les %3 premiers s’affichent avant « plus » (le repère).</translation>
    </message>
    <message>
        <source>%1 hashtags of the %2 Instagram allows (hashtags in the caption count too).</source>
        <translation>%1 hashtags sur les %2 autorisés par Instagram (les hashtags de la légende comptent aussi).</translation>
    </message>
</context>
<context>
    <name>reel::ui::SectionEditor</name>
    <message>
        <source>Spelling Suggestions</source>
        <translation>Suggestions orthographiques</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
</context>
<context>
    <name>reel::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>Fournisseur du modèle</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Which model writes the scripts</source>
        <translation>Le modèle qui écrit les scripts</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>The server&apos;s OpenAI-compatible address, usually ending in /v1</source>
        <translation>L’adresse du serveur compatible OpenAI, qui se termine généralement par /v1</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>The model&apos;s id on the server; Refresh lists the models it offers</source>
        <translation>L’identifiant du modèle sur le serveur ; Actualiser liste les modèles proposés</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>List the models the server offers</source>
        <translation>Lister les modèles proposés par le serveur</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>&amp;Save Key</source>
        <translation>&amp;Enregistrer la clé</translation>
    </message>
    <message>
        <source>Keep the key in the system keychain</source>
        <translation>Conserver la clé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Remo&amp;ve Key</source>
        <translation>Supprimer &amp;la clé</translation>
    </message>
    <message>
        <source>Delete the saved key from the keychain</source>
        <translation>Effacer la clé enregistrée du trousseau</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Ask the server for its models with these settings</source>
        <translation>Demander ses modèles au serveur avec ces paramètres</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>Tem&amp;pérature :</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Higher values give more varied scripts; lower, more predictable ones</source>
        <translation>Des valeurs élevées donnent des scripts plus variés ; des valeurs basses, plus prévisibles</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens per answer:</source>
        <translation>Jetons ma&amp;x. par réponse :</translation>
    </message>
    <message>
        <source>Maximum tokens per answer</source>
        <translation>Nombre maximal de jetons par réponse</translation>
    </message>
    <message>
        <source>Server default</source>
        <translation>Valeur du serveur</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Délai de &amp;connexion :</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Délai de connexion en secondes</translation>
    </message>
    <message>
        <source>How long to wait for the server to accept the request</source>
        <translation>Combien de temps attendre que le serveur accepte la requête</translation>
    </message>
    <message>
        <source>&amp;Inactivity timeout:</source>
        <translation>Délai d’&amp;inactivité :</translation>
    </message>
    <message>
        <source>Inactivity timeout in seconds</source>
        <translation>Délai d’inactivité en secondes</translation>
    </message>
    <message>
        <source>The longest silence allowed while the answer streams in</source>
        <translation>Le plus long silence accepté pendant l’arrivée de la réponse</translation>
    </message>
    <message>
        <source>&amp;Overall timeout:</source>
        <translation>Délai &amp;total :</translation>
    </message>
    <message>
        <source>Overall timeout in seconds</source>
        <translation>Délai total en secondes</translation>
    </message>
    <message>
        <source>The longest a whole answer may take, retries included</source>
        <translation>La durée maximale d’une réponse complète, nouvelles tentatives comprises</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after a number of seconds, e.g. &quot;10 s&quot;</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>R&amp;etries:</source>
        <translation>Nouv&amp;elles tentatives :</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>How often a request is sent again after a network error, a rate limit or a server error</source>
        <translation>Combien de fois une requête est renvoyée après une erreur réseau, une limite de débit ou une erreur du serveur</translation>
    </message>
    <message>
        <source>Re&amp;pairs:</source>
        <translation>Co&amp;rrections :</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>How often a script with errors goes back to the model with the problems found</source>
        <translation>Combien de fois un script comportant des erreurs est renvoyé au modèle avec les problèmes trouvés</translation>
    </message>
    <message>
        <source>When the server cannot be reached, write with the &amp;offline composer</source>
        <translation>Si le serveur est injoignable, écrire avec le rédacteur &amp;hors ligne</translation>
    </message>
    <message>
        <source>Automatic: OpenAI with a key, else the offline composer</source>
        <translation>Automatique : OpenAI avec une clé, sinon le rédacteur hors ligne</translation>
    </message>
    <message>
        <source>Offline composer only</source>
        <translation>Rédacteur hors ligne uniquement</translation>
    </message>
    <message>
        <source>e.g. https://models.example.com/v1</source>
        <translation>p. ex. https://models.example.com/v1</translation>
    </message>
    <message>
        <source>The model&apos;s id, e.g. llama3.1</source>
        <translation>L’identifiant du modèle, p. ex. llama3.1</translation>
    </message>
    <message>
        <source>OpenAI when an API key is known (saved here or in OPENAI_API_KEY), else the offline composer.</source>
        <translation>OpenAI si une clé d’API est connue (enregistrée ici ou dans OPENAI_API_KEY), sinon le rédacteur hors ligne.</translation>
    </message>
    <message>
        <source>Scripts are written on this computer from templates, with no model and no network: free and private, but less varied.</source>
        <translation>Les scripts sont écrits sur cet ordinateur à partir de modèles de phrases, sans modèle d’IA ni réseau : gratuit et privé, mais moins varié.</translation>
    </message>
    <message>
        <source>OpenAI&apos;s API. It needs an API key and charges per token (see Prices).</source>
        <translation>L’API d’OpenAI. Elle demande une clé d’API et facture au jeton (voir Prix).</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API: enter its base URL and model.</source>
        <translation>Tout serveur parlant l’API d’OpenAI : saisissez son URL de base et son modèle.</translation>
    </message>
    <message>
        <source>A model server on this computer: start it first. A key is usually not needed.</source>
        <translation>Un serveur de modèles sur cet ordinateur : lancez-le d’abord. Une clé n’est généralement pas nécessaire.</translation>
    </message>
    <message>
        <source>The offline composer needs no key.</source>
        <translation>Le rédacteur hors ligne n’a pas besoin de clé.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Impossible de lire le trousseau : %1</translation>
    </message>
    <message>
        <source>Saved key: %1</source>
        <extracomment>%1 the hidden key with its last four characters, e.g. •••• 3xYz</extracomment>
        <translation>Clé enregistrée : %1</translation>
    </message>
    <message>
        <source>Using the key from the OPENAI_API_KEY environment variable. A key saved here is used instead.</source>
        <translation>La clé de la variable d’environnement OPENAI_API_KEY est utilisée. Une clé enregistrée ici la remplace.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <source>No key saved; a server on this computer usually needs none.</source>
        <translation>Aucune clé enregistrée ; un serveur sur cet ordinateur n’en a généralement pas besoin.</translation>
    </message>
    <message>
        <source>No key saved.</source>
        <translation>Aucune clé enregistrée.</translation>
    </message>
    <message>
        <source>Enter a new key to replace it</source>
        <translation>Saisissez une nouvelle clé pour la remplacer</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Collez la clé d’API</translation>
    </message>
    <message>
        <source>The system keychain is not available. The key is kept for this session only and never written to disk.</source>
        <translation>Le trousseau du système n’est pas disponible. La clé est conservée pour cette session uniquement et n’est jamais écrite sur le disque.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The key is kept for this session only and never written to disk.</source>
        <translation>Le trousseau du système n’est pas disponible (%1). La clé est conservée pour cette session uniquement et n’est jamais écrite sur le disque.</translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation>La clé n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>The key was saved in the system keychain.</source>
        <translation>La clé a été enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>La clé est conservée pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <extracomment>%1 the provider, e.g. OpenAI</extracomment>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Remove the saved API key for %1 from the keychain?</source>
        <translation>Supprimer du trousseau la clé d’API enregistrée pour %1 ?</translation>
    </message>
    <message>
        <source>The key was not removed: %1</source>
        <translation>La clé n’a pas été supprimée : %1</translation>
    </message>
    <message>
        <source>No API key is known, so the offline composer writes; it needs no connection.</source>
        <translation>Aucune clé d’API n’est connue : le rédacteur hors ligne écrit, sans connexion.</translation>
    </message>
    <message>
        <source>The offline composer needs no connection.</source>
        <translation>Le rédacteur hors ligne n’a pas besoin de connexion.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s base URL, e.g. %1</source>
        <translation>Saisissez l’URL de base du serveur, p. ex. %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 the server&apos;s address</extracomment>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The server answered, but not with a list of models. Check the base URL (it usually ends in /v1).</source>
        <translation>Le serveur a répondu, mais pas avec une liste de modèles. Vérifiez l’URL de base (elle se termine généralement par /v1).</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model.</source>
        <translation>
            <numerusform>Connecté. Le serveur propose %n modèle.</numerusform>
            <numerusform>Connecté. Le serveur propose %n modèles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n models.</source>
        <translation>
            <numerusform>Connecté. Le serveur propose %n modèle.</numerusform>
            <numerusform>Connecté. Le serveur propose %n modèles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model listed.</source>
        <translation>
            <numerusform>%n modèle listé.</numerusform>
            <numerusform>%n modèles listés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models listed.</source>
        <translation>
            <numerusform>%n modèle listé.</numerusform>
            <numerusform>%n modèles listés.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not among them.</source>
        <extracomment>%1 the model id set above</extracomment>
        <translation>« %1 » n’en fait pas partie.</translation>
    </message>
</context>
<context>
    <name>reel::ui::ShotsModel</name>
    <message>
        <source>The shot must end after it starts.</source>
        <translation>Le plan doit se terminer après son début.</translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation>Début (s)</translation>
    </message>
    <message>
        <source>End (s)</source>
        <translation>Fin (s)</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>Visuel</translation>
    </message>
    <message>
        <source>Voice-over</source>
        <translation>Voix off</translation>
    </message>
</context>
<context>
    <name>reel::ui::StatusPanel</name>
    <message>
        <source>Say why the script is rejected: the writer reads this.</source>
        <translation>Indiquez pourquoi le script est refusé : l’auteur lira ce message.</translation>
    </message>
    <message>
        <source>Say why the script goes back: the writer reads this.</source>
        <translation>Indiquez pourquoi le script est renvoyé : l’auteur lira ce message.</translation>
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
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>No status changes yet.</source>
        <translation>Aucun changement de statut pour l’instant.</translation>
    </message>
    <message>
        <source>Required: why this move?</source>
        <translation>Obligatoire : pourquoi ce changement ?</translation>
    </message>
    <message>
        <source>Optional note for the team</source>
        <translation>Note facultative pour l’équipe</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Passer à :</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Par :</translation>
    </message>
    <message>
        <source>Your name, kept with the change (remembered for next time)</source>
        <translation>Votre nom, conservé avec le changement (mémorisé pour la prochaine fois)</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Published scripts stay published.</source>
        <translation>Les scripts publiés restent publiés.</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
</context>
<context>
    <name>reel::ui::StringListEditor</name>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>« %1 » est déjà dans la liste.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>Remove selected entries</source>
        <translation>Retirer les entrées sélectionnées</translation>
    </message>
    <message>
        <source>New entry for %1</source>
        <extracomment>%1 the list, e.g. &quot;Pain points&quot;</extracomment>
        <translation>Nouvelle entrée pour %1</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <source>Remove selected from %1</source>
        <translation>Retirer la sélection de %1</translation>
    </message>
    <message>
        <source>Add the typed entry (Enter)</source>
        <translation>Ajouter l’entrée saisie (Entrée)</translation>
    </message>
    <message>
        <source>Remove the selected entries (Delete)</source>
        <translation>Retirer les entrées sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Double-click an entry to edit it</source>
        <translation>Double-cliquez sur une entrée pour la modifier</translation>
    </message>
    <message>
        <source>An entry cannot be empty; use Remove to delete it.</source>
        <translation>Une entrée ne peut pas être vide ; utilisez Retirer pour la supprimer.</translation>
    </message>
</context>
<context>
    <name>reel::ui::SummaryTiles</name>
    <message>
        <source>Scripts</source>
        <translation>Scripts</translation>
    </message>
    <message numerus="yes">
        <source>in %n week</source>
        <translation>
            <numerusform>en %n semaine</numerusform>
            <numerusform>en %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n weeks</source>
        <translation>
            <numerusform>en %n semaine</numerusform>
            <numerusform>en %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Model / offline composer</source>
        <extracomment>the number of scripts written by a model and by the offline composer, e.g. &quot;5 / 2&quot;</extracomment>
        <translation>Modèle / rédacteur hors ligne</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 written by a model</source>
        <translation>%1 écrits par un modèle</translation>
    </message>
    <message>
        <source>Average generation time</source>
        <translation>Temps de génération moyen</translation>
    </message>
    <message>
        <source>Model scripts: %1</source>
        <translation>Scripts de modèle : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n script</source>
        <extracomment>%1 the scripts that failed, %n all scripts</extracomment>
        <translation>
            <numerusform>%1 sur %n script</numerusform>
            <numerusform>%1 sur %n scripts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scripts</source>
        <translation>
            <numerusform>%1 sur %n script</numerusform>
            <numerusform>%1 sur %n scripts</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed validation at first attempt</source>
        <translation>Échec de validation à la première tentative</translation>
    </message>
    <message>
        <source>Still failing after repair</source>
        <translation>Toujours en échec après correction</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Prompt %1 · completion %2</source>
        <translation>Entrée %1 · sortie %2</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Coût (USD)</translation>
    </message>
    <message>
        <source>%1 per model script</source>
        <translation>%1 par script de modèle</translation>
    </message>
    <message>
        <source>%1 up · %2 down</source>
        <translation>Pour : %1 · contre : %2</translation>
    </message>
    <message>
        <source>%1 ★ average · %2</source>
        <extracomment>%1 the average stars, %2 the thumbs</extracomment>
        <translation>%1 ★ en moyenne · %2</translation>
    </message>
    <message>
        <source>Rated scripts</source>
        <translation>Scripts évalués</translation>
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
        <translation>%1 — échec</translation>
    </message>
    <message>
        <source>%1 — stopped</source>
        <translation>%1 — arrêtée</translation>
    </message>
    <message>
        <source>Waiting for the first words…</source>
        <translation>En attente des premiers mots…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message numerus="yes">
        <source>Attempt %1: repairing %n problem…</source>
        <extracomment>%1 the attempt&apos;s number (2 = the first repair), %n the problems sent back to the model</extracomment>
        <translation>
            <numerusform>Tentative %1 : correction de %n problème…</numerusform>
            <numerusform>Tentative %1 : correction de %n problèmes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attempt %1: repairing %n problems…</source>
        <translation>
            <numerusform>Tentative %1 : correction de %n problème…</numerusform>
            <numerusform>Tentative %1 : correction de %n problèmes…</numerusform>
        </translation>
    </message>
    <message>
        <source>no errors</source>
        <translation>aucune erreur</translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>no warnings</source>
        <translation>aucun avertissement</translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Score %1: %2, %3.</source>
        <extracomment>%1 the score (0–100), %2 &quot;no errors&quot; / &quot;2 errors&quot;, %3 &quot;1 warning&quot;</extracomment>
        <translation>Score %1 : %2, %3.</translation>
    </message>
    <message>
        <source>Repaired once.</source>
        <translation>Corrigé une fois.</translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n times.</source>
        <translation>
            <numerusform>Corrigé %n fois.</numerusform>
            <numerusform>Corrigé %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in the workspace.</source>
        <translation>Enregistré dans l’espace de travail.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Non écrit : %1</translation>
    </message>
    <message>
        <source>Stopped; nothing was saved.</source>
        <translation>Arrêté ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
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
        <translation>Accroche</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Appel à l’action</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>Texte à l’écran</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>Texte de la miniature</translation>
    </message>
    <message>
        <source>The script appears here, section by section, as it is written.</source>
        <translation>Le script s’affiche ici, section par section, au fil de l’écriture.</translation>
    </message>
    <message>
        <source>written instead of the model: %1</source>
        <extracomment>why the offline composer wrote a variant; %1 what went wrong with the model server</extracomment>
        <translation>écrit à la place du modèle : %1</translation>
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
        <translation>%1 (inchangé)</translation>
    </message>
    <message>
        <source>The same version is chosen on both sides.</source>
        <translation>La même version est choisie des deux côtés.</translation>
    </message>
    <message>
        <source>The two versions have the same text.</source>
        <translation>Les deux versions ont le même texte.</translation>
    </message>
    <message numerus="yes">
        <source>%n section differs.</source>
        <translation>
            <numerusform>%n section diffère.</numerusform>
            <numerusform>%n sections diffèrent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sections differ.</source>
        <translation>
            <numerusform>%n section diffère.</numerusform>
            <numerusform>%n sections diffèrent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Accroche</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Appel à l’action</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>Texte à l’écran</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>Texte de la miniature</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <extracomment>%1 the script&apos;s title</extracomment>
        <translation>Comparer les versions</translation>
    </message>
    <message>
        <source>Compare Versions — %1</source>
        <translation>Comparer les versions — %1</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Version antérieure</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Version plus récente</translation>
    </message>
    <message>
        <source>%1, left version</source>
        <extracomment>%1 a section of the script, e.g. &quot;Hook&quot;</extracomment>
        <translation>%1, version de gauche</translation>
    </message>
    <message>
        <source>%1, right version</source>
        <translation>%1, version de droite</translation>
    </message>
</context>
<context>
    <name>reel::ui::VersionsPanel</name>
    <message>
        <source>%1 (current)</source>
        <extracomment>the version now in use, e.g. &quot;3 (current)&quot;</extracomment>
        <translation>%1 (actuelle)</translation>
    </message>
    <message>
        <source>%1, autosaved</source>
        <translation>%1, enregistrée automatiquement</translation>
    </message>
    <message>
        <source>Make version %1 current again? It is saved as a new version %2; the versions in between stay in the history.</source>
        <extracomment>%1 the version to restore, %2 the number it will get</extracomment>
        <translation>Rendre la version %1 à nouveau actuelle ? Elle est enregistrée comme nouvelle version %2 ; les versions intermédiaires restent dans l’historique.</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>Restaurer la version</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Could Not Restore the Version</source>
        <translation>Impossible de restaurer la version</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Show two versions side by side with the changes marked</source>
        <translation>Afficher deux versions côte à côte avec les modifications signalées</translation>
    </message>
    <message>
        <source>Make the selected version current again (kept as a new version)</source>
        <translation>Rendre la version sélectionnée à nouveau actuelle (conservée comme nouvelle version)</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Ouvrir dans l’éditeur</translation>
    </message>
</context>
<context>
    <name>reel::ui::VoicePicker</name>
    <message>
        <source>Brand voice</source>
        <translation>Voix de la marque</translation>
    </message>
    <message>
        <source>Check every voice that fits the brand (Space toggles)</source>
        <translation>Cochez chaque voix qui convient à la marque (Espace pour cocher ou décocher)</translation>
    </message>
    <message>
        <source>Another voice, e.g. witty</source>
        <translation>Une autre voix, p. ex. spirituelle</translation>
    </message>
    <message>
        <source>Custom brand voice</source>
        <translation>Voix de marque personnalisée</translation>
    </message>
    <message>
        <source>Add voice</source>
        <translation>Ajouter une voix</translation>
    </message>
    <message>
        <source>Add custom brand voice</source>
        <translation>Ajouter une voix de marque personnalisée</translation>
    </message>
</context>
</TS>
