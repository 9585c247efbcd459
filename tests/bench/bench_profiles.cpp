// Figures for the Profiles page and the CLI: how fast profile documents decode and encode,
// and how long creating and listing N profiles takes in a workspace (the Profiles page lists
// them all when it opens). Run: build/<preset>/tests/bench/bench_profiles [N]

#include "model/JsonCodec.h"
#include "store/ProfileStore.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace reel;

namespace {

BrandProfile sample(int i)
{
    BrandProfile p;
    p.brandName = QStringLiteral("Brand %1").arg(i);
    p.sector = QStringLiteral("fitness");
    p.targetAudience = {QStringLiteral("25-40"),
                        QStringLiteral("all"),
                        QStringLiteral("Berlin"),
                        {QStringLiteral("no time to train"), QStringLiteral("gyms feel crowded"),
                         QStringLiteral("plans never stick")},
                        {}};
    p.brandVoice = {QStringLiteral("energetic"), QStringLiteral("motivational")};
    p.offer = QStringLiteral("Seven days of fifteen-minute home workouts, free, no card needed.");
    p.doNotUse = {QStringLiteral("fat"), QStringLiteral("lazy"), QStringLiteral("guaranteed")};
    p.competitors = {QStringLiteral("GymCo")};
    p.requiredHashtags = {QStringLiteral("#Brand%1").arg(i)};
    return p;
}

double ms(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int n = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 10000;

    // Codec throughput.
    const QByteArray doc = codec::encodeProfile(sample(1), codec::Layout::Compact);
    constexpr int rounds = 20000;
    QElapsedTimer t;
    t.start();
    int ok = 0;
    for (int i = 0; i < rounds; ++i)
        ok += codec::decodeProfile(doc).ok() ? 1 : 0;
    const double decodeMs = ms(t);
    t.restart();
    qsizetype bytes = 0;
    const BrandProfile p = sample(1);
    for (int i = 0; i < rounds; ++i)
        bytes += codec::encodeProfile(p, codec::Layout::Compact).size();
    const double encodeMs = ms(t);
    std::printf("codec: decode %.1f us/profile, encode %.1f us/profile (%d rounds, %lld bytes each, %d ok)\n",
                decodeMs * 1000 / rounds, encodeMs * 1000 / rounds, rounds, static_cast<long long>(doc.size()), ok);

    // Store: create N, then list all (what the Profiles page does on open).
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.path());
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().toEnglish()));
        return 1;
    }
    ProfileStore& store = ws.value()->profiles();
    t.restart();
    for (int i = 0; i < n; ++i) {
        if (!store.create(sample(i))) {
            std::fprintf(stderr, "create failed at %d\n", i);
            return 1;
        }
    }
    const double createMs = ms(t);
    t.restart();
    const auto all = store.list();
    const double listMs = ms(t);
    t.restart();
    const auto one = store.findByName(QStringLiteral("Brand %1").arg(n / 2));
    const double findMs = ms(t);
    std::printf("store: create %d profiles %.0f ms (%.0f us each, one transaction per profile)\n", n, createMs,
                createMs * 1000 / n);
    std::printf("store: list %lld profiles %.1f ms; find by name %.3f ms (%s)\n",
                static_cast<long long>(all ? all->size() : 0), listMs, findMs, one ? "found" : "missing");
    std::printf("store: database %.1f MiB for %d profiles\n",
                static_cast<double>(QFileInfo(ws.value()->databasePath()).size()) / (1024.0 * 1024.0), n);
    return 0;
}
