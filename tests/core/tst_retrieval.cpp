// Retrieval: filtered search equals a brute-force loop over the same vectors; filters are applied
// before the search; relaxation follows the documented order; a missing, mismatched, truncated or
// garbage index is rebuilt, never trusted; the lexical embedder is deterministic and normalised.

#include "embed/EmbeddingCache.h"
#include "embed/LexicalEmbedder.h"
#include "embed/OpenAiEmbedder.h"
#include "index/VectorIndex.h"
#include "rag/ExampleLibrary.h"
#include "rag/Retriever.h"
#include "store/Database.h"
#include "support/FakeOpenAiServer.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace reel;

namespace {

Vector randomUnit(QRandomGenerator& rng, int dim)
{
    Vector v(dim);
    double norm = 0;
    for (float& x : v) {
        x = static_cast<float>(rng.generateDouble() * 2.0 - 1.0);
        norm += static_cast<double>(x) * x;
    }
    for (float& x : v)
        x = static_cast<float>(x / std::sqrt(norm));
    return v;
}

float dot(const Vector& a, const Vector& b)
{
    double s = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        s += static_cast<double>(a[i]) * b[i];
    return static_cast<float>(s);
}

const QStringList kSectors = {QStringLiteral("fitness"), QStringLiteral("finance"), QStringLiteral("pets"),
                              QStringLiteral("travel")};

} // namespace

class TestRetrieval : public QObject
{
    Q_OBJECT

private slots:
    void filteredSearchEqualsBruteForce()
    {
        QRandomGenerator rng(42);
        constexpr int dim = 32;
        VectorIndex index(dim);
        QList<Vector> vectors;
        QList<IndexedItem> items;
        for (int i = 0; i < 3000; ++i) {
            vectors.append(randomUnit(rng, dim));
            items.append({1000 + i, i % 7 == 0 ? QStringLiteral("es") : QStringLiteral("en"), kSectors.at(i % 4),
                          QStringLiteral("question"), QStringLiteral("joy"), QStringLiteral("awareness"), QString()});
        }
        index.add(items, vectors);
        for (int round = 0; round < 20; ++round) {
            const Vector q = randomUnit(rng, dim);
            const QString sector = kSectors.at(round % 4);
            const auto filter = [&](const IndexedItem& item) {
                return item.sector == sector && item.language == u"es";
            };
            const auto hits = index.search(q, 10, filter);
            // Brute force over the same vectors.
            QList<QPair<float, qint64>> expected;
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (filter(items.at(i)))
                    expected.append({dot(q, vectors.at(i)), items.at(i).rowId});
            }
            std::sort(expected.begin(), expected.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
            QCOMPARE(hits.size(), std::min<qsizetype>(10, expected.size()));
            for (qsizetype i = 0; i < hits.size(); ++i) {
                QCOMPARE(hits.at(i).rowId, expected.at(i).second);
                QVERIFY(std::abs(hits.at(i).score - expected.at(i).first) < 1e-4f);
            }
        }
        // A rare value is found even when it would never make an unfiltered top-k.
        const auto none = index.search(randomUnit(rng, dim), 5, [](const IndexedItem& i) { return i.rowId == 1999; });
        QCOMPARE(none.size(), 1);
        QCOMPARE(none.first().rowId, qint64(1999));
        QVERIFY(index.search(randomUnit(rng, dim), 5, [](const IndexedItem&) { return false; }).isEmpty());
    }

    void removeAndUpsertKeepRowsAligned()
    {
        QRandomGenerator rng(7);
        VectorIndex index(8);
        QList<Vector> vectors;
        for (int i = 0; i < 5; ++i) {
            vectors.append(randomUnit(rng, 8));
            index.add({i + 1, QStringLiteral("en"), {}, {}, {}, {}, {}}, vectors.last());
        }
        QVERIFY(index.remove(3));
        QVERIFY(!index.remove(3));
        QCOMPARE(index.size(), 4);
        for (int row : {1, 2, 4, 5}) {
            const auto hit = index.search(vectors.at(row - 1), 1);
            QCOMPARE(hit.first().rowId, qint64(row));
            QVERIFY(hit.first().score > 0.999f);
        }
        const Vector replaced = randomUnit(rng, 8);
        index.upsert({2, QStringLiteral("en"), {}, {}, {}, {}, {}}, replaced);
        QCOMPARE(index.size(), 4);
        QCOMPARE(index.search(replaced, 1).first().rowId, qint64(2));
    }

    void saveLoadAndDamage()
    {
        QTemporaryDir dir;
        QRandomGenerator rng(3);
        VectorIndex index(16);
        for (int i = 0; i < 50; ++i)
            index.add({i, QStringLiteral("en"), QStringLiteral("pets"), {}, {}, {}, QStringLiteral("h%1").arg(i)},
                      randomUnit(rng, 16));
        QVERIFY(index.save(dir.path(), QStringLiteral("lexical/16/v1")).ok());
        auto loaded = VectorIndex::load(dir.path(), QStringLiteral("lexical/16/v1"));
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toEnglish()));
        QCOMPARE(loaded.value()->size(), 50);
        QCOMPARE(loaded.value()->contentHash(), index.contentHash());
        const Vector q = randomUnit(rng, 16);
        QCOMPARE(loaded.value()->search(q, 3).first().rowId, index.search(q, 3).first().rowId);

        QVERIFY(!VectorIndex::load(dir.path(), QStringLiteral("openai:other/16/v1")).ok()); // other embedder
        QFile vectors(dir.filePath(QStringLiteral("vectors.faiss")));
        QVERIFY(vectors.open(QIODevice::ReadWrite));
        vectors.resize(vectors.size() / 2); // truncated
        vectors.close();
        auto truncated = VectorIndex::load(dir.path(), QStringLiteral("lexical/16/v1"));
        QVERIFY(!truncated.ok());
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("vectors.faiss")), QByteArray(4096, 'x')));
        QVERIFY(!VectorIndex::load(dir.path(), QStringLiteral("lexical/16/v1")).ok()); // garbage
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("manifest.json")), "{not json"));
        QVERIFY(!VectorIndex::load(dir.path(), QStringLiteral("lexical/16/v1")).ok());
    }

    void lexicalEmbedderIsDeterministicAndNormalised()
    {
        LexicalEmbedder a(256), b(256);
        const Vector x = a.embedOne(QStringLiteral("Fifteen minute home workouts for busy parents"),
                                    QStringLiteral("en"));
        QCOMPARE(x, b.embedOne(QStringLiteral("Fifteen minute home workouts for busy parents"), QStringLiteral("en")));
        QVERIFY(std::abs(dot(x, x) - 1.0f) < 1e-5f);
        const Vector near = a.embedOne(QStringLiteral("A quick workout at home for busy parents"),
                                       QStringLiteral("en"));
        const Vector far = a.embedOne(QStringLiteral("Mortgage rates and first homes in Madrid"), QStringLiteral("en"));
        QVERIFY(dot(x, near) > dot(x, far));
        const Vector ja = a.embedOne(QStringLiteral("在宅ワークの猫あるある"), QStringLiteral("ja"));
        QVERIFY(std::abs(dot(ja, ja) - 1.0f) < 1e-5f);
        QCOMPARE(a.identity().dimension, 256);
    }

    void retrievalRelaxesInOrderAndReportsMatches()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(db.ok());
        ExampleLibrary library(*db.value());
        const auto add = [&](const QString& sector, const QString& hook, const QString& emotion, const QString& goal,
                             const QString& language, const QString& text) {
            Example e;
            e.language = language;
            e.sector = sector;
            e.hookType = hook;
            e.emotion = emotion;
            e.goal = goal;
            e.script.hook = text;
            e.script.body = text + QStringLiteral(" body words here");
            e.script.cta = QStringLiteral("Follow for more ") + text;
            QVERIFY(library.add(e).ok());
        };
        add(QStringLiteral("pets"), QStringLiteral("story"), QStringLiteral("joy"), QStringLiteral("awareness"),
            QStringLiteral("en"), QStringLiteral("My dog learned to wait"));
        add(QStringLiteral("pets"), QStringLiteral("story"), QStringLiteral("fear"), QStringLiteral("awareness"),
            QStringLiteral("en"), QStringLiteral("Our cat ran away once"));
        add(QStringLiteral("pets"), QStringLiteral("question"), QStringLiteral("joy"), QStringLiteral("engagement"),
            QStringLiteral("en"), QStringLiteral("Does your dog wait for treats?"));
        add(QStringLiteral("travel"), QStringLiteral("story"), QStringLiteral("joy"), QStringLiteral("awareness"),
            QStringLiteral("en"), QStringLiteral("We walked through Lisbon"));
        add(QStringLiteral("pets"), QStringLiteral("story"), QStringLiteral("joy"), QStringLiteral("awareness"),
            QStringLiteral("es"), QStringLiteral("Mi perro aprendió a esperar"));

        RetrievalIndex index(library, dir.filePath(QStringLiteral("index")), 128);
        QCOMPARE(index.ensure().value(), RetrievalIndex::State::Rebuilt);
        RetrievalRequest r;
        r.text = QStringLiteral("dog training patience");
        r.language = QStringLiteral("en");
        r.sector = QStringLiteral("pets");
        r.hookType = QStringLiteral("story");
        r.emotion = QStringLiteral("joy");
        r.goal = QStringLiteral("awareness");
        r.k = 4;
        auto found = index.retrieve(r);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 4); // the Spanish one is never used
        QCOMPARE(found->at(0).example.script.hook, QStringLiteral("My dog learned to wait")); // matches everything
        QCOMPARE(found->at(0).matched.size(), 5);
        // Then goal and emotion relaxed (same sector and hook type), then hook type, then sector.
        QCOMPARE(found->at(1).example.script.hook, QStringLiteral("Our cat ran away once"));
        QVERIFY(!found->at(1).matched.contains(QStringLiteral("emotion")));
        QCOMPARE(found->at(2).example.script.hook, QStringLiteral("Does your dog wait for treats?"));
        QVERIFY(!found->at(2).matched.contains(QStringLiteral("hook_type")));
        QVERIFY(found->at(2).matched.contains(QStringLiteral("emotion")));
        QCOMPARE(found->at(3).example.script.hook, QStringLiteral("We walked through Lisbon"));
        QVERIFY(!found->at(3).matched.contains(QStringLiteral("sector")));
        QCOMPARE(relaxationOrder(), (QStringList{QStringLiteral("goal"), QStringLiteral("emotion"),
                                                 QStringLiteral("hook_type"), QStringLiteral("sector")}));

        // Saved and current: the next ensure() loads it; a library change or damage rebuilds it.
        RetrievalIndex again(library, dir.filePath(QStringLiteral("index")), 128);
        QCOMPARE(again.ensure().value(), RetrievalIndex::State::UpToDate);
        add(QStringLiteral("pets"), QStringLiteral("story"), QStringLiteral("joy"), QStringLiteral("awareness"),
            QStringLiteral("en"), QStringLiteral("The puppy slept all day"));
        RetrievalIndex changed(library, dir.filePath(QStringLiteral("index")), 128);
        QCOMPARE(changed.ensure().value(), RetrievalIndex::State::Rebuilt);
        QCOMPARE(changed.index()->size(), 6);
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("index/items.bin")), "garbage"));
        RetrievalIndex damaged(library, dir.filePath(QStringLiteral("index")), 128);
        QCOMPARE(damaged.ensure().value(), RetrievalIndex::State::Rebuilt);
        QVERIFY(QDir(dir.filePath(QStringLiteral("index"))).exists(QStringLiteral("manifest.json")));
    }

    void diversityTradesSimilarityForVariety()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(db.ok());
        ExampleLibrary library(*db.value());
        const auto add = [&](const QString& hook, const QString& body) {
            Example e;
            e.sector = QStringLiteral("food");
            e.hookType = QStringLiteral("story");
            e.emotion = QStringLiteral("joy");
            e.goal = QStringLiteral("awareness");
            e.script.hook = hook;
            e.script.body = body;
            e.script.cta = QStringLiteral("Save this recipe");
            QVERIFY(library.add(e).ok());
        };
        const QString soup = QStringLiteral("Tomato soup with basil, garlic and olive oil, simmered slowly");
        add(QStringLiteral("Tomato soup night"), soup);
        add(QStringLiteral("Tomato soup again"), soup + QStringLiteral(" tonight"));
        add(QStringLiteral("Tomato soup forever"), soup + QStringLiteral(" again"));
        add(QStringLiteral("Bruschetta for Sunday"),
            QStringLiteral("Fresh tomato, basil and garlic on crunchy toasted bread"));
        RetrievalIndex index(library, dir.filePath(QStringLiteral("index")), 256);
        QVERIFY(index.ensure().ok());
        RetrievalRequest r;
        r.text = QStringLiteral("tomato soup basil garlic");
        r.sector = QStringLiteral("food");
        r.k = 3;
        const auto hooks = [](const QList<RetrievedExample>& found) {
            QStringList out;
            for (const RetrievedExample& x : found)
                out.append(x.example.script.hook);
            return out;
        };
        const QStringList plain = hooks(index.retrieve(r).value());
        QVERIFY2(!plain.contains(QStringLiteral("Bruschetta for Sunday")), qPrintable(plain.join(u'|')));
        r.diverse = true;
        const QStringList diverse = hooks(index.retrieve(r).value());
        QCOMPARE(diverse.size(), 3);
        QVERIFY2(diverse.contains(QStringLiteral("Bruschetta for Sunday")), qPrintable(diverse.join(u'|')));
        QCOMPARE(diverse.first(), plain.first()); // the best match still leads
    }

    void nearDuplicatesAreFound()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(db.ok());
        ExampleLibrary library(*db.value());
        QVERIFY(library.seedBundled().ok());
        RetrievalIndex index(library, dir.filePath(QStringLiteral("index")));
        QVERIFY(index.ensure().ok());
        ExampleQuery q;
        q.language = QStringLiteral("en");
        q.sector = QStringLiteral("travel");
        Example copy = library.find(q)->first();
        const qint64 original = copy.id;
        copy.id = 0;
        copy.script.hook += QStringLiteral(" Really.");
        copy.script.cta.replace(u'.', u'!');
        const auto near = index.nearDuplicates(copy);
        QVERIFY(near.ok());
        QVERIFY(!near->isEmpty());
        QCOMPARE(near->first().first, original);
        QVERIFY(near->first().second > 0.9f);

        Example other = copy;
        other.script.hook = QStringLiteral("Quarterly tax filing for freelancers");
        other.script.body = QStringLiteral("Keep receipts in one folder and set aside a share of each invoice.");
        other.script.cta = QStringLiteral("Save this checklist");
        other.script.caption.clear();
        other.script.hashtags.clear();
        QVERIFY(index.nearDuplicates(other)->isEmpty());
    }

    void everySectorRetrievesFromTheBundledLibrary()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(db.ok());
        ExampleLibrary library(*db.value());
        QVERIFY(library.seedBundled().ok());
        RetrievalIndex index(library, dir.filePath(QStringLiteral("index")));
        QVERIFY(index.ensure().ok());
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
                                        QStringLiteral("de"), QStringLiteral("hi"), QStringLiteral("ja")}) {
            for (const QString& sector :
                 {QStringLiteral("fitness"), QStringLiteral("finance"), QStringLiteral("fashion"),
                  QStringLiteral("beauty"), QStringLiteral("productivity"), QStringLiteral("pets"),
                  QStringLiteral("education"), QStringLiteral("wellness"), QStringLiteral("technology"),
                  QStringLiteral("food"), QStringLiteral("travel"), QStringLiteral("real_estate")}) {
                RetrievalRequest r;
                r.text = QStringLiteral("new customers");
                r.language = language;
                r.sector = sector;
                r.hookType = QStringLiteral("question");
                r.k = 3;
                auto found = index.retrieve(r);
                QVERIFY(found.ok());
                QCOMPARE(found->size(), 3);
                QVERIFY2(found->first().example.sector == sector, qPrintable(language + u'/' + sector));
                for (const RetrievedExample& x : found.value())
                    QCOMPARE(x.example.language, language);
            }
        }
    }

    void aNetworkEmbedderBuildsOnceAndReusesItsCache()
    {
        test::FakeOpenAiServer server;
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(db.ok());
        ExampleLibrary library(*db.value());
        const int examples = library.seedBundled().value();
        EmbeddingCache cache(*db.value());
        // The embedder runs on a thread of its own; its cache uses that thread's connection.
        const auto release = [&db] { db.value()->releaseThreadConnection(); };
        const auto embedder = [&] {
            ApiEndpoint e;
            e.baseUrl = server.baseUrl();
            OpenAiEmbedder::Options o;
            o.model = QStringLiteral("nomic-embed-text");
            o.maxInputs = 100;
            return std::make_unique<OpenAiEmbedder>(e, o, &cache);
        };
        const QString folder = dir.filePath(QStringLiteral("index"));
        const QByteArray path = "/v1/embeddings";
        {
            RetrievalIndex index(library, folder);
            index.setRemoteEmbedder(embedder, release);
            QCOMPARE(index.ensure().value(), RetrievalIndex::State::Rebuilt);
            QCOMPARE(index.index()->size(), examples);
            QCOMPARE(index.identity().key(), QStringLiteral("openai:nomic-embed-text/8/v1"));
            // One probe to learn the size, then the library in steps of 1,024 split by the
            // embedder's 100-input batches.
            QCOMPARE(server.requests(path).size(), 1 + (examples + 99) / 100);
        }
        server.clearRequests();
        {
            // A new session: the saved index matches and nothing is embedded again.
            RetrievalIndex index(library, folder);
            index.setRemoteEmbedder(embedder, release);
            QCOMPARE(index.ensure().value(), RetrievalIndex::State::UpToDate);
            QCOMPARE(server.requests(path).size(), 0);
            RetrievalRequest r;
            r.text = QStringLiteral("dog training patience");
            r.sector = QStringLiteral("pets");
            r.k = 3;
            auto found = index.retrieve(r);
            QVERIFY(found.ok());
            QCOMPARE(found->size(), 3);
            QCOMPARE(found->first().example.sector, QStringLiteral("pets"));
            QCOMPARE(server.requests(path).size(), 1); // the query
            QVERIFY(index.retrieve(r).ok());
            QCOMPARE(server.requests(path).size(), 1); // the same query again: cached
        }
        {
            // Another embedder: the manifest no longer matches, so the index is rebuilt.
            RetrievalIndex index(library, folder);
            QCOMPARE(index.ensure().value(), RetrievalIndex::State::Rebuilt);
            QCOMPARE(index.identity().id, QStringLiteral("lexical"));
        }
        const auto manifest = [&] {
            QFile f(folder + QStringLiteral("/manifest.json"));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray lexicalManifest = manifest();
        {
            // A failing server leaves the saved index as it was.
            server.setHandler([](const test::RecordedRequest&) {
                return test::FakeResponse::error(401, QStringLiteral("invalid_request_error"),
                                                 QStringLiteral("invalid_api_key"), QStringLiteral("bad key"));
            });
            RetrievalIndex index(library, folder);
            ApiEndpoint e;
            e.baseUrl = server.baseUrl();
            OpenAiEmbedder::Options o;
            o.model = QStringLiteral("another-model");
            index.setRemoteEmbedder([e, o, &cache] { return std::make_unique<OpenAiEmbedder>(e, o, &cache); }, release);
            const auto r = index.ensure();
            QVERIFY(!r.ok());
            QCOMPARE(ApiFailure::fromError(r.error())->status, 401);
            QCOMPARE(manifest(), lexicalManifest);
        }
        RetrievalIndex lexical(library, folder);
        QCOMPARE(lexical.ensure().value(), RetrievalIndex::State::UpToDate);
    }

    void ivfAgreesWithExactSearchAndSurvivesChangesAndReload()
    {
        // Clustered vectors (as real embeddings are): 40 centres, 3,000 points around them.
        QRandomGenerator rng(7);
        constexpr int dim = 32;
        QList<Vector> centres;
        for (int c = 0; c < 40; ++c)
            centres.append(randomUnit(rng, dim));
        VectorIndex index(dim);
        QList<Vector> vectors;
        for (int i = 0; i < 3000; ++i) {
            Vector v = centres.at(i % 40);
            const Vector noise = randomUnit(rng, dim);
            double norm = 0;
            for (int j = 0; j < dim; ++j) {
                v[j] += 0.35f * noise[j];
                norm += static_cast<double>(v[j]) * v[j];
            }
            for (float& x : v)
                x = static_cast<float>(x / std::sqrt(norm));
            vectors.append(v);
            index.add({i + 1, QStringLiteral("en"), kSectors.at(i % 4), {}, {}, {}, QString::number(i)}, v);
        }
        index.optimize(1000000);
        QVERIFY(!index.hasIvf()); // below the threshold: exact only
        index.optimize(2000);
        QVERIFY(index.hasIvf());

        const auto recallOver = [&](const std::function<bool(const IndexedItem&)>& filter) {
            int found = 0, total = 0;
            for (int q = 0; q < 50; ++q) {
                const Vector query = vectors.at(rng.bounded(3000));
                const auto approx = index.search(query, 10, filter);
                const auto exact = index.searchExact(query, 10, filter);
                QSet<qint64> truth;
                for (const auto& h : exact)
                    truth.insert(h.rowId);
                for (const auto& h : approx) {
                    found += truth.contains(h.rowId) ? 1 : 0;
                    // Scores are exact (re-scored from the flat vectors), whatever path found them.
                    if (std::abs(h.score - dot(query, vectors.at(h.rowId - 1))) > 1e-4f)
                        return -1.0;
                    if (filter && !filter(index.items().at(h.position)))
                        return -1.0;
                }
                total += static_cast<int>(exact.size());
            }
            return static_cast<double>(found) / total;
        };
        const double unfiltered = recallOver({});
        QVERIFY2(unfiltered >= 0.9, qPrintable(QString::number(unfiltered)));
        index.setProbes(4); // fewer probes so that a filtered query takes the IVF path too
        const double filtered = recallOver([](const IndexedItem& i) { return i.sector == u"pets"; });
        QVERIFY2(filtered >= 0.8, qPrintable(QString::number(filtered)));
        index.setProbes(48);

        // Removing the best hit takes it out of the IVF as well; an upsert moves it.
        const Vector probe = vectors.at(123);
        const qint64 best = index.search(probe, 1).first().rowId;
        QCOMPARE(best, 124);
        QVERIFY(index.remove(best));
        QVERIFY(index.search(probe, 10).constFirst().rowId != best);
        index.upsert({best, QStringLiteral("en"), QStringLiteral("pets"), {}, {}, {}, QStringLiteral("x")}, probe);
        QCOMPARE(index.search(probe, 1).first().rowId, best);
        QCOMPARE(index.items().at(index.search(probe, 1).first().position).rowId, best);

        // Saved and loaded with its IVF; a damaged IVF file refuses to load (the caller rebuilds).
        QTemporaryDir dir;
        QVERIFY(index.save(dir.path(), QStringLiteral("test/32/v1")).ok());
        auto loaded = VectorIndex::load(dir.path(), QStringLiteral("test/32/v1"));
        QVERIFY(loaded.ok());
        QVERIFY(loaded.value()->hasIvf());
        QCOMPARE(loaded.value()->search(probe, 5).first().rowId, best);
        QFile ivf(dir.filePath(QStringLiteral("ivf.faiss")));
        QVERIFY(ivf.open(QIODevice::ReadWrite));
        ivf.seek(ivf.size() / 2);
        ivf.write("garbage");
        ivf.close();
        const auto damaged = VectorIndex::load(dir.path(), QStringLiteral("test/32/v1"));
        QVERIFY(!damaged.ok());
        QCOMPARE(damaged.error().code, ErrorCode::DatabaseDamaged);

        // Shrinking well below the threshold drops the accelerator.
        for (int i = 1; i <= 2500; ++i)
            index.remove(i);
        index.optimize(2000);
        QVERIFY(!index.hasIvf());
    }
};

QTEST_GUILESS_MAIN(TestRetrieval)
#include "tst_retrieval.moc"
