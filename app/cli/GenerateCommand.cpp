// reelstudio-cli generate: a request file in, scripts out (the original answer envelope by default).

#include "Cli.h"
#include "catalog/Catalog.h"
#include "generate/Generator.h"
#include "generate/OfflineComposer.h"
#include "llm/ApiTypes.h"
#include "model/JsonCodec.h"
#include "rag/ExampleLibrary.h"
#include "rag/Retriever.h"
#include "store/ProfileStore.h"
#include "store/ScriptStore.h"
#include "store/Workspace.h"
#include "validate/RulePackStore.h"
#include "validate/Validator.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>

namespace {

/// The original envelope, with Reel Studio's provenance under `metadata`.
QJsonObject envelopeOf(const reel::GenerationRecord& r, const reel::ValidationReport& report)
{
    reel::AnswerEnvelope envelope;
    envelope.script = r.script;
    envelope.validation = report.summary();
    envelope.metadata.brand = r.profile.brandName;
    envelope.metadata.sector = r.profile.sector;
    envelope.metadata.goal = r.request.goal;
    envelope.metadata.hookType = r.request.hookType;
    envelope.metadata.scriptLength = r.request.scriptLength;
    QJsonArray ids;
    for (qint64 id : r.retrievedIds)
        ids.append(id);
    const QJsonObject extra{{QStringLiteral("script_id"), r.id},
                            {QStringLiteral("provider"), r.provider},
                            {QStringLiteral("provider_label"),
                             r.provider == QLatin1String(reel::ProviderSettings::kOffline)
                                     ? reel::Generator::offlineProviderLabel()
                                     : r.provider},
                            {QStringLiteral("model"), r.model},
                            {QStringLiteral("prompt_version"), r.promptVersion},
                            {QStringLiteral("language"), r.language},
                            {QStringLiteral("retrieved_example_ids"), ids},
                            {QStringLiteral("prompt_tokens"), r.usage.prompt},
                            {QStringLiteral("completion_tokens"), r.usage.completion},
                            {QStringLiteral("cost_usd"), r.costUsd},
                            {QStringLiteral("latency_ms"), r.latencyMs},
                            {QStringLiteral("attempts"), r.attempts},
                            {QStringLiteral("variant"), r.variantIndex},
                            {QStringLiteral("score"), report.score()}};
    envelope.metadata.unknownFields = QJsonDocument(extra).toJson(QJsonDocument::Compact);
    return QJsonDocument::fromJson(reel::codec::encodeAnswer(envelope, reel::codec::Layout::Compact)).object();
}

} // namespace

int Cli::generate(const QStringList& args)
{
    if (args.size() != 1) {
        m_err << "usage: reelstudio-cli generate REQUEST [--provider offline|openai|URL] [--model M] [--variants N]"
                 " [--stream] [--format envelope|json|text]\n";
        return ExitCode::Usage;
    }
    const QString format = m_format == u"text" && !m_formatGiven ? QStringLiteral("envelope") : m_format;
    if (format != u"envelope" && format != u"json" && format != u"text") {
        m_err << "reelstudio-cli: --format must be envelope, json or text for generate\n";
        return ExitCode::Usage;
    }
    int exit = ExitCode::Ok;
    const std::optional<reel::RequestFile> decoded = loadRequest(args.first(), exit);
    if (!decoded)
        return exit;
    const reel::BrandProfile& profile = decoded->brandProfile;
    const reel::ScriptRequest& request = decoded->scriptRequest;
    const auto language = reel::Catalog::builtIn().resolveLanguage(request.language);
    if (!language) {
        m_err << args.first() << ": error: script_request.language: not a supported language, got \""
              << request.language << "\"\n";
        return ExitCode::Invalid;
    }
    const std::unique_ptr<reel::Workspace> ws = openWorkspace();
    if (!ws)
        return ExitCode::Workspace;

    // The provider: --provider, else the app's settings, else OpenAI with $OPENAI_API_KEY, else offline.
    const bool openAiKeyKnown =
            !reel::ApiEndpoint::environmentKeyFor(reel::ApiEndpoint::fromEnvironment().baseUrl).isEmpty();
    QSettings settings;
    reel::ProviderSettings provider = reel::ProviderSettings::load(settings);
    if (!m_provider.isEmpty()) {
        provider.baseUrl.clear();
        if (m_provider == u"offline" || m_provider == u"openai") {
            provider.provider = m_provider;
        } else {
            const QUrl url(m_provider);
            if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
                m_err << "reelstudio-cli: --provider must be offline, openai or a base URL, got \"" << m_provider
                      << "\"\n";
                return ExitCode::Usage;
            }
            provider.provider = QStringLiteral("custom");
            provider.baseUrl = url;
        }
    }
    if (!m_model.isEmpty())
        provider.model = m_model;
    provider = provider.effective(openAiKeyKnown);
    // $OPENAI_API_KEY travels only to OpenAI's API or $OPENAI_BASE_URL, never to another --provider URL.
    const QString key = provider.isOffline() ? QString() : reel::ApiEndpoint::environmentKeyFor(provider.baseUrl);
    if (!provider.isOffline() && provider.model.isEmpty()) {
        m_err << "reelstudio-cli: no model given for " << provider.baseUrl.toString() << "; use --model\n";
        return ExitCode::Usage;
    }

    // Retrieval (the index is brought up to date first).
    QList<reel::Example> examples;
    if (const auto index = openIndex(*ws)) {
        reel::RetrievalRequest r;
        r.text = QStringList{request.topic, profile.offer, profile.targetAudience.painPoints.join(u'\n'), request.cta}
                         .join(u'\n');
        r.language = *language;
        r.sector = profile.sector;
        r.hookType = request.hookType;
        r.emotion = request.emotion;
        r.goal = request.goal;
        r.k = 4;
        r.diverse = true;
        if (auto found = index->retrieve(r)) {
            for (const reel::RetrievedExample& x : found.value())
                examples.append(x.example);
        } else {
            m_err << "reelstudio-cli: note: no examples retrieved (" << found.error().toEnglish() << ")\n";
        }
    }

    QNetworkAccessManager network;
    reel::ScriptStore store(ws->database());
    reel::ComposerOptions composerOptions;
    composerOptions.pack = &ws->rules().current();
    const reel::OfflineComposer composer(composerOptions);
    reel::Generator generator(network, &store,
                              [&composer](const reel::BrandProfile& p, const reel::ScriptRequest& q,
                                          const QList<reel::Example>& e,
                                          int variant) { return composer.compose(p, q, e, variant); });
    // The price table edited in Settings (kept in the workspace), else the built-in one.
    if (auto prices = reel::PriceTable::loadUser(ws->database()); !prices)
        m_err << "reelstudio-cli: note: the workspace's price table cannot be read (" << prices.error().toEnglish()
              << "); the built-in prices are used\n";
    else if (prices.value())
        generator.setPriceTable(*prices.value());
    generator.setRecoveryFolder(ws->recoveryFolder());
    reel::GenerationInput input;
    input.profile = profile;
    input.request = request;
    input.examples = examples;
    input.variants = m_variants;
    if (auto stored = ws->profiles().findByName(profile.brandName))
        input.profileId = stored->id;
    reel::GenerationSetup setup;
    setup.provider = provider;
    setup.apiKey = key;
    setup.pack = &ws->rules().current();

    QList<reel::GenerationRecord> records;
    QStringList failures;
    QString shown;
    QObject::connect(&generator, &reel::Generator::started, [&](int, double cost) {
        if (cost > 0)
            m_err << "estimated cost: $" << QString::number(cost, 'f', 4) << "\n";
        m_err.flush();
    });
    QObject::connect(&generator, &reel::Generator::streaming, [&](int variant, const reel::ReelScript& s) {
        if (!m_stream || variant != 0)
            return;
        const QString text = QStringList{s.hook, s.body, s.cta}.join(QStringLiteral("\n\n"));
        if (text.startsWith(shown) && text.size() > shown.size()) {
            m_err << text.mid(shown.size());
            m_err.flush();
            shown = text;
        }
    });
    QObject::connect(&generator, &reel::Generator::attemptStarted, [&](int variant, int attempt, const QStringList& p) {
        m_err << "\nvariant " << variant + 1 << ": repair " << attempt - 1 << " (" << p.size() << " problems)\n";
        shown.clear();
    });
    QObject::connect(&generator, &reel::Generator::fellBack, [&](int variant, const reel::ApiFailure& f) {
        m_err << "variant " << variant + 1 << ": the model server cannot be reached (" << f.toError().toEnglish()
              << "); the offline composer wrote it\n";
    });
    QObject::connect(&generator, &reel::Generator::variantDone,
                     [&](int, const reel::GenerationRecord& r) { records.append(r); });
    QStringList recovered;
    QObject::connect(&generator, &reel::Generator::variantNotSaved,
                     [&](int variant, const QString& recoveryFile, const reel::Error& why) {
                         recovered.append(recoveryFile);
                         m_err << "variant " << variant + 1 << ": the workspace could not save it (" << why.toEnglish()
                               << "); it was written to " << recoveryFile
                               << " (add it later with: reelstudio-cli history "
                               << "import " << recoveryFile << ")\n";
                     });
    QObject::connect(&generator, &reel::Generator::variantFailed, [&](int variant, const reel::Error& e) {
        failures.append(QStringLiteral("variant %1: %2").arg(variant + 1).arg(e.toEnglish()));
    });
    QEventLoop loop;
    QObject::connect(&generator, &reel::Generator::finished, &loop, &QEventLoop::quit);
    generator.start(input, setup);
    loop.exec();
    if (m_stream && !shown.isEmpty())
        m_err << "\n";

    for (const QString& f : std::as_const(failures))
        m_err << "reelstudio-cli: " << f << "\n";
    if (records.isEmpty())
        return ExitCode::Model;

    // Best first.
    std::stable_sort(records.begin(), records.end(),
                     [](const reel::GenerationRecord& a, const reel::GenerationRecord& b) {
                         return a.score > b.score;
                     });
    reel::ValidationContext context{profile, request, *language, {}, std::nullopt, &ws->rules().current()};
    const reel::Validator validator(context);
    QJsonArray all;
    bool anyErrors = false;
    for (const reel::GenerationRecord& r : std::as_const(records)) {
        const reel::ValidationReport report = validator.validate(r.script);
        anyErrors = anyErrors || report.hasErrors();
        if (format == u"envelope") {
            all.append(envelopeOf(r, report));
        } else if (format == u"json") {
            all.append(QJsonDocument::fromJson(reel::codec::encodeScript(r.script)).object());
        } else {
            const QString who = r.provider == QLatin1String(reel::ProviderSettings::kOffline)
                                        ? reel::Generator::offlineProviderLabel()
                                        : QStringLiteral("%1 (%2)").arg(r.model, r.provider);
            m_out << "# Variant " << r.variantIndex + 1 << " — " << who << ", score " << report.score() << ", "
                  << report.count(reel::Severity::Error) << " errors, " << report.count(reel::Severity::Warning)
                  << " warnings\n\n"
                  << "HOOK: " << r.script.hook << "\n\nBODY: " << r.script.body << "\n\nCTA: " << r.script.cta
                  << "\n\nCAPTION: " << r.script.caption << "\n\nHASHTAGS: " << r.script.hashtags.join(u' ') << "\n\n";
        }
        if (r.id > 0)
            m_err << "saved as script " << r.id << " (" << r.attempts << (r.attempts == 1 ? " attempt" : " attempts")
                  << ", " << r.latencyMs << " ms, $" << QString::number(r.costUsd, 'f', 4) << ")\n";
    }
    if (format != u"text") {
        const QJsonDocument doc = all.size() == 1 ? QJsonDocument(all.first().toObject()) : QJsonDocument(all);
        m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    }
    if (!recovered.isEmpty())
        return ExitCode::Workspace; // written, but not into the workspace
    return anyErrors ? ExitCode::Invalid : ExitCode::Ok;
}
