#include "editor/ValidationWorker.h"

#include "common/ThreadHandOff.h"
#include "editor/FindingSpans.h"
#include "text/Segmenter.h"
#include "validate/Validator.h"

#include <QElapsedTimer>
#include <QRegularExpression>

namespace reel::ui {

namespace {

int hashtagsIn(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return int(text.split(separators, Qt::SkipEmptyParts).size());
}

std::optional<spans::JoinedText::Kind> joinKind(ScriptField field)
{
    if (field == ScriptField::Hashtags)
        return spans::JoinedText::Kind::Words;
    if (field == ScriptField::OnScreenText)
        return spans::JoinedText::Kind::Lines;
    return std::nullopt;
}

} // namespace

ValidationWorker::ValidationWorker() = default;

ValidationWorker::~ValidationWorker() = default;

void ValidationWorker::setContext(quint64 revision, const ValidationContext& context)
{
    m_validator = std::make_unique<Validator>(context);
    m_context = revision;
    m_cache.clear();

    const QHash<QString, double>& settings = m_validator->settings();
    ContextInfo info;
    info.context = revision;
    info.language = m_validator->language();
    info.targetSeconds = context.request.scriptLength;
    info.tolerance = settings.value(QStringLiteral("duration.tolerance"));
    info.hookLimitSeconds = settings.value(QStringLiteral("hook.max_seconds"), 3.0);
    info.captionLimit = int(settings.value(QStringLiteral("caption.chars.max")));
    info.captionFold = int(settings.value(QStringLiteral("caption.fold")));
    info.hashtagCap = int(settings.value(QStringLiteral("hashtags.max")));
    threads::handOver(this);
    emit contextReady(info);
}

QList<Finding> ValidationWorker::fieldFindings(ScriptField field, const QString& text)
{
    auto it = m_cache.find(fieldIndex(field));
    if (it != m_cache.end() && it->text == text)
        return it->findings;
    QList<Finding> findings = m_validator->validateField(field, text);
    m_cache.insert(fieldIndex(field), Cached{text, findings});
    return findings;
}

void ValidationWorker::checkField(const FieldCheck& check)
{
    FieldOutcome out;
    out.context = m_context;
    out.field = check.field;
    out.revision = check.revision;
    // Every job answers, so that the service knows the worker is free again; context 0 is never
    // current, so an answer without a Validator is dropped.
    if (!m_validator) {
        threads::handOver(this);
        emit fieldChecked(out);
        return;
    }
    out.findings = fieldFindings(check.field, check.text);
    switch (check.field) {
    case ScriptField::Hook:
    case ScriptField::Body:
    case ScriptField::Cta:
        out.seconds = m_validator->secondsToSay(check.text);
        break;
    case ScriptField::Caption:
        out.count = int(text::Segmenter::graphemeCount(check.text));
        break;
    case ScriptField::Hashtags:
        out.count = hashtagsIn(check.text);
        break;
    default:
        break;
    }
    threads::handOver(this);
    emit fieldChecked(out);
}

void ValidationWorker::checkScript(const ScriptSnapshot& snapshot)
{
    if (!m_validator) {
        threads::handOver(this);
        emit scriptChecked(ScriptOutcome{});
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const ValidationReport report = m_validator->validate(snapshot.script);
    const double elapsedMs = double(timer.nsecsElapsed()) / 1e6;

    ScriptOutcome out;
    out.context = m_context;
    out.revisions = snapshot.revisions;
    PerField<QList<Finding>> reported;
    for (const Finding& f : report.findings)
        reported[fieldIndex(f.field)].append(f);
    for (const ScriptField field : kEditorFields) {
        const int i = fieldIndex(field);
        const QString& editorText = snapshot.texts[i];
        out.own[i] = fieldFindings(field, editorText);
        // The report's spans count in the field as the Validator joins it; when the editor's
        // text differs (two spaces between hashtags, blank lines), compare in that text and map
        // back. validate() leaves optional fields out while they are empty.
        const QString joined = Validator::fieldText(snapshot.script, field);
        const bool skipped = joined.isEmpty()
                             && (field == ScriptField::OnScreenText || field == ScriptField::Shots
                                 || field == ScriptField::ThumbnailText);
        const QList<Finding> ownJoined = skipped                ? QList<Finding>()
                                         : joined == editorText ? out.own[i]
                                                                : m_validator->validateField(field, joined);
        QList<Finding> cross = spans::minus(reported[i], ownJoined);
        QList<Finding> suppressed = spans::minus(ownJoined, reported[i]);
        if (joined != editorText) {
            if (const auto kind = joinKind(field)) {
                const spans::JoinedText map(editorText, *kind);
                for (Finding& f : cross)
                    f = map.toEditor(f);
                for (Finding& f : suppressed)
                    f = map.toEditor(f);
            }
        }
        out.cross[i] = std::move(cross);
        out.suppressed[i] = std::move(suppressed);
    }
    out.duration = report.duration;
    out.captionLength = report.captionLength;
    out.hashtagCount = report.hashtagCount;
    out.listHashtags = int(snapshot.script.hashtags.size());
    out.summary = report.summary();
    out.elapsedMs = elapsedMs;
    threads::handOver(this);
    emit scriptChecked(out);
}

void ValidationWorker::suggest(quint64 id, const QString& word)
{
    const QStringList suggestions = m_validator ? m_validator->spellingSuggestions(word) : QStringList();
    threads::handOver(this);
    emit suggestionsReady(id, word, suggestions);
}

} // namespace reel::ui
