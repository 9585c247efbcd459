#pragma once

#include "editor/ValidationTypes.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <optional>

namespace reel::ui {

class DurationGauges;
class ProblemsModel;
class ScriptForm;
class ValidationService;

/// Live checking of the script form: a short pause after an edit sends the edited fields and the
/// whole script to the ValidationService; outcomes for text that has changed since are dropped.
/// A field's own findings come from its field check, the whole-script check adds what needs the
/// other fields (total duration, voice, hashtags counted with the caption) and feeds the gauges.
class ValidationController : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 150;

    struct ApplyStats
    {
        double milliseconds = 0; ///< GUI-thread time to apply the last outcome
        int highlightedBlocks = 0;
    };

    ValidationController(ScriptForm& form, ProblemsModel& problems, DurationGauges& gauges, QObject* parent = nullptr);

    ValidationService* service() const { return m_service; }
    const ContextInfo& contextInfo() const;

    /// Rebuilds the Validator when what the checks depend on changed, then checks everything;
    /// false when nothing the checks depend on changed.
    bool setContext(const reel::ValidationContext& context);
    /// Checks every field and the whole script now (after a script was loaded).
    void checkAll();
    /// Sends what waits for the pause after typing now.
    void checkNow();

    /// True when the findings and gauges belong to the text as it is now.
    bool isUpToDate() const;
    /// The whole-script summary for the saved file (valid when isUpToDate()).
    const reel::ValidationSummary& summary() const { return m_last.summary; }
    const ScriptOutcome& lastOutcome() const { return m_last; }
    ApplyStats lastApply() const { return m_lastApply; }

    /// Shows the counters' figures in the current UI language.
    void retranslate() { updateCounters(); }

    /// The finding `id` as shown now, with its field; nullopt when it is gone.
    std::optional<std::pair<reel::ScriptField, ShownFinding>> find(quint64 id) const;
    bool applyFix(quint64 id);
    bool reveal(quint64 id);

signals:
    void contextReady(const reel::ui::ContextInfo& info);
    /// An outcome was applied and the findings now match the text.
    void upToDate();
    /// An outcome was applied: how long it took in the GUI thread and how many blocks it redrew.
    void applied(double milliseconds, int highlightedBlocks);

private:
    void onEdited(reel::ScriptField field);
    void flush();
    void onContext(const ContextInfo& info);
    void onField(const FieldOutcome& outcome);
    void onScript(const ScriptOutcome& outcome);
    void show(reel::ScriptField field, const QList<reel::Finding>& own, const QList<reel::Finding>& cross);
    QList<reel::Finding> currentCross(reel::ScriptField field) const;
    void updateProblems();
    void updateCounters();
    int highlightedBlocks() const;
    bool revisionsCurrent(const PerField<quint64>& revisions) const;

    ScriptForm& m_form;
    ProblemsModel& m_problems;
    DurationGauges& m_gauges;
    ValidationService* m_service;
    QTimer m_debounce;
    QSet<int> m_dirty;
    std::optional<reel::ValidationContext> m_sentContext;

    quint64 m_nextId = 1;
    PerField<QList<reel::Finding>> m_suppressed;
    QList<ShownFinding> m_shotFindings;

    PerField<double> m_seconds{};
    qsizetype m_captionLength = 0;
    int m_listHashtags = 0;
    int m_captionHashtags = 0;
    ScriptOutcome m_last;
    bool m_haveLast = false;
    ApplyStats m_lastApply;
};

} // namespace reel::ui
