// Full validation of a typical 30-second script (≈ 90 spoken words, a caption, 5 hashtags):
// median and p99 over many runs (goal: median ≤ 1 ms), plus one field of a 5,000-word body.
// Run: build/<preset>/tests/bench/bench_validate [runs]

#include "validate/Validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace reel;

namespace {

struct Stats
{
    double median;
    double p99;
};

template <typename Fn>
Stats measure(int runs, Fn&& fn)
{
    std::vector<double> us;
    us.reserve(static_cast<size_t>(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        us.push_back(static_cast<double>(t.nsecsElapsed()) / 1000.0);
    }
    std::sort(us.begin(), us.end());
    return {us[us.size() / 2], us[std::min(us.size() - 1, us.size() * 99 / 100)]};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 500;

    ValidationContext c;
    c.profile.brandName = QStringLiteral("FitLife Studio");
    c.profile.sector = QStringLiteral("fitness");
    c.profile.brandVoice = {QStringLiteral("energetic"), QStringLiteral("motivational")};
    c.profile.doNotUse = {QStringLiteral("fat"), QStringLiteral("lazy"), QStringLiteral("skinny")};
    c.profile.competitors = {QStringLiteral("GymCo")};
    c.profile.requiredHashtags = {QStringLiteral("#FitLife")};
    c.request = {QStringLiteral("conversion"),
                 QStringLiteral("question"),
                 QStringLiteral("excitement"),
                 30,
                 QStringLiteral("english"),
                 {},
                 {},
                 {}};
    QElapsedTimer setup;
    setup.start();
    const Validator v(c);
    const double setupMs = static_cast<double>(setup.nsecsElapsed()) / 1e6;

    ReelScript s;
    s.hook = QStringLiteral("Still skipping workouts because the gym feels like a second job?");
    s.body = QStringLiteral(
            "Here is the truth nobody tells you. You do not need an hour, a coach or a membership to get stronger. "
            "Our fifteen minute home routines fit between meetings and school runs. Roll out a mat, press play and "
            "follow along. Each session mixes strength, mobility and a short burst of cardio, so you finish energised "
            "instead of wrecked. Thousands of busy parents already train this way every morning, and they feel the "
            "difference within a week.");
    s.cta = QStringLiteral("Start your free seven day trial today");
    s.caption = QStringLiteral("No gym. No commute. No excuses. 💪 Fifteen minutes in your living room is all it "
                               "takes to feel stronger this month. Tap the link in bio and start today.");
    s.hashtags = {QStringLiteral("#FitLife"), QStringLiteral("#HomeWorkout"), QStringLiteral("#BusyParents"),
                  QStringLiteral("#15MinuteWorkout"), QStringLiteral("#StrongerEveryDay")};

    int findings = 0;
    const Stats full = measure(runs, [&] { findings = static_cast<int>(v.validate(s).findings.size()); });
    std::printf("validator set-up (stemmer, patterns, dictionary, lexicons): %.1f ms once per thread\n", setupMs);
    std::printf(
            "full validation, 30 s script (%lld spoken words, %d findings): median %.0f us, p99 %.0f us over %d runs\n",
            static_cast<long long>(s.hook.split(u' ').size() + s.body.split(u' ').size() + s.cta.split(u' ').size()),
            findings, full.median, full.p99, runs);

    QString big;
    while (big.split(u' ', Qt::SkipEmptyParts).size() < 5000)
        big += s.body + u' ';
    const Stats body = measure(std::max(10, runs / 25), [&] { v.validateField(ScriptField::Body, big); });
    std::printf("one field, 5,000-word body: median %.1f ms, p99 %.1f ms\n", body.median / 1000.0, body.p99 / 1000.0);
    return 0;
}
