// Figures for the editor's live checks: how long word and sentence segmentation, syllable
// counting, stemming, spelling and VADER take on a typical 90-word Reel script and on a
// 5,000-word body, and what loading each dictionary costs once.
// Run: build/<preset>/tests/bench/bench_text [rounds]

#include "text/Readability.h"
#include "text/Segmenter.h"
#include "text/Sentiment.h"
#include "text/SpellChecker.h"
#include "text/Stemmer.h"
#include "text/Syllables.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace reel::text;
using namespace Qt::StringLiterals;

namespace {

const QString kScript =
        u"Stop scrolling! Tired of workouts that never stick? 💪 Here's the truth: you don't need an hour. "
        "Fifteen minutes a day, three days a week, is enough to feel stronger in a month. Start with ten "
        "squats, ten push-ups and a one-minute plank. Rest, breathe, repeat twice. Track every session in "
        "the app and watch your streak grow. No gym, no fancy gear, no excuses. Your well-being deserves "
        "better than someday. Tap the link, grab the free seven-day plan, and start tonight! #FitLife "
        "#HomeWorkout"_s;

QString body(int words)
{
    const QStringList pool = kScript.split(u' ', Qt::SkipEmptyParts);
    QStringList out;
    out.reserve(words);
    for (int i = 0; i < words; ++i)
        out << pool[(i * 7) % pool.size()];
    return out.join(u' ');
}

struct Figures
{
    double median = 0;
    double p99 = 0;
};

Figures measure(int rounds, const std::function<void()>& work)
{
    std::vector<double> us;
    us.reserve(static_cast<size_t>(rounds));
    work(); // warm-up: caches, first allocations
    QElapsedTimer t;
    for (int i = 0; i < rounds; ++i) {
        t.start();
        work();
        us.push_back(static_cast<double>(t.nsecsElapsed()) / 1000.0);
    }
    std::sort(us.begin(), us.end());
    const auto at = [&](double q) {
        return us[std::min(us.size() - 1, static_cast<size_t>(q * static_cast<double>(us.size())))];
    };
    return {at(0.5), at(0.99)};
}

void report(const char* what, const char* text, const Figures& f, qsizetype words)
{
    std::printf("%-22s %-10s median %10.1f us   p99 %10.1f us   (%.3f us/word)\n", what, text, f.median, f.p99,
                f.median / static_cast<double>(std::max<qsizetype>(words, 1)));
}

double onceMs(const std::function<void()>& work)
{
    QElapsedTimer t;
    t.start();
    work();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 200;

    std::printf("one-time loads (first use in the process):\n");
    std::printf("  VADER lexicons         %8.1f ms\n", onceMs([] { Sentiment::builtIn(); }));
    for (const QString& language : {u"en"_s, u"es"_s, u"fr"_s, u"de"_s, u"hi"_s}) {
        std::printf("  hyphenation %-10s %8.1f ms   ", qPrintable(language), onceMs([&] { Syllables s(language); }));
        std::printf("hunspell %-4s %8.1f ms\n", qPrintable(language), onceMs([&] { SpellChecker c(language); }));
    }

    const Syllables syllables(u"en"_s);
    const Stemmer stemmer(u"en"_s);
    const SpellChecker spelling(u"en"_s);
    const Sentiment& vader = Sentiment::builtIn();

    struct Case
    {
        const char* name;
        QString text;
        int rounds;
    };
    const std::vector<Case> cases{{"90-word", kScript, rounds}, {"5000-word", body(5000), std::max(10, rounds / 10)}};
    std::printf("\n%d rounds (script), %d rounds (body); en; times per call over the whole text\n", cases[0].rounds,
                cases[1].rounds);
    for (const Case& c : cases) {
        const QList<Word> words = Segmenter::words(c.text, u"en"_s);
        const qsizetype n = words.size();
        volatile qsizetype sink = 0;
        report("words()", c.name, measure(c.rounds, [&] { sink = sink + Segmenter::words(c.text, u"en"_s).size(); }),
               n);
        report("sentences()", c.name,
               measure(c.rounds, [&] { sink = sink + Segmenter::sentences(c.text, u"en"_s).size(); }), n);
        report("graphemeCount()", c.name, measure(c.rounds, [&] { sink = sink + Segmenter::graphemeCount(c.text); }),
               n);
        report("syllables (all words)", c.name,
               measure(c.rounds,
                       [&] {
                           for (const Word& w : words)
                               sink = sink + syllables.count(w.text);
                       }),
               n);
        report("stem (all words)", c.name,
               measure(c.rounds,
                       [&] {
                           for (const Word& w : words)
                               sink = sink + stemmer.stem(w.text).size();
                       }),
               n);
        report("spell (all words)", c.name,
               measure(c.rounds,
                       [&] {
                           for (const Word& w : words)
                               sink = sink + (spelling.isCorrect(w.text) ? 1 : 0);
                       }),
               n);
        report("misspelled(text)", c.name, measure(c.rounds, [&] { sink = sink + spelling.misspelled(c.text).size(); }),
               n);
        report("flesch(text)", c.name,
               measure(c.rounds, [&] { sink = sink + Readability::flesch(c.text, u"en"_s, syllables)->words; }), n);
        report("VADER score(text)", c.name,
               measure(c.rounds,
                       [&] { sink = sink + static_cast<qsizetype>(vader.score(c.text, u"en"_s)->compound * 100); }),
               n);
        std::printf("\n");
    }
    const Figures suggest = measure(20, [&] { spelling.suggestions(u"recieve"_s); });
    std::printf("%-22s %-10s median %10.1f us   p99 %10.1f us\n", "suggestions()", "1 word", suggest.median,
                suggest.p99);
    return 0;
}
