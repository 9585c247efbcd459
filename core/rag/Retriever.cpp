#include "rag/Retriever.h"

#include "llm/ApiTypes.h"
#include "rag/ExampleLibrary.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace reel {

namespace {

constexpr auto kIdfFile = "idf.bin";

QString indexText(const Example& e)
{
    return QStringList{e.script.hook, e.script.body, e.script.cta, e.script.caption, e.script.hashtags.join(u' ')}.join(
            u'\n');
}

IndexedItem itemOf(const Example& e)
{
    return {e.id,         e.language, e.sector.toLower(), e.hookType.toLower(), e.emotion.toLower(), e.goal.toLower(),
            e.contentHash};
}

float dot(const Vector& a, const Vector& b)
{
    double s = 0;
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i)
        s += static_cast<double>(a.at(i)) * b.at(i);
    return static_cast<float>(s);
}

} // namespace

QStringList relaxationOrder()
{
    return {QStringLiteral("goal"), QStringLiteral("emotion"), QStringLiteral("hook_type"), QStringLiteral("sector")};
}

RetrievalIndex::RetrievalIndex(ExampleLibrary& library, QString folder, int dimension)
    : m_library(library)
    , m_folder(std::move(folder))
    , m_embedder(dimension)
{}

RetrievalIndex::~RetrievalIndex() = default;

void RetrievalIndex::setRemoteEmbedder(std::function<std::unique_ptr<Embedder>()> make, std::function<void()> threadEnd)
{
    m_remote.reset();
    if (make)
        m_remote = std::make_unique<EmbeddingThread>(std::move(make), std::move(threadEnd));
    m_index.reset();
}

EmbedderIdentity RetrievalIndex::identity() const
{
    return m_remote ? m_remote->identity() : m_embedder.identity();
}

Result<QList<Vector>> RetrievalIndex::vectorize(const QStringList& texts, const QStringList& languages)
{
    if (!m_remote) {
        QList<Vector> out;
        out.reserve(texts.size());
        for (qsizetype i = 0; i < texts.size(); ++i)
            out.append(m_embedder.embedOne(texts.at(i), languages.value(i)));
        return out;
    }
    // A network embedder answers on its own thread; this one waits, never running its own event
    // loop in between (a queued shutdown or library edit must not run halfway through a rebuild).
    return m_remote->embed(texts, languages, m_cancelled);
}

Result<Vector> RetrievalIndex::vectorizeOne(const QString& text, const QString& language)
{
    auto v = vectorize({text}, {language});
    if (!v)
        return v.error();
    return v->value(0);
}

Result<void> RetrievalIndex::learnDimension()
{
    if (!m_remote || m_remote->identity().dimension > 0)
        return {};
    auto probe = vectorizeOne(QStringLiteral("Reel Studio"), QStringLiteral("en"));
    if (!probe)
        return probe.error();
    return {};
}

QString RetrievalIndex::embedderKey() const
{
    if (m_remote)
        return m_remote->identity().key();
    // The IDF table is part of what made the vectors.
    QByteArray idf;
    QDataStream out(&idf, QIODevice::WriteOnly);
    for (float v : m_embedder.idf())
        out << v;
    return m_embedder.identity().key() + u'#'
           + QString::fromLatin1(QCryptographicHash::hash(idf, QCryptographicHash::Sha256).toHex().left(16));
}

Result<QString> RetrievalIndex::libraryHash() const
{
    auto all = m_library.find({});
    if (!all)
        return all.error();
    QList<Example> rows = std::move(all).value();
    std::sort(rows.begin(), rows.end(), [](const Example& a, const Example& b) { return a.id < b.id; });
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const Example& e : rows) {
        h.addData(QByteArray::number(e.id));
        h.addData(e.contentHash.toLatin1());
    }
    return QString::fromLatin1(h.result().toHex());
}

Result<RetrievalIndex::State> RetrievalIndex::ensure(const std::function<bool(qsizetype, qsizetype)>& progress)
{
    if (auto r = learnDimension(); !r)
        return r.error();
    QFile idfFile(m_folder + u'/' + QLatin1String(kIdfFile));
    if (!m_remote && idfFile.open(QIODevice::ReadOnly)) {
        QDataStream in(&idfFile);
        QVector<float> idf;
        in >> idf;
        if (in.status() == QDataStream::Ok)
            m_embedder.setIdf(idf);
    }
    auto loaded = VectorIndex::load(m_folder, embedderKey());
    if (loaded) {
        // The saved index is sound; is it the library as it is now?
        std::unique_ptr<VectorIndex> candidate = std::move(loaded).value();
        QList<IndexedItem> items = candidate->items();
        std::sort(items.begin(), items.end(),
                  [](const IndexedItem& a, const IndexedItem& b) { return a.rowId < b.rowId; });
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const IndexedItem& i : items) {
            h.addData(QByteArray::number(i.rowId));
            h.addData(i.contentHash.toLatin1());
        }
        auto current = libraryHash();
        if (!current)
            return current.error();
        if (QString::fromLatin1(h.result().toHex()) == current.value()) {
            m_index = std::move(candidate);
            return State::UpToDate;
        }
    }
    if (auto r = rebuild(progress); !r)
        return r.error();
    return State::Rebuilt;
}

Result<void> RetrievalIndex::rebuild(const std::function<bool(qsizetype, qsizetype)>& progress)
{
    auto all = m_library.find({});
    if (!all)
        return all.error();
    const QList<Example>& examples = all.value();
    QStringList texts, languages;
    for (const Example& e : examples) {
        texts.append(indexText(e));
        languages.append(e.language);
    }
    if (m_remote) {
        if (auto r = learnDimension(); !r)
            return r.error();
    } else {
        m_embedder.fit(texts, languages);
    }
    const int dimension = identity().dimension;
    auto index = std::make_unique<VectorIndex>(dimension);
    // A network embedder sends each step as one request (its own batch limit is 2,048 inputs).
    const qsizetype batch = m_remote ? 1024 : 256;
    for (qsizetype start = 0; start < examples.size(); start += batch) {
        if (progress && !progress(start, examples.size()))
            return Error::make(ErrorCode::Cancelled, {QStringLiteral("index rebuild")});
        const qsizetype end = std::min(examples.size(), start + batch);
        QList<IndexedItem> items;
        for (qsizetype i = start; i < end; ++i)
            items.append(itemOf(examples.at(i)));
        auto vectors = vectorize(texts.mid(start, end - start), languages.mid(start, end - start));
        if (!vectors)
            return vectors.error();
        for (const Vector& v : std::as_const(vectors.value())) {
            if (v.size() != dimension) {
                ApiFailure f;
                f.kind = ApiFailure::Kind::BadResponse;
                f.message = QStringLiteral("the embedder changed its vector size");
                return f.toError();
            }
        }
        index->add(items, vectors.value());
    }
    index->optimize(m_ivfThreshold);
    if (progress)
        progress(examples.size(), examples.size());
    m_index = std::move(index);
    m_dirty = false;
    return save();
}

Result<void> RetrievalIndex::flush()
{
    if (!m_dirty || !m_index)
        return {};
    auto r = save();
    if (r)
        m_dirty = false;
    return r;
}

Result<void> RetrievalIndex::save()
{
    QDir().mkpath(m_folder);
    if (m_remote)
        return m_index->save(m_folder, embedderKey());
    QByteArray idf;
    {
        QDataStream out(&idf, QIODevice::WriteOnly);
        out << m_embedder.idf();
    }
    QSaveFile f(m_folder + u'/' + QLatin1String(kIdfFile));
    if (!f.open(QIODevice::WriteOnly) || f.write(idf) != idf.size() || !f.commit())
        return Error::make(ErrorCode::FileUnwritable, {f.fileName(), f.errorString()});
    return m_index->save(m_folder, embedderKey());
}

Result<void> RetrievalIndex::upsert(const Example& example)
{
    if (!m_index)
        return rebuild();
    auto v = vectorizeOne(indexText(example), example.language);
    if (!v)
        return v.error();
    m_index->upsert(itemOf(example), v.value());
    m_index->optimize(m_ivfThreshold);
    m_dirty = true;
    return m_deferSave ? Result<void>{} : flush();
}

Result<void> RetrievalIndex::remove(qint64 rowId)
{
    if (!m_index)
        return rebuild();
    m_index->remove(rowId);
    m_dirty = true;
    return m_deferSave ? Result<void>{} : flush();
}

Result<QList<QPair<qint64, float>>> RetrievalIndex::nearDuplicates(const Example& example, float threshold)
{
    if (!m_index) {
        if (auto r = ensure(); !r)
            return r.error();
    }
    auto vector = vectorizeOne(indexText(example), example.language);
    if (!vector)
        return vector.error();
    const Vector& v = vector.value();
    QList<QPair<qint64, float>> out;
    const auto hits = m_index->search(v, 5, [&](const IndexedItem& i) {
        return i.language == example.language && (example.id == 0 || i.rowId != example.id);
    });
    for (const VectorIndex::Hit& h : hits) {
        if (h.score >= threshold)
            out.append({h.rowId, h.score});
    }
    return out;
}

Result<QList<RetrievedExample>> RetrievalIndex::retrieve(const RetrievalRequest& request)
{
    if (!m_index) {
        if (auto r = ensure(); !r)
            return r.error();
    }
    auto embedded = vectorizeOne(request.text, request.language);
    if (!embedded)
        return embedded.error();
    const Vector query = std::move(embedded).value();
    const QString sector = request.sector.toLower(), hookType = request.hookType.toLower(),
                  emotion = request.emotion.toLower(), goal = request.goal.toLower();
    QStringList active;
    for (const QString& f :
         {QStringLiteral("sector"), QStringLiteral("hook_type"), QStringLiteral("emotion"), QStringLiteral("goal")}) {
        const QString& value = f == u"sector"      ? sector
                               : f == u"hook_type" ? hookType
                               : f == u"emotion"   ? emotion
                                                   : goal;
        if (!value.isEmpty())
            active.append(f);
    }
    const auto matches = [&](const IndexedItem& i, const QString& filter) {
        if (filter == u"sector")
            return i.sector == sector;
        if (filter == u"hook_type")
            return i.hookType == hookType;
        if (filter == u"emotion")
            return i.emotion == emotion;
        return i.goal == goal;
    };

    struct Candidate
    {
        VectorIndex::Hit hit;
        float score;
    };
    QList<Candidate> chosen;
    QSet<qint64> taken;
    QStringList required = active;
    const QStringList order = relaxationOrder();
    for (qsizetype step = 0;; ++step) {
        // Pre-filter: only items of the request's language that match every filter still in force.
        const auto filter = [&](const IndexedItem& i) {
            if (i.language != request.language || taken.contains(i.rowId))
                return false;
            for (const QString& f : std::as_const(required)) {
                if (!matches(i, f))
                    return false;
            }
            return true;
        };
        const int missing = request.k - static_cast<int>(chosen.size());
        QList<VectorIndex::Hit> hits = m_index->search(query, std::max(missing * 3, missing), filter);
        QList<Candidate> ranked;
        for (const VectorIndex::Hit& h : std::as_const(hits)) {
            float score = h.score;
            if (request.weightByQuality) {
                auto e = m_library.get(h.rowId);
                if (e)
                    score *= static_cast<float>(0.85 + 0.15 * e->quality / 100.0);
            }
            ranked.append({h, score});
        }
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
        if (request.diverse) {
            // Maximal marginal relevance over this step's candidates.
            QList<Candidate> pool = ranked;
            while (!pool.isEmpty() && static_cast<int>(chosen.size()) < request.k) {
                qsizetype best = 0;
                float bestValue = -1e9f;
                for (qsizetype c = 0; c < pool.size(); ++c) {
                    float maxSim = 0;
                    const Vector v = m_index->vectorAt(pool.at(c).hit.position);
                    for (const Candidate& s : std::as_const(chosen))
                        maxSim = std::max(maxSim, dot(v, m_index->vectorAt(s.hit.position)));
                    const float value = 0.5f * pool.at(c).score - 0.5f * maxSim;
                    if (value > bestValue) {
                        bestValue = value;
                        best = c;
                    }
                }
                chosen.append(pool.takeAt(best));
                taken.insert(chosen.constLast().hit.rowId);
            }
        } else {
            for (const Candidate& c : std::as_const(ranked)) {
                if (static_cast<int>(chosen.size()) >= request.k)
                    break;
                chosen.append(c);
                taken.insert(c.hit.rowId);
            }
        }
        if (static_cast<int>(chosen.size()) >= request.k || step >= order.size())
            break;
        required.removeAll(order.at(step));
    }

    QList<RetrievedExample> out;
    for (const Candidate& c : std::as_const(chosen)) {
        auto e = m_library.get(c.hit.rowId);
        if (!e)
            continue;
        RetrievedExample r;
        r.example = std::move(e).value();
        r.similarity = c.hit.score;
        r.score = c.score;
        r.matched.append(QStringLiteral("language"));
        const IndexedItem& item = m_index->items().at(c.hit.position);
        for (const QString& f : std::as_const(active)) {
            if (matches(item, f))
                r.matched.append(f);
        }
        out.append(std::move(r));
    }
    return out;
}

} // namespace reel
