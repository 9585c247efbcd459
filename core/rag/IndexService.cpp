#include "rag/IndexService.h"

#include "common/ThreadHandOff.h"
#include "rag/ExampleLibrary.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

namespace reel {

/// Lives on the worker thread; owns the index and its own view of the library (the database
/// hands each thread its own connection).
class IndexWorker : public QObject
{
    Q_OBJECT

public:
    IndexWorker(Database& database, QString folder, std::shared_ptr<std::atomic_bool> cancel)
        : m_database(database)
        , m_folder(std::move(folder))
        , m_cancel(std::move(cancel))
    {}

    void setEmbedder(const EmbedderSettings& settings)
    {
        m_settings = settings;
        m_index.reset();
        ensure(false);
    }

    RetrievalIndex& index()
    {
        if (!m_index) {
            m_index = std::make_unique<RetrievalIndex>(*library(), m_folder);
            useEmbedder(*m_index, m_settings, m_database);
            m_index->setCancelCheck([c = m_cancel] { return c->load(); });
            // Single changes are saved a moment later, together: one edit must not rewrite a
            // 100k-example index file each time.
            m_index->setDeferredSave(true);
        }
        return *m_index;
    }

    void ensure(bool force)
    {
        index();
        threads::handOver(this);
        emit stateChanged(force ? IndexService::State::Rebuilding : IndexService::State::Loading);
        QElapsedTimer clock;
        clock.start();
        const auto report = [&](qsizetype done, qsizetype total) {
            if (m_cancel->load())
                return false;
            const double elapsed = static_cast<double>(clock.elapsed()) / 1000.0;
            const double eta = done > 0 ? elapsed * static_cast<double>(total - done) / static_cast<double>(done)
                                        : -1.0;
            threads::handOver(this);
            if (!force)
                emit stateChanged(IndexService::State::Rebuilding);
            emit progress(done, total, eta);
            return true;
        };
        if (force) {
            const auto r = m_index->rebuild(report);
            finish(r.ok(), r ? Error{} : r.error());
        } else {
            const auto r = m_index->ensure(report);
            finish(r.ok(), r ? Error{} : r.error());
        }
        const QString key = m_index->identity().key();
        threads::handOver(this);
        emit embedderChanged(key);
    }

    void changed(qint64 id)
    {
        if (!m_index)
            return ensure(false);
        auto e = library()->get(id);
        const auto r = e ? m_index->upsert(e.value()) : m_index->remove(id);
        scheduleSave();
        finish(r.ok(), r ? Error{} : r.error());
    }

    void removed(qint64 id)
    {
        if (!m_index)
            return ensure(false);
        const auto r = m_index->remove(id);
        scheduleSave();
        finish(r.ok(), r ? Error{} : r.error());
    }

    void retrieve(const RetrievalRequest& request, quint64 ticket)
    {
        auto found = index().retrieve(request);
        threads::handOver(this);
        if (found)
            emit retrieved(ticket, found.value());
        else
            emit retrievalFailed(ticket, found.error());
    }

    void nearDuplicates(const Example& example, float threshold, quint64 ticket)
    {
        auto found = index().nearDuplicates(example, threshold);
        threads::handOver(this);
        emit nearDuplicatesFound(ticket, found ? found.value() : QList<QPair<qint64, float>>{});
    }

    void shutDown()
    {
        if (m_released)
            return;
        m_released = true;
        if (m_index)
            (void)m_index->flush();
        m_index.reset();
        m_library.reset();
        m_database.releaseThreadConnection();
    }

signals:
    void stateChanged(reel::IndexService::State state);
    void progress(qint64 done, qint64 total, double etaSeconds);
    void retrieved(quint64 ticket, const QList<reel::RetrievedExample>& examples);
    void retrievalFailed(quint64 ticket, const reel::Error& error);
    void nearDuplicatesFound(quint64 ticket, const QList<QPair<qint64, float>>& duplicates);
    void failed(const reel::Error& error);
    void embedderChanged(const QString& key);

private:
    void scheduleSave()
    {
        if (!m_saveTimer) {
            m_saveTimer = new QTimer(this);
            m_saveTimer->setSingleShot(true);
            m_saveTimer->setInterval(2000);
            connect(m_saveTimer, &QTimer::timeout, this, [this] {
                if (m_index) {
                    if (auto r = m_index->flush(); !r) {
                        threads::handOver(this);
                        emit failed(r.error());
                    }
                }
            });
        }
        m_saveTimer->start();
    }

    ExampleLibrary* library()
    {
        if (!m_library)
            m_library = std::make_unique<ExampleLibrary>(m_database);
        return m_library.get();
    }

    void finish(bool ok, const Error& error)
    {
        threads::handOver(this);
        if (ok) {
            emit stateChanged(IndexService::State::UpToDate);
        } else if (m_cancel->load()) {
            emit stateChanged(IndexService::State::Stale);
        } else {
            emit failed(error);
            emit stateChanged(IndexService::State::Failed);
        }
    }

    Database& m_database;
    QString m_folder;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::unique_ptr<ExampleLibrary> m_library;
    std::unique_ptr<RetrievalIndex> m_index;
    EmbedderSettings m_settings;
    QTimer* m_saveTimer = nullptr;
    bool m_released = false;
};

IndexService::IndexService(Database& database, const QString& indexFolder, QObject* parent)
    : QObject(parent)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<reel::IndexService::State>();
    qRegisterMetaType<reel::RetrievalRequest>();
    qRegisterMetaType<QList<reel::RetrievedExample>>();
    qRegisterMetaType<reel::Error>();
    qRegisterMetaType<reel::Example>();
    qRegisterMetaType<reel::EmbedderSettings>();
    qRegisterMetaType<QList<QPair<qint64, float>>>();
    m_embedderKey = LexicalEmbedder().identity().key();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("reel-index"));
    m_worker = new IndexWorker(database, indexFolder, m_cancel);
    m_worker->moveToThread(m_thread);
    // The worker releases its database connection on its own thread, even when the thread is
    // stopped while a rebuild is still queued (the queued shutDown never runs then).
    connect(m_thread, &QThread::finished, m_worker, &IndexWorker::shutDown, Qt::DirectConnection);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(
            m_thread, &QThread::finished, this, [this] { threads::handOver(this); }, Qt::DirectConnection);
    // The worker hands each result over just before it emits it (ThreadHandOff.h).
    connect(m_worker, &IndexWorker::stateChanged, this, [this](State state) {
        threads::takeOver(m_worker);
        setState(state);
    });
    connect(m_worker, &IndexWorker::progress, this, [this](qint64 done, qint64 total, double eta) {
        threads::takeOver(m_worker);
        emit progress(done, total, eta);
    });
    connect(m_worker, &IndexWorker::retrieved, this, [this](quint64 ticket, const QList<RetrievedExample>& examples) {
        threads::takeOver(m_worker);
        emit retrieved(ticket, examples);
    });
    connect(m_worker, &IndexWorker::retrievalFailed, this, [this](quint64 ticket, const Error& error) {
        threads::takeOver(m_worker);
        emit retrievalFailed(ticket, error);
    });
    connect(m_worker, &IndexWorker::nearDuplicatesFound, this,
            [this](quint64 ticket, const QList<QPair<qint64, float>>& duplicates) {
                threads::takeOver(m_worker);
                emit nearDuplicatesFound(ticket, duplicates);
            });
    connect(m_worker, &IndexWorker::embedderChanged, this, [this](const QString& key) {
        threads::takeOver(m_worker);
        if (key == m_embedderKey)
            return;
        m_embedderKey = key;
        emit embedderChanged(key);
    });
    connect(m_worker, &IndexWorker::failed, this, [this](const Error& error) {
        threads::takeOver(m_worker);
        emit failed(error);
    });
    m_thread->start();
}

IndexService::~IndexService()
{
    cancel();
    threads::post(m_worker, [w = m_worker] { w->shutDown(); });
    m_thread->quit();
    m_thread->wait();
    threads::takeOver(this); // the thread has ended (see the constructor): everything it did is done
}

void IndexService::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void IndexService::setEmbedder(const EmbedderSettings& settings)
{
    m_settings = settings;
    m_cancel->store(false);
    threads::post(m_worker, [w = m_worker, settings] { w->setEmbedder(settings); });
}

void IndexService::ensure()
{
    m_cancel->store(false);
    threads::post(m_worker, [w = m_worker] { w->ensure(false); });
}

void IndexService::rebuild()
{
    m_cancel->store(false);
    setState(State::Rebuilding);
    threads::post(m_worker, [w = m_worker] { w->ensure(true); });
}

void IndexService::cancel()
{
    m_cancel->store(true);
}

void IndexService::exampleChanged(qint64 id)
{
    setState(State::Stale);
    threads::post(m_worker, [w = m_worker, id] { w->changed(id); });
}

void IndexService::exampleRemoved(qint64 id)
{
    setState(State::Stale);
    threads::post(m_worker, [w = m_worker, id] { w->removed(id); });
}

quint64 IndexService::retrieve(const RetrievalRequest& request)
{
    const quint64 ticket = m_nextTicket++;
    threads::post(m_worker, [w = m_worker, request, ticket] { w->retrieve(request, ticket); });
    return ticket;
}

quint64 IndexService::findNearDuplicates(const Example& example, float threshold)
{
    const quint64 ticket = m_nextTicket++;
    threads::post(m_worker,
                  [w = m_worker, example, threshold, ticket] { w->nearDuplicates(example, threshold, ticket); });
    return ticket;
}

} // namespace reel

#include "IndexService.moc"
