#include "text/Sentiment.h"

#include "text/Language.h"
#include "text/Unicode.h"
#include "text/VaderRules.h"

#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <vector>

namespace reel::text {

using namespace detail;
using namespace detail::vader;

namespace {

Q_LOGGING_CATEGORY(lcSentiment, "reelstudio.text.sentiment")

QByteArray readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSentiment) << "missing resource" << path << "- sentiment scores will be neutral";
        return {};
    }
    return file.readAll();
}

// "word<TAB>value<TAB>…" lines; only the first two fields matter.
template <typename Value, typename Convert>
QHash<QString, Value> readTable(const QString& path, Convert convert)
{
    QHash<QString, Value> table;
    const QString all = QString::fromUtf8(readResource(path));
    for (QStringView line : QStringView(all).split(u'\n', Qt::SkipEmptyParts)) {
        line = line.trimmed();
        const qsizetype tab = line.indexOf(u'\t');
        if (tab <= 0)
            continue;
        QStringView value = line.sliced(tab + 1);
        value = value.left(value.indexOf(u'\t')); // whole rest when there is no second tab
        table.insert(line.left(tab).toString(), convert(value));
    }
    return table;
}

// Python's str.isupper(): at least one cased character and no lower- or title-case one.
bool isAllCaps(QStringView token)
{
    bool cased = false;
    for (qsizetype i = 0; i < token.size();) {
        const CodePoint cp = codePointAt(token, i);
        i += cp.size;
        if (QChar::isLower(cp.value) || QChar::isTitleCase(cp.value))
            return false;
        cased = cased || QChar::isUpper(cp.value);
    }
    return cased;
}

bool isAsciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x21 && u <= 0x2F) || (u >= 0x3A && u <= 0x40) || (u >= 0x5B && u <= 0x60) || (u >= 0x7B && u <= 0x7E);
}

qsizetype codePointCount(QStringView s)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); i += codePointAt(s, i).size)
        ++n;
    return n;
}

// VADER strips leading and trailing ASCII punctuation from a token unless two characters or fewer
// would remain, which keeps emoticons such as ":)" and ":D" intact.
QString stripPunctuationIfWord(QStringView token)
{
    QStringView stripped = token;
    while (!stripped.isEmpty() && isAsciiPunctuation(stripped.front()))
        stripped = stripped.sliced(1);
    while (!stripped.isEmpty() && isAsciiPunctuation(stripped.back()))
        stripped.chop(1);
    return (codePointCount(stripped) <= 2 ? token : stripped).toString();
}

struct Token
{
    QString text;
    QString lower;
    bool allCaps = false;
    bool inLexicon = false;
};

double normalize(double score)
{
    const double norm = score / std::sqrt(score * score + kNormalizationAlpha);
    return std::clamp(norm, -1.0, 1.0);
}

class Scorer
{
public:
    Scorer(const QHash<QString, double>& lexicon, const QString& text)
        : m_lexicon(lexicon)
    {
        // Python's str.split(): runs of anything but white space.
        qsizetype start = -1;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            const bool space = i == text.size() || text[i].isSpace();
            if (!space && start < 0)
                start = i;
            if (space && start >= 0) {
                addToken(QStringView(text).sliced(start, i - start));
                start = -1;
            }
        }
        qsizetype caps = 0;
        for (const Token& t : m_tokens)
            caps += t.allCaps ? 1 : 0;
        const qsizetype differential = m_tokens.size() - caps;
        m_capsDifferential = differential > 0 && differential < static_cast<qsizetype>(m_tokens.size());
    }

    std::vector<double> sentiments() const
    {
        std::vector<double> result;
        result.reserve(m_tokens.size());
        const qsizetype n = size();
        for (qsizetype i = 0; i < n; ++i) {
            if (booster(lower(i)) || (i < n - 1 && lower(i) == u"kind" && lower(i + 1) == u"of")) {
                result.push_back(0); // modifiers carry no valence of their own
                continue;
            }
            result.push_back(valence(i));
        }
        butCheck(result);
        return result;
    }

private:
    void addToken(QStringView raw)
    {
        Token t;
        t.text = stripPunctuationIfWord(raw);
        t.lower = t.text.toLower();
        t.allCaps = isAllCaps(t.text);
        t.inLexicon = m_lexicon.contains(t.lower);
        m_tokens.push_back(std::move(t));
    }

    qsizetype size() const { return static_cast<qsizetype>(m_tokens.size()); }
    const QString& lower(qsizetype i) const { return m_tokens[static_cast<size_t>(i)].lower; }
    const Token& token(qsizetype i) const { return m_tokens[static_cast<size_t>(i)]; }

    double valence(qsizetype i) const
    {
        const Token& item = token(i);
        if (!item.inLexicon)
            return 0;
        const qsizetype n = size();
        const double lexical = m_lexicon.value(item.lower);
        double v = lexical;
        // "no" before another lexicon word negates that word instead of counting itself.
        if (item.lower == u"no" && i != n - 1 && token(i + 1).inLexicon)
            v = 0;
        if ((i > 0 && lower(i - 1) == u"no") || (i > 1 && lower(i - 2) == u"no")
            || (i > 2 && lower(i - 3) == u"no" && (lower(i - 1) == u"or" || lower(i - 1) == u"nor")))
            v = lexical * kNegationScalar;
        if (item.allCaps && m_capsDifferential)
            v += v > 0 ? kCapsIncrement : -kCapsIncrement;

        for (qsizetype back = 0; back < 3; ++back) {
            // Modifiers up to three words back, damped with distance; lexicon words are not modifiers.
            if (i <= back || token(i - back - 1).inLexicon)
                continue;
            double s = scalarIncDec(token(i - back - 1), v);
            if (back == 1)
                s *= 0.95;
            else if (back == 2)
                s *= 0.9;
            v += s;
            v = negationCheck(v, back, i);
            if (back == 2)
                v = specialIdiomsCheck(v, i);
        }
        return leastCheck(v, i);
    }

    double scalarIncDec(const Token& word, double v) const
    {
        const std::optional<double> b = booster(word.lower);
        if (!b)
            return 0;
        double scalar = v < 0 ? -*b : *b;
        if (word.allCaps && m_capsDifferential)
            scalar += v > 0 ? kCapsIncrement : -kCapsIncrement;
        return scalar;
    }

    double negationCheck(double v, qsizetype back, qsizetype i) const
    {
        const auto is = [&](qsizetype k, std::u16string_view w) { return QStringView(lower(k)) == QStringView(w); };
        switch (back) {
        case 0:
            return isNegated(lower(i - 1)) ? v * kNegationScalar : v;
        case 1:
            if (is(i - 2, u"never") && (is(i - 1, u"so") || is(i - 1, u"this")))
                return v * 1.25; // "never so good": emphasis, not negation
            if (is(i - 2, u"without") && is(i - 1, u"doubt"))
                return v;
            return isNegated(lower(i - 2)) ? v * kNegationScalar : v;
        default:
            // VADER's precedence: (never and (so|this) two back) or (so|this) one back.
            if ((is(i - 3, u"never") && (is(i - 2, u"so") || is(i - 2, u"this")))
                || (is(i - 1, u"so") || is(i - 1, u"this")))
                return v * 1.25;
            if (is(i - 3, u"without") && (is(i - 2, u"doubt") || is(i - 1, u"doubt")))
                return v;
            return isNegated(lower(i - 3)) ? v * kNegationScalar : v;
        }
    }

    double specialIdiomsCheck(double v, qsizetype i) const
    {
        const QString& w0 = lower(i);
        const QString& w1 = lower(i - 1);
        const QString& w2 = lower(i - 2);
        const QString& w3 = lower(i - 3);
        const QString space = QStringLiteral(" ");
        const QString oneZero = w1 + space + w0;
        const QString twoOneZero = w2 + space + w1 + space + w0;
        const QString twoOne = w2 + space + w1;
        const QString threeTwoOne = w3 + space + w2 + space + w1;
        const QString threeTwo = w3 + space + w2;
        for (const QString* seq : {&oneZero, &twoOneZero, &twoOne, &threeTwoOne, &threeTwo}) {
            if (const std::optional<double> special = specialCase(*seq)) {
                v = *special;
                break;
            }
        }
        const qsizetype n = size();
        if (n - 1 > i) {
            if (const std::optional<double> special = specialCase(QString(w0 + space + lower(i + 1))))
                v = *special;
        }
        if (n - 1 > i + 1) {
            if (const std::optional<double> special = specialCase(
                        QString(w0 + space + lower(i + 1) + space + lower(i + 2))))
                v = *special;
        }
        for (const QString* gram : {&threeTwoOne, &threeTwo, &twoOne}) {
            if (const std::optional<double> b = booster(*gram))
                v += *b;
        }
        return v;
    }

    double leastCheck(double v, qsizetype i) const
    {
        if (i > 1 && !token(i - 1).inLexicon && lower(i - 1) == u"least") {
            if (lower(i - 2) != u"at" && lower(i - 2) != u"very")
                v *= kNegationScalar;
        } else if (i > 0 && !token(i - 1).inLexicon && lower(i - 1) == u"least") {
            v *= kNegationScalar;
        }
        return v;
    }

    // "but": what precedes it counts half, what follows one and a half times.
    void butCheck(std::vector<double>& s) const
    {
        qsizetype but = -1;
        for (qsizetype i = 0; i < size() && but < 0; ++i) {
            if (lower(i) == u"but")
                but = i;
        }
        if (but < 0)
            return;
        for (qsizetype i = 0; i < static_cast<qsizetype>(s.size()); ++i) {
            if (i < but)
                s[static_cast<size_t>(i)] *= 0.5;
            else if (i > but)
                s[static_cast<size_t>(i)] *= 1.5;
        }
    }

    const QHash<QString, double>& m_lexicon;
    std::vector<Token> m_tokens;
    bool m_capsDifferential = false;
};

double punctuationEmphasis(QStringView text)
{
    const qsizetype exclamations = std::min<qsizetype>(text.count(u'!'), kMaxExclamations);
    const qsizetype questions = text.count(u'?');
    double amplifier = static_cast<double>(exclamations) * kExclamationIncrement;
    if (questions > 1)
        amplifier += questions <= 3 ? static_cast<double>(questions) * kQuestionIncrement : kMaxQuestionAmplifier;
    return amplifier;
}

SentimentScore scoreValence(const std::vector<double>& sentiments, QStringView text)
{
    SentimentScore score;
    if (sentiments.empty())
        return score;
    double sum = 0;
    for (double s : sentiments)
        sum += s;
    const double punctuation = punctuationEmphasis(text);
    if (sum > 0)
        sum += punctuation;
    else if (sum < 0)
        sum -= punctuation;
    score.compound = normalize(sum);

    double positive = 0;
    double negative = 0;
    int neutral = 0;
    for (double s : sentiments) {
        if (s > 0)
            positive += s + 1; // + 1 balances the neutral words, which count 1 each
        else if (s < 0)
            negative += s - 1;
        else
            ++neutral;
    }
    if (positive > std::fabs(negative))
        positive += punctuation;
    else if (positive < std::fabs(negative))
        negative -= punctuation;
    const double total = positive + std::fabs(negative) + neutral;
    score.positive = std::fabs(positive / total);
    score.negative = std::fabs(negative / total);
    score.neutral = std::fabs(neutral / total);
    return score;
}

} // namespace

const Sentiment& Sentiment::builtIn()
{
    static const Sentiment sentiment = [] {
        Sentiment s;
        s.m_lexicon = readTable<double>(QStringLiteral(":/reelstudio/vader/vader_lexicon.txt"),
                                        [](QStringView v) { return v.toDouble(); });
        s.m_emoji = readTable<QString>(QStringLiteral(":/reelstudio/vader/emoji_utf8_lexicon.txt"),
                                       [](QStringView v) { return v.toString(); });
        return s;
    }();
    return sentiment;
}

std::optional<SentimentScore> Sentiment::score(const QString& text, const LanguageCode& language) const
{
    if (langOf(language) != Lang::En)
        return std::nullopt;

    // Typographic apostrophes and quotes as ASCII, so that "isn’t" negates like "isn't" does.
    QString prepared = text;
    prepared.replace(QChar(0x2019), u'\'').replace(QChar(0x2018), u'\'');
    prepared.replace(QChar(0x201C), u'"').replace(QChar(0x201D), u'"');

    // Emoji become their description, as VADER does ("💘" → "heart with arrow"). VADER looks up
    // single code points; a whole sequence (skin tone, ZWJ family, flag) is tried first here, and
    // the selectors and joiners VADER would leave glued to the words are dropped.
    QString replaced;
    replaced.reserve(prepared.size());
    bool previousSpace = true;
    const auto appendDescription = [&](const QString& description) {
        if (!previousSpace)
            replaced += u' ';
        replaced += description;
        previousSpace = false;
    };
    for (const Span& cluster : graphemeClusters(prepared)) {
        const QStringView g = QStringView(prepared).sliced(cluster.start, cluster.length);
        const char32_t first = codePointAt(g, 0).value;
        const bool emoji = isExtendedPictographic(first) || isRegionalIndicator(first) || g.contains(QChar(0x20E3));
        if (!emoji) {
            replaced += g;
            previousSpace = g.back() == u' ';
            continue;
        }
        const auto whole = m_emoji.constFind(g.toString());
        if (whole != m_emoji.constEnd()) {
            appendDescription(whole.value());
            continue;
        }
        for (qsizetype i = 0; i < g.size();) {
            const CodePoint cp = codePointAt(g, i);
            const QStringView one = g.sliced(i, cp.size);
            i += cp.size;
            const auto it = m_emoji.constFind(one.toString());
            if (it != m_emoji.constEnd()) {
                appendDescription(it.value());
            } else if (cp.value != 0xFE0F && cp.value != 0xFE0E && cp.value != 0x200D) {
                replaced += one;
                previousSpace = false;
            }
        }
    }
    replaced = replaced.trimmed();

    const Scorer scorer(m_lexicon, replaced);
    return scoreValence(scorer.sentiments(), replaced);
}

} // namespace reel::text
