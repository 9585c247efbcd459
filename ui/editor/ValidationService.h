#pragma once

#include "editor/ValidationTypes.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QThread>

#include <optional>

namespace reel::ui {

class ValidationWorker;

/// The GUI thread's side of the editor's validation: one long-lived worker thread with its own
/// Validator. Jobs wait here, the newest of each kind replacing an older one not yet started, and
/// go to the worker one at a time, so the worker never works on text that is already outdated.
/// Outcomes computed under an older context are dropped. Nothing here ever waits for the worker.
class ValidationService : public QObject
{
    Q_OBJECT

public:
    explicit ValidationService(QObject* parent = nullptr);
    ~ValidationService() override;

    /// Rebuilds the worker's Validator; every later outcome belongs to this context.
    quint64 setContext(const reel::ValidationContext& context);
    quint64 contextRevision() const { return m_context; }
    /// The last context the worker reported ready (0 before the first).
    const ContextInfo& contextInfo() const { return m_info; }

    void checkField(reel::ScriptField field, quint64 revision, const QString& text);
    void checkScript(ScriptSnapshot snapshot);
    /// Spelling suggestions for `word`; the answer comes with suggestionsReady(id, …).
    quint64 suggest(const QString& word);

    /// True while a job runs or waits.
    bool isBusy() const;

signals:
    void contextReady(const reel::ui::ContextInfo& info);
    void fieldChecked(const reel::ui::FieldOutcome& outcome);
    void scriptChecked(const reel::ui::ScriptOutcome& outcome);
    void suggestionsReady(quint64 id, const QString& word, const QStringList& suggestions);

private:
    void dispatch();
    void jobDone();

    QThread m_thread;
    ValidationWorker* m_worker;
    bool m_running = false;
    quint64 m_context = 0;
    quint64 m_nextSuggestion = 0;
    ContextInfo m_info;

    std::optional<reel::ValidationContext> m_pendingContext;
    QMap<int, FieldCheck> m_pendingFields;
    std::optional<ScriptSnapshot> m_pendingScript;
    QList<QPair<quint64, QString>> m_pendingSuggestions;
};

} // namespace reel::ui
