// Writers contending for one workspace. Two measurements, each beside its baseline from the same
// run, and each checking that no script was lost:
//  1. In-process: W threads, each with its own connection (as separate processes have), each
//     saving S scripts through ScriptStore::add. Baseline: one writer saving W × S scripts.
//  2. Whole processes: P `reelstudio-cli generate --provider offline` at once, R rounds, against
//     the same number run one after another.
// Run: build/<preset>/tests/bench/bench_concurrency [writers=16] [scripts per writer=200] [rounds=3]
// It stops by itself (every writer has a fixed amount of work) and uses a temporary workspace.

#include "store/Database.h"
#include "store/ScriptStore.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

using namespace reel;

namespace {

GenerationRecord sampleRecord(int writer, int n)
{
    GenerationRecord r;
    r.profile.brandName = QStringLiteral("Brand %1").arg(writer);
    r.profile.sector = QStringLiteral("food");
    r.request.goal = QStringLiteral("awareness");
    r.request.hookType = QStringLiteral("question");
    r.request.emotion = QStringLiteral("curiosity");
    r.request.scriptLength = 30;
    r.language = QStringLiteral("en");
    r.provider = QStringLiteral("offline");
    r.script.hook = QStringLiteral("Why does roast %1 from writer %2 taste of fruit?").arg(n).arg(writer);
    r.script.body = QStringLiteral("Beans roasted this week keep the oils that carry fruit and flowers; supermarket "
                                   "beans lost them months ago. Batch %1.")
                            .arg(n);
    r.script.cta = QStringLiteral("Order your first bag today");
    r.script.caption = QStringLiteral("Fresh every week.");
    r.script.hashtags = {QStringLiteral("#coffee"), QStringLiteral("#freshroast")};
    return r;
}

qint64 scriptCount(const QString& folder)
{
    auto ws = Workspace::open(folder);
    if (!ws)
        return -1;
    QSqlQuery q(ws.value()->database().connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM script")) && q.next() ? q.value(0).toLongLong() : -1;
}

struct Outcome
{
    double seconds = 0;
    qint64 kept = 0;
    int failures = 0;
};

/// `writers` threads, each with its own Database (its own connection, as a process has).
Outcome inProcess(const QString& folder, int writers, int perWriter)
{
    std::atomic<int> failures{0};
    std::vector<std::unique_ptr<QThread>> threads;
    QElapsedTimer clock;
    clock.start();
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back(QThread::create([folder, w, perWriter, &failures] {
            auto db = Database::open(folder + QStringLiteral("/workspace.sqlite"));
            if (!db) {
                ++failures;
                return;
            }
            ScriptStore store(*db.value());
            for (int n = 0; n < perWriter; ++n) {
                if (auto r = store.add(sampleRecord(w, n)); !r) {
                    std::fprintf(stderr, "writer %d: %s\n", w, qPrintable(r.error().toEnglish()));
                    ++failures;
                }
            }
            db.value()->releaseThreadConnection();
        }));
        threads.back()->start();
    }
    for (auto& t : threads)
        t->wait();
    Outcome o;
    o.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    o.kept = scriptCount(folder);
    o.failures = failures;
    return o;
}

Outcome processes(const QString& cli, const QString& folder, const QString& request, int atOnce, int rounds)
{
    Outcome o;
    QElapsedTimer clock;
    clock.start();
    for (int round = 0; round < rounds; ++round) {
        std::vector<std::unique_ptr<QProcess>> running;
        for (int i = 0; i < atOnce; ++i) {
            auto p = std::make_unique<QProcess>();
            p->start(cli, {QStringLiteral("--workspace"), folder, QStringLiteral("generate"), request,
                           QStringLiteral("--provider"), QStringLiteral("offline"), QStringLiteral("--format"),
                           QStringLiteral("json")});
            running.push_back(std::move(p));
        }
        for (auto& p : running) {
            if (!p->waitForFinished(300000) || p->exitCode() != 0) {
                ++o.failures;
                std::fprintf(stderr, "%s\n", p->readAllStandardError().constData());
            }
        }
    }
    o.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    return o;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int writers = args.size() > 1 ? args.at(1).toInt() : 16;
    const int perWriter = args.size() > 2 ? args.at(2).toInt() : 200;
    const int rounds = args.size() > 3 ? args.at(3).toInt() : 3;
    QTemporaryDir dir;

    std::printf("bench_concurrency: %d writers x %d scripts in one process; %d CLI processes x %d rounds\n", writers,
                perWriter, writers, rounds);

    const QString serial = dir.filePath(QStringLiteral("serial"));
    const QString parallel = dir.filePath(QStringLiteral("parallel"));
    for (const QString& f : {serial, parallel}) {
        if (!Workspace::open(f)) {
            std::fprintf(stderr, "cannot create %s\n", qPrintable(f));
            return 1;
        }
    }
    const qint64 start = scriptCount(serial);
    const Outcome one = inProcess(serial, 1, writers * perWriter);
    const Outcome many = inProcess(parallel, writers, perWriter);
    const double oneRate = (one.kept - start) / one.seconds;
    const double manyRate = (many.kept - start) / many.seconds;
    std::printf("in-process, baseline 1 writer : %lld scripts kept of %d, %.2f s, %.0f scripts/s, %d failures\n",
                one.kept - start, writers * perWriter, one.seconds, oneRate, one.failures);
    std::printf("in-process, %2d writers        : %lld scripts kept of %d, %.2f s, %.0f scripts/s, %d failures "
                "(%.2fx the single writer)\n",
                writers, many.kept - start, writers * perWriter, many.seconds, manyRate, many.failures,
                manyRate / oneRate);

    const QString cli = QStringLiteral(REEL_CLI_PATH);
    const QString request = QStringLiteral(REEL_TEST_DATA_DIR) + QStringLiteral("/requests/original.json");
    const QString procSerial = dir.filePath(QStringLiteral("cli-serial"));
    const QString procParallel = dir.filePath(QStringLiteral("cli-parallel"));
    // Each workspace gets its index made once before the clock starts.
    for (const QString& f : {procSerial, procParallel})
        processes(cli, f, request, 1, 1);
    const qint64 procStart = scriptCount(procSerial);
    const Outcome sequential = processes(cli, procSerial, request, 1, writers * rounds);
    const Outcome together = processes(cli, procParallel, request, writers, rounds);
    const qint64 keptSequential = scriptCount(procSerial) - procStart;
    const qint64 keptTogether = scriptCount(procParallel) - procStart;
    std::printf("CLI, baseline one at a time   : %lld scripts kept of %d, %.2f s, %.1f scripts/s, %d failures\n",
                keptSequential, writers * rounds, sequential.seconds, keptSequential / sequential.seconds,
                sequential.failures);
    std::printf("CLI, %2d at once x %d rounds   : %lld scripts kept of %d, %.2f s, %.1f scripts/s, %d failures "
                "(%.2fx one at a time)\n",
                writers, rounds, keptTogether, writers * rounds, together.seconds, keptTogether / together.seconds,
                together.failures, (keptTogether / together.seconds) / (keptSequential / sequential.seconds));
    const bool allKept = one.kept - start == writers * perWriter && many.kept - start == writers * perWriter
                         && keptSequential == writers * rounds && keptTogether == writers * rounds;
    std::printf("%s\n", allKept ? "every script kept" : "SCRIPTS LOST");
    return allKept ? 0 : 1;
}
