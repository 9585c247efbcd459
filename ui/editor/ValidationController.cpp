#include "editor/ValidationController.h"

#include "editor/DurationGauges.h"
#include "editor/FindingHighlighter.h"
#include "editor/FindingSpans.h"
#include "editor/ProblemsModel.h"
#include "editor/ScriptForm.h"
#include "editor/SectionEditor.h"
#include "editor/ShotsModel.h"
#include "editor/ValidationService.h"

#include <QElapsedTimer>
#include <QTableView>

namespace reel::ui {

namespace {

// What the checks depend on: a change of anything else (the topic) keeps the Validator.
bool sameChecks(const ValidationContext& a, const ValidationContext& b)
{
    ScriptRequest ra = a.request;
    ScriptRequest rb = b.request;
    ra.topic.clear();
    rb.topic.clear();
    return a.profile == b.profile && ra == rb && a.language == b.language && a.date == b.date && a.pack == b.pack;
}

} // namespace

ValidationController::ValidationController(ScriptForm& form, ProblemsModel& problems, DurationGauges& gauges,
                                           QObject* parent)
    : QObject(parent)
    , m_form(form)
    , m_problems(problems)
    , m_gauges(gauges)
    , m_service(new ValidationService(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ValidationController::flush);
    connect(&m_form, &ScriptForm::edited, this, &ValidationController::onEdited);
    connect(m_service, &ValidationService::contextReady, this, &ValidationController::onContext);
    connect(m_service, &ValidationService::fieldChecked, this, &ValidationController::onField);
    connect(m_service, &ValidationService::scriptChecked, this, &ValidationController::onScript);
    for (const ScriptField field : kEditorFields) {
        if (SectionEditor* editor = m_form.editor(field))
            editor->setSuggestionService(m_service);
    }
}

const ContextInfo& ValidationController::contextInfo() const
{
    return m_service->contextInfo();
}

bool ValidationController::setContext(const ValidationContext& context)
{
    if (m_sentContext && sameChecks(*m_sentContext, context))
        return false;
    m_sentContext = context;
    m_service->setContext(context);
    m_haveLast = false;
    checkAll();
    return true;
}

void ValidationController::checkAll()
{
    for (const ScriptField field : kEditorFields)
        m_dirty.insert(fieldIndex(field));
    m_debounce.stop();
    flush();
}

void ValidationController::checkNow()
{
    if (m_debounce.isActive()) {
        m_debounce.stop();
        flush();
    }
}

void ValidationController::onEdited(ScriptField field)
{
    m_dirty.insert(fieldIndex(field));
    m_debounce.start();
}

void ValidationController::flush()
{
    if (!m_sentContext)
        return;
    // The edited fields first (their underlines), then the whole script.
    for (const ScriptField field : kEditorFields) {
        if (m_dirty.contains(fieldIndex(field)))
            m_service->checkField(field, m_form.revision(field), m_form.text(field));
    }
    m_dirty.clear();
    ScriptSnapshot snapshot;
    for (const ScriptField field : kEditorFields) {
        snapshot.revisions[fieldIndex(field)] = m_form.revision(field);
        snapshot.texts[fieldIndex(field)] = m_form.text(field);
    }
    snapshot.script = m_form.script();
    m_service->checkScript(std::move(snapshot));
}

bool ValidationController::revisionsCurrent(const PerField<quint64>& revisions) const
{
    for (const ScriptField field : kEditorFields) {
        if (revisions[fieldIndex(field)] != m_form.revision(field))
            return false;
    }
    return true;
}

bool ValidationController::isUpToDate() const
{
    return m_haveLast && !m_debounce.isActive() && m_dirty.isEmpty() && !m_service->isBusy()
           && revisionsCurrent(m_last.revisions);
}

void ValidationController::onContext(const ContextInfo& info)
{
    m_gauges.setLimits(info.targetSeconds, info.tolerance, info.hookLimitSeconds);
    updateCounters();
    emit contextReady(info);
}

int ValidationController::highlightedBlocks() const
{
    int blocks = 0;
    for (const ScriptField field : kEditorFields) {
        if (const SectionEditor* editor = m_form.editor(field))
            blocks += editor->highlighter()->highlightedBlocks();
    }
    return blocks;
}

QList<Finding> ValidationController::currentCross(ScriptField field) const
{
    QList<Finding> out;
    const QList<ShownFinding>& shown = field == ScriptField::Shots ? m_shotFindings : m_form.editor(field)->findings();
    for (const ShownFinding& s : shown) {
        if (s.crossField)
            out.append(s.finding);
    }
    return out;
}

void ValidationController::onField(const FieldOutcome& outcome)
{
    if (outcome.revision != m_form.revision(outcome.field))
        return; // typed since: a newer check is on its way
    QElapsedTimer timer;
    timer.start();
    const int blocksBefore = highlightedBlocks();
    const int i = fieldIndex(outcome.field);
    // The whole-script findings of this field stay (already moved with the edits) until the
    // next whole-script outcome replaces them.
    show(outcome.field, spans::minus(outcome.findings, m_suppressed[i]), currentCross(outcome.field));
    switch (outcome.field) {
    case ScriptField::Hook:
    case ScriptField::Body:
    case ScriptField::Cta:
        m_seconds[i] = outcome.seconds;
        m_gauges.setSeconds(m_seconds[fieldIndex(ScriptField::Hook)], m_seconds[fieldIndex(ScriptField::Body)],
                            m_seconds[fieldIndex(ScriptField::Cta)]);
        break;
    case ScriptField::Caption:
        m_captionLength = outcome.count;
        break;
    case ScriptField::Hashtags:
        m_listHashtags = outcome.count;
        break;
    default:
        break;
    }
    updateCounters();
    updateProblems();
    m_lastApply = {double(timer.nsecsElapsed()) / 1e6, highlightedBlocks() - blocksBefore};
    emit applied(m_lastApply.milliseconds, m_lastApply.highlightedBlocks);
}

void ValidationController::onScript(const ScriptOutcome& outcome)
{
    QElapsedTimer timer;
    timer.start();
    const int blocksBefore = highlightedBlocks();
    for (const ScriptField field : kEditorFields) {
        const int i = fieldIndex(field);
        if (outcome.revisions[i] != m_form.revision(field))
            continue;
        m_suppressed[i] = outcome.suppressed[i];
        show(field, spans::minus(outcome.own[i], outcome.suppressed[i]), outcome.cross[i]);
    }
    if (revisionsCurrent(outcome.revisions)) {
        m_last = outcome;
        m_haveLast = true;
        m_seconds[fieldIndex(ScriptField::Hook)] = outcome.duration.hookSeconds;
        m_seconds[fieldIndex(ScriptField::Body)] = outcome.duration.bodySeconds;
        m_seconds[fieldIndex(ScriptField::Cta)] = outcome.duration.ctaSeconds;
        m_gauges.setSeconds(outcome.duration.hookSeconds, outcome.duration.bodySeconds, outcome.duration.ctaSeconds);
        m_captionLength = outcome.captionLength;
        m_listHashtags = outcome.listHashtags;
        m_captionHashtags = outcome.hashtagCount - outcome.listHashtags;
        updateCounters();
    }
    updateProblems();
    m_lastApply = {double(timer.nsecsElapsed()) / 1e6, highlightedBlocks() - blocksBefore};
    emit applied(m_lastApply.milliseconds, m_lastApply.highlightedBlocks);
    if (isUpToDate())
        emit upToDate();
}

void ValidationController::show(ScriptField field, const QList<Finding>& own, const QList<Finding>& cross)
{
    // A script with nothing written yet shows no problems ("the hook is empty" ×4 helps nobody).
    const bool hide = m_form.isEmpty();
    QList<ShownFinding> shown;
    if (!hide) {
        for (const Finding& f : own)
            shown.append({m_nextId++, f, false});
        for (const Finding& f : cross)
            shown.append({m_nextId++, f, true});
    }
    if (SectionEditor* editor = m_form.editor(field))
        editor->setFindings(std::move(shown));
    else
        m_shotFindings = std::move(shown);
}

void ValidationController::updateProblems()
{
    QList<ProblemsModel::Entry> entries;
    for (const ScriptField field : kEditorFields) {
        const QList<ShownFinding>& shown = field == ScriptField::Shots ? m_shotFindings
                                                                       : m_form.editor(field)->findings();
        for (const ShownFinding& s : shown)
            entries.append({field, s});
    }
    m_problems.setEntries(std::move(entries));
}

void ValidationController::updateCounters()
{
    const ContextInfo& info = contextInfo();
    const int captionLimit = info.captionLimit > 0 ? info.captionLimit : 2200;
    const int fold = info.captionFold > 0 ? info.captionFold : 125;
    m_form.setCaptionCount(m_form.isEmpty() ? 0 : m_captionLength, captionLimit, fold);
    const int hashtags = m_form.isEmpty() ? 0 : m_listHashtags + m_captionHashtags;
    m_form.setHashtagCount(hashtags, info.hashtagCap > 0 ? info.hashtagCap : 5);
}

std::optional<std::pair<ScriptField, ShownFinding>> ValidationController::find(quint64 id) const
{
    for (const ScriptField field : kEditorFields) {
        const QList<ShownFinding>& shown = field == ScriptField::Shots ? m_shotFindings
                                                                       : m_form.editor(field)->findings();
        for (const ShownFinding& s : shown) {
            if (s.id == id)
                return std::make_pair(field, s);
        }
    }
    return std::nullopt;
}

bool ValidationController::applyFix(quint64 id)
{
    const auto found = find(id);
    if (!found || !found->second.finding.fix)
        return false;
    if (SectionEditor* editor = m_form.editor(found->first))
        return editor->applyFix(id);
    // The shot list: the fix edits the voice-overs joined by newlines.
    ReelScript script;
    script.shots = m_form.shots()->shots();
    Validator::apply(script, *found->second.finding.fix);
    for (int row = 0; row < script.shots.size(); ++row) {
        const QModelIndex cell = m_form.shots()->index(row, ShotsModel::VoiceoverColumn);
        if (cell.data(Qt::EditRole).toString() != script.shots.at(row).voiceover)
            m_form.shots()->setData(cell, script.shots.at(row).voiceover);
    }
    return true;
}

bool ValidationController::reveal(quint64 id)
{
    const auto found = find(id);
    if (!found)
        return false;
    if (SectionEditor* editor = m_form.editor(found->first))
        return editor->reveal(id);
    const Finding& f = found->second.finding;
    const int row = f.spans.isEmpty() ? 0 : m_form.shots()->voiceoverPosition(f.spans.constFirst().start).first;
    QTableView* table = m_form.shotsTable();
    table->setCurrentIndex(m_form.shots()->index(std::max(row, 0), ShotsModel::VoiceoverColumn));
    table->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace reel::ui
