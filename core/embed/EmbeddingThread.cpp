#include "embed/EmbeddingThread.h"

#include "common/ThreadHandOff.h"

#include <QObject>
#include <QThread>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>

namespace reel {

struct EmbeddingThread::Shared
{
    std::mutex mutex;
    std::condition_variable ready;
    std::unique_ptr<Embedder> embedder; ///< created, used and destroyed on the embedding thread
    EmbedderIdentity identity;
    bool started = false;
    /// The answer of the call in progress; calls are one at a time (the index worker is one thread).
    std::optional<Result<QList<Vector>>> answer;
    quint64 call = 0;
};

EmbeddingThread::EmbeddingThread(Factory make, std::function<void()> threadEnd)
    : m_shared(std::make_shared<Shared>())
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("reel-embed"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    std::shared_ptr<Shared> shared = m_shared;
    QObject::connect(m_thread, &QThread::started, m_context, [shared, make = std::move(make)] {
        auto embedder = make();
        std::lock_guard lock(shared->mutex);
        shared->identity = embedder ? embedder->identity() : EmbedderIdentity{};
        shared->embedder = std::move(embedder);
        shared->started = true;
        shared->ready.notify_all();
    });
    // The embedder (and its network manager) go on their own thread, before it ends.
    QObject::connect(
            m_thread, &QThread::finished, m_context,
            [shared, threadEnd = std::move(threadEnd)] {
                std::unique_ptr<Embedder> gone;
                {
                    std::lock_guard lock(shared->mutex);
                    gone = std::move(shared->embedder);
                }
                gone.reset();
                if (threadEnd)
                    threadEnd();
                threads::handOver(shared.get()); // taken over after QThread::wait()
            },
            Qt::DirectConnection);
    m_thread->start();
    std::unique_lock lock(m_shared->mutex);
    m_shared->ready.wait(lock, [this] { return m_shared->started; });
}

EmbeddingThread::~EmbeddingThread()
{
    // Stop what is running, then let the thread end: its finished() handler destroys the
    // embedder there.
    threads::post(m_context, [shared = m_shared] {
        if (shared->embedder)
            shared->embedder->cancel();
    });
    m_thread->quit();
    m_thread->wait();
    threads::takeOver(m_shared.get());
    delete m_context;
    delete m_thread;
}

EmbedderIdentity EmbeddingThread::identity() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->identity;
}

Result<QList<Vector>> EmbeddingThread::embed(const QStringList& texts, const QStringList& languages,
                                             const std::function<bool()>& cancelled)
{
    quint64 call = 0;
    {
        std::lock_guard lock(m_shared->mutex);
        if (!m_shared->embedder)
            return Error::make(ErrorCode::Cancelled, {QStringLiteral("embedding (no embedder)")});
        m_shared->answer.reset();
        call = ++m_shared->call;
    }
    threads::post(m_context, [shared = m_shared, texts, languages, call] {
        if (!shared->embedder)
            return;
        shared->embedder->embed(texts, languages, [shared, call](Result<QList<Vector>> r) {
            std::lock_guard lock(shared->mutex);
            if (call != shared->call)
                return; // an answer to a call given up on
            if (shared->embedder)
                shared->identity = shared->embedder->identity();
            shared->answer = std::move(r);
            shared->ready.notify_all();
        });
    });

    using namespace std::chrono_literals;
    std::unique_lock lock(m_shared->mutex);
    while (!m_shared->answer) {
        m_shared->ready.wait_for(lock, 20ms);
        if (!m_shared->answer && cancelled && cancelled()) {
            // Give up on this call now; the embedder is told to stop on its own thread, and its
            // late answer (if any) is dropped.
            ++m_shared->call;
            threads::post(m_context, [shared = m_shared] {
                if (shared->embedder)
                    shared->embedder->cancel();
            });
            return Error::make(ErrorCode::Cancelled, {QStringLiteral("embedding")});
        }
    }
    Result<QList<Vector>> out = std::move(*m_shared->answer);
    m_shared->answer.reset();
    return out;
}

} // namespace reel
