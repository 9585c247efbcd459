// The FAISS build the app links (Debian's 1.7.3 on the reference machine): filtered search
// through an IDSelector on an IndexFlat's sequential ids — the only filtered path that works
// on 1.7.3 (IndexIDMap::search rejects SearchParameters before 1.8.0). Retrieval relies on it.

#include "index/FaissCompat.h"

#include <QTest>

#include <faiss/IndexFlat.h>
#include <faiss/impl/IDSelector.h>

#include <cmath>
#include <vector>

class TestFaissCompat : public QObject
{
    Q_OBJECT

private slots:
    void preFilteredSearchOnFlatIndex()
    {
        constexpr int dim = 8;
        constexpr int count = 200;
        faiss::IndexFlatIP index(dim);
        std::vector<float> vectors(static_cast<size_t>(dim * count));
        for (int i = 0; i < count; ++i) {
            float norm = 0;
            for (int d = 0; d < dim; ++d) {
                const float v = std::sin(static_cast<float>(i * 31 + d * 7));
                vectors[static_cast<size_t>(i * dim + d)] = v;
                norm += v * v;
            }
            for (int d = 0; d < dim; ++d)
                vectors[static_cast<size_t>(i * dim + d)] /= std::sqrt(norm);
        }
        index.add(count, vectors.data());

        // Query with vector 17 itself, but allow only ids 3, 50 and 150: 17 must not come back.
        const std::vector<reel::faisscompat::Id> allowed = {3, 50, 150};
        faiss::IDSelectorBatch selector(allowed.size(), allowed.data());
        faiss::SearchParameters params;
        params.sel = &selector;
        constexpr int k = 5;
        std::vector<float> distances(k);
        std::vector<reel::faisscompat::Id> labels(k, -2);
        index.search(1, vectors.data() + 17 * dim, k, distances.data(), labels.data(), &params);

        QVERIFY(std::find(allowed.begin(), allowed.end(), labels[0]) != allowed.end());
        QVERIFY(std::find(allowed.begin(), allowed.end(), labels[1]) != allowed.end());
        QVERIFY(std::find(allowed.begin(), allowed.end(), labels[2]) != allowed.end());
        QCOMPARE(labels[3], reel::faisscompat::Id(-1)); // fewer matches than k: the rest are empty
        QVERIFY(distances[0] >= distances[1] && distances[1] >= distances[2]);

        // Unfiltered, the vector finds itself first.
        index.search(1, vectors.data() + 17 * dim, k, distances.data(), labels.data());
        QCOMPARE(labels[0], reel::faisscompat::Id(17));
        QVERIFY(std::abs(distances[0] - 1.0f) < 1e-5f);
    }
};

QTEST_GUILESS_MAIN(TestFaissCompat)
#include "tst_faisscompat.moc"
