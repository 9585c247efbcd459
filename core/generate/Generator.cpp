#include "generate/Generator.h"

#include "catalog/Catalog.h"
#include "generate/OfflineComposer.h"
#include "generate/ScriptSchema.h"
#include "history/HistoryExport.h"
#include "llm/ChatCompletion.h"
#include "validate/Validator.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSettings>
#include <QTimer>
#include <QUuid>

namespace reel {

Q_LOGGING_CATEGORY(lcGenerator, "reel.generate")

struct Generator::Run
{
    int index = 0;
    int attempt = 0;
    OutputMode mode = OutputMode::JsonSchema;
    QList<ChatMessage> conversation;
    QPointer<ChatCompletion> call;
    QElapsedTimer clock;
    TokenUsage usage;
    QString model;
    int firstAttemptErrors = -1;
    bool finished = false;
    // The best attempt so far: readable first, then fewest errors, then best score.
    bool haveBest = false;
    ReelScript best;
    ValidationReport bestReport;
};

namespace {

bool better(const ValidationReport& a, const ValidationReport& b)
{
    const int ea = a.count(Severity::Error), eb = b.count(Severity::Error);
    return ea != eb ? ea < eb : a.score() > b.score();
}

bool serverUnreachable(const ApiFailure& f)
{
    switch (f.kind) {
    case ApiFailure::Kind::Network:
    case ApiFailure::Kind::ConnectTimeout:
    case ApiFailure::Kind::InactivityTimeout:
    case ApiFailure::Kind::CircuitOpen:
        return true;
    case ApiFailure::Kind::Http:
        return f.status >= 500;
    default:
        return false;
    }
}

bool countsAgainstServer(const ApiFailure& f)
{
    return serverUnreachable(f) || (f.kind == ApiFailure::Kind::Http && f.status == 429 && !f.isQuota());
}

} // namespace

Generator::Generator(QNetworkAccessManager& network, ScriptStore* store, OfflineCompose offline, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
    , m_offline(std::move(offline))
    , m_prices(PriceTable::builtIn())
{
    m_monotonic.start();
}

Generator::~Generator()
{
    m_stopped = true;
    for (auto& run : m_runs) {
        if (run->call)
            run->call->disconnect(this);
    }
}

namespace {

QString capabilityKey(const QUrl& baseUrl, const QString& model)
{
    // QSettings keys cannot hold '/' freely: the URL and model are percent-encoded.
    return QStringLiteral("provider_capabilities/")
           + QString::fromLatin1(QUrl::toPercentEncoding(baseUrl.toString(QUrl::StripTrailingSlash) + u'|' + model));
}

} // namespace

OutputMode Generator::supportedMode(const QUrl& baseUrl, const QString& model) const
{
    const QString mode = QSettings().value(capabilityKey(baseUrl, model)).toString();
    if (mode == outputModeName(OutputMode::JsonObject))
        return OutputMode::JsonObject;
    if (mode == outputModeName(OutputMode::PlainJson))
        return OutputMode::PlainJson;
    return OutputMode::JsonSchema;
}

void Generator::rememberMode(OutputMode mode)
{
    QSettings().setValue(capabilityKey(m_setup.provider.baseUrl, m_setup.provider.model), outputModeName(mode));
}

bool Generator::isRunning() const
{
    return std::any_of(m_runs.cbegin(), m_runs.cend(), [](const auto& r) { return !r->finished; });
}

QList<ChatMessage> Generator::baseMessages(OutputMode mode) const
{
    return m_prompts.messages(m_input.profile, m_input.request, m_language, m_limits, m_input.examples, mode);
}

double Generator::estimateCost(const GenerationInput& input, const GenerationSetup& setup) const
{
    if (setup.provider.isOffline())
        return 0;
    const QString language = Catalog::builtIn().resolveLanguage(input.request.language).value_or(QStringLiteral("en"));
    ValidationContext context{input.profile, input.request, language, setup.date, setup.calibratedRate, setup.pack};
    const Validator validator(context);
    const PromptLimits limits = PromptLimits::from(validator, input.profile, input.request, setup.calibratedRate);
    qint64 promptTokens = 0;
    for (const ChatMessage& m :
         m_prompts.messages(input.profile, input.request, language, limits, input.examples, OutputMode::JsonSchema))
        promptTokens += PriceTable::estimateTokens(m.content) + 4;
    // The answer: the spoken words (about 1.5 tokens each, more for CJK) plus caption, shots and JSON.
    const qint64 completionTokens = static_cast<qint64>(limits.maxUnits * (limits.unitsAreCharacters ? 1.0 : 1.5)) * 3
                                    + 200;
    TokenUsage usage{promptTokens * input.variants, completionTokens * input.variants, 0};
    return m_prices.costOf(setup.provider.model, usage);
}

void Generator::start(const GenerationInput& input, const GenerationSetup& setup)
{
    stop();
    for (auto& run : m_runs) {
        if (run->call)
            run->call->disconnect(this);
    }
    m_runs.clear();
    m_finishPending = false;
    m_stopped = false;
    m_input = input;
    m_input.variants = std::clamp(input.variants, 1, 10);
    m_setup = setup;
    m_language = Catalog::builtIn().resolveLanguage(input.request.language).value_or(QStringLiteral("en"));
    ValidationContext context{input.profile, input.request, m_language, setup.date, setup.calibratedRate, setup.pack};
    m_validator = std::make_unique<Validator>(context);
    m_limits = PromptLimits::from(*m_validator, input.profile, input.request, setup.calibratedRate);
    m_group = m_input.variants > 1 ? QUuid::createUuid().toString(QUuid::WithoutBraces) : QString();
    emit started(m_input.variants, estimateCost(m_input, setup));
    for (int i = 0; i < m_input.variants; ++i) {
        auto run = std::make_unique<Run>();
        run->index = i;
        run->clock.start();
        m_runs.push_back(std::move(run));
    }
    for (auto& run : m_runs) {
        Run* r = run.get();
        if (setup.provider.isOffline()) {
            // Asynchronous like a model, so that callers see the same order of signals.
            QTimer::singleShot(0, this, [this, r] {
                if (!m_stopped && alive(r))
                    composeOffline(*r);
            });
        } else {
            r->mode = supportedMode(setup.provider.baseUrl, setup.provider.model);
            r->conversation = baseMessages(r->mode);
            sendAttempt(*r);
        }
    }
}

void Generator::sendAttempt(Run& run)
{
    if (m_stopped || run.finished)
        return;
    const qint64 now = m_monotonic.elapsed();
    if (!m_breaker.allow(now)) {
        ApiFailure f;
        f.kind = ApiFailure::Kind::CircuitOpen;
        f.message = QStringLiteral("retry in %1 s").arg((m_breaker.retryInMs(now) + 999) / 1000);
        onFailure(run, f);
        return;
    }
    if (const qint64 wait = m_rateLimiter.waitMs(now); wait > 0) {
        QTimer::singleShot(wait, this, [this, r = &run] {
            if (alive(r))
                sendAttempt(*r);
        });
        return;
    }
    ++run.attempt;
    ChatRequest request;
    request.model = m_setup.provider.model;
    request.messages = run.conversation;
    request.temperature = m_setup.provider.temperature;
    request.maxTokens = m_setup.provider.maxTokens;
    request.schema = scriptJsonSchema();
    request.mode = run.mode;
    request.stream = true;
    RetryPolicy policy;
    policy.maxRetries = m_setup.provider.maxRetries;
    auto* call = new ChatCompletion(m_network, m_setup.provider.endpoint(m_setup.apiKey), request, policy,
                                    m_setup.provider.timeouts, this);
    run.call = call;
    Run* r = &run;
    connect(call, &ChatCompletion::contentDelta, this,
            [this, r](const QString&, const QString& content) { emit streaming(r->index, partialScript(content)); });
    connect(call, &ChatCompletion::modeFallback, this, [this, r](OutputMode, OutputMode to, const QString&) {
        // Later attempts, and later generations, start from the mode the server accepts.
        r->mode = to;
        rememberMode(to);
    });
    connect(call, &ChatCompletion::succeeded, this, [this, r, call](const ChatResult& result) {
        call->deleteLater();
        m_breaker.recordSuccess();
        m_rateLimiter.observe(result.headers, m_monotonic.elapsed());
        onAnswer(*r, result);
    });
    connect(call, &ChatCompletion::failed, this, [this, r, call](const ApiFailure& f) {
        call->deleteLater();
        if (countsAgainstServer(f))
            m_breaker.recordFailure(m_monotonic.elapsed());
        onFailure(*r, f);
    });
    call->start();
}

void Generator::onAnswer(Run& run, const ChatResult& result)
{
    run.call = nullptr;
    run.usage.prompt += result.usage.prompt;
    run.usage.completion += result.usage.completion;
    run.usage.total += result.usage.total;
    run.model = result.model.isEmpty() ? m_setup.provider.model : result.model;
    run.mode = result.mode; // a server that refused a stricter format gets what it took next time
    QStringList problems;
    const auto parsed = parseScriptAnswer(result.content);
    if (!parsed) {
        problems.append(QStringLiteral("The answer is not a JSON object as required (%1).")
                                .arg(parsed.error().fields.value(0).args.value(2)));
    } else {
        const ValidationReport report = m_validator->validate(parsed->script);
        problems += parsed->schemaProblems;
        problems += PromptBuilder::describe(report.findings, Severity::Error);
        if (run.firstAttemptErrors < 0)
            run.firstAttemptErrors = report.count(Severity::Error) + int(parsed->schemaProblems.size());
        if (!run.haveBest || better(report, run.bestReport)) {
            run.haveBest = true;
            run.best = parsed->script;
            run.bestReport = report;
        }
    }
    if (run.firstAttemptErrors < 0)
        run.firstAttemptErrors = 1;
    if (problems.isEmpty() || run.attempt > m_setup.provider.repairs) {
        if (!run.haveBest) {
            ApiFailure f;
            f.kind = ApiFailure::Kind::BadResponse;
            f.message = problems.value(0);
            f.requestId = result.requestId;
            failRun(run, f.toError());
            return;
        }
        complete(run);
        return;
    }
    // Repair: the answer and its problems go back to the model.
    if (run.attempt == 1 && run.mode != OutputMode::JsonSchema)
        run.conversation = baseMessages(run.mode);
    run.conversation.append({QStringLiteral("assistant"), result.content});
    run.conversation.append(m_prompts.repair(problems));
    emit attemptStarted(run.index, run.attempt + 1, problems);
    sendAttempt(run);
}

void Generator::onFailure(Run& run, const ApiFailure& failure)
{
    run.call = nullptr;
    if (m_stopped || failure.kind == ApiFailure::Kind::Cancelled) {
        run.finished = true;
        checkFinished();
        return;
    }
    if (run.haveBest) {
        complete(run); // a repair failed: keep the best attempt so far
        return;
    }
    if (m_setup.provider.offlineFallback && serverUnreachable(failure) && m_offline) {
        emit fellBack(run.index, failure);
        composeOffline(run);
        return;
    }
    failRun(run, failure.toError());
}

void Generator::composeOffline(Run& run)
{
    if (!m_offline) {
        failRun(run, Error::make(ErrorCode::NotFound, {QStringLiteral("offline composer"), {}}));
        return;
    }
    auto script = m_offline(m_input.profile, m_input.request, m_input.examples, run.index);
    if (!script) {
        failRun(run, script.error());
        return;
    }
    run.attempt = 1;
    run.model.clear();
    run.usage = {};
    run.haveBest = true;
    run.best = script.value();
    run.bestReport = m_validator->validate(run.best);
    run.firstAttemptErrors = run.bestReport.count(Severity::Error);
    emit streaming(run.index, run.best);
    complete(run);
}

void Generator::complete(Run& run)
{
    if (run.finished)
        return;
    run.finished = true;
    GenerationRecord r;
    r.profileId = m_input.profileId;
    r.profile = m_input.profile;
    r.request = m_input.request;
    r.language = m_language;
    const bool composed = run.model.isEmpty();
    r.provider = composed ? QString::fromLatin1(ProviderSettings::kOffline) : m_setup.provider.provider;
    r.model = composed ? QStringLiteral("offline-composer") : run.model;
    r.promptVersion = composed ? QStringLiteral("offline-composer/%1").arg(OfflineComposer::kVersion)
                               : m_prompts.version();
    for (const Example& e : std::as_const(m_input.examples))
        r.retrievedIds.append(e.id);
    r.usage = run.usage;
    r.costUsd = composed ? 0 : m_prices.costOf(run.model, run.usage);
    r.latencyMs = run.clock.elapsed();
    r.attempts = run.attempt;
    r.firstAttemptErrors = std::max(0, run.firstAttemptErrors);
    r.errors = run.bestReport.count(Severity::Error);
    r.warnings = run.bestReport.count(Severity::Warning);
    r.score = run.bestReport.score();
    r.validation = run.bestReport.summary();
    r.variantGroup = m_group;
    r.variantIndex = run.index;
    r.script = run.best;
    if (m_store) {
        auto saved = m_store->add(r);
        if (!saved) {
            // The answer may have been paid for: keep it in a file rather than drop it.
            const QString file = writeRecovery(r);
            if (file.isEmpty()) {
                run.finished = false;
                failRun(run, saved.error());
                return;
            }
            qCWarning(lcGenerator).noquote() << "a script could not be saved in the workspace ("
                                             << saved.error().toEnglish() << "); it was written to" << file;
            emit variantNotSaved(run.index, file, saved.error());
        } else {
            r = std::move(saved).value();
        }
    }
    emit variantDone(run.index, r);
    checkFinished();
}

QString Generator::writeRecovery(GenerationRecord record) const
{
    if (m_recoveryFolder.isEmpty() || !QDir().mkpath(m_recoveryFolder))
        return {};
    if (record.uuid.isEmpty())
        record.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.createdAt = record.updatedAt = QDateTime::currentDateTimeUtc();
    HistoryEntry entry;
    entry.record = record;
    entry.versions.append(
            {1, QStringLiteral("generated"), ScriptStore::defaultAuthor(), {}, record.script, record.createdAt, false});
    const QString path = QDir(m_recoveryFolder)
                                 .filePath(QStringLiteral("script-%1-%2.json")
                                                   .arg(record.createdAt.toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                                        record.uuid.left(8)));
    QSaveFile file(path);
    const QByteArray bytes = history::toJson({entry});
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return {};
    return path;
}

void Generator::failRun(Run& run, const Error& error)
{
    run.finished = true;
    emit variantFailed(run.index, error);
    checkFinished();
}

void Generator::checkFinished()
{
    if (m_runs.empty() || isRunning() || m_finishPending)
        return;
    // Runs are released from the event loop: this may be called from deep inside one of them.
    m_finishPending = true;
    QTimer::singleShot(0, this, [this] {
        m_finishPending = false;
        if (isRunning())
            return;
        m_runs.clear();
        emit finished(m_stopped);
    });
}

bool Generator::alive(const Run* run) const
{
    return std::any_of(m_runs.cbegin(), m_runs.cend(), [run](const auto& r) { return r.get() == run; });
}

void Generator::stop()
{
    if (!isRunning())
        return;
    m_stopped = true;
    for (auto& run : m_runs) {
        if (run->call)
            run->call->cancel(); // failed(Cancelled) marks the run finished
        else
            run->finished = true;
    }
    checkFinished();
}

} // namespace reel
