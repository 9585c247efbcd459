#pragma once

#include "generate/PromptBuilder.h"
#include "llm/ApiTypes.h"
#include "llm/ChatTypes.h"
#include "llm/CircuitBreaker.h"
#include "llm/PriceTable.h"
#include "llm/ProviderSettings.h"
#include "llm/RateLimiter.h"
#include "model/Example.h"
#include "store/ScriptStore.h"
#include "text/SpeakingRate.h"

#include <QDate>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace reel {

class ChatCompletion;
class RulePack;
class Validator;

/// What to write: the profile, the request and the examples retrieved for it (after the user's
/// pins and exclusions), and how many variants.
struct GenerationInput
{
    BrandProfile profile;
    std::optional<qint64> profileId;
    ScriptRequest request;
    QList<Example> examples;
    int variants = 1;
};

/// How to write it.
struct GenerationSetup
{
    ProviderSettings provider; ///< effective settings (ProviderSettings::effective)
    QString apiKey;
    const RulePack* pack = nullptr;
    std::optional<text::SpeakingRate> calibratedRate;
    QDate date; ///< the rules of this day (invalid: today)
};

/// The generation pipeline: prompt → model → parse → check against the schema and the
/// validator → repair. While errors remain, the findings go back to the model (at most
/// `repairs` times) and the best attempt is kept. N variants run side by side and are saved to
/// the workspace with their provenance. With the offline provider — or, when allowed, when the
/// model server cannot be reached — the offline composer writes instead.
class Generator : public QObject
{
    Q_OBJECT

public:
    using OfflineCompose = std::function<Result<ReelScript>(const BrandProfile&, const ScriptRequest&,
                                                            const QList<Example>&, int variant)>;

    /// `store` may be null (nothing is saved); it and `network` must outlive the generator.
    Generator(QNetworkAccessManager& network, ScriptStore* store, OfflineCompose offline, QObject* parent = nullptr);
    ~Generator() override;

    void setPriceTable(PriceTable prices) { m_prices = std::move(prices); }
    /// Where a script goes when the workspace cannot save it (the database stayed locked or
    /// failed): a history file per script there, to import later. Without it nothing can be
    /// kept that way and the variant fails.
    void setRecoveryFolder(const QString& folder) { m_recoveryFolder = folder; }
    bool isRunning() const;

    /// Estimated cost in USD of a run before it starts (0 for local and offline providers).
    double estimateCost(const GenerationInput& input, const GenerationSetup& setup) const;
    void start(const GenerationInput& input, const GenerationSetup& setup);
    /// Cancels every variant still running; nothing of them is saved.
    void stop();

    QString promptVersion() const { return m_prompts.version(); }
    /// The response format a provider (base URL + model) was last found to accept; remembered in
    /// the user's settings so that a server that rejects json_schema is not asked again.
    OutputMode supportedMode(const QUrl& baseUrl, const QString& model) const;
    static QString offlineProviderLabel() { return QStringLiteral("Offline composer"); }

signals:
    void started(int variants, double estimatedCostUsd);
    /// The script of `variant` as it streams in (sections complete so far, the last one partial).
    void streaming(int variant, const reel::ReelScript& partial);
    /// Attempt 1 is the first request; later ones are repairs carrying `problems`.
    void attemptStarted(int variant, int attempt, const QStringList& problems);
    /// The model server could not be reached; the offline composer wrote this variant.
    void fellBack(int variant, const reel::ApiFailure& cause);
    void variantDone(int variant, const reel::GenerationRecord& record);
    /// The workspace could not save `variant` (`why`); it was written to `recoveryFile` (a history
    /// file for History ▸ Import or `reelstudio-cli history import`) and variantDone follows with
    /// the unsaved record (id 0). A paid answer is never thrown away.
    void variantNotSaved(int variant, const QString& recoveryFile, const reel::Error& why);
    void variantFailed(int variant, const reel::Error& error);
    /// Every variant is done, failed or stopped.
    void finished(bool stopped);

private:
    struct Run;
    void sendAttempt(Run& run);
    void onAnswer(Run& run, const ChatResult& result);
    void onFailure(Run& run, const ApiFailure& failure);
    void composeOffline(Run& run);
    void complete(Run& run);
    void failRun(Run& run, const Error& error);
    /// Writes `record` as a history file in the recovery folder; its path, or empty.
    QString writeRecovery(GenerationRecord record) const;
    void checkFinished();
    bool alive(const Run* run) const;
    QList<ChatMessage> baseMessages(OutputMode mode) const;
    void rememberMode(OutputMode mode);

    QNetworkAccessManager& m_network;
    ScriptStore* m_store;
    QString m_recoveryFolder;
    OfflineCompose m_offline;
    PromptBuilder m_prompts;
    PriceTable m_prices;
    CircuitBreaker m_breaker;
    RateLimiter m_rateLimiter;
    QElapsedTimer m_monotonic;

    GenerationInput m_input;
    GenerationSetup m_setup;
    QString m_language;
    PromptLimits m_limits;
    std::unique_ptr<Validator> m_validator;
    QString m_group;
    std::vector<std::unique_ptr<Run>> m_runs;
    bool m_stopped = false;
    bool m_finishPending = false;
};

} // namespace reel
