<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DocumentText</name>
    <message>
        <source>score %1, errors: %2, warnings: %3</source>
        <extracomment>the validation line of an exported script: the score out of 100, then the counts</extracomment>
        <translation>puntuación %1, errores: %2, advertencias: %3</translation>
    </message>
</context>
<context>
    <name>WorkflowText</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Strong hook</source>
        <translation>Gancho potente</translation>
    </message>
    <message>
        <source>On brand</source>
        <translation>Fiel a la marca</translation>
    </message>
    <message>
        <source>Clear call to action</source>
        <translation>Llamada a la acción clara</translation>
    </message>
    <message>
        <source>Right length</source>
        <translation>Duración adecuada</translation>
    </message>
    <message>
        <source>Fresh idea</source>
        <translation>Idea original</translation>
    </message>
    <message>
        <source>Weak hook</source>
        <translation>Gancho débil</translation>
    </message>
    <message>
        <source>Off brand</source>
        <translation>No encaja con la marca</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Demasiado largo</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Demasiado corto</translation>
    </message>
    <message>
        <source>Unclear call to action</source>
        <translation>Llamada a la acción poco clara</translation>
    </message>
    <message>
        <source>Factual error</source>
        <translation>Error en los datos</translation>
    </message>
    <message>
        <source>Wrong tone</source>
        <translation>Tono inadecuado</translation>
    </message>
</context>
<context>
    <name>WorkspaceInUse</name>
    <message>
        <source>Each workspace is open in one window at a time, so that two windows never save over each other&apos;s work. Switch to that window, or open another workspace.</source>
        <translation>Cada espacio de trabajo solo puede estar abierto en una ventana a la vez, para que dos ventanas nunca sobrescriban el trabajo de la otra. Cambia a esa ventana o abre otro espacio de trabajo.</translation>
    </message>
    <message>
        <source>Open Another Workspace…</source>
        <translation>Abrir otro espacio de trabajo…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>reel::ui::AnalyticsCharts</name>
    <message>
        <source>Scripts per week</source>
        <translation>Guiones por semana</translation>
    </message>
    <message>
        <source>Tokens and cost per month</source>
        <translation>Tokens y coste por mes</translation>
    </message>
    <message>
        <source>Offline composer and models</source>
        <translation>Redactor sin conexión y modelos</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>Top sectors</source>
        <translation>Sectores principales</translation>
    </message>
    <message>
        <source>Top hook types</source>
        <translation>Tipos de gancho principales</translation>
    </message>
    <message>
        <source>Cost per brand</source>
        <translation>Coste por marca</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Average generation time (s)</source>
        <translation>Tiempo medio de generación (s)</translation>
    </message>
    <message>
        <source>No scripts in this period.</source>
        <translation>No hay guiones en este periodo.</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Guiones</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>date format of the weekly chart&apos;s axis over a long period (Qt date format)</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>No model tokens were used in this period. The offline composer costs nothing.</source>
        <translation>No se usaron tokens de modelo en este periodo. El redactor sin conexión no tiene coste.</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Tokens de entrada</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Tokens de salida</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Coste (USD)</translation>
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
        <translation>(desconocido)</translation>
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
        <translation>Aún no se ha valorado ningún guion de este periodo.</translation>
    </message>
    <message>
        <source>%1★</source>
        <extracomment>a bar of the ratings chart: ratings with %1 stars</extracomment>
        <translation>%1★</translation>
    </message>
    <message>
        <source>Up</source>
        <extracomment>a bar of the ratings chart: thumbs up</extracomment>
        <translation>A favor</translation>
    </message>
    <message>
        <source>Down</source>
        <extracomment>a bar of the ratings chart: thumbs down</extracomment>
        <translation>En contra</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Estrellas</translation>
    </message>
    <message>
        <source>Thumbs</source>
        <translation>Pulgares</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>(no brand)</source>
        <translation>(sin marca)</translation>
    </message>
    <message>
        <source>Prompt %1 · completion %2</source>
        <translation>Entrada %1 · salida %2</translation>
    </message>
</context>
<context>
    <name>reel::ui::AnalyticsFilterBar</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Marca:</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Desde el principio</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>First script</source>
        <extracomment>shown in the &quot;From&quot; date field when the period starts with the first script</extracomment>
        <translation>Primer guion</translation>
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
        <translation>Todas las marcas</translation>
    </message>
    <message>
        <source>The period whose scripts are counted</source>
        <translation>El periodo cuyos guiones se cuentan</translation>
    </message>
    <message>
        <source>Count the scripts of one brand only</source>
        <translation>Contar solo los guiones de una marca</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>a period: %1 first day, %2 last day</extracomment>
        <translation>hasta el %1</translation>
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
        <translation>Analítica</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the summary figures as text</source>
        <translation>Copiar las cifras del resumen como texto</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Write every figure of this period to a CSV file</source>
        <translation>Guardar todas las cifras de este periodo en un archivo CSV</translation>
    </message>
    <message>
        <source>Analytics figures</source>
        <translation>Cifras de analítica</translation>
    </message>
    <message>
        <source>The figures could not be computed.</source>
        <translation>No se pudieron calcular las cifras.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Counting the scripts…</source>
        <translation>Contando los guiones…</translation>
    </message>
    <message>
        <source>No scripts yet. Scripts you generate are counted here: how many, what they cost and how they were rated.</source>
        <translation>Aún no hay guiones. Aquí se cuentan los guiones que generas: cuántos son, cuánto cuestan y cómo se valoraron.</translation>
    </message>
    <message>
        <source>No script was created in this period.</source>
        <translation>No se creó ningún guion en este periodo.</translation>
    </message>
    <message>
        <source>No script of %1 was created in this period.</source>
        <translation>No se creó ningún guion de %1 en este periodo.</translation>
    </message>
    <message>
        <source>Choose a longer period or another brand.</source>
        <translation>Elige un periodo más largo u otra marca.</translation>
    </message>
    <message>
        <source>Export Analytics</source>
        <translation>Exportar analítica</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>No se escribió el archivo.</translation>
    </message>
    <message>
        <source>Exported the figures to %1.</source>
        <translation>Cifras exportadas a %1.</translation>
    </message>
    <message>
        <source>Copied the summary to the clipboard.</source>
        <translation>Resumen copiado al portapapeles.</translation>
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
        <translation>Analítica de Reel Studio: %1</translation>
    </message>
    <message>
        <source>Scripts: %1</source>
        <translation>Guiones: %1</translation>
    </message>
    <message>
        <source>Written by a model: %1</source>
        <translation>Escritos por un modelo: %1</translation>
    </message>
    <message>
        <source>Written by the offline composer: %1</source>
        <translation>Escritos por el redactor sin conexión: %1</translation>
    </message>
    <message>
        <source>Average generation time: %1</source>
        <translation>Tiempo medio de generación: %1</translation>
    </message>
    <message>
        <source>Average generation time of model scripts: %1</source>
        <translation>Tiempo medio de generación de los guiones de modelo: %1</translation>
    </message>
    <message>
        <source>Failed validation at the first attempt: %1 (%2)</source>
        <translation>No superaron la validación al primer intento: %1 (%2)</translation>
    </message>
    <message>
        <source>Still failing after repair: %1 (%2)</source>
        <translation>Siguen fallando tras la reparación: %1 (%2)</translation>
    </message>
    <message>
        <source>Tokens: %1 (prompt %2, completion %3)</source>
        <translation>Tokens: %1 (entrada %2, salida %3)</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Coste: %1</translation>
    </message>
    <message>
        <source>Rated scripts: %1</source>
        <translation>Guiones valorados: %1</translation>
    </message>
    <message>
        <source>Average stars: %1</source>
        <translation>Media de estrellas: %1</translation>
    </message>
    <message>
        <source>Thumbs up: %1, thumbs down: %2</source>
        <translation>Pulgar arriba: %1, pulgar abajo: %2</translation>
    </message>
    <message>
        <source>Cost per brand:</source>
        <translation>Coste por marca:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n script, %2 tokens, %3</source>
        <extracomment>one line of the cost per brand: %1 brand, %n scripts, %2 tokens, %3 cost</extracomment>
        <translation>
            <numerusform>%1: %n guion, %2 tokens, %3</numerusform>
            <numerusform>%1: %n guiones, %2 tokens, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n scripts, %2 tokens, %3</source>
        <translation>
            <numerusform>%1: %n guion, %2 tokens, %3</numerusform>
            <numerusform>%1: %n guiones, %2 tokens, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>(no brand)</source>
        <translation>(sin marca)</translation>
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
        <translation>Finanzas</translation>
    </message>
    <message>
        <source>Fashion</source>
        <comment>sector</comment>
        <translation>Moda</translation>
    </message>
    <message>
        <source>Beauty</source>
        <comment>sector</comment>
        <translation>Belleza</translation>
    </message>
    <message>
        <source>Productivity</source>
        <comment>sector</comment>
        <translation>Productividad</translation>
    </message>
    <message>
        <source>Pets</source>
        <comment>sector</comment>
        <translation>Mascotas</translation>
    </message>
    <message>
        <source>Education</source>
        <comment>sector</comment>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Wellness</source>
        <comment>sector</comment>
        <translation>Bienestar</translation>
    </message>
    <message>
        <source>Technology</source>
        <comment>sector</comment>
        <translation>Tecnología</translation>
    </message>
    <message>
        <source>Food</source>
        <comment>sector</comment>
        <translation>Alimentación</translation>
    </message>
    <message>
        <source>Travel</source>
        <comment>sector</comment>
        <translation>Viajes</translation>
    </message>
    <message>
        <source>Real estate</source>
        <comment>sector</comment>
        <translation>Inmobiliaria</translation>
    </message>
    <message>
        <source>Question</source>
        <comment>hook type</comment>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Bold claim</source>
        <comment>hook type</comment>
        <translation>Afirmación audaz</translation>
    </message>
    <message>
        <source>Relatable</source>
        <comment>hook type</comment>
        <translation>Identificable</translation>
    </message>
    <message>
        <source>Shocking</source>
        <comment>hook type</comment>
        <translation>Impactante</translation>
    </message>
    <message>
        <source>Curiosity</source>
        <comment>hook type</comment>
        <translation>Curiosidad</translation>
    </message>
    <message>
        <source>Statistic</source>
        <comment>hook type</comment>
        <translation>Estadística</translation>
    </message>
    <message>
        <source>Story</source>
        <comment>hook type</comment>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Excitement</source>
        <comment>emotion</comment>
        <translation>Entusiasmo</translation>
    </message>
    <message>
        <source>Curiosity</source>
        <comment>emotion</comment>
        <translation>Curiosidad</translation>
    </message>
    <message>
        <source>Urgency</source>
        <comment>emotion</comment>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Inspiration</source>
        <comment>emotion</comment>
        <translation>Inspiración</translation>
    </message>
    <message>
        <source>Fear</source>
        <comment>emotion</comment>
        <translation>Miedo</translation>
    </message>
    <message>
        <source>Joy</source>
        <comment>emotion</comment>
        <translation>Alegría</translation>
    </message>
    <message>
        <source>Surprise</source>
        <comment>emotion</comment>
        <translation>Sorpresa</translation>
    </message>
    <message>
        <source>Frustration</source>
        <comment>emotion</comment>
        <translation>Frustración</translation>
    </message>
    <message>
        <source>Awareness</source>
        <comment>goal</comment>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <source>Engagement</source>
        <comment>goal</comment>
        <translation>Interacción</translation>
    </message>
    <message>
        <source>Conversion</source>
        <comment>goal</comment>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Lead generation</source>
        <comment>goal</comment>
        <translation>Captación de clientes potenciales</translation>
    </message>
    <message>
        <source>Community</source>
        <comment>goal</comment>
        <translation>Comunidad</translation>
    </message>
    <message>
        <source>Education</source>
        <comment>goal</comment>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Product launch</source>
        <comment>goal</comment>
        <translation>Lanzamiento de producto</translation>
    </message>
    <message>
        <source>Direct</source>
        <comment>CTA style</comment>
        <translation>Directo</translation>
    </message>
    <message>
        <source>Soft</source>
        <comment>CTA style</comment>
        <translation>Suave</translation>
    </message>
    <message>
        <source>Question</source>
        <comment>CTA style</comment>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Command</source>
        <comment>CTA style</comment>
        <translation>Imperativo</translation>
    </message>
    <message>
        <source>Professional</source>
        <comment>brand voice</comment>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Friendly</source>
        <comment>brand voice</comment>
        <translation>Cercana</translation>
    </message>
    <message>
        <source>Energetic</source>
        <comment>brand voice</comment>
        <translation>Enérgica</translation>
    </message>
    <message>
        <source>Motivational</source>
        <comment>brand voice</comment>
        <translation>Motivadora</translation>
    </message>
    <message>
        <source>Authentic</source>
        <comment>brand voice</comment>
        <translation>Auténtica</translation>
    </message>
    <message>
        <source>Casual</source>
        <comment>brand voice</comment>
        <translation>Informal</translation>
    </message>
    <message>
        <source>Humorous</source>
        <comment>brand voice</comment>
        <translation>Divertida</translation>
    </message>
    <message>
        <source>Authoritative</source>
        <comment>brand voice</comment>
        <translation>Autoritaria</translation>
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
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Do you want to save your changes?</source>
        <translation>¿Quieres guardar los cambios?</translation>
    </message>
</context>
<context>
    <name>reel::ui::DocumentText</name>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Generado por</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Gancho</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>CTA</source>
        <translation>Llamada a la acción</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>Texto en pantalla</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>Tomas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Voice-over</source>
        <translation>Voz en off</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>Texto de la miniatura</translation>
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
        <translation>Duración hablada</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Gancho</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>CTA</source>
        <extracomment>The call to action section of a script</extracomment>
        <translation>CTA</translation>
    </message>
    <message>
        <source>Total spoken length</source>
        <translation>Duración hablada total</translation>
    </message>
    <message>
        <source>Hook length</source>
        <translation>Duración del gancho</translation>
    </message>
    <message>
        <source>Body length</source>
        <translation>Duración del cuerpo</translation>
    </message>
    <message>
        <source>CTA length</source>
        <translation>Duración de la CTA</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 the estimated duration, %2 the Reel&apos;s length, e.g. &quot;24.8 s / 30 s&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>About %1 to say; the Reel is %2 long.</source>
        <extracomment>%1 the estimated duration, %2 the Reel&apos;s length</extracomment>
        <translation>Unos %1 de locución; el Reel dura %2.</translation>
    </message>
    <message>
        <source>Fits between %1 and %2 (±%3 %)</source>
        <extracomment>%1 and %2 the range that fits the Reel, %3 the tolerance in percent</extracomment>
        <translation>Encaja entre %1 y %2 (±%3 %)</translation>
    </message>
    <message>
        <source>The hook should land within %1.</source>
        <translation>El gancho debería llegar en menos de %1.</translation>
    </message>
</context>
<context>
    <name>reel::ui::ErrorText</name>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>una lista de textos</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>nada (null)</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2): %3</source>
        <extracomment>%1 line, %2 column, %3 the JSON parser&apos;s own message (English)</extracomment>
        <translation>El archivo no es un JSON válido (línea %1, columna %2): %3</translation>
    </message>
    <message>
        <source>This field is missing.</source>
        <translation>Falta este campo.</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <extracomment>%1 expected kind of value, %2 the kind found, e.g. &quot;Expected a list, found text.&quot;</extracomment>
        <translation>Se esperaba %1 y se encontró %2.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>Use at most %1 characters (now %2).</source>
        <translation>Usa como máximo %1 caracteres (ahora %2).</translation>
    </message>
    <message>
        <source>Use at most %1 entries (now %2).</source>
        <translation>Usa como máximo %1 entradas (ahora %2).</translation>
    </message>
    <message>
        <source>Must be between %1 and %2 seconds (now %3).</source>
        <translation>Debe estar entre %1 y %2 segundos (ahora %3).</translation>
    </message>
    <message>
        <source>Must be between %1 and %2 (now %3).</source>
        <translation>Debe estar entre %1 y %2 (ahora %3).</translation>
    </message>
    <message>
        <source>“%1” is not allowed here; use one of: %2.</source>
        <extracomment>%1 the value found, %2 the allowed values separated by commas</extracomment>
        <translation>«%1» no está permitido aquí; usa uno de estos: %2.</translation>
    </message>
    <message>
        <source>Must come after %1 (%2), but is %3.</source>
        <extracomment>%1 the other field, %2 its value, %3 this field&apos;s value</extracomment>
        <translation>Debe ser posterior a %1 (%2), pero es %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the location in the file (e.g. brand_profile.sector), %2 what is wrong there</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(whole file)</source>
        <translation>(todo el archivo)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… y %n problema más.</numerusform>
            <numerusform>… y %n problemas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <extracomment>%1 file path, %2 the reason given by the system</extracomment>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>%1 uses format version %2, but this version of Reel Studio reads up to version %3. Update Reel Studio to open it.</source>
        <extracomment>%1 what was read (e.g. a file name), %2 its format version, %3 the newest version this build reads</extracomment>
        <translation>%1 usa la versión de formato %2, pero esta versión de Reel Studio lee hasta la versión %3. Actualiza Reel Studio para abrirlo.</translation>
    </message>
    <message>
        <source>The workspace folder “%1” cannot be used: %2</source>
        <translation>No se puede usar la carpeta del espacio de trabajo «%1»: %2</translation>
    </message>
    <message>
        <source>The workspace “%1” was written by a newer Reel Studio (schema version %2; this version knows up to %3). It was left untouched. Update Reel Studio to open it.</source>
        <translation>El espacio de trabajo «%1» se escribió con una versión más reciente de Reel Studio (versión de esquema %2; esta versión conoce hasta la %3). No se ha modificado. Actualiza Reel Studio para abrirlo.</translation>
    </message>
    <message>
        <source>The workspace database “%1” is damaged (%2). It was left untouched. Restore it from a backup or choose another workspace.</source>
        <translation>La base de datos del espacio de trabajo «%1» está dañada (%2). No se ha modificado. Restáurala desde una copia de seguridad o elige otro espacio de trabajo.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Reel Studio workspace. It was left untouched.</source>
        <translation>«%1» es una base de datos SQLite, pero no un espacio de trabajo de Reel Studio. No se ha modificado.</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be upgraded to schema version %2 (%3). Nothing was changed.</source>
        <translation>No se pudo actualizar el espacio de trabajo «%1» a la versión de esquema %2 (%3). No se cambió nada.</translation>
    </message>
    <message>
        <source>A database error occurred while %1: %2</source>
        <extracomment>%1 what the app was doing (English, from the database layer), %2 the database&apos;s message</extracomment>
        <translation>Se produjo un error de base de datos (%1): %2</translation>
    </message>
    <message>
        <source>Could not find %1 “%2”. It may have been deleted.</source>
        <extracomment>%1 the kind of thing (English), %2 its name or number</extracomment>
        <translation>No se encontró %1 «%2». Puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>A brand profile named “%1” already exists.</source>
        <translation>Ya existe un perfil de marca llamado «%1».</translation>
    </message>
    <message>
        <source>This entry is empty.</source>
        <translation>Esta entrada está vacía.</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>The example library already holds this script (example %1).</source>
        <extracomment>%1 the number of the example that already holds the same text</extracomment>
        <translation>La biblioteca de ejemplos ya contiene este guion (ejemplo %1).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <source>The model server did not accept the connection in time. Check the base URL and that the server is running.</source>
        <translation>El servidor del modelo no aceptó la conexión a tiempo. Comprueba la URL base y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <source>The model server stopped sending data. It may be overloaded; try again.</source>
        <translation>El servidor del modelo dejó de enviar datos. Puede estar sobrecargado; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The model server took longer than the time allowed for a whole answer.</source>
        <translation>El servidor del modelo tardó más que el tiempo permitido para una respuesta completa.</translation>
    </message>
    <message>
        <source>The model server cannot be reached. Check the base URL and your connection.</source>
        <translation>No se puede conectar con el servidor del modelo. Comprueba la URL base y tu conexión.</translation>
    </message>
    <message>
        <source>The model server failed several times in a row; requests are paused for a moment.</source>
        <translation>El servidor del modelo falló varias veces seguidas; las solicitudes se pausan un momento.</translation>
    </message>
    <message>
        <source>The model refused the request.</source>
        <translation>El modelo rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The answer was cut off at the model&apos;s length limit.</source>
        <translation>La respuesta se cortó en el límite de longitud del modelo.</translation>
    </message>
    <message>
        <source>The answer was stopped by the provider&apos;s content filter.</source>
        <translation>El filtro de contenido del proveedor detuvo la respuesta.</translation>
    </message>
    <message>
        <source>The model server sent an answer that cannot be read.</source>
        <translation>El servidor del modelo envió una respuesta ilegible.</translation>
    </message>
    <message>
        <source>The model server rejected the API key. Check your key in Settings.</source>
        <translation>El servidor del modelo rechazó la clave de API. Revisa tu clave en Ajustes.</translation>
    </message>
    <message>
        <source>The API key is not allowed to use this model or endpoint.</source>
        <translation>La clave de API no tiene permiso para este modelo o punto de acceso.</translation>
    </message>
    <message>
        <source>The model or endpoint does not exist on this server. Check the model name and base URL.</source>
        <translation>El modelo o el punto de acceso no existe en este servidor. Comprueba el nombre del modelo y la URL base.</translation>
    </message>
    <message>
        <source>The account has no quota left. Check your plan and billing.</source>
        <translation>La cuenta no tiene cuota disponible. Revisa tu plan y la facturación.</translation>
    </message>
    <message>
        <source>The model server&apos;s rate limit was reached. Wait a moment and try again.</source>
        <translation>Se alcanzó el límite de frecuencia del servidor del modelo. Espera un momento e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The model server had an internal error (HTTP %1).</source>
        <translation>El servidor del modelo tuvo un error interno (HTTP %1).</translation>
    </message>
    <message>
        <source>The model server answered with an error (HTTP %1).</source>
        <translation>El servidor del modelo respondió con un error (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <extracomment>%1 the sentence above, %2 the server&apos;s own message (usually English)</extracomment>
        <translation>%1 El servidor dijo: %2</translation>
    </message>
    <message>
        <source>(Request id: %1)</source>
        <translation>(Id. de solicitud: %1)</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <extracomment>%1 what was cancelled (English, e.g. &quot;index rebuild&quot;)</extracomment>
        <translation>Cancelado: %1.</translation>
    </message>
    <message>
        <source>A script that is “%1” cannot be moved to “%2”.</source>
        <extracomment>%1 the script&apos;s status, %2 the status asked for (both translated)</extracomment>
        <translation>Un guion en estado «%1» no puede pasar a «%2».</translation>
    </message>
    <message>
        <source>The file nests lists and objects more than %3 levels deep (line %1, column %2). Reel Studio reads files nested at most %3 levels deep.</source>
        <extracomment>%1 line, %2 column, %3 the most levels of nested lists and objects Reel Studio reads</extracomment>
        <translation>El archivo anida listas y objetos a más de %3 niveles de profundidad (línea %1, columna %2). Reel Studio lee archivos con %3 niveles de anidamiento como máximo.</translation>
    </message>
    <message>
        <source>This is larger than %1, the limit (found %2).</source>
        <extracomment>%1 the size limit (e.g. &quot;16 MiB&quot;), %2 the size found</extracomment>
        <translation>Supera el límite de %1 (tamaño encontrado: %2).</translation>
    </message>
    <message>
        <source>This name is not one Reel Studio knows. Known names: %1.</source>
        <extracomment>%1 the names this version knows, separated by commas</extracomment>
        <translation>Reel Studio no conoce este nombre. Nombres conocidos: %1.</translation>
    </message>
    <message>
        <source>The model server&apos;s answer was larger than Reel Studio accepts (32 MiB) and was dropped.</source>
        <translation>La respuesta del servidor del modelo superaba el tamaño que acepta Reel Studio (32 MiB) y se descartó.</translation>
    </message>
    <message>
        <source>The model server redirected the request to another address. Reel Studio does not follow such redirects, so that your API key only goes to the server you chose. Set the new address as the base URL in Settings if you trust it.</source>
        <translation>El servidor del modelo redirigió la solicitud a otra dirección. Reel Studio no sigue esas redirecciones, para que tu clave de API solo llegue al servidor que elegiste. Si confías en la nueva dirección, ponla como URL base en Ajustes.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2, the most Reel Studio reads for this kind of file (found %3). Nothing was changed.</source>
        <extracomment>%1 file name, %2 the size limit (e.g. &quot;128 MiB&quot;), %3 the size found (English, e.g. &quot;200 MiB&quot;)</extracomment>
        <translation>«%1» ocupa más de %2, el máximo que Reel Studio lee para este tipo de archivo (tamaño encontrado: %3). No se cambió nada.</translation>
    </message>
    <message>
        <source>“%1” is empty. Nothing was changed.</source>
        <translation>«%1» está vacío. No se cambió nada.</translation>
    </message>
    <message>
        <source>“%1” is not a text file (binary data at byte %2). Nothing was changed.</source>
        <extracomment>%1 file name, %2 byte offset</extracomment>
        <translation>«%1» no es un archivo de texto (datos binarios en el byte %2). No se cambió nada.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text (an invalid byte sequence at byte %2). Save it as UTF-8 and try again. Nothing was changed.</source>
        <extracomment>%1 file name, %2 byte offset</extracomment>
        <translation>«%1» no es texto UTF-8 (secuencia de bytes no válida en el byte %2). Guárdalo como UTF-8 y vuelve a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The workspace “%1” is already open in another Reel Studio window (process %2 on %3).</source>
        <extracomment>%1 workspace folder, %2 process id, %3 computer name</extracomment>
        <translation>El espacio de trabajo «%1» ya está abierto en otra ventana de Reel Studio (proceso %2 en %3).</translation>
    </message>
    <message>
        <source>Nothing was written: these files already exist in “%1”: %2.</source>
        <extracomment>%1 a folder, %2 file names separated by commas</extracomment>
        <translation>No se escribió nada: estos archivos ya existen en «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is not one hashtag: use letters, digits and _ after #, with no spaces.</source>
        <extracomment>%1 the value typed</extracomment>
        <translation>«%1» no es un solo hashtag: use letras, números y _ después de #, sin espacios.</translation>
    </message>
    <message>
        <source>“%1” is not an age range: write it like 25-40 or 55+, with ages from %2 to %3 and the first not above the second.</source>
        <extracomment>%1 the value typed, %2 the lowest age, %3 the highest age</extracomment>
        <translation>«%1» no es un rango de edad: escríbalo como 25-40 o 55+, con edades de %2 a %3 y la primera no mayor que la segunda.</translation>
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
        <translation>Comprobaciones según las reglas de la plataforma, como las del editor de guiones. Te ayudan a valorar el ejemplo; no impiden guardarlo.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
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
        <translation>La comprobación de casi duplicados tardó demasiado y se omitió.</translation>
    </message>
    <message>
        <source>New Example</source>
        <translation>Nuevo ejemplo</translation>
    </message>
    <message>
        <source>Edit Example %1</source>
        <translation>Editar ejemplo %1</translation>
    </message>
    <message>
        <source>&amp;Hook</source>
        <translation>&amp;Gancho</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>C&amp;uerpo</translation>
    </message>
    <message>
        <source>&amp;Call to action</source>
        <translation>&amp;Llamada a la acción</translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Hash&amp;tags</source>
        <translation>Hash&amp;tags</translation>
    </message>
    <message>
        <source>#brand #topic, separated by spaces</source>
        <translation>#marca #tema, separados por espacios</translation>
    </message>
    <message>
        <source>The first words: what stops the scroll</source>
        <translation>Las primeras palabras: lo que detiene el scroll</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>Hoo&amp;k type:</source>
        <translation>&amp;Tipo de gancho:</translation>
    </message>
    <message>
        <source>&amp;Emotion:</source>
        <translation>&amp;Emoción:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>CTA st&amp;yle:</source>
        <translation>Estilo de &amp;CTA:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>Dura&amp;ción:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How the Reel did (optional)</source>
        <translation>Resultados del Reel (opcional)</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>an engagement figure that is not known</extracomment>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>a form label, e.g. &quot;Views:&quot;</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Not set</source>
        <extracomment>no CTA style chosen for the example</extracomment>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the example to the library</source>
        <translation>Guardar el ejemplo en la biblioteca</translation>
    </message>
    <message>
        <source>Fill in the marked fields to save the example.</source>
        <translation>Rellena los campos marcados para guardar el ejemplo.</translation>
    </message>
    <message>
        <source>Could Not Save the Example</source>
        <translation>No se pudo guardar el ejemplo</translation>
    </message>
    <message>
        <source>This script is already in the library as example %1: “%2”. Change the hook, body or CTA, or cancel.</source>
        <extracomment>%1 the number of the example holding the same script, %2 its hook</extracomment>
        <translation>Este guion ya está en la biblioteca como ejemplo %1: «%2». Cambia el gancho, el cuerpo o la CTA, o cancela.</translation>
    </message>
    <message>
        <source>The near-duplicate check was skipped: the search index is not ready (%1).</source>
        <translation>Se omitió la comprobación de casi duplicados: el índice de búsqueda no está listo (%1).</translation>
    </message>
    <message>
        <source>This script is nearly the same as example %1 (%2 % alike): “%3”.</source>
        <extracomment>%1 example number, %2 similarity in percent, %3 that example&apos;s hook</extracomment>
        <translation>Este guion es casi igual al ejemplo %1 (parecido al %2 %): «%3».</translation>
    </message>
    <message numerus="yes">
        <source>%n more example is nearly the same too.</source>
        <translation>
            <numerusform>%n ejemplo más también es casi igual.</numerusform>
            <numerusform>%n ejemplos más también son casi iguales.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more examples are nearly the same too.</source>
        <translation>
            <numerusform>%n ejemplo más también es casi igual.</numerusform>
            <numerusform>%n ejemplos más también son casi iguales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Near-identical examples make retrieval less varied. Save it anyway?</source>
        <translation>Los ejemplos casi idénticos hacen que la recuperación sea menos variada. ¿Guardarlo de todos modos?</translation>
    </message>
    <message>
        <source>Nearly the Same Example</source>
        <translation>Ejemplo casi igual</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Added example %1.</source>
        <translation>Ejemplo %1 añadido.</translation>
    </message>
    <message>
        <source>Saved example %1.</source>
        <translation>Ejemplo %1 guardado.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>The new example has not been saved.</source>
        <translation>El nuevo ejemplo no se ha guardado.</translation>
    </message>
    <message>
        <source>Example %1 has unsaved changes.</source>
        <translation>El ejemplo %1 tiene cambios sin guardar.</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleFilterBar</name>
    <message numerus="yes">
        <source>%1 of %n example</source>
        <extracomment>%1 examples shown, of %n in the library (the plural follows %n)</extracomment>
        <translation>
            <numerusform>%1 de %n ejemplo</numerusform>
            <numerusform>%1 de %n ejemplos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n examples</source>
        <translation>
            <numerusform>%1 de %n ejemplo</numerusform>
            <numerusform>%1 de %n ejemplos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example</source>
        <translation>
            <numerusform>%n ejemplo</numerusform>
            <numerusform>%n ejemplos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n examples</source>
        <translation>
            <numerusform>%n ejemplo</numerusform>
            <numerusform>%n ejemplos</numerusform>
        </translation>
    </message>
    <message>
        <source>Search hooks, bodies, CTAs, captions and hashtags (Ctrl+F)</source>
        <translation>Buscar en ganchos, cuerpos, CTA, descripciones y hashtags (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search examples</source>
        <translation>Buscar ejemplos</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Filtro de idioma</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>Filtro de sector</translation>
    </message>
    <message>
        <source>Hook type filter</source>
        <translation>Filtro de tipo de gancho</translation>
    </message>
    <message>
        <source>Emotion filter</source>
        <translation>Filtro de emoción</translation>
    </message>
    <message>
        <source>Goal filter</source>
        <translation>Filtro de objetivo</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtro de origen</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Show every example again</source>
        <translation>Volver a mostrar todos los ejemplos</translation>
    </message>
    <message>
        <source>Examples shown</source>
        <translation>Ejemplos mostrados</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Todos los sectores</translation>
    </message>
    <message>
        <source>All hook types</source>
        <translation>Todos los tipos de gancho</translation>
    </message>
    <message>
        <source>All emotions</source>
        <translation>Todas las emociones</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Todos los objetivos</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todos los orígenes</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExamplePicksModel</name>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>hook type</source>
        <translation>tipo de gancho</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>emoción</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>Closest in wording</source>
        <translation>El más parecido en la redacción</translation>
    </message>
    <message>
        <source>Matches on %1</source>
        <extracomment>%1 the request&apos;s filters the example matches, e.g. &quot;language, sector and hook type&quot;</extracomment>
        <translation>Coincide en: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>similarity of an example to the request, as a percentage</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Pinned; not among the matches for this request</source>
        <translation>Fijado; no está entre las coincidencias de esta solicitud</translation>
    </message>
    <message>
        <source>Pinned examples are always sent to the model</source>
        <translation>Los ejemplos fijados siempre se envían al modelo</translation>
    </message>
    <message>
        <source>Excluded examples are never sent to the model</source>
        <translation>Los ejemplos excluidos nunca se envían al modelo</translation>
    </message>
    <message>
        <source>Excluded: not sent.</source>
        <translation>Excluido: no se envía.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>No se envía.</translation>
    </message>
    <message>
        <source>How close the example&apos;s wording is to the request</source>
        <translation>Cuánto se parece la redacción del ejemplo a la solicitud</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijado</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>No fijado</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluido</translation>
    </message>
    <message>
        <source>Not excluded</source>
        <translation>No excluido</translation>
    </message>
    <message>
        <source>Always send this example to the model</source>
        <translation>Enviar siempre este ejemplo al modelo</translation>
    </message>
    <message>
        <source>Never send this example to the model</source>
        <translation>No enviar nunca este ejemplo al modelo</translation>
    </message>
    <message>
        <source>Pin</source>
        <extracomment>column header: the example is always sent</extracomment>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Exclude</source>
        <extracomment>column header: the example is never sent</extracomment>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Gancho</translation>
    </message>
    <message>
        <source>Sector · hook type · emotion · language</source>
        <translation>Sector · tipo de gancho · emoción · idioma</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <source>Why chosen</source>
        <translation>Por qué se eligió</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleTableModel</name>
    <message>
        <source>0–100: how complete the script is and, when known, how well the Reel did</source>
        <translation>0–100: lo completo que está el guion y, si se conocen, los resultados del Reel</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Haz clic para ordenar por esta columna</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Esta columna no se puede ordenar</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Gancho</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation>Tipo de gancho</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modificado</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleText</name>
    <message>
        <source>Bundled</source>
        <extracomment>where an example came from: shipped with the app</extracomment>
        <translation>Incluido</translation>
    </message>
    <message>
        <source>Added by you</source>
        <extracomment>where an example came from: written by the user in the app</extracomment>
        <translation>Añadido por ti</translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>where an example came from: read from a CSV/JSON file</extracomment>
        <translation>Importado</translation>
    </message>
    <message>
        <source>From your scripts</source>
        <extracomment>where an example came from: one of the user&apos;s own scripts, kept as an example</extracomment>
        <translation>De tus guiones</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(toda la fila)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation>Tipo de gancho</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>CTA style</source>
        <translation>Estilo de CTA</translation>
    </message>
    <message>
        <source>Length (seconds)</source>
        <translation>Duración (segundos)</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Gancho</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>CTA</source>
        <translation>CTA</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Reproducciones</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Compartidos</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Guardados</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Aún no cargado</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Out of date</source>
        <extracomment>the search index does not yet include the latest changes of the library</extracomment>
        <translation>Desactualizado</translation>
    </message>
    <message>
        <source>Rebuilding…</source>
        <translation>Reconstruyendo…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Lexical (offline, %1 dimensions)</source>
        <extracomment>%1 the number of dimensions of the vectors, e.g. 512</extracomment>
        <translation>Léxico (sin conexión, %1 dimensiones)</translation>
    </message>
    <message>
        <source>OpenAI-compatible: %1</source>
        <extracomment>%1 the embedding model&apos;s name (its vector size is not known yet)</extracomment>
        <translation>Compatible con OpenAI: %1</translation>
    </message>
    <message>
        <source>OpenAI-compatible: %1 (%2 dimensions)</source>
        <extracomment>%1 the embedding model&apos;s name, %2 the number of dimensions</extracomment>
        <translation>Compatible con OpenAI: %1 (%2 dimensiones)</translation>
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
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Example Library</source>
        <translation>Biblioteca de ejemplos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip with its keyboard shortcut, e.g. &quot;Add an example (Ctrl+N)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Example…</source>
        <translation>&amp;Nuevo ejemplo…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Add an example to the library</source>
        <translation>Añadir un ejemplo a la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Edit Example…</source>
        <translation>&amp;Editar ejemplo…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the selected example (Enter)</source>
        <translation>Editar el ejemplo seleccionado (Intro)</translation>
    </message>
    <message>
        <source>De&amp;lete Examples</source>
        <translation>E&amp;liminar ejemplos</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected examples</source>
        <translation>Eliminar los ejemplos seleccionados</translation>
    </message>
    <message>
        <source>&amp;Import Examples…</source>
        <translation>&amp;Importar ejemplos…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import examples from a CSV, JSON or JSON Lines file</source>
        <translation>Importar ejemplos de un archivo CSV, JSON o JSON Lines</translation>
    </message>
    <message>
        <source>Export &amp;Selected Examples…</source>
        <translation>Exportar los ejemplos &amp;seleccionados…</translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation>Exportar selección…</translation>
    </message>
    <message>
        <source>Write the selected examples to a file</source>
        <translation>Guardar los ejemplos seleccionados en un archivo</translation>
    </message>
    <message>
        <source>Export &amp;All Shown…</source>
        <translation>Exportar &amp;todos los mostrados…</translation>
    </message>
    <message>
        <source>Export All Shown…</source>
        <translation>Exportar todos los mostrados…</translation>
    </message>
    <message>
        <source>Write every example the search and filters show to a file</source>
        <translation>Guardar en un archivo todos los ejemplos que muestran la búsqueda y los filtros</translation>
    </message>
    <message>
        <source>Search Examples</source>
        <translation>Buscar ejemplos</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Write examples to a JSON, JSON Lines or CSV file</source>
        <translation>Guardar ejemplos en un archivo JSON, JSON Lines o CSV</translation>
    </message>
    <message>
        <source>Selected example</source>
        <translation>Ejemplo seleccionado</translation>
    </message>
    <message>
        <source>The table cannot be sorted by this column.</source>
        <translation>La tabla no se puede ordenar por esta columna.</translation>
    </message>
    <message>
        <source>Could Not Open the Example</source>
        <translation>No se pudo abrir el ejemplo</translation>
    </message>
    <message>
        <source>Added example %1. The search or filters hide it.</source>
        <translation>Ejemplo %1 añadido. La búsqueda o los filtros lo ocultan.</translation>
    </message>
    <message>
        <source>Delete example %1, “%2”?</source>
        <extracomment>%1 the example&apos;s number, %2 its hook</extracomment>
        <translation>¿Eliminar el ejemplo %1, «%2»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n examples?</source>
        <translation>
            <numerusform>¿Eliminar %n ejemplo?</numerusform>
            <numerusform>¿Eliminar %n ejemplos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted examples leave the library and the search index. This cannot be undone; export them first if you may want them back.</source>
        <translation>Los ejemplos eliminados salen de la biblioteca y del índice de búsqueda. No se puede deshacer; expórtalos antes si podrías quererlos de vuelta.</translation>
    </message>
    <message>
        <source>Delete Examples</source>
        <translation>Eliminar ejemplos</translation>
    </message>
    <message>
        <source>Could Not Delete the Examples</source>
        <translation>No se pudieron eliminar los ejemplos</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>No se eliminó nada.</translation>
    </message>
    <message>
        <source>Deleted example %1.</source>
        <translation>Ejemplo %1 eliminado.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n examples.</source>
        <translation>
            <numerusform>%n ejemplo eliminado.</numerusform>
            <numerusform>%n ejemplos eliminados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Examples</source>
        <translation>Importar ejemplos</translation>
    </message>
    <message>
        <source>Example files (*.csv *.tsv *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Archivos de ejemplos (*.csv *.tsv *.json *.jsonl *.ndjson);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n example.</source>
        <translation>
            <numerusform>%n ejemplo importado.</numerusform>
            <numerusform>%n ejemplos importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n examples.</source>
        <translation>
            <numerusform>%n ejemplo importado.</numerusform>
            <numerusform>%n ejemplos importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row was left out.</source>
        <translation>
            <numerusform>Se omitió %n fila.</numerusform>
            <numerusform>Se omitieron %n filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows were left out.</source>
        <translation>
            <numerusform>Se omitió %n fila.</numerusform>
            <numerusform>Se omitieron %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no examples to export.</source>
        <translation>No hay ejemplos que exportar.</translation>
    </message>
    <message>
        <source>Export Examples</source>
        <translation>Exportar ejemplos</translation>
    </message>
    <message>
        <source>Reel Studio examples (*.json);;JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>Ejemplos de Reel Studio (*.json);;JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n example…</source>
        <translation>
            <numerusform>Exportando %n ejemplo…</numerusform>
            <numerusform>Exportando %n ejemplos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n examples…</source>
        <translation>
            <numerusform>Exportando %n ejemplo…</numerusform>
            <numerusform>Exportando %n ejemplos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>No se escribió el archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n example to %1.</source>
        <translation>
            <numerusform>%n ejemplo exportado a %1.</numerusform>
            <numerusform>%n ejemplos exportados a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n examples to %1.</source>
        <translation>
            <numerusform>%n ejemplo exportado a %1.</numerusform>
            <numerusform>%n ejemplos exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an example to see it in full.</source>
        <translation>Selecciona un ejemplo para verlo completo.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>the length of the Reel in seconds</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Example %1</source>
        <extracomment>%1 the example&apos;s number</extracomment>
        <translation>Ejemplo %1</translation>
    </message>
    <message>
        <source>Quality %1 / 100</source>
        <translation>Calidad %1 / 100</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>an engagement figure, e.g. &quot;Views: 12,000&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Modificado el %1</translation>
    </message>
    <message numerus="yes">
        <source>Export the %n &amp;Selected Examples…</source>
        <translation>
            <numerusform>Exportar el ejemplo &amp;seleccionado…</numerusform>
            <numerusform>Exportar los %n ejemplos &amp;seleccionados…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;Selected Example…</source>
        <translation>Exportar el ejemplo &amp;seleccionado…</translation>
    </message>
    <message>
        <source>The library is empty. Add an example or import a file of them.</source>
        <translation>La biblioteca está vacía. Añade un ejemplo o importa un archivo de ejemplos.</translation>
    </message>
    <message>
        <source>No example matches the search and filters.</source>
        <translation>Ningún ejemplo coincide con la búsqueda y los filtros.</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExamplesPanel</name>
    <message>
        <source>Examples for the model</source>
        <translation>Ejemplos para el modelo</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Fijar</translation>
    </message>
    <message>
        <source>Always send the selected example, whatever the request</source>
        <translation>Enviar siempre el ejemplo seleccionado, sea cual sea la solicitud</translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Never send the selected example</source>
        <translation>No enviar nunca el ejemplo seleccionado</translation>
    </message>
    <message>
        <source>Finding examples…</source>
        <translation>Buscando ejemplos…</translation>
    </message>
    <message>
        <source>Examples could not be looked up: %1 The model writes without them.</source>
        <extracomment>%1 why the lookup failed</extracomment>
        <translation>No se pudieron buscar ejemplos: %1 El modelo escribe sin ellos.</translation>
    </message>
    <message>
        <source>No examples are sent; the model writes from the brand and the request alone.</source>
        <translation>No se envían ejemplos; el modelo escribe solo a partir de la marca y la solicitud.</translation>
    </message>
    <message numerus="yes">
        <source>%n example is sent with the request.</source>
        <translation>
            <numerusform>Se envía %n ejemplo con la solicitud.</numerusform>
            <numerusform>Se envían %n ejemplos con la solicitud.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n examples are sent with the request.</source>
        <translation>
            <numerusform>Se envía %n ejemplo con la solicitud.</numerusform>
            <numerusform>Se envían %n ejemplos con la solicitud.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reel::ui::FindingText</name>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around a word from the script, e.g. “fat”</extracomment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Gancho</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>CTA</source>
        <extracomment>The call to action section of a script</extracomment>
        <translation>CTA</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>Texto en pantalla</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>Planos</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>Texto de la miniatura</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonés</translation>
    </message>
    <message>
        <source>finance</source>
        <translation>finanzas</translation>
    </message>
    <message>
        <source>health and fitness</source>
        <translation>salud y fitness</translation>
    </message>
    <message>
        <source>beauty</source>
        <translation>belleza</translation>
    </message>
    <message>
        <source>This section is empty.</source>
        <translation>Esta sección está vacía.</translation>
    </message>
    <message>
        <source>Too short: %1 of at least %2 words.</source>
        <translation>Demasiado corto: %1 de al menos %2 palabras.</translation>
    </message>
    <message>
        <source>Too long: %1 words; keep it to %2.</source>
        <translation>Demasiado largo: %1 palabras; no pases de %2.</translation>
    </message>
    <message>
        <source>%1 characters; Instagram cuts captions at %2.</source>
        <translation>%1 caracteres; Instagram corta las descripciones a los %2.</translation>
    </message>
    <message>
        <source>Short caption: %1 characters of the recommended %2–%3.</source>
        <translation>Descripción corta: %1 caracteres de los %2–%3 recomendados.</translation>
    </message>
    <message>
        <source>Long caption: %1 characters; %2–%3 work best.</source>
        <translation>Descripción larga: %1 caracteres; funcionan mejor %2–%3.</translation>
    </message>
    <message>
        <source>Only the first %1 characters show before “more”.</source>
        <translation>Solo se ven los primeros %1 caracteres antes de «más».</translation>
    </message>
    <message>
        <source>%1 hashtags (caption included); Instagram allows %2.</source>
        <translation>%1 hashtags (incluidos los de la descripción); Instagram permite %2.</translation>
    </message>
    <message>
        <source>No hashtags yet.</source>
        <translation>Aún no hay hashtags.</translation>
    </message>
    <message>
        <source>%1 does not start with #.</source>
        <translation>%1 no empieza por #.</translation>
    </message>
    <message>
        <source>%1 holds characters a hashtag cannot (only letters, digits and _).</source>
        <translation>%1 contiene caracteres no válidos en un hashtag (solo letras, dígitos y _).</translation>
    </message>
    <message>
        <source>%1 is only digits; Instagram does not link it.</source>
        <translation>%1 solo tiene dígitos; Instagram no lo enlaza.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>%1 is used twice.</source>
        <translation>%1 se usa dos veces.</translation>
    </message>
    <message>
        <source>%1 is a restricted hashtag; posts using it lose reach.</source>
        <translation>%1 es un hashtag restringido; las publicaciones que lo usan pierden alcance.</translation>
    </message>
    <message>
        <source>The brand hashtag %1 is missing.</source>
        <translation>Falta el hashtag de marca %1.</translation>
    </message>
    <message>
        <source>About %1 s to say; the Reel is %2 s.</source>
        <translation>Unos %1 s de locución; el Reel dura %2 s.</translation>
    </message>
    <message>
        <source>Only about %1 s to say; the Reel is %2 s.</source>
        <translation>Solo unos %1 s de locución; el Reel dura %2 s.</translation>
    </message>
    <message>
        <source>A %1 s Reel; up to %2 s is recommended for reach.</source>
        <translation>Un Reel de %1 s; se recomiendan hasta %2 s para el alcance.</translation>
    </message>
    <message>
        <source>The hook takes about %1 s to say; it should land within %2 s.</source>
        <translation>El gancho tarda unos %1 s en decirse; debería llegar en menos de %2 s.</translation>
    </message>
    <message>
        <source>The shot list runs to %1 s; the Reel is %2 s.</source>
        <translation>La lista de planos dura %1 s; el Reel dura %2 s.</translation>
    </message>
    <message>
        <source>%1 is on the brand&apos;s do-not-use list.</source>
        <translation>%1 está en la lista de palabras prohibidas de la marca.</translation>
    </message>
    <message>
        <source>%1 is offensive.</source>
        <translation>%1 es ofensivo.</translation>
    </message>
    <message>
        <source>%1 is a claim that invites trouble.</source>
        <translation>%1 es una afirmación que puede causar problemas.</translation>
    </message>
    <message>
        <source>%1 is a risky claim in %2.</source>
        <extracomment>%1 the claim, %2 the kind of business, e.g. &quot;health and fitness&quot;</extracomment>
        <translation>%1 es una afirmación arriesgada en %2.</translation>
    </message>
    <message>
        <source>%1 names a competitor.</source>
        <translation>%1 menciona a un competidor.</translation>
    </message>
    <message>
        <source>The call to action has no action verb.</source>
        <translation>La llamada a la acción no tiene ningún verbo de acción.</translation>
    </message>
    <message>
        <source>The call to action gives no reason to act now.</source>
        <translation>La llamada a la acción no da ningún motivo para actuar ya.</translation>
    </message>
    <message>
        <source>The brand&apos;s CTA style is a question; this one does not end with “?”.</source>
        <translation>El estilo de CTA de la marca es la pregunta; esta no termina con «?».</translation>
    </message>
    <message>
        <source>The brand&apos;s CTA style is a command; start with an action verb.</source>
        <translation>El estilo de CTA de la marca es el imperativo; empieza con un verbo de acción.</translation>
    </message>
    <message>
        <source>The brand&apos;s CTA style is soft; %1 adds pressure.</source>
        <translation>El estilo de CTA de la marca es suave; %1 mete presión.</translation>
    </message>
    <message>
        <source>A question hook should ask a question.</source>
        <translation>Un gancho de pregunta debería hacer una pregunta.</translation>
    </message>
    <message>
        <source>A statistic hook should hold a number.</source>
        <translation>Un gancho estadístico debería incluir un número.</translation>
    </message>
    <message>
        <source>A bold claim states; this hook asks.</source>
        <translation>Una afirmación audaz afirma; este gancho pregunta.</translation>
    </message>
    <message>
        <source>A story hook usually starts from someone (I, we) or a moment.</source>
        <translation>Un gancho de historia suele partir de alguien (yo, nosotros) o de un momento.</translation>
    </message>
    <message>
        <source>A curiosity hook should open a gap (a secret, a why, an unfinished thought).</source>
        <translation>Un gancho de curiosidad debería abrir un vacío (un secreto, un porqué, una idea sin terminar).</translation>
    </message>
    <message>
        <source>A relatable hook usually speaks to the viewer (you, POV).</source>
        <translation>Un gancho identificable suele hablarle al espectador (tú, POV).</translation>
    </message>
    <message>
        <source>A shocking hook needs a jolt: a number, a warning, a strong word.</source>
        <translation>Un gancho impactante necesita una sacudida: un número, una advertencia, una palabra fuerte.</translation>
    </message>
    <message>
        <source>Nothing here sounds %1.</source>
        <translation>Nada de esto suena %1.</translation>
    </message>
    <message>
        <source>Reading ease %1; aim for %2 or more.</source>
        <translation>Facilidad de lectura %1; intenta llegar a %2 o más.</translation>
    </message>
    <message>
        <source>Reading ease is not available for %1.</source>
        <translation>La facilidad de lectura no está disponible para %1.</translation>
    </message>
    <message>
        <source>A sentence of %1 words; keep them under %2.</source>
        <translation>Una frase de %1 palabras; mantenlas por debajo de %2.</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativo</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positivo</translation>
    </message>
    <message>
        <source>The tone reads %1 (%2); the Reel should convey %3.</source>
        <extracomment>%1 negative or positive, %2 the tone score, %3 the requested emotion, e.g. “Excitement”</extracomment>
        <translation>El tono resulta %1 (%2); el Reel debería transmitir %3.</translation>
    </message>
    <message>
        <source>Tone is checked for English only, not %1.</source>
        <translation>El tono solo se comprueba en inglés, no en %1.</translation>
    </message>
    <message>
        <source>%1 is not in the %2 dictionary.</source>
        <extracomment>%1 the word, %2 the language, e.g. &quot;English&quot;</extracomment>
        <translation>%1 no está en el diccionario de %2.</translation>
    </message>
    <message>
        <source>No spelling dictionary for %1: spelling is not checked.</source>
        <translation>No hay diccionario ortográfico de %1: no se revisa la ortografía.</translation>
    </message>
    <message>
        <source>%1 is in capitals; it reads as shouting.</source>
        <translation>%1 está en mayúsculas; parece que grita.</translation>
    </message>
    <message>
        <source>%1: one mark is enough.</source>
        <translation>%1: basta con un signo.</translation>
    </message>
    <message>
        <source>%1 emoji in a row; use at most %2.</source>
        <translation>%1 emojis seguidos; usa como máximo %2.</translation>
    </message>
    <message>
        <source>%1 emoji in this section; use at most %2.</source>
        <translation>%1 emojis en esta sección; usa como máximo %2.</translation>
    </message>
    <message>
        <source>%1 is repeated.</source>
        <translation>%1 está repetido.</translation>
    </message>
    <message>
        <source>%1 is used %2 times.</source>
        <translation>%1 se usa %2 veces.</translation>
    </message>
    <message>
        <source>The brand profile overrides %1, which the rule pack does not know.</source>
        <translation>El perfil de marca redefine %1, que el paquete de reglas no conoce.</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>quitar %1</translation>
    </message>
    <message>
        <source>replace with %1</source>
        <translation>sustituir por %1</translation>
    </message>
    <message>
        <source>add #</source>
        <translation>añadir #</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>añadir %1</translation>
    </message>
    <message>
        <source>keep the first %1 hashtags</source>
        <translation>conservar los primeros %1 hashtags</translation>
    </message>
    <message>
        <source>write in lower case</source>
        <translation>escribir en minúsculas</translation>
    </message>
    <message>
        <source>end with “?”</source>
        <translation>terminar con «?»</translation>
    </message>
    <message>
        <source>cut to %1 characters</source>
        <translation>recortar a %1 caracteres</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <extracomment>%1 what the fix does, e.g. remove “fat”</extracomment>
        <translation>Corregir: %1</translation>
    </message>
    <message>
        <source>The script strays from its brief (relevance %1 of 100). Say what the topic and the offer are about, e.g. %2.</source>
        <extracomment>%1 a score out of 100, %2 words of the topic and offer, e.g. coffee, roast, beans</extracomment>
        <translation>El guion se aleja del encargo (relevancia %1 de 100). Di de qué tratan el tema y la oferta, p. ej. %2.</translation>
    </message>
    <message>
        <source>%1: these hashtags have nothing to do with the topic, the offer or the brand.</source>
        <translation>%1: estos hashtags no tienen nada que ver con el tema, la oferta ni la marca.</translation>
    </message>
    <message>
        <source>%1 is not in %2. Keep the script in one language (names are fine).</source>
        <extracomment>%1 the words, %2 the script&apos;s language, e.g. Japanese</extracomment>
        <translation>%1 no está en %2. Escribe el guion en un solo idioma (los nombres están bien).</translation>
    </message>
</context>
<context>
    <name>reel::ui::GenerateForm</name>
    <message>
        <source>Brand &amp;profile:</source>
        <translation>&amp;Perfil de marca:</translation>
    </message>
    <message>
        <source>No brand profile yet</source>
        <translation>Aún no hay perfil de marca</translation>
    </message>
    <message>
        <source>Brand profile</source>
        <translation>Perfil de marca</translation>
    </message>
    <message>
        <source>The brand the script is written for: its audience, offer, voice and banned words</source>
        <translation>La marca para la que se escribe el guion: su público, oferta, voz y palabras prohibidas</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>Open the brand profile on the Brand Profiles page</source>
        <translation>Abrir el perfil en la página Perfiles de marca</translation>
    </message>
    <message>
        <source>Edit the brand profile</source>
        <translation>Editar el perfil de marca</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Hoo&amp;k type:</source>
        <translation>Tipo de &amp;gancho:</translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation>Tipo de gancho</translation>
    </message>
    <message>
        <source>The kind of hook the script opens with</source>
        <translation>El tipo de gancho con el que empieza el guion</translation>
    </message>
    <message>
        <source>E&amp;motion:</source>
        <translation>E&amp;moción:</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <source>The feeling the Reel should leave</source>
        <translation>La sensación que debe dejar el Reel</translation>
    </message>
    <message>
        <source>Let the model choose</source>
        <translation>Que elija el modelo</translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>Reel length in seconds</source>
        <translation>Duración del Reel en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the Reel length, e.g. &quot;30 s&quot;</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Up to 90 seconds is recommended for reach; Instagram allows up to 3 minutes</source>
        <translation>Se recomienda hasta 90 segundos para el alcance; Instagram permite hasta 3 minutos</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Script language</source>
        <translation>Idioma del guion</translation>
    </message>
    <message>
        <source>Call to &amp;action:</source>
        <translation>Llamada a la &amp;acción:</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Llamada a la acción</translation>
    </message>
    <message>
        <source>Optional, e.g. Start your free trial</source>
        <translation>Opcional, p. ej., Empieza tu prueba gratis</translation>
    </message>
    <message>
        <source>&amp;Topic or angle:</source>
        <translation>&amp;Tema o enfoque:</translation>
    </message>
    <message>
        <source>Topic or angle</source>
        <translation>Tema o enfoque</translation>
    </message>
    <message>
        <source>What the Reel is about, the angle to take, facts to use (optional)</source>
        <translation>De qué trata el Reel, el enfoque y los datos que usar (opcional)</translation>
    </message>
    <message>
        <source>&amp;Variants:</source>
        <translation>&amp;Variantes:</translation>
    </message>
    <message>
        <source>Number of variants</source>
        <translation>Número de variantes</translation>
    </message>
    <message>
        <source>How many different scripts to write side by side</source>
        <translation>Cuántos guiones distintos escribir a la vez</translation>
    </message>
</context>
<context>
    <name>reel::ui::GeneratePage</name>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Write the scripts (%1)</source>
        <extracomment>Tooltip with its keyboard shortcut</extracomment>
        <translation>Escribir los guiones (%1)</translation>
    </message>
    <message>
        <source>Stop writing; unfinished variants are not saved (%1)</source>
        <translation>Dejar de escribir; las variantes sin terminar no se guardan (%1)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>&amp;Open in Editor</source>
        <translation>&amp;Abrir en el editor</translation>
    </message>
    <message>
        <source>Edit the selected variant in the Script Editor</source>
        <translation>Editar la variante seleccionada en el editor de guiones</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Abrir en el editor</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>Choose the provider, model and key on the Settings page</source>
        <translation>Elige el proveedor, el modelo y la clave en la página Ajustes</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Choose a brand profile and describe the Reel, then press Generate (%1). The scripts appear here as they are written.</source>
        <translation>Elige un perfil de marca y describe el Reel; después pulsa Generar (%1). Los guiones aparecen aquí a medida que se escriben.</translation>
    </message>
    <message>
        <source>Written by the offline composer: no model, no network, no cost.</source>
        <translation>Lo escribe el redactor sin conexión: sin modelo, sin red, sin coste.</translation>
    </message>
    <message>
        <source>Add an API key in Settings to write with a model.</source>
        <translation>Añade una clave de API en Ajustes para escribir con un modelo.</translation>
    </message>
    <message>
        <source>(no model set)</source>
        <translation>(sin modelo)</translation>
    </message>
    <message>
        <source>Written by %1 · %2</source>
        <extracomment>%1 the provider (e.g. OpenAI), %2 the model id</extracomment>
        <translation>Lo escribe %1 · %2</translation>
    </message>
    <message>
        <source>estimated cost %1</source>
        <extracomment>%1 an amount in US dollars, e.g. $0.0031</extracomment>
        <translation>coste estimado %1</translation>
    </message>
    <message>
        <source>on this computer, no cost</source>
        <translation>en este equipo, sin coste</translation>
    </message>
    <message>
        <source>no price listed for this model</source>
        <translation>sin precio para este modelo</translation>
    </message>
    <message>
        <source>No API key is set: add one in Settings or set OPENAI_API_KEY.</source>
        <translation>No hay clave de API: añade una en Ajustes o define OPENAI_API_KEY.</translation>
    </message>
    <message>
        <source>Choose a brand profile first: the script is written for its audience, offer and voice.</source>
        <translation>Elige primero un perfil de marca: el guion se escribe para su público, su oferta y su voz.</translation>
    </message>
    <message>
        <source>Create a Profile…</source>
        <translation>Crear un perfil…</translation>
    </message>
    <message>
        <source>Finding examples…</source>
        <translation>Buscando ejemplos…</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n variant…</source>
        <translation>
            <numerusform>Escribiendo %n variante…</numerusform>
            <numerusform>Escribiendo %n variantes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n variants…</source>
        <translation>
            <numerusform>Escribiendo %n variante…</numerusform>
            <numerusform>Escribiendo %n variantes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated cost %1.</source>
        <translation>Coste estimado: %1.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Ajustes</translation>
    </message>
    <message>
        <source>The time limits can be changed in Settings.</source>
        <translation>Los límites de tiempo se cambian en Ajustes.</translation>
    </message>
    <message>
        <source>Rephrase the topic or angle, then try again.</source>
        <translation>Reformula el tema o el enfoque y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Raise “Max tokens per answer” in Settings, or ask for a shorter Reel.</source>
        <translation>Sube «Máximo de tokens por respuesta» en Ajustes o pide un Reel más corto.</translation>
    </message>
    <message>
        <source>Write with the Offline Composer</source>
        <translation>Escribir con el redactor sin conexión</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Stopped. Variants that were not finished were not saved.</source>
        <translation>Detenido. Las variantes sin terminar no se guardaron.</translation>
    </message>
    <message>
        <source>Done: the script is saved in the workspace.</source>
        <translation>Listo: el guion está guardado en el espacio de trabajo.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n scripts are saved in the workspace.</source>
        <translation>
            <numerusform>Listo: %n guion está guardado en el espacio de trabajo.</numerusform>
            <numerusform>Listo: %n guiones están guardados en el espacio de trabajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 variants written.</source>
        <translation>%1 de %2 variantes escritas.</translation>
    </message>
    <message>
        <source>A script could not be saved in the workspace (%1). Nothing is lost: it was written to “%2”. Import it from the History page when the workspace is available again.</source>
        <extracomment>%1 the reason (a database message), %2 a file path</extracomment>
        <translation>No se pudo guardar un guion en el espacio de trabajo (%1). No se ha perdido nada: se escribió en «%2». Impórtalo desde la página Historial cuando el espacio de trabajo vuelva a estar disponible.</translation>
    </message>
    <message numerus="yes">
        <source>Done, but %n script could not be saved in the workspace; it is kept in %1.</source>
        <extracomment>%1 a folder</extracomment>
        <translation>
            <numerusform>Listo, pero %n guion no se pudo guardar en el espacio de trabajo; se conserva en %1.</numerusform>
            <numerusform>Listo, pero %n guiones no se pudieron guardar en el espacio de trabajo; se conservan en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done, but %n scripts could not be saved in the workspace; they are kept in %1.</source>
        <translation>
            <numerusform>Listo, pero %n guion no se pudo guardar en el espacio de trabajo; se conserva en %1.</numerusform>
            <numerusform>Listo, pero %n guiones no se pudieron guardar en el espacio de trabajo; se conservan en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The offline composer wrote the script instead. %1</source>
        <extracomment>%1 what went wrong with the model server, e.g. &quot;The model server cannot be reached. Check …&quot;</extracomment>
        <translation>El redactor sin conexión escribió el guion en su lugar. %1</translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryFilterBar</name>
    <message numerus="yes">
        <source>%1 of %n script</source>
        <extracomment>%1 scripts shown, of %n in the workspace (the plural follows %n)</extracomment>
        <translation>
            <numerusform>%1 de %n guion</numerusform>
            <numerusform>%1 de %n guiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scripts</source>
        <translation>
            <numerusform>%1 de %n guion</numerusform>
            <numerusform>%1 de %n guiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n script</source>
        <translation>
            <numerusform>%n guion</numerusform>
            <numerusform>%n guiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scripts</source>
        <translation>
            <numerusform>%n guion</numerusform>
            <numerusform>%n guiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Search titles, brands, hooks, bodies, CTAs and captions (Ctrl+F)</source>
        <translation>Buscar en títulos, marcas, ganchos, cuerpos, CTA y descripciones (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search scripts</source>
        <translation>Buscar guiones</translation>
    </message>
    <message>
        <source>Brand filter</source>
        <translation>Filtro de marca</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Rating filter</source>
        <translation>Filtro de valoración</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Untick to show only scripts created between two dates</source>
        <translation>Desmarca para mostrar solo los guiones creados entre dos fechas</translation>
    </message>
    <message>
        <source>Created on or after</source>
        <translation>Creado a partir del</translation>
    </message>
    <message>
        <source>Created on or before</source>
        <translation>Creado hasta el</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>Filtro de sector</translation>
    </message>
    <message>
        <source>Hook type filter</source>
        <translation>Filtro de tipo de gancho</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Filtro de idioma</translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation>Filtro de proveedor</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Show every script again</source>
        <translation>Volver a mostrar todos los guiones</translation>
    </message>
    <message>
        <source>Scripts shown</source>
        <translation>Guiones mostrados</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Cualquier valoración</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <extracomment>a rating filter: %1 stars, e.g. &quot;★★★☆☆ or more&quot;</extracomment>
        <translation>%1 o más</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>Todas las marcas</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Todos los sectores</translation>
    </message>
    <message>
        <source>All hook types</source>
        <translation>Todos los tipos de gancho</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos los proveedores</translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Script History</source>
        <translation>Historial de guiones</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip with its keyboard shortcut, e.g. &quot;Delete the selected scripts (Del)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Open in Editor</source>
        <translation>&amp;Abrir en el editor</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the script in the editor (Enter)</source>
        <translation>Abrir el guion en el editor (Intro)</translation>
    </message>
    <message>
        <source>&amp;Promote to Examples</source>
        <translation>&amp;Promover a ejemplos</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Promover</translation>
    </message>
    <message>
        <source>Add the script to the example library the generator learns from</source>
        <translation>Añadir el guion a la biblioteca de ejemplos de la que aprende el generador</translation>
    </message>
    <message>
        <source>Export &amp;Selected Scripts…</source>
        <translation>Exportar los guiones &amp;seleccionados…</translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation>Exportar selección…</translation>
    </message>
    <message>
        <source>Write the selected scripts to a file</source>
        <translation>Guardar los guiones seleccionados en un archivo</translation>
    </message>
    <message>
        <source>Export &amp;All Shown…</source>
        <translation>Exportar &amp;todos los mostrados…</translation>
    </message>
    <message>
        <source>Export All Shown…</source>
        <translation>Exportar todos los mostrados…</translation>
    </message>
    <message>
        <source>Write every script the search and filters show to a file</source>
        <translation>Guardar en un archivo todos los guiones que muestran la búsqueda y los filtros</translation>
    </message>
    <message>
        <source>&amp;Copy as Markdown</source>
        <translation>&amp;Copiar como Markdown</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the selected scripts as Markdown text</source>
        <translation>Copiar los guiones seleccionados como texto Markdown</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Importar &amp;historial…</translation>
    </message>
    <message>
        <source>Import History…</source>
        <translation>Importar historial…</translation>
    </message>
    <message>
        <source>Add the scripts of a Reel Studio history export (JSON)</source>
        <translation>Añadir los guiones de una exportación del historial de Reel Studio (JSON)</translation>
    </message>
    <message>
        <source>Import &amp;Performance…</source>
        <translation>Importar &amp;rendimiento…</translation>
    </message>
    <message>
        <source>Import Performance…</source>
        <translation>Importar rendimiento…</translation>
    </message>
    <message>
        <source>Read views, likes, comments, shares and saves from a CSV file</source>
        <translation>Leer reproducciones, me gusta, comentarios, compartidos y guardados de un archivo CSV</translation>
    </message>
    <message>
        <source>De&amp;lete Scripts</source>
        <translation>E&amp;liminar guiones</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected scripts</source>
        <translation>Eliminar los guiones seleccionados</translation>
    </message>
    <message>
        <source>Search Scripts</source>
        <translation>Buscar guiones</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Write scripts as Markdown, PDF, CSV, JSON, teleprompter text or captions</source>
        <translation>Guardar guiones como Markdown, PDF, CSV, JSON, texto de teleprompter o subtítulos</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import a history export or performance figures</source>
        <translation>Importar una exportación del historial o cifras de rendimiento</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Guiones</translation>
    </message>
    <message>
        <source>The table cannot be sorted by this column.</source>
        <translation>La tabla no se puede ordenar por esta columna.</translation>
    </message>
    <message>
        <source>Example %1 in the library was brought up to date with this script.</source>
        <extracomment>%1 the number of the new example</extracomment>
        <translation>El ejemplo %1 de la biblioteca se actualizó con este guion.</translation>
    </message>
    <message>
        <source>Added to the example library as example %1.</source>
        <translation>Añadido a la biblioteca de ejemplos como ejemplo %1.</translation>
    </message>
    <message>
        <source>There are no scripts to export.</source>
        <translation>No hay guiones que exportar.</translation>
    </message>
    <message>
        <source>Export Scripts</source>
        <translation>Exportar guiones</translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF (*.pdf);;CSV (*.csv);;Reel Studio history (*.json);;Teleprompter text (*.txt);;SubRip captions, one file per script (*.srt)</source>
        <translation>Markdown (*.md);;PDF (*.pdf);;CSV (*.csv);;Historial de Reel Studio (*.json);;Texto de teleprompter (*.txt);;Subtítulos SubRip, un archivo por guion (*.srt)</translation>
    </message>
    <message>
        <source>Reel script</source>
        <translation>Guion de Reel</translation>
    </message>
    <message>
        <source>Reel scripts</source>
        <translation>Guiones de Reel</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n scripts…</source>
        <translation>
            <numerusform>Exportando %n guion…</numerusform>
            <numerusform>Exportando %n guiones…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>No se escribió el archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n caption files to %1.</source>
        <extracomment>%1 a folder</extracomment>
        <translation>
            <numerusform>Se escribió %n archivo de subtítulos en %1.</numerusform>
            <numerusform>Se escribieron %n archivos de subtítulos en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n script to %1.</source>
        <extracomment>%1 a file</extracomment>
        <translation>
            <numerusform>Se exportó %n guion a %1.</numerusform>
            <numerusform>Se exportaron %n guiones a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n scripts to %1.</source>
        <translation>
            <numerusform>Se exportó %n guion a %1.</numerusform>
            <numerusform>Se exportaron %n guiones a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Copy</source>
        <translation>No se pudo copiar</translation>
    </message>
    <message>
        <source>Copied the script as Markdown.</source>
        <translation>Guion copiado como Markdown.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n scripts as Markdown.</source>
        <translation>
            <numerusform>%n guion copiado como Markdown.</numerusform>
            <numerusform>%n guiones copiados como Markdown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Importar historial</translation>
    </message>
    <message>
        <source>Reel Studio history (*.json);;All files (*)</source>
        <translation>Historial de Reel Studio (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing the history…</source>
        <translation>Importando el historial…</translation>
    </message>
    <message>
        <source>Could Not Import the History</source>
        <extracomment>%1 the file&apos;s name</extracomment>
        <translation>No se pudo importar el historial</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”.</source>
        <translation>No se importó nada de «%1».</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>History imported: %1 added, %2 already there.</source>
        <extracomment>%1 scripts added, %2 scripts skipped because the workspace already had them</extracomment>
        <translation>Historial importado: %1 añadidos, %2 ya existentes.</translation>
    </message>
    <message>
        <source>Import Performance</source>
        <translation>Importar rendimiento</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could Not Import the Figures</source>
        <translation>No se pudieron importar las cifras</translation>
    </message>
    <message>
        <source>No figures were saved from “%1”.</source>
        <translation>No se guardó ninguna cifra de «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Figures saved for %n script.</source>
        <translation>
            <numerusform>Cifras guardadas para %n guion.</numerusform>
            <numerusform>Cifras guardadas para %n guiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Figures saved for %n scripts.</source>
        <translation>
            <numerusform>Cifras guardadas para %n guion.</numerusform>
            <numerusform>Cifras guardadas para %n guiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the script “%1”?</source>
        <extracomment>%1 the script&apos;s title</extracomment>
        <translation>¿Eliminar el guion «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n scripts?</source>
        <translation>
            <numerusform>¿Eliminar %n guion?</numerusform>
            <numerusform>¿Eliminar %n guiones?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their versions, ratings, status history and figures go with them. This cannot be undone; export them first if you may want them back.</source>
        <translation>Sus versiones, valoraciones, historial de estados y cifras se eliminan con ellos. No se puede deshacer; expórtalos antes si podrías quererlos de vuelta.</translation>
    </message>
    <message>
        <source>Delete Scripts</source>
        <translation>Eliminar guiones</translation>
    </message>
    <message>
        <source>Could Not Delete the Scripts</source>
        <translation>No se pudieron eliminar los guiones</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>No se eliminó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n script.</source>
        <translation>
            <numerusform>Se eliminó %n guion.</numerusform>
            <numerusform>Se eliminaron %n guiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n scripts.</source>
        <translation>
            <numerusform>Se eliminó %n guion.</numerusform>
            <numerusform>Se eliminaron %n guiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n &amp;Selected Scripts…</source>
        <translation>
            <numerusform>Exportar %n guion &amp;seleccionado…</numerusform>
            <numerusform>Exportar los %n guiones &amp;seleccionados…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;Selected Script…</source>
        <translation>Exportar el guion &amp;seleccionado…</translation>
    </message>
    <message>
        <source>Scripts you generate appear here, with every version, rating and status change. Write one on the Generate page, or import a history export.</source>
        <translation>Aquí aparecen los guiones que generas, con cada versión, valoración y cambio de estado. Escribe uno en la página Generar o importa una exportación del historial.</translation>
    </message>
    <message>
        <source>No script matches the search and filters.</source>
        <translation>Ningún guion coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <source>Replace them?</source>
        <translation>¿Sustituirlos?</translation>
    </message>
    <message>
        <source>Replace Caption Files</source>
        <translation>Sustituir archivos de subtítulos</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>No se exportó nada.</translation>
    </message>
    <message>
        <source>A caption file with this name already exists in “%1”:</source>
        <extracomment>%1 a folder; the file names follow, one per line</extracomment>
        <translation>Ya existe un archivo de subtítulos con este nombre en «%1»:</translation>
    </message>
    <message numerus="yes">
        <source>%n caption files with these names already exist in “%1”:</source>
        <translation>
            <numerusform>Ya existe %n archivo de subtítulos con este nombre en «%1»:</numerusform>
            <numerusform>Ya existen %n archivos de subtítulos con estos nombres en «%1»:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryTableModel</name>
    <message numerus="yes">
        <source>%n rating, %1 stars</source>
        <extracomment>%n ratings, %1 their average stars</extracomment>
        <translation>
            <numerusform>%n valoración, %1 estrellas</numerusform>
            <numerusform>%n valoraciones, %1 estrellas de media</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ratings, %1 stars on average</source>
        <translation>
            <numerusform>%n valoración, %1 estrellas</numerusform>
            <numerusform>%n valoraciones, %1 estrellas de media</numerusform>
        </translation>
    </message>
    <message>
        <source>0–100: how well the script did in the platform&apos;s checks</source>
        <translation>0–100: lo bien que ha salido el guion en las comprobaciones de la plataforma</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Haz clic para ordenar por esta columna</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Esta columna no se puede ordenar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryText</name>
    <message>
        <source>Generated</source>
        <extracomment>a version of a script: as the generator wrote it</extracomment>
        <translation>Generada</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>a version of a script: saved from the editor</extracomment>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Restored</source>
        <extracomment>a version of a script: an older version made current again</extracomment>
        <translation>Restaurada</translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>a version of a script: read from a history export</extracomment>
        <translation>Importada</translation>
    </message>
    <message>
        <source>Thumbs up</source>
        <translation>Pulgar arriba</translation>
    </message>
    <message>
        <source>Thumbs down</source>
        <translation>Pulgar abajo</translation>
    </message>
    <message>
        <source>★ %1 (%2)</source>
        <extracomment>%1 the average stars (e.g. 4.5), %2 how many ratings</extracomment>
        <translation>★ %1 (%2)</translation>
    </message>
    <message>
        <source>$%1</source>
        <extracomment>a cost in US dollars</extracomment>
        <translation>%1 US$</translation>
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
        <translation>Importar ejemplos</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elige un archivo</translation>
    </message>
    <message>
        <source>Reel Studio imports examples from CSV (a header line, then one example per line), JSON (a list of examples, or a Reel Studio example file) and JSON Lines (one example per line). Nothing is added until you confirm it at the end.</source>
        <translation>Reel Studio importa ejemplos de CSV (una línea de encabezado y luego un ejemplo por línea), JSON (una lista de ejemplos o un archivo de ejemplos de Reel Studio) y JSON Lines (un ejemplo por línea). No se añade nada hasta que lo confirmes al final.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>E&amp;legir archivo…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
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
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Asigna las columnas</translation>
    </message>
    <message>
        <source>Choose the example field each column of the file holds, or ignore it.</source>
        <translation>Elige el campo del ejemplo que contiene cada columna del archivo, o ignórala.</translation>
    </message>
    <message>
        <source>&amp;First rows of the file:</source>
        <translation>&amp;Primeras filas del archivo:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Columnas:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Example field</source>
        <translation>Campo del ejemplo</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Revisa las filas</translation>
    </message>
    <message>
        <source>Rows with problems are left out. Choose what to import.</source>
        <translation>Las filas con problemas se omiten. Elige qué importar.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Import &amp;nothing (the library stays as it is)</source>
        <translation>No importar &amp;nada (la biblioteca queda como está)</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>Comprobando las filas</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Example files (*.csv *.tsv *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Archivos de ejemplos (*.csv *.tsv *.json *.jsonl *.ndjson);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Aún no se ha elegido ningún archivo.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Leyendo «%1»…</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» está vacío.</translation>
    </message>
    <message>
        <source>“%1” is not a text file in UTF-8. Reel Studio imports CSV, JSON and JSON Lines files; save the file as one of them (UTF-8) and try again.</source>
        <translation>«%1» no es un archivo de texto en UTF-8. Reel Studio importa archivos CSV, JSON y JSON Lines; guarda el archivo en uno de esos formatos (UTF-8) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>“%1” holds no list of examples: expected a JSON list of objects, or an object with an “examples” list.</source>
        <translation>«%1» no contiene una lista de ejemplos: se esperaba una lista JSON de objetos o un objeto con una lista «examples».</translation>
    </message>
    <message>
        <source>“%1” cannot be read as %2: %3</source>
        <extracomment>%1 file name, %2 the format (CSV, JSON…), %3 what is wrong (e.g. not valid JSON at line 3, column 5)</extracomment>
        <translation>«%1» no se puede leer como %2: %3</translation>
    </message>
    <message>
        <source>“%1” holds no rows to import.</source>
        <translation>«%1» no contiene filas que importar.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %2, %n row.</source>
        <extracomment>%1 file name, %2 format (CSV, JSON…), %n the number of rows</extracomment>
        <translation>
            <numerusform>«%1»: %2, %n fila.</numerusform>
            <numerusform>«%1»: %2, %n filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %2, %n rows.</source>
        <translation>
            <numerusform>«%1»: %2, %n fila.</numerusform>
            <numerusform>«%1»: %2, %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignore</source>
        <extracomment>a column of the import file that is not imported</extracomment>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Field for column “%1”</source>
        <extracomment>%1 the column&apos;s name in the file</extracomment>
        <translation>Campo de la columna «%1»</translation>
    </message>
    <message>
        <source>“%1” is chosen for more than one column: %2. Choose it for one only.</source>
        <extracomment>%1 an example field, %2 the columns, e.g. “Hook” is chosen for “title”, “hook”</extracomment>
        <translation>«%1» está elegido para más de una columna: %2. Elígelo solo para una.</translation>
    </message>
    <message>
        <source>None of the columns is matched to an example field, so there is nothing to import. Choose a field for at least the hook, body and CTA columns.</source>
        <translation>Ninguna columna está asignada a un campo del ejemplo, así que no hay nada que importar. Elige un campo al menos para las columnas del gancho, el cuerpo y la CTA.</translation>
    </message>
    <message>
        <source>No column holds: %1. Every row needs them, so rows will be refused unless you match a column to each.</source>
        <extracomment>%1 fields such as &quot;Sector, Goal&quot;</extracomment>
        <translation>Ninguna columna contiene: %1. Toda fila los necesita, así que las filas se rechazarán salvo que asignes una columna a cada uno.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row…</source>
        <translation>
            <numerusform>Comprobando %n fila…</numerusform>
            <numerusform>Comprobando %n filas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>Comprobando %n fila…</numerusform>
            <numerusform>Comprobando %n filas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation>Importar las filas válidas</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>El archivo no se puede importar: %1</translation>
    </message>
    <message>
        <source>Rows in the file: %1. Valid: %2. With errors: %3. Duplicates: %4.</source>
        <translation>Filas en el archivo: %1. Válidas: %2. Con errores: %3. Duplicadas: %4.</translation>
    </message>
    <message>
        <source>The same script as row %1.</source>
        <translation>El mismo guion que la fila %1.</translation>
    </message>
    <message>
        <source>Already in the library as example %1: “%2”.</source>
        <extracomment>%1 the number of the library example, %2 its hook</extracomment>
        <translation>Ya está en la biblioteca como ejemplo %1: «%2».</translation>
    </message>
    <message>
        <source>Already in the library.</source>
        <translation>Ya está en la biblioteca.</translation>
    </message>
    <message>
        <source>Hook, body and CTA</source>
        <translation>Gancho, cuerpo y CTA</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem.</source>
        <translation>
            <numerusform>… y %n problema más.</numerusform>
            <numerusform>… y %n problemas más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… y %n problema más.</numerusform>
            <numerusform>… y %n problemas más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import &amp;all %n row</source>
        <translation>
            <numerusform>&amp;Importar %n fila</numerusform>
            <numerusform>Importar &amp;todas las %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import &amp;all %n rows</source>
        <translation>
            <numerusform>&amp;Importar %n fila</numerusform>
            <numerusform>Importar &amp;todas las %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n &amp;valid row</source>
        <translation>
            <numerusform>Importar %n fila &amp;válida</numerusform>
            <numerusform>Importar las %n filas &amp;válidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n &amp;valid rows</source>
        <translation>
            <numerusform>Importar %n fila &amp;válida</numerusform>
            <numerusform>Importar las %n filas &amp;válidas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n example…</source>
        <translation>
            <numerusform>Importando %n ejemplo…</numerusform>
            <numerusform>Importando %n ejemplos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n examples…</source>
        <translation>
            <numerusform>Importando %n ejemplo…</numerusform>
            <numerusform>Importando %n ejemplos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n example.</source>
        <translation>
            <numerusform>%n ejemplo importado.</numerusform>
            <numerusform>%n ejemplos importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n examples.</source>
        <translation>
            <numerusform>%n ejemplo importado.</numerusform>
            <numerusform>%n ejemplos importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Nothing was imported. The library is unchanged.</source>
        <translation>No se importó nada. La biblioteca no ha cambiado.</translation>
    </message>
    <message numerus="yes">
        <source>%n row with problems was left out.</source>
        <translation>
            <numerusform>Se omitió %n fila con problemas.</numerusform>
            <numerusform>Se omitieron %n filas con problemas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with problems were left out.</source>
        <translation>
            <numerusform>Se omitió %n fila con problemas.</numerusform>
            <numerusform>Se omitieron %n filas con problemas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reel::ui::IndexPanel</name>
    <message>
        <source>Search index:</source>
        <extracomment>label before the state of the search index of the example library</extracomment>
        <translation>Índice de búsqueda:</translation>
    </message>
    <message>
        <source>&amp;Rebuild Index</source>
        <translation>&amp;Reconstruir índice</translation>
    </message>
    <message>
        <source>Embed every example again and rebuild the search index</source>
        <translation>Volver a vectorizar todos los ejemplos y reconstruir el índice de búsqueda</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the rebuild; the index stays as it was</source>
        <translation>Detener la reconstrucción; el índice queda como estaba</translation>
    </message>
    <message>
        <source>Index rebuild progress</source>
        <translation>Progreso de la reconstrucción del índice</translation>
    </message>
    <message>
        <source>Search index state</source>
        <translation>Estado del índice de búsqueda</translation>
    </message>
    <message>
        <source>Embedder</source>
        <translation>Modelo de embeddings</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 &quot;Failed&quot;, %2 why</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Embedder: %1</source>
        <translation>Modelo de embeddings: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>examples embedded so far of all, e.g. &quot;1,024 / 3,238&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1, about %2 left</source>
        <extracomment>%1 the count above, %2 a time such as &quot;12 s&quot;</extracomment>
        <translation>%1, faltan unos %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Index rebuilt: 1 example in %1</source>
        <translation>Índice reconstruido: 1 ejemplo en %1</translation>
    </message>
    <message>
        <source>Index rebuilt: %1 examples in %2</source>
        <translation>Índice reconstruido: %1 ejemplos en %2</translation>
    </message>
</context>
<context>
    <name>reel::ui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <extracomment>%1 is the application&apos;s name</extracomment>
        <translation>&amp;Acerca de %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>The workspace folder</source>
        <translation>La carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>%1 what would be undone, e.g. Delete “FitLife”</extracomment>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Writes, checks and keeps Instagram Reel scripts.</source>
        <translation>Escribe, revisa y guarda guiones de Reels de Instagram.</translation>
    </message>
    <message>
        <source>Workspace folder:</source>
        <translation>Carpeta del espacio de trabajo:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Creado con:</translation>
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
        <translation>Léxico de sentimiento VADER de C.J. Hutto (MIT)</translation>
    </message>
    <message>
        <source>LDNOOBW word lists (CC BY 4.0)</source>
        <translation>Listas de palabras LDNOOBW (CC BY 4.0)</translation>
    </message>
    <message>
        <source>Snowball stemmers (BSD)</source>
        <translation>Lematizadores Snowball (BSD)</translation>
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
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Load &amp;Rule Pack…</source>
        <translation>Cargar paquete de &amp;reglas…</translation>
    </message>
    <message>
        <source>Use an updated platform rule pack (limits such as the hashtag cap)</source>
        <translation>Usar un paquete de reglas de la plataforma actualizado (límites como el máximo de hashtags)</translation>
    </message>
    <message>
        <source>Use &amp;Built-in Rule Pack</source>
        <translation>Usar el paquete de reglas &amp;integrado</translation>
    </message>
    <message>
        <source>Load Rule Pack</source>
        <translation>Cargar paquete de reglas</translation>
    </message>
    <message>
        <source>Rule packs (*.json);;All files (*)</source>
        <translation>Paquetes de reglas (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The rule pack was not loaded; the rules in use stay as they were.</source>
        <translation>No se cargó el paquete de reglas; las reglas en uso no cambian.</translation>
    </message>
    <message>
        <source>Rule pack %1 is in use.</source>
        <extracomment>%1 the version of the rule pack</extracomment>
        <translation>Se está usando el paquete de reglas %1.</translation>
    </message>
    <message>
        <source>Use Built-in Rule Pack</source>
        <translation>Usar el paquete de reglas integrado</translation>
    </message>
    <message>
        <source>The built-in rule pack is in use.</source>
        <translation>Se está usando el paquete de reglas integrado.</translation>
    </message>
    <message>
        <source>The saved scripts could not be checked against the new rules: %1</source>
        <translation>No se pudieron comprobar los guiones guardados con las nuevas reglas: %1</translation>
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
        <translation>Comprobando los guiones guardados con las nuevas reglas…</translation>
    </message>
</context>
<context>
    <name>reel::ui::MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>reel::ui::PerformancePanel</name>
    <message>
        <source>Last saved %1</source>
        <translation>Guardado por última vez: %1</translation>
    </message>
    <message>
        <source>How the Reel did on Instagram. Leave a figure blank when you do not know it.</source>
        <translation>Resultados del Reel en Instagram. Deja una cifra en blanco si no la conoces.</translation>
    </message>
    <message>
        <source>Figures can be entered once the script is published. It is “%1” now.</source>
        <extracomment>%1 the script&apos;s status, e.g. &quot;Approved&quot;</extracomment>
        <translation>Las cifras se pueden introducir cuando el guion esté publicado. Ahora está «%1».</translation>
    </message>
    <message>
        <source>Views:</source>
        <translation>Reproducciones:</translation>
    </message>
    <message>
        <source>Likes:</source>
        <translation>Me gusta:</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Comentarios:</translation>
    </message>
    <message>
        <source>Shares:</source>
        <translation>Compartidos:</translation>
    </message>
    <message>
        <source>Saves:</source>
        <translation>Guardados:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Posted on:</source>
        <translation>Publicado el:</translation>
    </message>
    <message>
        <source>Save Figures</source>
        <translation>Guardar cifras</translation>
    </message>
</context>
<context>
    <name>reel::ui::PriceTableModel</name>
    <message>
        <source>Also applies to dated versions of this model (e.g. %1-2024-07-18)</source>
        <translation>También se aplica a las versiones fechadas de este modelo (p. ej., %1-2024-07-18)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Input $ / 1M tokens</source>
        <extracomment>US dollars per million input (prompt) tokens</extracomment>
        <translation>Entrada $ / 1 M tokens</translation>
    </message>
    <message>
        <source>Output $ / 1M tokens</source>
        <extracomment>US dollars per million output (answer) tokens</extracomment>
        <translation>Salida $ / 1 M tokens</translation>
    </message>
</context>
<context>
    <name>reel::ui::PricesPanel</name>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>Prices per model</source>
        <translation>Precios por modelo</translation>
    </message>
    <message>
        <source>&amp;Add Model</source>
        <translation>&amp;Añadir modelo</translation>
    </message>
    <message>
        <source>Remove Model</source>
        <translation>Quitar modelo</translation>
    </message>
    <message>
        <source>Reset to Built-in Prices</source>
        <translation>Restablecer los precios integrados</translation>
    </message>
    <message>
        <source>Replace your prices with the built-in list? Your changes to the table are lost.</source>
        <translation>¿Sustituir tus precios por la lista integrada? Se perderán tus cambios en la tabla.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>The prices were not saved: %1</source>
        <translation>Los precios no se guardaron: %1</translation>
    </message>
    <message>
        <source>Built-in prices as of %1. Edit them when your provider&apos;s prices change; models not listed cost nothing (local servers).</source>
        <extracomment>%1 the date the built-in prices were checked</extracomment>
        <translation>Precios integrados a fecha de %1. Edítalos cuando cambien los precios de tu proveedor; los modelos que no figuran no cuestan nada (servidores locales).</translation>
    </message>
    <message>
        <source>Your own prices, kept in the workspace. Models not listed cost nothing (local servers).</source>
        <translation>Tus propios precios, guardados en el espacio de trabajo. Los modelos que no figuran no cuestan nada (servidores locales).</translation>
    </message>
    <message>
        <source>The saved prices could not be read, so the built-in ones apply: %1</source>
        <translation>No se pudieron leer los precios guardados, así que se aplican los integrados: %1</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProblemsPanel</name>
    <message>
        <source>P&amp;roblems</source>
        <translation>P&amp;roblemas</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Corregir</translation>
    </message>
    <message>
        <source>Fix the selected problem</source>
        <translation>Corregir el problema seleccionado</translation>
    </message>
    <message>
        <source>The selected problem has no automatic fix</source>
        <translation>El problema seleccionado no tiene corrección automática</translation>
    </message>
    <message>
        <source>Select a problem to see it in the script. F8 goes to the next one, Shift+F8 back.</source>
        <translation>Selecciona un problema para verlo en el guion. F8 va al siguiente y Mayús+F8 al anterior.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Sin problemas</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Notes: %3</source>
        <extracomment>Counts of problems by severity</extracomment>
        <translation>Errores: %1 · Advertencias: %2 · Notas: %3</translation>
    </message>
    <message>
        <source>&amp;Go to Problem</source>
        <translation>&amp;Ir al problema</translation>
    </message>
    <message>
        <source>&amp;Copy Message</source>
        <translation>&amp;Copiar mensaje</translation>
    </message>
    <message>
        <source>Problems show up here while you write.</source>
        <translation>Los problemas aparecen aquí mientras escribes.</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfileEditor</name>
    <message>
        <source>Entry %1: %2</source>
        <extracomment>%1 the position of the entry in the list (1 = first), %2 what is wrong</extracomment>
        <translation>Entrada %1: %2</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Voice and offer</source>
        <translation>Voz y oferta</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Defaults and notes</source>
        <translation>Valores predeterminados y notas</translation>
    </message>
    <message>
        <source>Brand &amp;name:</source>
        <translation>&amp;Nombre de la marca:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plataforma:</translation>
    </message>
    <message>
        <source>&amp;Age range:</source>
        <translation>&amp;Rango de edad:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Género:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>U&amp;bicación:</translation>
    </message>
    <message>
        <source>Pain po&amp;ints:</source>
        <translation>Puntos de &amp;dolor:</translation>
    </message>
    <message>
        <source>&amp;Brand voice:</source>
        <translation>Vo&amp;z de marca:</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>&amp;Oferta:</translation>
    </message>
    <message>
        <source>CTA st&amp;yle:</source>
        <translation>Estilo de &amp;CTA:</translation>
    </message>
    <message>
        <source>Do-not-&amp;use words:</source>
        <translation>Pa&amp;labras prohibidas:</translation>
    </message>
    <message>
        <source>Co&amp;mpetitors:</source>
        <translation>Co&amp;mpetidores:</translation>
    </message>
    <message>
        <source>&amp;Required hashtags:</source>
        <translation>&amp;Hashtags obligatorios:</translation>
    </message>
    <message>
        <source>&amp;Default language:</source>
        <translation>&amp;Idioma predeterminado:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <source>e.g. FitLife Studio</source>
        <translation>p. ej., FitLife Studio</translation>
    </message>
    <message>
        <source>Pick or type a sector</source>
        <translation>Elige o escribe un sector</translation>
    </message>
    <message>
        <source>e.g. 25-40</source>
        <translation>p. ej., 25-40</translation>
    </message>
    <message>
        <source>Pick or type</source>
        <translation>Elige o escribe</translation>
    </message>
    <message>
        <source>e.g. Mumbai, India</source>
        <translation>p. ej., Madrid, España</translation>
    </message>
    <message>
        <source>A problem your audience has; Enter adds it</source>
        <translation>Un problema que tiene tu audiencia; Intro lo añade</translation>
    </message>
    <message>
        <source>What the brand offers, e.g. a free 7-day trial</source>
        <translation>Lo que ofrece la marca, p. ej., una prueba gratis de 7 días</translation>
    </message>
    <message>
        <source>Pick or type a style</source>
        <translation>Elige o escribe un estilo</translation>
    </message>
    <message>
        <source>A word or phrase scripts must avoid</source>
        <translation>Una palabra o frase que los guiones deben evitar</translation>
    </message>
    <message>
        <source>A competitor scripts must not name</source>
        <translation>Un competidor que los guiones no deben nombrar</translation>
    </message>
    <message>
        <source>e.g. #FitLife</source>
        <translation>p. ej., #FitLife</translation>
    </message>
    <message>
        <source>Notes for your team; never sent to the model</source>
        <translation>Notas para tu equipo; nunca se envían al modelo</translation>
    </message>
    <message>
        <source>Pick a sector or type your own; a new sector is remembered when you save</source>
        <translation>Elige un sector o escribe uno propio; los sectores nuevos se recuerdan al guardar</translation>
    </message>
    <message>
        <source>The platform scripts are written for</source>
        <translation>La plataforma para la que se escriben los guiones</translation>
    </message>
    <message>
        <source>How the call to action asks; type your own style if none fits</source>
        <translation>Cómo pide la llamada a la acción; escribe tu propio estilo si ninguno encaja</translation>
    </message>
    <message>
        <source>The language scripts for this brand are written in by default</source>
        <translation>El idioma en el que se escriben por defecto los guiones de esta marca</translation>
    </message>
    <message>
        <source>Scripts are checked for these words</source>
        <translation>Se comprueba que los guiones no contengan estas palabras</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>No binario</translation>
    </message>
    <message>
        <source>Decided per request</source>
        <translation>Se decide en cada solicitud</translation>
    </message>
    <message>
        <source>Rule limits</source>
        <translation>Límites de las reglas</translation>
    </message>
    <message>
        <source>Brand&apos;s own &amp;limits:</source>
        <translation>&amp;Límites propios de la marca:</translation>
    </message>
    <message>
        <source>“%1” is not one hashtag: use letters, digits and _ with no spaces (e.g. #LumenCoffee).</source>
        <translation>«%1» no es un solo hashtag: use letras, números y _ sin espacios (p. ej., #LumenCoffee).</translation>
    </message>
    <message numerus="yes">
        <source>Required; at most %n characters.</source>
        <translation>
            <numerusform>Obligatorio; como máximo %n carácter.</numerusform>
            <numerusform>Obligatorio; como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required. Scripts use the sector&apos;s safety rules and phrases.</source>
        <translation>Obligatorio. Los guiones usan las reglas de seguridad y las frases del sector.</translation>
    </message>
    <message>
        <source>Like 25-40 or 55+, ages %1 to %2.</source>
        <translation>Como 25-40 o 55+, edades de %1 a %2.</translation>
    </message>
    <message>
        <source>Each pain point is one short phrase in the language scripts are written in.</source>
        <translation>Cada punto de dolor es una frase corta en el idioma en que se escriben los guiones.</translation>
    </message>
    <message>
        <source>Scripts name the offer; write it as you would say it to a customer.</source>
        <translation>Los guiones nombran la oferta; escríbala como se la diría a un cliente.</translation>
    </message>
    <message>
        <source>Also catches plurals and comparatives: “cheap” finds “cheaper” and “cheapest”, never words that only begin alike.</source>
        <translation>También detecta plurales y comparativos de cada palabra, nunca palabras que solo empiezan igual.</translation>
    </message>
    <message>
        <source>Names scripts must not mention, matched as written.</source>
        <translation>Nombres que los guiones no deben mencionar, detectados tal como están escritos.</translation>
    </message>
    <message>
        <source>One word each, no spaces; # is added for you.</source>
        <translation>Una palabra cada uno, sin espacios; # se añade automáticamente.</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfileListModel</name>
    <message>
        <source>Sector: %1</source>
        <extracomment>Tooltip of a profile in the list; %1 the sector</extracomment>
        <translation>Sector: %1</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfileListPanel</name>
    <message>
        <source>Search by name or sector</source>
        <translation>Buscar por nombre o sector</translation>
    </message>
    <message>
        <source>Search brand profiles</source>
        <translation>Buscar perfiles de marca</translation>
    </message>
    <message>
        <source>Filter the list by brand name or sector (%1)</source>
        <translation>Filtrar la lista por nombre de marca o sector (%1)</translation>
    </message>
    <message>
        <source>Brand profiles</source>
        <translation>Perfiles de marca</translation>
    </message>
    <message>
        <source>No profile matches “%1”.</source>
        <translation>Ningún perfil coincide con «%1».</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfileTransfer</name>
    <message>
        <source>Import Brand Profile</source>
        <translation>Importar perfil de marca</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Error al importar</translation>
    </message>
    <message>
        <source>“%1” does not hold a brand profile Reel Studio can import:</source>
        <translation>«%1» no contiene un perfil de marca que Reel Studio pueda importar:</translation>
    </message>
    <message>
        <source>Profile Renamed</source>
        <translation>Perfil renombrado</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists, so the imported profile was named “%2”.</source>
        <translation>Ya existe un perfil llamado «%1», así que el perfil importado se llama «%2».</translation>
    </message>
    <message>
        <source>Export Brand Profile</source>
        <translation>Exportar perfil de marca</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>el archivo ocupa más de %1 MB</translation>
    </message>
    <message>
        <source>Brand profiles (*.json)</source>
        <translation>Perfiles de marca (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfilesPage</name>
    <message>
        <source>Brand Profiles</source>
        <translation>Perfiles de marca</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip with its keyboard shortcut, e.g. &quot;Create a new brand profile (Ctrl+N)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Profile</source>
        <translation>&amp;Nuevo perfil</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Create a new brand profile</source>
        <translation>Crear un perfil de marca nuevo</translation>
    </message>
    <message>
        <source>&amp;Duplicate Profile</source>
        <translation>&amp;Duplicar perfil</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Make a copy of the selected profile</source>
        <translation>Hacer una copia del perfil seleccionado</translation>
    </message>
    <message>
        <source>De&amp;lete Profile</source>
        <translation>E&amp;liminar perfil</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected profile (you can undo this)</source>
        <translation>Eliminar el perfil seleccionado (se puede deshacer)</translation>
    </message>
    <message>
        <source>&amp;Import Profile…</source>
        <translation>&amp;Importar perfil…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import a brand profile from a JSON file</source>
        <translation>Importar un perfil de marca desde un archivo JSON</translation>
    </message>
    <message>
        <source>&amp;Export Profile…</source>
        <translation>&amp;Exportar perfil…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the selected profile to a JSON file</source>
        <translation>Exportar el perfil seleccionado a un archivo JSON</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Guardar el perfil</translation>
    </message>
    <message>
        <source>&amp;Revert Changes</source>
        <translation>&amp;Revertir cambios</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Descartar los cambios sin guardar</translation>
    </message>
    <message>
        <source>Search Profiles</source>
        <translation>Buscar perfiles</translation>
    </message>
    <message>
        <source>No brand profiles yet</source>
        <translation>Aún no hay perfiles de marca</translation>
    </message>
    <message>
        <source>A brand profile tells Reel Studio who you write for: the brand&apos;s sector, audience, voice, offer and the words to avoid. Every script starts from one.</source>
        <translation>Un perfil de marca le dice a Reel Studio para quién escribes: el sector de la marca, su audiencia, su voz, su oferta y las palabras que hay que evitar. Cada guion parte de uno.</translation>
    </message>
    <message>
        <source>Create your first brand profile</source>
        <translation>Crea tu primer perfil de marca</translation>
    </message>
    <message>
        <source>Import a profile…</source>
        <translation>Importar un perfil…</translation>
    </message>
    <message>
        <source>Select a brand profile on the left, or create a new one.</source>
        <translation>Selecciona un perfil de marca a la izquierda o crea uno nuevo.</translation>
    </message>
    <message>
        <source>Could Not Open the Profile</source>
        <translation>No se pudo abrir el perfil</translation>
    </message>
    <message>
        <source>The new brand profile has not been saved.</source>
        <translation>El nuevo perfil de marca no se ha guardado.</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes.</source>
        <translation>«%1» tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Fill in the new profile and save it with %1.</source>
        <translation>Completa el nuevo perfil y guárdalo con %1.</translation>
    </message>
    <message>
        <source>Fix the marked fields to save.</source>
        <translation>Corrige los campos marcados para guardar.</translation>
    </message>
    <message>
        <source>Could Not Save the Profile</source>
        <translation>No se pudo guardar el perfil</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>Crear «%1»</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Se guardó «%1».</translation>
    </message>
    <message>
        <source>Reverted the unsaved changes.</source>
        <translation>Se descartaron los cambios sin guardar.</translation>
    </message>
    <message>
        <source>Could Not Duplicate the Profile</source>
        <translation>No se pudo duplicar el perfil</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Duplicar «%1»</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>Se creó «%1».</translation>
    </message>
    <message>
        <source>Could Not Delete the Profile</source>
        <translation>No se pudo eliminar el perfil</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Eliminar «%1»</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with %2</source>
        <translation>Se eliminó «%1». Deshaz con %2</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Importar «%1»</translation>
    </message>
    <message>
        <source>Imported “%1” from %2.</source>
        <translation>Se importó «%1» desde %2.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>Se exportó «%1» a %2.</translation>
    </message>
    <message>
        <source>Could Not Undo or Redo</source>
        <translation>No se pudo deshacer ni rehacer</translation>
    </message>
    <message>
        <source>New brand profile</source>
        <translation>Nuevo perfil de marca</translation>
    </message>
    <message>
        <source>To save, fix: %1</source>
        <extracomment>%1 the names of the fields to fix, e.g. &quot;Brand name, Sector&quot;</extracomment>
        <translation>Para guardar, corrige: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProviderText</name>
    <message>
        <source>llama.cpp server</source>
        <translation>Servidor llama.cpp</translation>
    </message>
    <message>
        <source>Other OpenAI-compatible server</source>
        <translation>Otro servidor compatible con OpenAI</translation>
    </message>
    <message>
        <source>Offline composer</source>
        <extracomment>the built-in writer that needs no model and no network</extracomment>
        <translation>Redactor sin conexión</translation>
    </message>
</context>
<context>
    <name>reel::ui::RatingPanel</name>
    <message>
        <source>Choose stars or a thumb, or write a comment.</source>
        <translation>Elige estrellas o un pulgar, o escribe un comentario.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a thumb and its reasons, e.g. &quot;Thumbs down: Weak hook, Too long&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>who rated and when: %1 name, %2 date and time</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No ratings yet.</source>
        <translation>Aún no hay valoraciones.</translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation>Aún sin valorar.</translation>
    </message>
    <message numerus="yes">
        <source>%n rating, without stars.</source>
        <translation>
            <numerusform>%n valoración, sin estrellas.</numerusform>
            <numerusform>%n valoraciones, sin estrellas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ratings, without stars.</source>
        <translation>
            <numerusform>%n valoración, sin estrellas.</numerusform>
            <numerusform>%n valoraciones, sin estrellas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>★ %1 from %n rating</source>
        <extracomment>%1 the average stars, e.g. &quot;★ 4.5&quot;; %n how many ratings gave stars</extracomment>
        <translation>
            <numerusform>★ %1 de %n valoración</numerusform>
            <numerusform>★ %1 de media de %n valoraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>★ %1 average of %n ratings</source>
        <translation>
            <numerusform>★ %1 de %n valoración</numerusform>
            <numerusform>★ %1 de media de %n valoraciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Valoración:</translation>
    </message>
    <message numerus="yes">
        <source>%n star</source>
        <translation>
            <numerusform>%n estrella</numerusform>
            <numerusform>%n estrellas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stars</source>
        <translation>
            <numerusform>%n estrella</numerusform>
            <numerusform>%n estrellas</numerusform>
        </translation>
    </message>
    <message>
        <source>Works as it is; pick what makes it good</source>
        <translation>Funciona tal como está; elige qué lo hace bueno</translation>
    </message>
    <message>
        <source>Needs work; pick what is wrong</source>
        <translation>Necesita trabajo; elige qué falla</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Other reasons, separated by commas</source>
        <translation>Otros motivos, separados por comas</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comentario:</translation>
    </message>
    <message>
        <source>What works, what to change</source>
        <translation>Qué funciona y qué cambiar</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Por:</translation>
    </message>
    <message>
        <source>Add Rating</source>
        <translation>Añadir valoración</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
</context>
<context>
    <name>reel::ui::RequestBar</name>
    <message>
        <source>Brand &amp;profile</source>
        <translation>&amp;Perfil de marca</translation>
    </message>
    <message>
        <source>Hoo&amp;k type</source>
        <translation>Tipo de &amp;gancho</translation>
    </message>
    <message>
        <source>E&amp;motion</source>
        <translation>E&amp;moción</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <source>Len&amp;gth</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>No brand profile</source>
        <translation>Sin perfil de marca</translation>
    </message>
    <message>
        <source>Brand profile</source>
        <translation>Perfil de marca</translation>
    </message>
    <message>
        <source>The brand the script is checked against: its banned words, hashtags and voice</source>
        <translation>La marca con la que se comprueba el guion: sus palabras prohibidas, hashtags y voz</translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation>Tipo de gancho</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Reel length in seconds</source>
        <translation>Duración del Reel en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the Reel length, e.g. &quot;30 s&quot;</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Script language</source>
        <translation>Idioma del guion</translation>
    </message>
    <message>
        <source>The language the script is written in: word counts, spelling and speaking rate follow it</source>
        <translation>El idioma en el que está escrito el guion: el recuento de palabras, la ortografía y la velocidad de locución dependen de él</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>The kind of hook the script opens with; the hook is checked against it</source>
        <translation>El tipo de gancho con el que empieza el guion; el gancho se comprueba según él</translation>
    </message>
    <message>
        <source>The feeling the Reel should leave; the tone is checked against it (English)</source>
        <translation>La sensación que debe dejar el Reel; el tono se comprueba según ella (inglés)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>What the Reel is about (optional)</source>
        <translation>De qué trata el Reel (opcional)</translation>
    </message>
</context>
<context>
    <name>reel::ui::RuleLimitsEditor</name>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>This brand</source>
        <translation>Esta marca</translation>
    </message>
    <message>
        <source>Tick a limit to give this brand its own value; the others follow the platform&apos;s rule pack.</source>
        <translation>Marca un límite para darle a esta marca su propio valor; los demás siguen el paquete de reglas de la plataforma.</translation>
    </message>
    <message>
        <source>Rule limits</source>
        <translation>Límites de las reglas</translation>
    </message>
</context>
<context>
    <name>reel::ui::RuleSettingText</name>
    <message>
        <source>Hook: fewest words</source>
        <translation>Gancho: mínimo de palabras</translation>
    </message>
    <message>
        <source>Hook: most words</source>
        <translation>Gancho: máximo de palabras</translation>
    </message>
    <message>
        <source>Hook: seconds to say it</source>
        <translation>Gancho: segundos para decirlo</translation>
    </message>
    <message>
        <source>Body: fewest words</source>
        <translation>Cuerpo: mínimo de palabras</translation>
    </message>
    <message>
        <source>Body: most words</source>
        <translation>Cuerpo: máximo de palabras</translation>
    </message>
    <message>
        <source>Call to action: fewest words</source>
        <translation>Llamada a la acción: mínimo de palabras</translation>
    </message>
    <message>
        <source>Call to action: most words</source>
        <translation>Llamada a la acción: máximo de palabras</translation>
    </message>
    <message>
        <source>Caption: characters (hard limit)</source>
        <translation>Descripción: caracteres (límite estricto)</translation>
    </message>
    <message>
        <source>Caption: fewest characters recommended</source>
        <translation>Descripción: mínimo de caracteres recomendado</translation>
    </message>
    <message>
        <source>Caption: most characters recommended</source>
        <translation>Descripción: máximo de caracteres recomendado</translation>
    </message>
    <message>
        <source>Caption: characters shown before “more”</source>
        <translation>Descripción: caracteres visibles antes de «más»</translation>
    </message>
    <message>
        <source>Hashtags: most</source>
        <translation>Hashtags: máximo</translation>
    </message>
    <message>
        <source>Hashtags: fewest</source>
        <translation>Hashtags: mínimo</translation>
    </message>
    <message>
        <source>Hashtag: most characters</source>
        <translation>Hashtag: máximo de caracteres</translation>
    </message>
    <message>
        <source>Duration: tolerance (0.15 = ±15 %)</source>
        <translation>Duración: tolerancia (0,15 = ±15 %)</translation>
    </message>
    <message>
        <source>Reel: most seconds</source>
        <translation>Reel: máximo de segundos</translation>
    </message>
    <message>
        <source>Reel: seconds recommended for reach</source>
        <translation>Reel: segundos recomendados para el alcance</translation>
    </message>
    <message>
        <source>Sentence: most words</source>
        <translation>Frase: máximo de palabras</translation>
    </message>
    <message>
        <source>Reading ease: lowest score</source>
        <translation>Facilidad de lectura: puntuación mínima</translation>
    </message>
    <message>
        <source>Capitals: words in a row that read as shouting</source>
        <translation>Mayúsculas: palabras seguidas que parecen gritos</translation>
    </message>
    <message>
        <source>Exclamation marks in a row: most</source>
        <translation>Signos de exclamación seguidos: máximo</translation>
    </message>
    <message>
        <source>Emoji in a row: most</source>
        <translation>Emojis seguidos: máximo</translation>
    </message>
    <message>
        <source>Emoji per section: most</source>
        <translation>Emojis por sección: máximo</translation>
    </message>
    <message>
        <source>Same word per section: most uses</source>
        <translation>Misma palabra por sección: máximo de usos</translation>
    </message>
    <message>
        <source>Repetition: shortest word counted</source>
        <translation>Repetición: palabra más corta que cuenta</translation>
    </message>
    <message>
        <source>Tone: sentiment threshold</source>
        <translation>Tono: umbral de sentimiento</translation>
    </message>
</context>
<context>
    <name>reel::ui::ScriptDetailPanel</name>
    <message>
        <source>Moved to “%1”.</source>
        <extracomment>%1 the new status</extracomment>
        <translation>Estado cambiado a «%1».</translation>
    </message>
    <message>
        <source>Rating added.</source>
        <translation>Valoración añadida.</translation>
    </message>
    <message>
        <source>Figures saved.</source>
        <translation>Cifras guardadas.</translation>
    </message>
    <message>
        <source>Restored as version %1.</source>
        <translation>Restaurado como versión %1.</translation>
    </message>
    <message>
        <source>Select a script to review it here.</source>
        <translation>Selecciona un guion para revisarlo aquí.</translation>
    </message>
    <message>
        <source>Untitled script</source>
        <translation>Guion sin título</translation>
    </message>
    <message>
        <source>Created %1</source>
        <extracomment>when the script was created</extracomment>
        <translation>Creado el %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Modificado el %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <extracomment>tokens sent and received</extracomment>
        <translation>%1 + %2 tokens</translation>
    </message>
    <message>
        <source>Score %1</source>
        <extracomment>the script&apos;s score in the platform checks, 0–100</extracomment>
        <translation>Puntuación %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Gancho</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Llamada a la acción</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>Texto en pantalla</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>Texto de la miniatura</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Current script</source>
        <translation>Guion actual</translation>
    </message>
</context>
<context>
    <name>reel::ui::ScriptEditorPage</name>
    <message>
        <source>Script Editor</source>
        <translation>Editor de guiones</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip with its keyboard shortcut, e.g. &quot;Open a script file (Ctrl+O)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Script</source>
        <translation>&amp;Nuevo guion</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Start a new, empty script</source>
        <translation>Empezar un guion nuevo y vacío</translation>
    </message>
    <message>
        <source>&amp;Open Script…</source>
        <translation>&amp;Abrir guion…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Open a script file</source>
        <translation>Abrir un archivo de guion</translation>
    </message>
    <message>
        <source>&amp;Save Script</source>
        <translation>&amp;Guardar guion</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the script</source>
        <translation>Guardar el guion</translation>
    </message>
    <message>
        <source>Save Script &amp;As…</source>
        <translation>Guardar guion &amp;como…</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save the script to a new file</source>
        <translation>Guardar el guion en un archivo nuevo</translation>
    </message>
    <message>
        <source>Next Problem</source>
        <translation>Siguiente problema</translation>
    </message>
    <message>
        <source>Previous Problem</source>
        <translation>Problema anterior</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>No brand profile yet: the brand&apos;s banned words, competitors and hashtags are not checked. Create one on the Brand Profiles page.</source>
        <translation>Aún no hay perfil de marca: no se comprueban las palabras prohibidas, los competidores ni los hashtags de la marca. Crea uno en la página Perfiles de marca.</translation>
    </message>
    <message>
        <source>The new script has not been saved.</source>
        <translation>El nuevo guion no se ha guardado.</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes.</source>
        <translation>«%1» tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>New script. Start with the hook.</source>
        <translation>Guion nuevo. Empieza por el gancho.</translation>
    </message>
    <message>
        <source>Open Script</source>
        <translation>Abrir guion</translation>
    </message>
    <message>
        <source>Script files (*.json);;All files (*)</source>
        <translation>Archivos de guion (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could Not Open the Script</source>
        <translation>No se pudo abrir el guion</translation>
    </message>
    <message>
        <source>The script was written for “%1”, which is not in this workspace.</source>
        <extracomment>%1 the brand named in the file</extracomment>
        <translation>El guion se escribió para «%1», que no está en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Se abrió %1.</translation>
    </message>
    <message>
        <source>script</source>
        <extracomment>Suggested file name; %1 the brand&apos;s name</extracomment>
        <translation>guion</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>guion %1</translation>
    </message>
    <message>
        <source>Save Script</source>
        <translation>Guardar guion</translation>
    </message>
    <message>
        <source>Saving as soon as the check of the latest changes is done…</source>
        <translation>Se guardará en cuanto termine la comprobación de los últimos cambios…</translation>
    </message>
    <message>
        <source>Could Not Save the Script</source>
        <translation>No se pudo guardar el guion</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Applied: %1. Undo with %2.</source>
        <extracomment>%1 what the fix did, e.g. remove “fat”</extracomment>
        <translation>Aplicado: %1. Deshaz con %2.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>Untitled script</source>
        <translation>Guion sin título</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The script was written for “%1”, which is no longer in this workspace.</source>
        <extracomment>%1 the brand the script was generated for</extracomment>
        <translation>El guion se escribió para «%1», que ya no está en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Could not autosave: %1</source>
        <translation>No se pudo guardar automáticamente: %1</translation>
    </message>
    <message>
        <source>Could Not Save the Version</source>
        <translation>No se pudo guardar la versión</translation>
    </message>
    <message>
        <source>Opened “%1” from the history. Edits are kept as versions automatically; %2 saves the version now.</source>
        <extracomment>%1 the script&apos;s title (its hook)</extracomment>
        <translation>Se abrió «%1» desde el historial. Los cambios se guardan automáticamente como versiones; %2 guarda la versión ahora.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Guardado como versión %1.</translation>
    </message>
    <message>
        <source>No changes since version %1.</source>
        <translation>No hay cambios desde la versión %1.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Version %1 (autosaved)</source>
        <translation>Versión %1 (guardada automáticamente)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
</context>
<context>
    <name>reel::ui::ScriptFile</name>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB</source>
        <translation>el archivo ocupa más de 16 MiB</translation>
    </message>
</context>
<context>
    <name>reel::ui::ScriptForm</name>
    <message>
        <source>&amp;Hook</source>
        <translation>&amp;Gancho</translation>
    </message>
    <message>
        <source>The first words viewers hear: make them stop scrolling.</source>
        <translation>Las primeras palabras que oye el público: haz que dejen de hacer scroll.</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>C&amp;uerpo</translation>
    </message>
    <message>
        <source>The story, the tips, the proof: what the Reel says.</source>
        <translation>La historia, los consejos, las pruebas: lo que cuenta el Reel.</translation>
    </message>
    <message>
        <source>&amp;Call to action</source>
        <translation>&amp;Llamada a la acción</translation>
    </message>
    <message>
        <source>What viewers should do next, e.g. Book your free class today.</source>
        <translation>Lo que el público debe hacer después, p. ej., Reserva hoy tu clase gratis.</translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>The post&apos;s caption. The first 125 characters show before “more”.</source>
        <translation>La descripción de la publicación. Los primeros 125 caracteres se ven antes de «más».</translation>
    </message>
    <message>
        <source>Hash&amp;tags</source>
        <translation>Hash&amp;tags</translation>
    </message>
    <message>
        <source>#brand #topic, separated by spaces</source>
        <translation>#marca #tema, separados por espacios</translation>
    </message>
    <message>
        <source>&amp;On-screen text</source>
        <translation>Texto en &amp;pantalla</translation>
    </message>
    <message>
        <source>One line per text overlay</source>
        <translation>Una línea por cada texto superpuesto</translation>
    </message>
    <message>
        <source>&amp;Shots</source>
        <translation>Pla&amp;nos</translation>
    </message>
    <message>
        <source>Th&amp;umbnail text</source>
        <translation>Texto de la &amp;miniatura</translation>
    </message>
    <message>
        <source>A few words on the cover image</source>
        <translation>Unas pocas palabras sobre la imagen de portada</translation>
    </message>
    <message>
        <source>Add Shot</source>
        <translation>Añadir plano</translation>
    </message>
    <message>
        <source>Add a shot at the end of the list</source>
        <translation>Añadir un plano al final de la lista</translation>
    </message>
    <message>
        <source>Add shot</source>
        <translation>Añadir plano</translation>
    </message>
    <message>
        <source>Remove Shot</source>
        <translation>Quitar plano</translation>
    </message>
    <message>
        <source>Remove the selected shot</source>
        <translation>Quitar el plano seleccionado</translation>
    </message>
    <message>
        <source>Remove shot</source>
        <translation>Quitar plano</translation>
    </message>
    <message>
        <source>Caption length</source>
        <translation>Longitud de la descripción</translation>
    </message>
    <message>
        <source>Hashtag count</source>
        <translation>Número de hashtags</translation>
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
        <translation>%1 de %2 caracteres; los primeros %3 se ven antes de «más» (la marca).</translation>
    </message>
    <message>
        <source>%1 hashtags of the %2 Instagram allows (hashtags in the caption count too).</source>
        <translation>%1 hashtags de los %2 que permite Instagram (también cuentan los de la descripción).</translation>
    </message>
</context>
<context>
    <name>reel::ui::SectionEditor</name>
    <message>
        <source>Spelling Suggestions</source>
        <translation>Sugerencias ortográficas</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>No hay sugerencias</translation>
    </message>
</context>
<context>
    <name>reel::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>Proveedor del modelo</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generación</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Which model writes the scripts</source>
        <translation>Qué modelo escribe los guiones</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>The server&apos;s OpenAI-compatible address, usually ending in /v1</source>
        <translation>La dirección del servidor compatible con OpenAI, que suele terminar en /v1</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>The model&apos;s id on the server; Refresh lists the models it offers</source>
        <translation>El id. del modelo en el servidor; Actualizar muestra los modelos que ofrece</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>List the models the server offers</source>
        <translation>Mostrar los modelos que ofrece el servidor</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>&amp;Save Key</source>
        <translation>&amp;Guardar clave</translation>
    </message>
    <message>
        <source>Keep the key in the system keychain</source>
        <translation>Guardar la clave en el llavero del sistema</translation>
    </message>
    <message>
        <source>Remo&amp;ve Key</source>
        <translation>&amp;Quitar clave</translation>
    </message>
    <message>
        <source>Delete the saved key from the keychain</source>
        <translation>Borrar la clave guardada del llavero</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Ask the server for its models with these settings</source>
        <translation>Pedir al servidor sus modelos con estos ajustes</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatura:</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Higher values give more varied scripts; lower, more predictable ones</source>
        <translation>Los valores altos dan guiones más variados; los bajos, más previsibles</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens per answer:</source>
        <translation>Má&amp;x. tokens por respuesta:</translation>
    </message>
    <message>
        <source>Maximum tokens per answer</source>
        <translation>Máximo de tokens por respuesta</translation>
    </message>
    <message>
        <source>Server default</source>
        <translation>Valor del servidor</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Tiempo de &amp;conexión:</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Tiempo máximo de conexión en segundos</translation>
    </message>
    <message>
        <source>How long to wait for the server to accept the request</source>
        <translation>Cuánto esperar a que el servidor acepte la solicitud</translation>
    </message>
    <message>
        <source>&amp;Inactivity timeout:</source>
        <translation>Tiempo de &amp;inactividad:</translation>
    </message>
    <message>
        <source>Inactivity timeout in seconds</source>
        <translation>Tiempo máximo de inactividad en segundos</translation>
    </message>
    <message>
        <source>The longest silence allowed while the answer streams in</source>
        <translation>El silencio más largo permitido mientras llega la respuesta</translation>
    </message>
    <message>
        <source>&amp;Overall timeout:</source>
        <translation>Tiempo &amp;total:</translation>
    </message>
    <message>
        <source>Overall timeout in seconds</source>
        <translation>Tiempo máximo total en segundos</translation>
    </message>
    <message>
        <source>The longest a whole answer may take, retries included</source>
        <translation>Lo máximo que puede tardar una respuesta completa, reintentos incluidos</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after a number of seconds, e.g. &quot;10 s&quot;</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>R&amp;etries:</source>
        <translation>R&amp;eintentos:</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source>How often a request is sent again after a network error, a rate limit or a server error</source>
        <translation>Cuántas veces se reenvía una solicitud tras un error de red, un límite de frecuencia o un error del servidor</translation>
    </message>
    <message>
        <source>Re&amp;pairs:</source>
        <translation>Re&amp;paraciones:</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Reparaciones</translation>
    </message>
    <message>
        <source>How often a script with errors goes back to the model with the problems found</source>
        <translation>Cuántas veces vuelve al modelo un guion con errores junto con los problemas encontrados</translation>
    </message>
    <message>
        <source>When the server cannot be reached, write with the &amp;offline composer</source>
        <translation>Si no se puede conectar con el servidor, escribir con el redactor sin c&amp;onexión</translation>
    </message>
    <message>
        <source>Automatic: OpenAI with a key, else the offline composer</source>
        <translation>Automático: OpenAI con clave; si no, el redactor sin conexión</translation>
    </message>
    <message>
        <source>Offline composer only</source>
        <translation>Solo el redactor sin conexión</translation>
    </message>
    <message>
        <source>e.g. https://models.example.com/v1</source>
        <translation>p. ej., https://models.example.com/v1</translation>
    </message>
    <message>
        <source>The model&apos;s id, e.g. llama3.1</source>
        <translation>El id. del modelo, p. ej., llama3.1</translation>
    </message>
    <message>
        <source>OpenAI when an API key is known (saved here or in OPENAI_API_KEY), else the offline composer.</source>
        <translation>OpenAI si hay una clave de API (guardada aquí o en OPENAI_API_KEY); si no, el redactor sin conexión.</translation>
    </message>
    <message>
        <source>Scripts are written on this computer from templates, with no model and no network: free and private, but less varied.</source>
        <translation>Los guiones se escriben en este equipo a partir de plantillas, sin modelo ni red: gratis y privado, pero menos variado.</translation>
    </message>
    <message>
        <source>OpenAI&apos;s API. It needs an API key and charges per token (see Prices).</source>
        <translation>La API de OpenAI. Necesita una clave de API y cobra por token (ver Precios).</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API: enter its base URL and model.</source>
        <translation>Cualquier servidor que hable la API de OpenAI: indica su URL base y su modelo.</translation>
    </message>
    <message>
        <source>A model server on this computer: start it first. A key is usually not needed.</source>
        <translation>Un servidor de modelos en este equipo: arráncalo primero. Normalmente no hace falta clave.</translation>
    </message>
    <message>
        <source>The offline composer needs no key.</source>
        <translation>El redactor sin conexión no necesita clave.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>No se pudo leer el llavero: %1</translation>
    </message>
    <message>
        <source>Saved key: %1</source>
        <extracomment>%1 the hidden key with its last four characters, e.g. •••• 3xYz</extracomment>
        <translation>Clave guardada: %1</translation>
    </message>
    <message>
        <source>Using the key from the OPENAI_API_KEY environment variable. A key saved here is used instead.</source>
        <translation>Se usa la clave de la variable de entorno OPENAI_API_KEY. Una clave guardada aquí tiene prioridad.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Leyendo el llavero…</translation>
    </message>
    <message>
        <source>No key saved; a server on this computer usually needs none.</source>
        <translation>No hay clave guardada; un servidor en este equipo no suele necesitarla.</translation>
    </message>
    <message>
        <source>No key saved.</source>
        <translation>No hay clave guardada.</translation>
    </message>
    <message>
        <source>Enter a new key to replace it</source>
        <translation>Escribe una clave nueva para sustituirla</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Pega la clave de API</translation>
    </message>
    <message>
        <source>The system keychain is not available. The key is kept for this session only and never written to disk.</source>
        <translation>El llavero del sistema no está disponible. La clave se guarda solo durante esta sesión y nunca se escribe en el disco.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The key is kept for this session only and never written to disk.</source>
        <translation>El llavero del sistema no está disponible (%1). La clave se guarda solo durante esta sesión y nunca se escribe en el disco.</translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation>La clave no se guardó: %1</translation>
    </message>
    <message>
        <source>The key was saved in the system keychain.</source>
        <translation>La clave se guardó en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>La clave se guarda solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <extracomment>%1 the provider, e.g. OpenAI</extracomment>
        <translation>Quitar clave</translation>
    </message>
    <message>
        <source>Remove the saved API key for %1 from the keychain?</source>
        <translation>¿Quitar del llavero la clave de API guardada para %1?</translation>
    </message>
    <message>
        <source>The key was not removed: %1</source>
        <translation>La clave no se quitó: %1</translation>
    </message>
    <message>
        <source>No API key is known, so the offline composer writes; it needs no connection.</source>
        <translation>No hay ninguna clave de API, así que escribe el redactor sin conexión; no necesita conexión.</translation>
    </message>
    <message>
        <source>The offline composer needs no connection.</source>
        <translation>El redactor sin conexión no necesita conexión.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s base URL, e.g. %1</source>
        <translation>Indica la URL base del servidor, p. ej., %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 the server&apos;s address</extracomment>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>The server answered, but not with a list of models. Check the base URL (it usually ends in /v1).</source>
        <translation>El servidor respondió, pero no con una lista de modelos. Comprueba la URL base (suele terminar en /v1).</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model.</source>
        <translation>
            <numerusform>Conectado. El servidor ofrece %n modelo.</numerusform>
            <numerusform>Conectado. El servidor ofrece %n modelos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n models.</source>
        <translation>
            <numerusform>Conectado. El servidor ofrece %n modelo.</numerusform>
            <numerusform>Conectado. El servidor ofrece %n modelos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model listed.</source>
        <translation>
            <numerusform>%n modelo en la lista.</numerusform>
            <numerusform>%n modelos en la lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models listed.</source>
        <translation>
            <numerusform>%n modelo en la lista.</numerusform>
            <numerusform>%n modelos en la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not among them.</source>
        <extracomment>%1 the model id set above</extracomment>
        <translation>«%1» no está entre ellos.</translation>
    </message>
</context>
<context>
    <name>reel::ui::ShotsModel</name>
    <message>
        <source>The shot must end after it starts.</source>
        <translation>El plano debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation>Inicio (s)</translation>
    </message>
    <message>
        <source>End (s)</source>
        <translation>Fin (s)</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Voice-over</source>
        <translation>Voz en off</translation>
    </message>
</context>
<context>
    <name>reel::ui::StatusPanel</name>
    <message>
        <source>Say why the script is rejected: the writer reads this.</source>
        <translation>Explica por qué se rechaza el guion: quien lo escribió lo leerá.</translation>
    </message>
    <message>
        <source>Say why the script goes back: the writer reads this.</source>
        <translation>Explica por qué se devuelve el guion: quien lo escribió lo leerá.</translation>
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
        <translation>«%1»</translation>
    </message>
    <message>
        <source>No status changes yet.</source>
        <translation>Aún no hay cambios de estado.</translation>
    </message>
    <message>
        <source>Required: why this move?</source>
        <translation>Obligatorio: ¿por qué este cambio?</translation>
    </message>
    <message>
        <source>Optional note for the team</source>
        <translation>Nota opcional para el equipo</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comentario:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Pasar a:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Por:</translation>
    </message>
    <message>
        <source>Your name, kept with the change (remembered for next time)</source>
        <translation>Tu nombre, guardado con el cambio (se recuerda para la próxima vez)</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <source>Published scripts stay published.</source>
        <translation>Los guiones publicados siguen publicados.</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
</context>
<context>
    <name>reel::ui::StringListEditor</name>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>«%1» ya está en la lista.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Añadir entrada</translation>
    </message>
    <message>
        <source>Remove selected entries</source>
        <translation>Quitar las entradas seleccionadas</translation>
    </message>
    <message>
        <source>New entry for %1</source>
        <extracomment>%1 the list, e.g. &quot;Pain points&quot;</extracomment>
        <translation>Nueva entrada para %1</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <source>Remove selected from %1</source>
        <translation>Quitar lo seleccionado de %1</translation>
    </message>
    <message>
        <source>Add the typed entry (Enter)</source>
        <translation>Añadir la entrada escrita (Intro)</translation>
    </message>
    <message>
        <source>Remove the selected entries (Delete)</source>
        <translation>Quitar las entradas seleccionadas (Supr)</translation>
    </message>
    <message>
        <source>Double-click an entry to edit it</source>
        <translation>Haz doble clic en una entrada para editarla</translation>
    </message>
    <message>
        <source>An entry cannot be empty; use Remove to delete it.</source>
        <translation>Una entrada no puede estar vacía; usa Quitar para eliminarla.</translation>
    </message>
</context>
<context>
    <name>reel::ui::SummaryTiles</name>
    <message>
        <source>Scripts</source>
        <translation>Guiones</translation>
    </message>
    <message numerus="yes">
        <source>in %n week</source>
        <translation>
            <numerusform>en %n semana</numerusform>
            <numerusform>en %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n weeks</source>
        <translation>
            <numerusform>en %n semana</numerusform>
            <numerusform>en %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Model / offline composer</source>
        <extracomment>the number of scripts written by a model and by the offline composer, e.g. &quot;5 / 2&quot;</extracomment>
        <translation>Modelo / redactor sin conexión</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 written by a model</source>
        <translation>%1 escritos por un modelo</translation>
    </message>
    <message>
        <source>Average generation time</source>
        <translation>Tiempo medio de generación</translation>
    </message>
    <message>
        <source>Model scripts: %1</source>
        <translation>Guiones de modelo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n script</source>
        <extracomment>%1 the scripts that failed, %n all scripts</extracomment>
        <translation>
            <numerusform>%1 de %n guion</numerusform>
            <numerusform>%1 de %n guiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scripts</source>
        <translation>
            <numerusform>%1 de %n guion</numerusform>
            <numerusform>%1 de %n guiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed validation at first attempt</source>
        <translation>No superaron la validación al primer intento</translation>
    </message>
    <message>
        <source>Still failing after repair</source>
        <translation>Siguen fallando tras la reparación</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Prompt %1 · completion %2</source>
        <translation>Entrada %1 · salida %2</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Coste (USD)</translation>
    </message>
    <message>
        <source>%1 per model script</source>
        <translation>%1 por guion de modelo</translation>
    </message>
    <message>
        <source>%1 up · %2 down</source>
        <translation>%1 a favor · %2 en contra</translation>
    </message>
    <message>
        <source>%1 ★ average · %2</source>
        <extracomment>%1 the average stars, %2 the thumbs</extracomment>
        <translation>%1 ★ de media · %2</translation>
    </message>
    <message>
        <source>Rated scripts</source>
        <translation>Guiones valorados</translation>
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
        <translation>%1 — falló</translation>
    </message>
    <message>
        <source>%1 — stopped</source>
        <translation>%1 — detenida</translation>
    </message>
    <message>
        <source>Waiting for the first words…</source>
        <translation>Esperando las primeras palabras…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message numerus="yes">
        <source>Attempt %1: repairing %n problem…</source>
        <extracomment>%1 the attempt&apos;s number (2 = the first repair), %n the problems sent back to the model</extracomment>
        <translation>
            <numerusform>Intento %1: reparando %n problema…</numerusform>
            <numerusform>Intento %1: reparando %n problemas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attempt %1: repairing %n problems…</source>
        <translation>
            <numerusform>Intento %1: reparando %n problema…</numerusform>
            <numerusform>Intento %1: reparando %n problemas…</numerusform>
        </translation>
    </message>
    <message>
        <source>no errors</source>
        <translation>sin errores</translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message>
        <source>no warnings</source>
        <translation>sin avisos</translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>Score %1: %2, %3.</source>
        <extracomment>%1 the score (0–100), %2 &quot;no errors&quot; / &quot;2 errors&quot;, %3 &quot;1 warning&quot;</extracomment>
        <translation>Puntuación %1: %2, %3.</translation>
    </message>
    <message>
        <source>Repaired once.</source>
        <translation>Reparado una vez.</translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n times.</source>
        <translation>
            <numerusform>Reparado %n vez.</numerusform>
            <numerusform>Reparado %n veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in the workspace.</source>
        <translation>Guardado en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>No se escribió: %1</translation>
    </message>
    <message>
        <source>Stopped; nothing was saved.</source>
        <translation>Detenido; no se guardó nada.</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
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
        <translation>Gancho</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Llamada a la acción</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>Texto en pantalla</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>Planos</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>Texto de la miniatura</translation>
    </message>
    <message>
        <source>The script appears here, section by section, as it is written.</source>
        <translation>El guion aparece aquí, sección a sección, a medida que se escribe.</translation>
    </message>
    <message>
        <source>written instead of the model: %1</source>
        <extracomment>why the offline composer wrote a variant; %1 what went wrong with the model server</extracomment>
        <translation>escrito en lugar del modelo: %1</translation>
    </message>
</context>
<context>
    <name>reel::ui::VersionDiffDialog</name>
    <message>
        <source>Version %1 · %2 · %3 · %4</source>
        <extracomment>a version in the compare list: %1 number, %2 kind, %3 author, %4 date and time</extracomment>
        <translation>Versión %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (sin cambios)</translation>
    </message>
    <message>
        <source>The same version is chosen on both sides.</source>
        <translation>Se ha elegido la misma versión en ambos lados.</translation>
    </message>
    <message>
        <source>The two versions have the same text.</source>
        <translation>Las dos versiones tienen el mismo texto.</translation>
    </message>
    <message numerus="yes">
        <source>%n section differs.</source>
        <translation>
            <numerusform>%n sección es distinta.</numerusform>
            <numerusform>%n secciones son distintas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sections differ.</source>
        <translation>
            <numerusform>%n sección es distinta.</numerusform>
            <numerusform>%n secciones son distintas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Gancho</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Llamada a la acción</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>Texto en pantalla</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>Texto de la miniatura</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <extracomment>%1 the script&apos;s title</extracomment>
        <translation>Comparar versiones</translation>
    </message>
    <message>
        <source>Compare Versions — %1</source>
        <translation>Comparar versiones — %1</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Versión posterior</translation>
    </message>
    <message>
        <source>%1, left version</source>
        <extracomment>%1 a section of the script, e.g. &quot;Hook&quot;</extracomment>
        <translation>%1, versión izquierda</translation>
    </message>
    <message>
        <source>%1, right version</source>
        <translation>%1, versión derecha</translation>
    </message>
</context>
<context>
    <name>reel::ui::VersionsPanel</name>
    <message>
        <source>%1 (current)</source>
        <extracomment>the version now in use, e.g. &quot;3 (current)&quot;</extracomment>
        <translation>%1 (actual)</translation>
    </message>
    <message>
        <source>%1, autosaved</source>
        <translation>%1, guardada automáticamente</translation>
    </message>
    <message>
        <source>Make version %1 current again? It is saved as a new version %2; the versions in between stay in the history.</source>
        <extracomment>%1 the version to restore, %2 the number it will get</extracomment>
        <translation>¿Volver a hacer actual la versión %1? Se guarda como una nueva versión %2; las versiones intermedias siguen en el historial.</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>Restaurar versión</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Could Not Restore the Version</source>
        <translation>No se pudo restaurar la versión</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>Show two versions side by side with the changes marked</source>
        <translation>Mostrar dos versiones en paralelo con los cambios marcados</translation>
    </message>
    <message>
        <source>Make the selected version current again (kept as a new version)</source>
        <translation>Volver a hacer actual la versión seleccionada (se guarda como una nueva versión)</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Abrir en el editor</translation>
    </message>
</context>
<context>
    <name>reel::ui::VoicePicker</name>
    <message>
        <source>Brand voice</source>
        <translation>Voz de marca</translation>
    </message>
    <message>
        <source>Check every voice that fits the brand (Space toggles)</source>
        <translation>Marca todas las voces que encajan con la marca (Espacio las activa o desactiva)</translation>
    </message>
    <message>
        <source>Another voice, e.g. witty</source>
        <translation>Otra voz, p. ej. ingeniosa</translation>
    </message>
    <message>
        <source>Custom brand voice</source>
        <translation>Voz de marca personalizada</translation>
    </message>
    <message>
        <source>Add voice</source>
        <translation>Añadir voz</translation>
    </message>
    <message>
        <source>Add custom brand voice</source>
        <translation>Añadir voz de marca personalizada</translation>
    </message>
</context>
</TS>
