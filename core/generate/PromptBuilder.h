#pragma once

#include "llm/ChatTypes.h"
#include "model/BrandProfile.h"
#include "model/Example.h"
#include "model/ScriptRequest.h"
#include "text/SpeakingRate.h"
#include "validate/Finding.h"

#include <QHash>
#include <QList>
#include <QString>

namespace reel {

class Validator;

/// What the model is told the script will be checked against — taken from the validator that
/// will check it, so the prompt and the checks never disagree.
struct PromptLimits
{
    int targetSeconds = 30;
    double tolerance = 0.15;
    double hookSeconds = 3;
    /// Words (or characters for Japanese) the whole voice-over may hold, and the hook.
    int minUnits = 0;
    int maxUnits = 0;
    int hookMaxUnits = 0;
    bool unitsAreCharacters = false;
    int hashtagCap = 5;
    int captionMax = 2200;
    int captionFold = 125;
    QStringList bannedWords; ///< the brand's do_not_use and competitors

    static PromptLimits from(const Validator& validator, const BrandProfile& profile, const ScriptRequest& request,
                             const std::optional<text::SpeakingRate>& calibrated = std::nullopt);
};

/// Builds the chat messages for a script from the versioned templates in
/// resources/prompts/prompts.json: the brand profile, the request, the limits and the full text
/// of the retrieved examples; and the repair message that sends findings back.
class PromptBuilder
{
public:
    PromptBuilder();

    /// The templates' version, stored with every generated script.
    QString version() const { return m_version; }

    QList<ChatMessage> messages(const BrandProfile& profile, const ScriptRequest& request, const QString& language,
                                const PromptLimits& limits, const QList<Example>& examples, OutputMode mode) const;
    /// The follow-up after a checked answer: its problems (validation errors, schema problems or
    /// a parse failure), one per line.
    ChatMessage repair(const QStringList& problems) const;
    /// One line per finding for repair(): "[error] body: …".
    static QStringList describe(const QList<Finding>& findings, Severity atLeast = Severity::Error);
    /// `text` with each "{name}" of `values` replaced by its value, in one pass: braces inside the
    /// values (a brand's text, a model's answer) are copied, never expanded.
    static QString fill(const QString& text, const QHash<QString, QString>& values);

private:
    QString m_version;
    QString m_system;
    QString m_instruction;
    QString m_plainHint;
    QString m_repair;
    QHash<QString, QPair<QString, QString>> m_languages; ///< id → (name, rules)
};

} // namespace reel
