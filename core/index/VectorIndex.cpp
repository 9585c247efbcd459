#include "index/VectorIndex.h"

#include "index/FaissCompat.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <faiss/IndexFlat.h>
#include <faiss/impl/IDSelector.h>
#include <faiss/impl/io.h>
#include <faiss/index_io.h>

#include <algorithm>

namespace reel {

struct VectorIndex::Impl
{
    explicit Impl(int dimension)
        : index(dimension)
    {}
    faiss::IndexFlatIP index;
};

namespace {

constexpr auto kIndexFile = "vectors.faiss";
constexpr auto kItemsFile = "items.bin";
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
    d->index.add(static_cast<faisscompat::Id>(items.size()), flat.data());
    m_items += items;
}

bool VectorIndex::remove(qint64 rowId)
{
    const auto it = std::find_if(m_items.cbegin(), m_items.cend(),
                                 [&](const IndexedItem& i) { return i.rowId == rowId; });
    if (it == m_items.cend())
        return false;
    const auto position = static_cast<faisscompat::Id>(it - m_items.cbegin());
    faiss::IDSelectorRange one(position, position + 1);
    d->index.remove_ids(one); // the flat index shifts later positions down, like the list
    m_items.removeAt(position);
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
    m_items.clear();
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
    QList<Hit> hits;
    if (m_items.isEmpty() || k <= 0 || query.size() != dimension())
        return hits;
    std::vector<uint8_t> bitmap;
    qsizetype allowed = m_items.size();
    if (filter) {
        bitmap.assign(static_cast<size_t>((m_items.size() + 7) / 8), 0);
        allowed = 0;
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            if (filter(m_items.at(i))) {
                bitmap[static_cast<size_t>(i >> 3)] |= static_cast<uint8_t>(1u << (i & 7));
                ++allowed;
            }
        }
        if (allowed == 0)
            return hits;
    }
    const auto want = static_cast<faisscompat::Id>(std::min<qsizetype>(k, allowed));
    std::vector<float> distances(static_cast<size_t>(want));
    std::vector<faisscompat::Id> labels(static_cast<size_t>(want), -1);
    if (filter) {
        faiss::IDSelectorBitmap selector(bitmap.size(), bitmap.data());
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
    const QJsonObject manifest{
            {QStringLiteral("format_version"), IndexManifest::kFormatVersion},
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
    const QJsonObject m = QJsonDocument::fromJson(manifestBytes).object();
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
    return index;
}

} // namespace reel
