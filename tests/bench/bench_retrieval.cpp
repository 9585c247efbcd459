// Retrieval figures: lexical embedding + index build for N synthetic examples, one filtered
// query (median, p99), index memory; and the quality of the lexical embedder on the bundled
// library (leave-one-out nearest neighbour sharing the sector / hook type, against chance),
// for several dimensions; at 20k examples and more, the IVF accelerator against the exact
// scan (time and recall@10). Run: build/<preset>/tests/bench/bench_retrieval [N ...]

#include "embed/LexicalEmbedder.h"
#include "index/VectorIndex.h"
#include "rag/ExampleLibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace reel;

namespace {

QString textOf(const Example& e)
{
    return QStringList{e.script.hook, e.script.body, e.script.cta, e.script.caption, e.script.hashtags.join(u' ')}.join(
            u'\n');
}

void quality(const QList<Example>& library, int dimension)
{
    LexicalEmbedder embedder(dimension);
    QStringList texts, languages;
    for (const Example& e : library) {
        texts.append(textOf(e));
        languages.append(e.language);
    }
    embedder.fit(texts, languages);
    VectorIndex index(dimension);
    for (qsizetype i = 0; i < library.size(); ++i)
        index.add({i, library.at(i).language, {}, {}, {}, {}, {}}, embedder.embedOne(texts.at(i), languages.at(i)));
    int sameSector = 0, sameHook = 0;
    for (qsizetype i = 0; i < library.size(); ++i) {
        // Retrieval always keeps the request's language, so the neighbour is searched among those.
        const QString language = languages.at(i);
        const auto hits = index.search(embedder.embedOne(texts.at(i), language), 1, [&](const IndexedItem& item) {
            return item.rowId != i && item.language == language;
        });
        const Example& nn = library.at(hits.first().rowId);
        sameSector += nn.sector == library.at(i).sector ? 1 : 0;
        sameHook += nn.hookType == library.at(i).hookType ? 1 : 0;
    }
    // Chance: the probability that another example of the same language drawn at random shares the value.
    const auto chance = [&](bool bySector) {
        double hitsByChance = 0;
        for (qsizetype i = 0; i < library.size(); ++i) {
            int same = 0, pool = 0;
            for (qsizetype j = 0; j < library.size(); ++j) {
                if (j == i || library.at(j).language != library.at(i).language)
                    continue;
                ++pool;
                same += (bySector ? library.at(j).sector == library.at(i).sector
                                  : library.at(j).hookType == library.at(i).hookType)
                                ? 1
                                : 0;
            }
            hitsByChance += pool > 0 ? static_cast<double>(same) / pool : 0;
        }
        return 100 * hitsByChance / static_cast<double>(library.size());
    };
    const double n = static_cast<double>(library.size());
    std::printf("quality d=%4d: nearest same-language neighbour shares the sector %.1f %% (chance %.1f %%), the hook "
                "type %.1f %% "
                "(chance %.1f %%)\n",
                dimension, 100 * sameSector / n, chance(true), 100 * sameHook / n, chance(false));
}

void scale(const QList<Example>& library, int n)
{
    QRandomGenerator rng(2026);
    // Synthetic examples: sentences of the bundled library recombined, with random metadata.
    QStringList sentences;
    for (const Example& e : library) {
        if (e.language == u"en")
            sentences += e.script.body.split(QStringLiteral(". "), Qt::SkipEmptyParts);
    }
    const QStringList sectors = {QStringLiteral("fitness"),      QStringLiteral("finance"),
                                 QStringLiteral("fashion"),      QStringLiteral("beauty"),
                                 QStringLiteral("productivity"), QStringLiteral("pets"),
                                 QStringLiteral("education"),    QStringLiteral("wellness"),
                                 QStringLiteral("technology"),   QStringLiteral("food"),
                                 QStringLiteral("travel"),       QStringLiteral("real_estate")};
    const QStringList hooks = {QStringLiteral("question"), QStringLiteral("bold_claim"), QStringLiteral("relatable"),
                               QStringLiteral("shocking"), QStringLiteral("curiosity"),  QStringLiteral("statistic"),
                               QStringLiteral("story")};
    QStringList texts;
    QStringList languages;
    QList<IndexedItem> items;
    for (int i = 0; i < n; ++i) {
        QStringList parts;
        for (int s = 0; s < 5; ++s)
            parts.append(sentences.at(rng.bounded(static_cast<int>(sentences.size()))));
        texts.append(parts.join(QStringLiteral(". ")));
        languages.append(QStringLiteral("en"));
        items.append({i,
                      QStringLiteral("en"),
                      sectors.at(rng.bounded(12)),
                      hooks.at(rng.bounded(7)),
                      QStringLiteral("joy"),
                      QStringLiteral("awareness"),
                      {}});
    }
    LexicalEmbedder embedder;
    QElapsedTimer t;
    t.start();
    embedder.fit(texts, languages);
    QList<Vector> vectors;
    vectors.reserve(n);
    for (int i = 0; i < n; ++i)
        vectors.append(embedder.embedOne(texts.at(i), languages.at(i)));
    VectorIndex index(embedder.identity().dimension);
    index.add(items, vectors);
    const double buildMs = static_cast<double>(t.nsecsElapsed()) / 1e6;

    std::vector<double> us;
    for (int q = 0; q < 200; ++q) {
        const Vector query = embedder.embedOne(texts.at(rng.bounded(n)), QStringLiteral("en"));
        const QString sector = sectors.at(q % 12), hook = hooks.at(q % 7);
        t.restart();
        index.search(query, 5, [&](const IndexedItem& i) { return i.sector == sector && i.hookType == hook; });
        us.push_back(static_cast<double>(t.nsecsElapsed()) / 1000.0);
    }
    std::sort(us.begin(), us.end());
    std::printf("n=%7d: embed+build %.0f ms (%.1f s); filtered query (sector+hook) median %.2f ms, p99 %.2f ms; "
                "index memory %.1f MiB (%d-d float vectors)\n",
                n, buildMs, buildMs / 1000, us[us.size() / 2] / 1000, us[us.size() * 99 / 100] / 1000,
                static_cast<double>(n) * embedder.identity().dimension * 4 / (1024.0 * 1024.0),
                embedder.identity().dimension);

    // The IVF accelerator (built from 100k examples by default): its cost, its speed against the
    // exact scan, and its recall@10 measured against the exact result.
    if (n < 20000)
        return;
    t.restart();
    index.optimize(n);
    const double ivfMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    const auto measure = [&](const char* label, const std::function<bool(const IndexedItem&)>& filter) {
        std::vector<double> ivfUs, exactUs;
        int found = 0, total = 0;
        QRandomGenerator queries(99);
        for (int q = 0; q < 200; ++q) {
            const Vector query = embedder.embedOne(texts.at(queries.bounded(n)), QStringLiteral("en"));
            t.restart();
            const auto approx = index.search(query, 10, filter);
            ivfUs.push_back(static_cast<double>(t.nsecsElapsed()) / 1000.0);
            t.restart();
            const auto exact = index.searchExact(query, 10, filter);
            exactUs.push_back(static_cast<double>(t.nsecsElapsed()) / 1000.0);
            for (const auto& e : exact) {
                total += 1;
                found += std::any_of(approx.cbegin(), approx.cend(),
                                     [&](const VectorIndex::Hit& h) { return h.rowId == e.rowId; })
                                 ? 1
                                 : 0;
            }
        }
        std::sort(ivfUs.begin(), ivfUs.end());
        std::sort(exactUs.begin(), exactUs.end());
        std::printf("  %-22s IVF median %.2f ms, p99 %.2f ms | exact median %.2f ms, p99 %.2f ms | recall@10 %.1f %%\n",
                    label, ivfUs[ivfUs.size() / 2] / 1000, ivfUs[ivfUs.size() * 99 / 100] / 1000,
                    exactUs[exactUs.size() / 2] / 1000, exactUs[exactUs.size() * 99 / 100] / 1000,
                    100.0 * found / std::max(1, total));
    };
    std::printf("n=%7d: IVF (SQ8, %s) built in %.0f ms; vectors + IVF memory %.1f MiB\n", n,
                index.hasIvf() ? "on" : "off", ivfMs, static_cast<double>(index.memoryBytes()) / (1024.0 * 1024.0));
    for (int probes : {24, 48, 96}) {
        index.setProbes(probes);
        const QByteArray label = "unfiltered, " + QByteArray::number(probes) + " probes:";
        measure(label.constData(), {});
    }
    index.setProbes(48);
    measure("language (all en):", [](const IndexedItem& i) { return i.language == u"en"; });
    measure("sector (1/12):", [](const IndexedItem& i) { return i.sector == u"pets"; });
    measure("sector+hook (1/84):",
            [](const IndexedItem& i) { return i.sector == u"pets" && i.hookType == u"question"; });
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QList<Example> library = ExampleLibrary::bundledExamples();
    std::printf("bundled library: %lld examples\n", static_cast<long long>(library.size()));
    for (int d : {128, 256, 384, 512, 768, 1024})
        quality(library, d);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(QString::fromLocal8Bit(argv[i]).toInt());
    if (sizes.isEmpty())
        sizes = {10000, 100000};
    for (int n : sizes)
        scale(library, n);
    return 0;
}
