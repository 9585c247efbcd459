#include "index/VectorIndex.h"

#include "common/InputLimits.h"
#include "index/FaissCompat.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <faiss/IndexFlat.h>
#include <faiss/IndexScalarQuantizer.h>
#include <faiss/impl/IDSelector.h>
#include <faiss/impl/io.h>
#include <faiss/index_io.h>

#include <algorithm>
#include <cmath>

namespace reel {

struct VectorIndex::Impl
{
    explicit Impl(int dimension)
        : index(dimension)
    {}
    faiss::IndexFlatIP index;
    // The IVF accelerator (optional). The quantizer is owned here when the IVF was built in this
    // session and by the IVF itself when it was read from disk; it is declared first so that it
    // is destroyed after the IVF that points to it.
    std::unique_ptr<faiss::IndexFlatIP> quantizer;
    std::unique_ptr<faiss::IndexIVFScalarQuantizer> ivf;
};

namespace {

constexpr auto kIndexFile = "vectors.faiss";
constexpr auto kItemsFile = "items.bin";
constexpr auto kIvfFile = "ivf.faiss";
constexpr auto kManifestFile = "manifest.json";
constexpr quint32 kItemsMagic = 0x52534958; // "RSIX"

Result<void> writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error::make(ErrorCode::FileUnwritable, {path, f.errorString()});
    return {};
}

} // namespace

VectorIndex::VectorIndex(int dimension)
    : d(std::make_unique<Impl>(dimension))
{}

VectorIndex::~VectorIndex() = default;

int VectorIndex::dimension() const
{
    return static_cast<int>(d->index.d);
}

qsizetype VectorIndex::size() const
{
    return m_items.size();
}

void VectorIndex::add(const IndexedItem& item, const Vector& vector)
{
    add(QList<IndexedItem>{item}, QList<Vector>{vector});
}

void VectorIndex::add(const QList<IndexedItem>& items, const QList<Vector>& vectors)
{
    Q_ASSERT(items.size() == vectors.size());
    std::vector<float> flat;
    flat.reserve(static_cast<size_t>(items.size() * dimension()));
    for (const Vector& v : vectors) {
        Q_ASSERT(v.size() == dimension());
        flat.insert(flat.end(), v.cbegin(), v.cend());
    }
    const qsizetype first = m_items.size();
    d->index.add(static_cast<faisscompat::Id>(items.size()), flat.data());
    if (d->ivf) {
        std::vector<faisscompat::Id> ids;
        ids.reserve(static_cast<size_t>(items.size()));
        for (const IndexedItem& i : items)
            ids.push_back(i.rowId);
        d->ivf->add_with_ids(static_cast<faisscompat::Id>(items.size()), flat.data(), ids.data());
    }
    m_items += items;
    for (qsizetype i = 0; i < items.size(); ++i)
        m_positionOfRow.insert(items.at(i).rowId, first + i);
}

void VectorIndex::reindexPositions()
{
    m_positionOfRow.clear();
    m_positionOfRow.reserve(m_items.size());
    for (qsizetype i = 0; i < m_items.size(); ++i)
        m_positionOfRow.insert(m_items.at(i).rowId, i);
}

bool VectorIndex::remove(qint64 rowId)
{
    const auto it = m_positionOfRow.constFind(rowId);
    if (it == m_positionOfRow.cend())
        return false;
    const auto position = static_cast<faisscompat::Id>(it.value());
    faiss::IDSelectorRange one(position, position + 1);
    d->index.remove_ids(one); // the flat index shifts later positions down, like the list
    m_items.removeAt(position);
    if (d->ivf) {
        faiss::IDSelectorRange row(rowId, rowId + 1);
        d->ivf->remove_ids(row); // IVF ids are row ids: nothing shifts there
    }
    m_positionOfRow.remove(rowId);
    for (qsizetype i = position; i < m_items.size(); ++i)
        m_positionOfRow[m_items.at(i).rowId] = i;
    return true;
}

void VectorIndex::upsert(const IndexedItem& item, const Vector& vector)
{
    remove(item.rowId);
    add(item, vector);
}

void VectorIndex::clear()
{
    d->index.reset();
    d->ivf.reset();
    d->quantizer.reset();
    m_items.clear();
    m_positionOfRow.clear();
}

bool VectorIndex::hasIvf() const
{
    return d->ivf != nullptr;
}

void VectorIndex::optimize(qsizetype ivfThreshold)
{
    const qsizetype n = m_items.size();
    if (d->ivf && n < ivfThreshold / 2) {
        d->ivf.reset();
        d->quantizer.reset();
        return;
    }
    if (d->ivf || n < ivfThreshold || n < 1000)
        return;
    const int dim = dimension();
    // √n lists (316 at 100k), trained on an even sample of 50 vectors per list.
    const auto nlist = static_cast<size_t>(std::clamp<qsizetype>(qsizetype(std::sqrt(double(n))), 16, 4096));
    const qsizetype trainCount = std::min<qsizetype>(n, qsizetype(nlist) * 50);
    const qsizetype stride = std::max<qsizetype>(1, n / trainCount);
    std::vector<float> sample;
    sample.reserve(static_cast<size_t>(trainCount * dim));
    const float* xb = d->index.get_xb();
    for (qsizetype i = 0, taken = 0; i < n && taken < trainCount; i += stride, ++taken)
        sample.insert(sample.end(), xb + i * dim, xb + (i + 1) * dim);
    auto quantizer = std::make_unique<faiss::IndexFlatIP>(dim);
    auto ivf = std::make_unique<faiss::IndexIVFScalarQuantizer>(
            quantizer.get(), dim, nlist, faiss::ScalarQuantizer::QT_8bit, faiss::METRIC_INNER_PRODUCT, false);
    ivf->train(static_cast<faisscompat::Id>(sample.size() / size_t(dim)), sample.data());
    std::vector<faisscompat::Id> ids;
    ids.reserve(static_cast<size_t>(n));
    for (const IndexedItem& i : m_items)
        ids.push_back(i.rowId);
    ivf->add_with_ids(static_cast<faisscompat::Id>(n), xb, ids.data());
    d->quantizer = std::move(quantizer);
    d->ivf = std::move(ivf);
}

qint64 VectorIndex::memoryBytes() const
{
    qint64 bytes = qint64(m_items.size()) * dimension() * qint64(sizeof(float));
    if (d->ivf)
        bytes += qint64(d->ivf->ntotal) * qint64(d->ivf->code_size + sizeof(faisscompat::Id))
                 + qint64(d->ivf->nlist) * dimension() * qint64(sizeof(float));
    return bytes;
}

Vector VectorIndex::vectorAt(qsizetype position) const
{
    Vector v(dimension());
    d->index.reconstruct(static_cast<faisscompat::Id>(position), v.data());
    return v;
}

QList<VectorIndex::Hit> VectorIndex::search(const Vector& query, int k,
                                            const std::function<bool(const IndexedItem&)>& filter) const
{
    if (!d->ivf)
        return searchExact(query, k, filter);
    if (m_items.isEmpty() || k <= 0 || query.size() != dimension())
        return {};
    // One pass over the items fills both bitmaps: by position (the flat index's ids) and by row
    // id (the IVF's ids).
    std::vector<uint8_t> byPosition, byRow;
    qsizetype allowed = m_items.size();
    if (filter) {
        qint64 maxRow = 0;
        for (const IndexedItem& i : m_items)
            maxRow = std::max(maxRow, i.rowId);
        byPosition.assign(static_cast<size_t>((m_items.size() + 7) / 8), 0);
        byRow.assign(static_cast<size_t>(maxRow / 8 + 1), 0);
        allowed = 0;
        for (qsizetype p = 0; p < m_items.size(); ++p) {
            const IndexedItem& i = m_items.at(p);
            if (i.rowId >= 0 && filter(i)) {
                byPosition[static_cast<size_t>(p >> 3)] |= static_cast<uint8_t>(1u << (p & 7));
                byRow[static_cast<size_t>(i.rowId >> 3)] |= static_cast<uint8_t>(1u << (i.rowId & 7));
                ++allowed;
            }
        }
        if (allowed == 0)
            return {};
    }
    const std::vector<uint8_t>* exactBitmap = filter ? &byPosition : nullptr;
    const auto nlist = static_cast<qsizetype>(d->ivf->nlist);
    // A filter keeping 1/f of the items probes f times as many lists, so that about as many
    // matching items are scanned as an unfiltered query would; a selective filter makes the exact
    // scan over its few items the cheaper and surer way.
    const qsizetype probes = std::min<qsizetype>(nlist, (qsizetype(m_probes) * m_items.size() + allowed - 1) / allowed);
    if (probes * 2 >= nlist)
        return exactOver(query, k, exactBitmap, allowed);
    const qsizetype want = std::min<qsizetype>(allowed, std::max(k * 10, 100));
    std::vector<float> distances(static_cast<size_t>(want));
    std::vector<faisscompat::Id> labels(static_cast<size_t>(want), -1);
    faiss::IDSelectorBitmap selector(byRow.size(), byRow.data());
    faiss::SearchParametersIVF params;
    params.nprobe = static_cast<size_t>(probes);
    params.sel = filter ? &selector : nullptr;
    d->ivf->search(1, query.constData(), static_cast<faisscompat::Id>(want), distances.data(), labels.data(), &params);
    // Re-score the candidates exactly from the flat vectors (the IVF codes are 8-bit).
    const float* xb = d->index.get_xb();
    const int dim = dimension();
    QList<Hit> hits;
    for (faisscompat::Id label : labels) {
        const auto it = m_positionOfRow.constFind(label);
        if (label < 0 || it == m_positionOfRow.cend())
            continue;
        const float* v = xb + it.value() * dim;
        double score = 0;
        for (int j = 0; j < dim; ++j)
            score += static_cast<double>(query.at(j)) * v[j];
        hits.append({label, static_cast<float>(score), it.value()});
    }
    if (hits.size() < std::min<qsizetype>(k, allowed))
        return exactOver(query, k, exactBitmap, allowed); // the probed lists held too few
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.score > b.score; });
    hits.resize(std::min<qsizetype>(k, hits.size()));
    return hits;
}

QList<VectorIndex::Hit> VectorIndex::searchExact(const Vector& query, int k,
                                                 const std::function<bool(const IndexedItem&)>& filter) const
{
    if (m_items.isEmpty() || k <= 0 || query.size() != dimension())
        return {};
    if (!filter)
        return exactOver(query, k, nullptr, m_items.size());
    std::vector<uint8_t> bitmap(static_cast<size_t>((m_items.size() + 7) / 8), 0);
    qsizetype allowed = 0;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (filter(m_items.at(i))) {
            bitmap[static_cast<size_t>(i >> 3)] |= static_cast<uint8_t>(1u << (i & 7));
            ++allowed;
        }
    }
    if (allowed == 0)
        return {};
    return exactOver(query, k, &bitmap, allowed);
}

QList<VectorIndex::Hit> VectorIndex::exactOver(const Vector& query, int k, const std::vector<uint8_t>* bitmap,
                                               qsizetype allowed) const
{
    QList<Hit> hits;
    const auto want = static_cast<faisscompat::Id>(std::min<qsizetype>(k, allowed));
    std::vector<float> distances(static_cast<size_t>(want));
    std::vector<faisscompat::Id> labels(static_cast<size_t>(want), -1);
    if (bitmap) {
        faiss::IDSelectorBitmap selector(bitmap->size(), bitmap->data());
        faiss::SearchParameters params;
        params.sel = &selector;
        d->index.search(1, query.constData(), want, distances.data(), labels.data(), &params);
    } else {
        d->index.search(1, query.constData(), want, distances.data(), labels.data());
    }
    for (size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] < 0)
            continue;
        const auto position = static_cast<qsizetype>(labels[i]);
        hits.append({m_items.at(position).rowId, distances[i], position});
    }
    return hits;
}

QString VectorIndex::contentHash() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const IndexedItem& i : m_items) {
        h.addData(QByteArray::number(i.rowId));
        h.addData(i.contentHash.toLatin1());
    }
    return QString::fromLatin1(h.result().toHex());
}

Result<void> VectorIndex::save(const QString& folder, const QString& embedderKey) const
{
    if (!QDir().mkpath(folder))
        return Error::make(ErrorCode::FileUnwritable, {folder, QStringLiteral("the folder cannot be created")});
    // FAISS's own writer is not atomic: serialise to memory, then write through QSaveFile.
    faiss::VectorIOWriter writer;
    try {
        faiss::write_index(&d->index, &writer);
    } catch (const std::exception& e) {
        return Error::make(ErrorCode::FileUnwritable, {folder, QString::fromUtf8(e.what())});
    }
    const QByteArray vectors(reinterpret_cast<const char*>(writer.data.data()),
                             static_cast<qsizetype>(writer.data.size()));

    QByteArray items;
    {
        QDataStream out(&items, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << kItemsMagic << quint32(IndexManifest::kFormatVersion) << qint64(m_items.size());
        for (const IndexedItem& i : m_items)
            out << i.rowId << i.language << i.sector << i.hookType << i.emotion << i.goal << i.contentHash;
    }
    QByteArray ivf;
    if (d->ivf) {
        faiss::VectorIOWriter ivfWriter;
        try {
            faiss::write_index(d->ivf.get(), &ivfWriter);
        } catch (const std::exception& e) {
            return Error::make(ErrorCode::FileUnwritable, {folder, QString::fromUtf8(e.what())});
        }
        ivf = QByteArray(reinterpret_cast<const char*>(ivfWriter.data.data()),
                         static_cast<qsizetype>(ivfWriter.data.size()));
    }
    const QJsonObject manifest{
            {QStringLiteral("format_version"), IndexManifest::kFormatVersion},
            {QStringLiteral("ivf_sha256"),
             ivf.isEmpty() ? QString()
                           : QString::fromLatin1(QCryptographicHash::hash(ivf, QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("embedder"), embedderKey},
            {QStringLiteral("dimension"), dimension()},
            {QStringLiteral("count"), static_cast<qint64>(m_items.size())},
            {QStringLiteral("content_hash"), contentHash()},
            {QStringLiteral("vectors_sha256"),
             QString::fromLatin1(QCryptographicHash::hash(vectors, QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("items_sha256"),
             QString::fromLatin1(QCryptographicHash::hash(items, QCryptographicHash::Sha256).toHex())}};
    // The manifest goes last: a crash in between leaves a manifest that no longer matches, so the
    // next start rebuilds instead of trusting half-written files.
    if (auto r = writeAtomically(folder + u'/' + QLatin1String(kIndexFile), vectors); !r)
        return r;
    if (auto r = writeAtomically(folder + u'/' + QLatin1String(kItemsFile), items); !r)
        return r;
    if (!ivf.isEmpty()) {
        if (auto r = writeAtomically(folder + u'/' + QLatin1String(kIvfFile), ivf); !r)
            return r;
    } else {
        QFile::remove(folder + u'/' + QLatin1String(kIvfFile));
    }
    return writeAtomically(folder + u'/' + QLatin1String(kManifestFile), QJsonDocument(manifest).toJson());
}

Result<std::unique_ptr<VectorIndex>> VectorIndex::load(const QString& folder, const QString& expectedEmbedderKey)
{
    const auto damaged = [&](const QString& why) { return Error::make(ErrorCode::DatabaseDamaged, {folder, why}); };
    const auto read = [](const QString& path, QByteArray& bytes) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        bytes = f.readAll();
        return true;
    };
    QByteArray manifestBytes, vectors, items;
    if (!read(folder + u'/' + QLatin1String(kManifestFile), manifestBytes))
        return Error::make(ErrorCode::NotFound, {QStringLiteral("index"), folder});
    const QJsonObject m = parseJsonOrEmpty(manifestBytes).object();
    if (m.isEmpty())
        return damaged(QStringLiteral("the manifest is not valid JSON"));
    if (m.value(u"format_version").toInt() != IndexManifest::kFormatVersion)
        return damaged(QStringLiteral("index format %1").arg(m.value(u"format_version").toInt()));
    if (m.value(u"embedder").toString() != expectedEmbedderKey)
        return damaged(
                QStringLiteral("made by %1, expected %2").arg(m.value(u"embedder").toString(), expectedEmbedderKey));
    if (!read(folder + u'/' + QLatin1String(kIndexFile), vectors)
        || !read(folder + u'/' + QLatin1String(kItemsFile), items))
        return damaged(QStringLiteral("a file of the index is missing"));
    if (QString::fromLatin1(QCryptographicHash::hash(vectors, QCryptographicHash::Sha256).toHex())
                != m.value(u"vectors_sha256").toString()
        || QString::fromLatin1(QCryptographicHash::hash(items, QCryptographicHash::Sha256).toHex())
                   != m.value(u"items_sha256").toString())
        return damaged(QStringLiteral("the files do not match the manifest"));

    const int dimension = m.value(u"dimension").toInt();
    auto index = std::make_unique<VectorIndex>(std::max(1, dimension));
    try {
        faiss::VectorIOReader reader;
        reader.data.assign(reinterpret_cast<const uint8_t*>(vectors.constData()),
                           reinterpret_cast<const uint8_t*>(vectors.constData()) + vectors.size());
        std::unique_ptr<faiss::Index> loaded(faiss::read_index(&reader));
        auto* flat = dynamic_cast<faiss::IndexFlatIP*>(loaded.get());
        if (!flat || flat->d != dimension)
            return damaged(
                    QStringLiteral("the vectors are not a flat inner-product index of dimension %1").arg(dimension));
        index->d->index = std::move(*flat);
    } catch (const std::exception& e) {
        return damaged(QString::fromUtf8(e.what()));
    }
    QDataStream in(items);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    qint64 count = 0;
    in >> magic >> version >> count;
    if (magic != kItemsMagic || version != IndexManifest::kFormatVersion || count != index->d->index.ntotal
        || count != m.value(u"count").toInteger())
        return damaged(QStringLiteral("the item list does not match the vectors"));
    for (qint64 i = 0; i < count; ++i) {
        IndexedItem item;
        in >> item.rowId >> item.language >> item.sector >> item.hookType >> item.emotion >> item.goal
                >> item.contentHash;
        index->m_items.append(item);
    }
    if (in.status() != QDataStream::Ok)
        return damaged(QStringLiteral("the item list is truncated"));
    index->reindexPositions();
    const QString ivfHash = m.value(u"ivf_sha256").toString();
    if (!ivfHash.isEmpty()) {
        QByteArray ivf;
        if (!read(folder + u'/' + QLatin1String(kIvfFile), ivf)
            || QString::fromLatin1(QCryptographicHash::hash(ivf, QCryptographicHash::Sha256).toHex()) != ivfHash)
            return damaged(QStringLiteral("the IVF file does not match the manifest"));
        try {
            faiss::VectorIOReader reader;
            reader.data.assign(reinterpret_cast<const uint8_t*>(ivf.constData()),
                               reinterpret_cast<const uint8_t*>(ivf.constData()) + ivf.size());
            std::unique_ptr<faiss::Index> loaded(faiss::read_index(&reader));
            auto* typed = dynamic_cast<faiss::IndexIVFScalarQuantizer*>(loaded.get());
            if (!typed || typed->d != dimension || typed->ntotal != count)
                return damaged(QStringLiteral("the IVF file does not match the vectors"));
            loaded.release();
            index->d->ivf.reset(typed); // owns its quantizer (read from the file)
        } catch (const std::exception& e) {
            return damaged(QString::fromUtf8(e.what()));
        }
    }
    return index;
}

} // namespace reel
