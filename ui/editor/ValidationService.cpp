#include "editor/ValidationService.h"

#include "common/ThreadHandOff.h"
#include "editor/ValidationWorker.h"

namespace reel::ui {

ValidationService::ValidationService(QObject* parent)
    : QObject(parent)
    , m_worker(new ValidationWorker)
{
    qRegisterMetaType<reel::ui::ContextInfo>();
    qRegisterMetaType<reel::ui::FieldOutcome>();
    qRegisterMetaType<reel::ui::ScriptOutcome>();

    m_thread.setObjectName(QStringLiteral("editor-validation"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(
            &m_thread, &QThread::finished, this, [this] { threads::handOver(this); }, Qt::DirectConnection);

    // Queued: the worker emits from its thread, this object handles it in the GUI thread.
    // Each result was handed over by the worker just before it was emitted (ThreadHandOff.h).
    connect(m_worker, &ValidationWorker::contextReady, this, [this](const ContextInfo& info) {
        threads::takeOver(m_worker);
        jobDone();
        if (info.context == m_context) {
            m_info = info;
            emit contextReady(info);
        }
    });
    connect(m_worker, &ValidationWorker::fieldChecked, this, [this](const FieldOutcome& outcome) {
        threads::takeOver(m_worker);
        jobDone();
        if (outcome.context != 0 && outcome.context == m_context && !m_pendingContext)
            emit fieldChecked(outcome);
    });
    connect(m_worker, &ValidationWorker::scriptChecked, this, [this](const ScriptOutcome& outcome) {
        threads::takeOver(m_worker);
        jobDone();
        if (outcome.context != 0 && outcome.context == m_context && !m_pendingContext)
            emit scriptChecked(outcome);
    });
    connect(m_worker, &ValidationWorker::suggestionsReady, this,
            [this](quint64 id, const QString& word, const QStringList& suggestions) {
                threads::takeOver(m_worker);
                jobDone();
                emit suggestionsReady(id, word, suggestions);
            });
    m_thread.start(QThread::LowPriority);
}

ValidationService::~ValidationService()
{
    // A job under way finishes first (a check takes milliseconds; a 5,000-word body a few
    // hundred); nothing new is started.
    m_pendingContext.reset();
    m_pendingFields.clear();
    m_pendingScript.reset();
    m_pendingSuggestions.clear();
    m_thread.quit();
    m_thread.wait();
    threads::takeOver(this); // handed over when the thread finished (see the constructor)
}

quint64 ValidationService::setContext(const ValidationContext& context)
{
    ++m_context;
    m_pendingContext = context;
    // Work queued for the old context would only be dropped.
    m_pendingFields.clear();
    m_pendingScript.reset();
    dispatch();
    return m_context;
}

void ValidationService::checkField(ScriptField field, quint64 revision, const QString& text)
{
    m_pendingFields.insert(fieldIndex(field), FieldCheck{m_context, field, revision, text});
    dispatch();
}

void ValidationService::checkScript(ScriptSnapshot snapshot)
{
    snapshot.context = m_context;
    m_pendingScript = std::move(snapshot);
    dispatch();
}

quint64 ValidationService::suggest(const QString& word)
{
    const quint64 id = ++m_nextSuggestion;
    m_pendingSuggestions.append({id, word});
    dispatch();
    return id;
}

bool ValidationService::isBusy() const
{
    return m_running || m_pendingContext || !m_pendingFields.isEmpty() || m_pendingScript
           || !m_pendingSuggestions.isEmpty();
}

void ValidationService::jobDone()
{
    m_running = false;
    dispatch();
}

void ValidationService::dispatch()
{
    if (m_running)
        return;
    ValidationWorker* worker = m_worker;
    // The context first (everything after it needs the new Validator), then what the user is
    // looking at: the edited fields, a suggestion menu that is open, the whole script.
    if (m_pendingContext) {
        m_running = true;
        threads::post(worker, [worker, revision = m_context, context = std::move(*m_pendingContext)] {
            worker->setContext(revision, context);
        });
        m_pendingContext.reset();
    } else if (!m_pendingFields.isEmpty()) {
        m_running = true;
        threads::post(worker, [worker, check = m_pendingFields.take(m_pendingFields.firstKey())] {
            worker->checkField(check);
        });
    } else if (!m_pendingSuggestions.isEmpty()) {
        m_running = true;
        threads::post(worker,
                      [worker, job = m_pendingSuggestions.takeFirst()] { worker->suggest(job.first, job.second); });
    } else if (m_pendingScript) {
        m_running = true;
        threads::post(worker, [worker, snapshot = std::move(*m_pendingScript)] { worker->checkScript(snapshot); });
        m_pendingScript.reset();
    }
}

} // namespace reel::ui
