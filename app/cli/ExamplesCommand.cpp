// reelstudio-cli examples list|add|import|export|reindex, and retrieve.

#include "Cli.h"
#include "catalog/Catalog.h"
#include "common/InputLimits.h"
#include "embed/EmbedderSettings.h"
#include "embed/EmbeddingCache.h"
#include "llm/ApiTypes.h"
#include "model/JsonCodec.h"
#include "rag/ExampleImporter.h"
#include "rag/ExampleLibrary.h"
#include "rag/Retriever.h"
#include "store/Database.h"
#include "store/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlDatabase>

namespace {

std::optional<reel::ExampleQuery> queryFrom(const QStringList& filters, QTextStream& err)
{
    reel::ExampleQuery q;
    for (const QString& f : filters) {
        const qsizetype eq = f.indexOf(u'=');
        const QString field = f.left(eq), value = f.mid(eq + 1);
        if (eq <= 0) {
            err << "reelstudio-cli: --filter wants FIELD=VALUE, got \"" << f << "\"\n";
            return std::nullopt;
        }
        if (field == u"language")
            q.language = reel::Catalog::builtIn().resolveLanguage(value).value_or(value);
        else if (field == u"sector")
            q.sector = value;
        else if (field == u"hook_type")
            q.hookType = value;
        else if (field == u"emotion")
            q.emotion = value;
        else if (field == u"goal")
            q.goal = value;
        else if (field == u"text")
            q.text = value;
        else if (field == u"source" && reel::sourceFromKey(value))
            q.source = reel::sourceFromKey(value);
        else {
            err << "reelstudio-cli: unknown filter \"" << f << "\"\n";
            return std::nullopt;
        }
    }
    return q;
}

QJsonObject exampleJson(const reel::Example& e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("language"), e.language},
                       {QStringLiteral("sector"), e.sector},
                       {QStringLiteral("hook_type"), e.hookType},
                       {QStringLiteral("emotion"), e.emotion},
                       {QStringLiteral("goal"), e.goal},
                       {QStringLiteral("source"), reel::sourceKey(e.source)},
                       {QStringLiteral("quality"), e.quality},
                       {QStringLiteral("hook"), e.script.hook},
                       {QStringLiteral("body"), e.script.body},
                       {QStringLiteral("cta"), e.script.cta}};
}

} // namespace

int Cli::examples(const QStringList& args)
{
    const QString sub = args.value(0);
    const bool needsFile = sub == u"add" || sub == u"import";
    if ((sub != u"list" && sub != u"export" && sub != u"reindex" && !needsFile) || (needsFile && args.size() != 2)
        || (!needsFile && args.size() != 1)) {
        m_err << "usage: reelstudio-cli examples list | add FILE | import FILE | export [-o FILE] | reindex\n";
        return ExitCode::Usage;
    }
    const auto query = queryFrom(m_filters, m_err);
    if (!query)
        return ExitCode::Usage;
    const std::unique_ptr<reel::Workspace> opened = openWorkspace();
    if (!opened)
        return ExitCode::Workspace;
    reel::Workspace& ws = *opened;
    reel::ExampleLibrary& library = ws.examples();

    if (sub == u"list") {
        auto rows = library.find(*query);
        if (!rows) {
            m_err << "reelstudio-cli: " << rows.error().toEnglish() << "\n";
            return ExitCode::Workspace;
        }
        if (m_format == u"json") {
            QJsonArray list;
            for (const reel::Example& e : rows.value())
                list.append(exampleJson(e));
            m_out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        } else {
            for (const reel::Example& e : rows.value())
                m_out << e.id << "\t" << e.language << "\t" << e.sector << "\t" << e.hookType << "\t" << e.emotion
                      << "\t" << e.script.hook << "\n";
            m_err << rows->size() << (rows->size() == 1 ? " example\n" : " examples\n");
        }
        return ExitCode::Ok;
    }
    if (sub == u"export") {
        auto rows = library.find(*query);
        if (!rows) {
            m_err << "reelstudio-cli: " << rows.error().toEnglish() << "\n";
            return ExitCode::Workspace;
        }
        const QByteArray bytes = reel::codec::encodeExampleFile(rows.value());
        if (m_output.isEmpty() || m_output == u"-") {
            m_out << QString::fromUtf8(bytes);
            return ExitCode::Ok;
        }
        QSaveFile file(m_output);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            m_err << "reelstudio-cli: cannot write " << m_output << ": " << file.errorString() << "\n";
            return ExitCode::Unreadable;
        }
        m_err << "exported " << rows->size() << " examples to " << m_output << "\n";
        return ExitCode::Ok;
    }
    if (sub == u"reindex") {
        if (!m_embedder.isEmpty() || m_ivfThreshold > 0) {
            auto current = reel::EmbedderSettings::load(ws.database());
            reel::EmbedderSettings settings = current ? current.value() : reel::EmbedderSettings{};
            if (m_ivfThreshold > 0)
                settings.ivfThreshold = m_ivfThreshold;
            if (m_embedder == u"lexical") {
                const qint64 threshold = settings.ivfThreshold;
                settings = {};
                settings.ivfThreshold = threshold;
            }
            if (m_embedder == u"openai") {
                settings.kind = reel::EmbedderSettings::Kind::OpenAi;
                settings.baseUrl = m_baseUrl.isEmpty() ? reel::ApiEndpoint::fromEnvironment().baseUrl : QUrl(m_baseUrl);
                settings.model = m_embeddingModel.isEmpty() ? QStringLiteral("text-embedding-3-small")
                                                            : m_embeddingModel;
                settings.dimensions = m_dimensions;
                if (!settings.baseUrl.isValid() || settings.baseUrl.scheme().isEmpty()) {
                    m_err << "reelstudio-cli: --base-url is not a URL: " << m_baseUrl << "\n";
                    return ExitCode::Usage;
                }
            }
            if (auto saved = settings.save(ws.database()); !saved) {
                m_err << "reelstudio-cli: " << saved.error().toEnglish() << "\n";
                return ExitCode::Workspace;
            }
        }
        const auto index = openIndex(ws);
        if (!index)
            return ExitCode::Workspace;
        QElapsedTimer t;
        t.start();
        if (auto r = index->rebuild(); !r) {
            m_err << "reelstudio-cli: " << r.error().toEnglish() << "\n";
            return ExitCode::Workspace;
        }
        m_err << "indexed " << index->index()->size() << " examples in " << t.elapsed() << " ms ("
              << index->identity().key() << (index->index()->hasIvf() ? ", IVF" : ", exact") << ")\n";
        return ExitCode::Ok;
    }

    // Both read the way the Examples page's import does: at most 128 MiB, UTF-8 text only.
    const FileRead file = readInput(args.at(1), reel::limits::kImportBytes);
    if (!file.error.isEmpty()) {
        m_err << "reelstudio-cli: " << file.error << "\nnothing was " << (sub == u"import" ? "imported" : "added")
              << "\n";
        return ExitCode::Unreadable;
    }
    if (sub == u"import")
        return importExamples(ws, args.at(1), file.bytes);

    // add: a Reel Studio example file, checked whole first; one transaction; nothing added when a row is wrong.
    auto decoded = reel::codec::decodeExampleFile(file.bytes);
    if (!decoded.ok()) {
        for (const reel::FieldError& e : std::as_const(decoded.errors))
            m_err << args.at(1) << ": error: " << e.toEnglish() << "\n";
        m_err << "nothing was added\n";
        return ExitCode::Invalid;
    }
    QList<reel::Example> examples = decoded.value;
    for (reel::Example& e : examples) {
        e.bundledId.clear();
        e.source = reel::ExampleSource::User;
    }
    auto batch = library.addAll(examples);
    if (!batch) {
        m_err << "reelstudio-cli: " << batch.error().toEnglish() << "\nnothing was added\n";
        return ExitCode::Workspace;
    }
    if (!batch->refused.isEmpty()) {
        for (const auto& [index, error] : std::as_const(batch->refused))
            m_err << args.at(1) << ": error: examples[" << index << "]: " << error.toEnglish() << "\n";
        m_err << "nothing was added\n";
        return ExitCode::Invalid;
    }
    const qsizetype added = batch->added.size();
    m_out << "added " << added << (added == 1 ? " example\n" : " examples\n");
    if (const auto index = openIndex(ws)) {
        for (qsizetype i = 0; i < decoded.value.size(); ++i) {
            auto stored = library.findDuplicate(decoded.value.at(i));
            if (stored && stored.value())
                noteNearDuplicates(*index, *stored.value(), QStringLiteral("%1: examples[%2]").arg(args.at(1)).arg(i));
        }
    }
    return ExitCode::Ok;
}

std::unique_ptr<reel::RetrievalIndex> Cli::openIndex(reel::Workspace& ws)
{
    auto settings = reel::EmbedderSettings::load(ws.database());
    if (!settings) {
        m_err << "reelstudio-cli: " << settings.error().toEnglish() << "\n";
        return nullptr;
    }
    // The workspace names the embedding server; $OPENAI_API_KEY goes there only when it is OpenAI's
    // API or $OPENAI_BASE_URL.
    settings->apiKey = reel::ApiEndpoint::environmentKeyFor(settings->baseUrl);
    auto index = std::make_unique<reel::RetrievalIndex>(ws.examples(), ws.indexFolder());
    reel::useEmbedder(*index, settings.value(), ws.database());
    return index;
}

void Cli::noteNearDuplicates(reel::RetrievalIndex& index, const reel::Example& example, const QString& where)
{
    const auto near = index.nearDuplicates(example);
    if (near && !near->isEmpty())
        m_err << where << ": note: nearly the same as example " << near->first().first << " (similarity "
              << QString::number(near->first().second, 'f', 2) << ")\n";
}

int Cli::retrieve(const QStringList& args)
{
    if (args.size() != 1) {
        m_err << "usage: reelstudio-cli retrieve REQUEST [-k N] [--format text|json]\n";
        return ExitCode::Usage;
    }
    int exit = ExitCode::Ok;
    const std::optional<reel::RequestFile> decoded = loadRequest(args.first(), exit);
    if (!decoded)
        return exit;
    const reel::BrandProfile& p = decoded->brandProfile;
    const reel::ScriptRequest& r = decoded->scriptRequest;
    const auto language = reel::Catalog::builtIn().resolveLanguage(r.language);
    if (!language) {
        m_err << "reelstudio-cli: script_request.language: not a supported language, got \"" << r.language << "\"\n";
        return ExitCode::Invalid;
    }
    const std::unique_ptr<reel::Workspace> opened = openWorkspace();
    if (!opened)
        return ExitCode::Workspace;
    reel::Workspace& ws = *opened;
    const auto openedIndex = openIndex(ws);
    if (!openedIndex)
        return ExitCode::Workspace;
    reel::RetrievalIndex& index = *openedIndex;
    if (auto ready = index.ensure(); !ready) {
        m_err << "reelstudio-cli: " << ready.error().toEnglish() << "\n";
        return ExitCode::Workspace;
    }
    reel::RetrievalRequest request;
    request.text = QStringList{r.topic, p.offer, p.targetAudience.painPoints.join(u'\n'), r.cta}.join(u'\n');
    request.language = *language;
    request.sector = p.sector;
    request.hookType = r.hookType;
    request.emotion = r.emotion;
    request.goal = r.goal;
    request.k = m_k;
    auto found = index.retrieve(request);
    if (!found) {
        m_err << "reelstudio-cli: " << found.error().toEnglish() << "\n";
        return ExitCode::Workspace;
    }
    if (m_format == u"json") {
        QJsonArray list;
        for (const reel::RetrievedExample& x : found.value()) {
            QJsonObject o = exampleJson(x.example);
            o.insert(QStringLiteral("similarity"), x.similarity);
            o.insert(QStringLiteral("score"), x.score);
            o.insert(QStringLiteral("matched"), QJsonArray::fromStringList(x.matched));
            list.append(o);
        }
        m_out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    int rank = 1;
    for (const reel::RetrievedExample& x : found.value()) {
        m_out << rank++ << ". [" << QString::number(x.similarity, 'f', 3) << "] " << x.example.sector << " / "
              << x.example.hookType << " / " << x.example.emotion << "  matched: " << x.matched.join(u',') << "\n"
              << "   " << x.example.script.hook << "\n";
    }
    return ExitCode::Ok;
}

int Cli::importExamples(reel::Workspace& ws, const QString& path, const QByteArray& bytes)
{
    QHash<QString, QString> mapping;
    for (const QString& m : std::as_const(m_maps)) {
        const qsizetype eq = m.indexOf(u'=');
        const QString field = m.mid(eq + 1).trimmed();
        if (eq <= 0 || (!field.isEmpty() && !reel::ExampleImporter::fields().contains(field))) {
            m_err << "reelstudio-cli: --map wants COLUMN=FIELD with FIELD one of "
                  << reel::ExampleImporter::fields().join(QStringLiteral(", ")) << ", got \"" << m << "\"\n";
            return ExitCode::Usage;
        }
        mapping.insert(m.left(eq), field);
    }
    const auto format = reel::ExampleImporter::guessFormat(path, bytes);
    auto plan = reel::ExampleImporter::parse(bytes, format, mapping);
    if (!plan) {
        for (const reel::FieldError& e : plan.error().fields)
            m_err << path << ": error: " << e.toEnglish() << "\n";
        m_err << "nothing was imported\n";
        return ExitCode::Invalid;
    }
    reel::ExampleImporter::checkDuplicates(ws.examples(), plan.value());
    // Near duplicates (almost the same words as a library script) are reported, not refused.
    const auto index = openIndex(ws);
    for (const auto& row : plan->rows) {
        for (const reel::FieldError& e : row.errors)
            m_err << path << ": row " << row.number << ": " << e.toEnglish() << "\n";
        if (row.ok() && index)
            noteNearDuplicates(*index, row.example, QStringLiteral("%1: row %2").arg(path).arg(row.number));
    }
    auto outcome = reel::ExampleImporter::apply(ws.examples(), plan.value(), m_validOnly);
    if (!outcome) {
        m_err << "reelstudio-cli: " << outcome.error().toEnglish() << "\nnothing was imported\n";
        return ExitCode::Workspace;
    }
    m_out << plan->rows.size() << " rows: " << plan->valid() << " valid, " << plan->invalid()
          << " with errors; imported " << outcome->added << "\n";
    if (plan->invalid() > 0 && !m_validOnly)
        m_err << "nothing was imported; fix the rows above or use --valid-only to import the valid ones\n";
    return plan->invalid() > 0 ? ExitCode::Invalid : ExitCode::Ok;
}
