#include "text/VaderRules.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace reel::text::detail::vader {

namespace {

QSet<QString> makeNegations()
{
    // Negating words, with and without the apostrophe that social text often drops.
    const char* const words[] = {
            "not",     "never",    "none",    "nope",    "nor",      "nothing",   "nowhere", "neither", "without",
            "rarely",  "seldom",   "despite", "cannot",  "uhuh",     "uh-uh",     "aint",    "ain't",   "arent",
            "aren't",  "cant",     "can't",   "couldnt", "couldn't", "darent",    "daren't", "didnt",   "didn't",
            "doesnt",  "doesn't",  "dont",    "don't",   "hadnt",    "hadn't",    "hasnt",   "hasn't",  "havent",
            "haven't", "isnt",     "isn't",   "mightnt", "mightn't", "mustnt",    "mustn't", "neednt",  "needn't",
            "oughtnt", "oughtn't", "shant",   "shan't",  "shouldnt", "shouldn't", "wasnt",   "wasn't",  "werent",
            "weren't", "wont",     "won't",   "wouldnt", "wouldn't",
    };
    QSet<QString> set;
    for (const char* w : words)
        set.insert(QString::fromLatin1(w));
    return set;
}

QHash<QString, double> makeBoosters()
{
    QHash<QString, double> map;
    const char* const up[] = {
            "absolutely",    "amazingly",  "awfully",   "completely", "considerable", "considerably", "decidedly",
            "deeply",        "effing",     "enormous",  "enormously", "entirely",     "especially",   "exceptional",
            "exceptionally", "extreme",    "extremely", "fabulously", "flipping",     "flippin",      "frackin",
            "fracking",      "fricking",   "frickin",   "frigging",   "friggin",      "fully",        "fuckin",
            "fucking",       "fuggin",     "fugging",   "greatly",    "hella",        "highly",       "hugely",
            "incredible",    "incredibly", "intensely", "major",      "majorly",      "more",         "most",
            "particularly",  "purely",     "quite",     "really",     "remarkably",   "so",           "substantially",
            "thoroughly",    "total",      "totally",   "tremendous", "tremendously", "uber",         "unbelievably",
            "unusually",     "utter",      "utterly",   "very",
    };
    const char* const down[] = {
            "almost",   "barely", "hardly",   "just enough", "kind of",    "kinda",        "kindof", "kind-of",
            "less",     "little", "marginal", "marginally",  "occasional", "occasionally", "partly", "scarce",
            "scarcely", "slight", "slightly", "somewhat",    "sort of",    "sorta",        "sortof", "sort-of",
    };
    for (const char* w : up)
        map.insert(QString::fromLatin1(w), kBoosterIncrement);
    for (const char* w : down)
        map.insert(QString::fromLatin1(w), kBoosterDecrement);
    return map;
}

QHash<QString, double> makeSpecialCases()
{
    return {
            {QStringLiteral("the shit"), 3.0},       {QStringLiteral("the bomb"), 3.0},
            {QStringLiteral("bad ass"), 1.5},        {QStringLiteral("badass"), 1.5},
            {QStringLiteral("bus stop"), 0.0},       {QStringLiteral("yeah right"), -2.0},
            {QStringLiteral("kiss of death"), -1.5}, {QStringLiteral("to die for"), 3.0},
            {QStringLiteral("beating heart"), 3.1},  {QStringLiteral("broken heart"), -2.9},
    };
}

const QSet<QString>& negations()
{
    static const QSet<QString> set = makeNegations();
    return set;
}

const QHash<QString, double>& boosters()
{
    static const QHash<QString, double> map = makeBoosters();
    return map;
}

const QHash<QString, double>& specialCases()
{
    static const QHash<QString, double> map = makeSpecialCases();
    return map;
}

} // namespace

bool isNegated(QStringView lowerWord)
{
    return negations().contains(lowerWord.toString()) || lowerWord.contains(u"n't");
}

std::optional<double> booster(QStringView lowerWordOrBigram)
{
    const auto it = boosters().constFind(lowerWordOrBigram.toString());
    if (it == boosters().constEnd())
        return std::nullopt;
    return it.value();
}

std::optional<double> specialCase(QStringView lowerPhrase)
{
    const auto it = specialCases().constFind(lowerPhrase.toString());
    if (it == specialCases().constEnd())
        return std::nullopt;
    return it.value();
}

} // namespace reel::text::detail::vader
