// History figures over a large workspace: seeding speed and database size, the History page's
// first page (the real page: filter values, count and 200 rows, shown offscreen), the list's
// queries, FTS searches, filtered pages, and the Analytics refresh.
// Run: build/<preset>/tests/bench/bench_history [scripts] [workspace folder to keep and reuse]
// (default 100000 scripts in a temporary folder)

#include "common/Prompter.h"
#include "history/HistoryPage.h"
#include "history/HistoryTableModel.h"
#include "rag/ExampleLibrary.h"
#include "store/Analytics.h"
#include "store/Database.h"
#include "store/ScriptStore.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace reel;

namespace {

// The page asks nothing while it is only listed.
class SilentPrompter : public ui::Prompter
{
public:
    UnsavedAnswer askUnsavedChanges(QWidget*, const QString&) override { return UnsavedAnswer::Cancel; }
    void information(QWidget*, const QString&, const QString&) override {}
    void warning(QWidget*, const QString&, const QString&) override {}
    void error(QWidget*, const QString&, const QString&) override {}
    QString openFileName(QWidget*, const QString&, const QString&, const QString&) override { return {}; }
    QString saveFileName(QWidget*, const QString&, const QString&, const QString&) override { return {}; }
    void about(QWidget*, const QString&, const QString&) override {}
    void aboutQt(QWidget*) override {}
};

struct Timing
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Timing timeIt(int runs, const std::function<void()>& job)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        job();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)], ms.back()};
}

void print(const char* what, const Timing& t, double goal)
{
    std::printf("%-46s median %8.2f ms  p95 %8.2f ms  max %8.2f ms  (goal <= %.0f ms)\n", what, t.median, t.p95, t.max,
                goal);
}

qint64 folderBytes(const QString& folder)
{
    qint64 total = 0;
    for (QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        total += QFileInfo(it.next()).size();
    return total;
}

// Scripts recombined from the bundled library's sentences, spread over two years, 40 brands,
// every status, five providers, some rated, some edited.
QList<HistoryEntry> makeEntries(const QList<Example>& examples, int first, int count)
{
    static const QStringList statuses{QStringLiteral("draft"), QStringLiteral("in_review"), QStringLiteral("approved"),
                                      QStringLiteral("published"), QStringLiteral("rejected")};
    static const QStringList providers{QStringLiteral("offline"), QStringLiteral("openai"), QStringLiteral("openai"),
                                       QStringLiteral("ollama"), QStringLiteral("azure")};
    QRandomGenerator rng(quint32(first) + 7);
    const QDateTime start = QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);
    QList<HistoryEntry> out;
    out.reserve(count);
    for (int i = first; i < first + count; ++i) {
        const Example& a = examples.at(rng.bounded(int(examples.size())));
        const Example& b = examples.at(rng.bounded(int(examples.size())));
        HistoryEntry e;
        GenerationRecord& r = e.record;
        r.profile.brandName = QStringLiteral("Brand %1").arg(i % 40);
        r.profile.sector = a.sector;
        r.request.hookType = a.hookType;
        r.request.emotion = a.emotion;
        r.request.goal = a.goal;
        r.request.scriptLength = a.scriptLength;
        r.language = a.language;
        r.provider = providers.at(i % providers.size());
        r.model = r.provider == u"offline" ? QString() : QStringLiteral("gpt-4o-mini");
        r.latencyMs = r.provider == u"offline" ? 15 + rng.bounded(30) : 2000 + rng.bounded(6000);
        r.usage.prompt = r.provider == u"offline" ? 0 : 1200 + rng.bounded(800);
        r.usage.completion = r.provider == u"offline" ? 0 : 250 + rng.bounded(300);
        r.costUsd = double(r.usage.prompt) * 0.15e-6 + double(r.usage.completion) * 0.6e-6;
        r.firstAttemptErrors = rng.bounded(10) == 0 ? 1 : 0;
        r.errors = rng.bounded(50) == 0 ? 1 : 0;
        r.status = statuses.at(rng.bounded(int(statuses.size())));
        r.script.hook = a.script.hook;
        r.script.body = a.script.body + u' ' + b.script.body;
        r.script.cta = b.script.cta;
        r.script.caption = a.script.caption;
        r.script.hashtags = a.script.hashtags;
        r.createdAt = start.addSecs(qint64(i) * 630); // ~100k over two years
        r.updatedAt = r.createdAt;
        r.currentVersion = 1;
        e.versions.append({1, QStringLiteral("generated"), QStringLiteral("bench"), {}, r.script, r.createdAt, false});
        if (i % 4 == 0) {
            ReelScript edited = r.script;
            edited.hook += QStringLiteral(" (edited)");
            e.versions.append({2, QStringLiteral("edit"), QStringLiteral("bench"), {}, edited, r.createdAt, false});
            r.currentVersion = 2;
        }
        if (i % 5 == 0) {
            Rating rating;
            rating.stars = 1 + rng.bounded(5);
            rating.thumb = *rating.stars >= 4 ? Thumb::Up : Thumb::Down;
            rating.author = QStringLiteral("bench");
            rating.at = r.createdAt;
            e.ratings.append(rating);
        }
        out.append(e);
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int total = argc > 1 ? std::max(1000, QByteArray(argv[1]).toInt()) : 100000;
    QTemporaryDir dir;
    const QString folder = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("ws"));
    auto ws = Workspace::open(folder);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().toEnglish()));
        return 1;
    }
    Database& db = (*ws)->database();
    ScriptStore store(db);
    const QList<Example> examples = ExampleLibrary::bundledExamples();

    QElapsedTimer seed;
    seed.start();
    constexpr int kBatch = 5000;
    for (int i = int(*store.count()); i < total; i += kBatch) {
        const auto imported = store.importEntries(makeEntries(examples, i, std::min(kBatch, total - i)));
        if (!imported) {
            std::fprintf(stderr, "%s\n", qPrintable(imported.error().toEnglish()));
            return 1;
        }
    }
    const double seedS = double(seed.elapsed()) / 1000.0;
    QSqlQuery checkpoint(db.connection());
    checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    // What closing the workspace does (Database's destructor): fresh planner statistics.
    checkpoint.exec(QStringLiteral("PRAGMA optimize"));
    std::printf("%d scripts seeded in %.1f s (%.0f scripts/s, import path: one transaction per %d)\n", total, seedS,
                total / seedS, kBatch);
    std::printf("workspace database: %.1f MiB (%.1f KiB per script, versions, ratings and FTS included)\n",
                double(folderBytes(folder)) / 1048576.0, double(QFileInfo(db.path()).size()) / 1024.0 / total);

    const int runs = 30;
    {
        SilentPrompter prompter;
        QElapsedTimer opened;
        opened.start();
        ui::HistoryPage page(**ws, prompter);
        const double constructed = double(opened.nsecsElapsed()) / 1e6;
        page.resize(1280, 800);
        page.show(); // showing the page reads its filter values and first page
        QCoreApplication::processEvents();
        const double firstShow = double(opened.nsecsElapsed()) / 1e6;
        std::printf("History page constructed in %.1f ms and first shown (filters, count, 200 rows, painted) at %.1f ms"
                    " (%d rows, %lld matching)\n",
                    constructed, firstShow, page.model()->rowCount(),
                    static_cast<long long>(page.model()->matchCount()));
        print("History page refresh (filters, count, 200 rows)",
              timeIt(runs,
                     [&] {
                         page.refresh();
                         QCoreApplication::processEvents();
                     }),
              100);
    }
    ScriptQuery firstPage;
    print("History first page (200 rows + count)",
          timeIt(runs,
                 [&] {
                     (void)store.search(firstPage);
                     (void)store.countMatching(firstPage);
                 }),
          100);
    ScriptQuery filtered;
    filtered.brand = QStringLiteral("Brand 7");
    filtered.status = QStringLiteral("approved");
    print("filtered page (brand + status) + count",
          timeIt(runs,
                 [&] {
                     (void)store.search(filtered);
                     (void)store.countMatching(filtered);
                 }),
          100);
    ScriptQuery byRating;
    byRating.sort = ScriptQuery::Sort::Rating;
    byRating.minStars = 4;
    print("rated >= 4 sorted by rating + count",
          timeIt(runs,
                 [&] {
                     (void)store.search(byRating);
                     (void)store.countMatching(byRating);
                 }),
          100);
    for (const char* text : {"morning", "recipe", "secret*", "nobodysaysthisword"}) {
        ScriptQuery fts;
        fts.text = QString::fromLatin1(text);
        qint64 hits = 0;
        const Timing t = timeIt(runs, [&] { hits = store.search(fts)->size(); });
        const QString label = QStringLiteral("FTS \"%1\" (%2 rows shown)").arg(QString::fromLatin1(text)).arg(hits);
        print(qPrintable(label), t, 20);
    }
    ScriptQuery ftsCount;
    ftsCount.text = QStringLiteral("morning");
    qint64 matches = 0;
    const Timing countT = timeIt(runs, [&] { matches = *store.countMatching(ftsCount); });
    print(qPrintable(QStringLiteral("FTS \"morning\" count (%1 matches)").arg(matches)), countT, 20);

    print("Analytics refresh, all time", timeIt(10, [&] { (void)Analytics::compute(db, {}); }), 300);
    AnalyticsFilter quarter;
    quarter.from = QDate(2026, 6, 1);
    quarter.to = QDate(2026, 8, 31);
    print("Analytics refresh, one quarter", timeIt(10, [&] { (void)Analytics::compute(db, quarter); }), 300);
    AnalyticsFilter brand;
    brand.brand = QStringLiteral("Brand 3");
    print("Analytics refresh, one brand", timeIt(10, [&] { (void)Analytics::compute(db, brand); }), 300);
    return 0;
}
