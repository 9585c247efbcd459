#include "text/SyllableHeuristics.h"

#include <QChar>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

namespace reel::text::detail {

namespace {

// A Latin letter reduced to its base and the accents that matter for syllables.
struct LatinLetter
{
    char16_t base = 0;
    bool accented = false;  ///< any diacritic (é, è, ê, à, ï…)
    bool acute = false;     ///< é, í, ú… (Spanish stress, French hiatus after é)
    bool diaeresis = false; ///< ä, ï, ü…: a vowel of its own in French
};

const std::array<LatinLetter, 0x180>& latinTable()
{
    static const std::array<LatinLetter, 0x180> table = [] {
        std::array<LatinLetter, 0x180> t{};
        for (char16_t c = 0; c < 0x180; ++c) {
            LatinLetter& l = t[c];
            l.base = c;
            if (c < 0xC0)
                continue;
            const QString d = QChar(c).decomposition();
            if (d.size() >= 2 && d[1].isMark()) {
                l.base = d[0].toLower().unicode();
                l.accented = true;
                l.acute = d[1].unicode() == 0x0301;
                l.diaeresis = d[1].unicode() == 0x0308;
            }
        }
        t[0xE6] = {u'a', true, false, false};   // æ
        t[0xF8] = {u'o', true, false, false};   // ø
        t[0x153] = {u'o', true, false, false};  // œ
        t[0x131] = {u'i', false, false, false}; // dotless i
        return t;
    }();
    return table;
}

LatinLetter latinLetter(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x180 ? latinTable()[u] : LatinLetter{0, false, false, false};
}

bool isVowelBase(char16_t b)
{
    return b == u'a' || b == u'e' || b == u'i' || b == u'o' || b == u'u' || b == u'y';
}

bool oneOf(char16_t c, std::u16string_view set)
{
    return set.find(c) != std::u16string_view::npos;
}

class LatinWord
{
public:
    LatinWord(QStringView run, Lang lang)
        : m_lang(lang)
    {
        const qsizetype n = run.size();
        m_letters.resize(n);
        m_vowel.resize(n);
        for (qsizetype i = 0; i < n; ++i) {
            m_letters[i] = latinLetter(run[i]);
            m_vowel[i] = isVowelBase(m_letters[i].base);
        }
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t b = base(i);
            // "qu", "gue", "gui": the u is silent (que, guerre, guide, Quelle).
            if (b == u'u' && !m_letters[i].diaeresis && i > 0
                && (base(i - 1) == u'q' || (base(i - 1) == u'g' && (base(i + 1) == u'e' || base(i + 1) == u'i'))))
                m_vowel[i] = false;
            // y: a consonant before a vowel at the start, and between vowels (yes, player, mayo).
            if (b == u'y' && i + 1 < n && isVowelBase(base(i + 1))) {
                if (i == 0 || m_vowel[i - 1] || lang == Lang::Es)
                    m_vowel[i] = false;
            }
        }
    }

    int count(bool atWordEnd) const
    {
        int nuclei = 0;
        for (qsizetype i = 0; i < size(); ++i) {
            if (!m_vowel[i])
                continue;
            if (i > 0 && m_vowel[i - 1] && joins(i - 1, i, atWordEnd))
                continue;
            ++nuclei;
        }
        if (atWordEnd && nuclei > 1 && silentEnding())
            --nuclei;
        return nuclei;
    }

private:
    qsizetype size() const { return m_letters.size(); }
    char16_t base(qsizetype i) const { return i >= 0 && i < size() ? m_letters[i].base : char16_t(0); }
    bool vowel(qsizetype i) const { return i >= 0 && i < size() && m_vowel[i]; }

    // Whether vowel i continues the nucleus of vowel p = i − 1 (a diphthong or digraph) or starts a
    // new syllable (hiatus).
    bool joins(qsizetype p, qsizetype i, bool atWordEnd) const
    {
        const LatinLetter& a = m_letters[p];
        const LatinLetter& b = m_letters[i];
        switch (m_lang) {
        case Lang::Es: {
            // Two strong vowels (a, e, o, or a stressed í/ú) never share a syllable.
            const auto strong = [](const LatinLetter& l) {
                return oneOf(l.base, u"aeo") || (oneOf(l.base, u"iu") && l.accented);
            };
            return !(strong(a) && strong(b));
        }
        case Lang::Fr: {
            // A final unaccented -e(s) after a vowel is mute (idée, journée, vie).
            const bool finalMuteE = atWordEnd && b.base == u'e' && !b.accented
                                    && (i == size() - 1 || (i == size() - 2 && base(i + 1) == u's'));
            if (finalMuteE)
                return true;
            return !b.diaeresis && !(a.base == u'e' && a.acute); // naïf, réalité
        }
        case Lang::De: {
            if (a.base == u'a' && a.diaeresis)
                return b.base == u'u'; // äu
            static constexpr std::array<std::u16string_view, 11> kJoined{u"ai", u"au", u"ei", u"eu", u"ie", u"aa",
                                                                         u"ee", u"oo", u"ay", u"ey", u"ou"};
            const char16_t pair[2] = {a.base, b.base};
            const std::u16string_view s(pair, 2);
            for (std::u16string_view j : kJoined) {
                if (j == s)
                    return !b.diaeresis;
            }
            return false; // Theater, Motivation, neue
        }
        case Lang::En:
        case Lang::Hi:
        case Lang::Ja:
            break;
        }
        // English: a few vowel pairs are usually two syllables.
        const char16_t before = base(p - 1);
        if (b.base == u'i' && base(i + 1) == u'n' && base(i + 2) == u'g')
            return false; // being, going, doing
        if (a.base == u'i' && b.base == u'a')
            return oneOf(before, u"ctsxg"); // media / special
        if (a.base == u'i' && b.base == u'o')
            return base(i + 1) == u'n' || oneOf(before, u"ctsxg"); // radio, period / nation, million
        if (a.base == u'i' && b.base == u'u')
            return false; // stadium, premium
        if (a.base == u'u' && b.base == u'a')
            return before == u'g'; // usual, actual / language
        return true;
    }

    bool silentEnding() const
    {
        const qsizetype n = size();
        const qsizetype last = n - 1;
        if (m_lang == Lang::Fr) {
            // Final unaccented -e and -es are mute in French (petite, être, magnifique).
            if (base(last) == u'e' && !m_letters[last].accented && !vowel(last - 1))
                return true;
            return n >= 3 && base(last) == u's' && base(last - 1) == u'e' && !m_letters[last - 1].accented
                   && !vowel(last - 2);
        }
        if (m_lang != Lang::En)
            return false;
        if (base(last) == u'e' && !m_letters[last].accented && !vowel(last - 1)) {
            // "-le" after a consonant is a syllable (table, little); other final e are silent.
            return !(base(last - 1) == u'l' && n >= 3 && !vowel(last - 2));
        }
        if (n >= 4 && base(last) == u's' && base(last - 1) == u'e' && !vowel(last - 2)) {
            const char16_t x = base(last - 2);
            if (oneOf(x, u"sxzcg"))
                return false; // boxes, places, changes
            if (x == u'h' && oneOf(base(last - 3), u"cs"))
                return false; // watches, wishes
            if (x == u'l' && !vowel(last - 3))
                return false; // tables
            return true;      // makes, times
        }
        if (n >= 4 && base(last) == u'd' && base(last - 1) == u'e' && !vowel(last - 2))
            return !oneOf(base(last - 2), u"td"); // jumped, loved / started, needed
        return false;
    }

    Lang m_lang;
    QVarLengthArray<LatinLetter, 32> m_letters;
    QVarLengthArray<bool, 32> m_vowel;
};

bool isDevanagariConsonant(char32_t c)
{
    return (c >= 0x0915 && c <= 0x0939) || (c >= 0x0958 && c <= 0x095F) || (c >= 0x0978 && c <= 0x097F);
}

bool isDevanagariIndependentVowel(char32_t c)
{
    return (c >= 0x0904 && c <= 0x0914) || c == 0x0960 || c == 0x0961 || (c >= 0x0972 && c <= 0x0977);
}

bool isDevanagariVowelSign(char32_t c)
{
    return (c >= 0x093A && c <= 0x093B) || (c >= 0x093E && c <= 0x094C) || (c >= 0x094E && c <= 0x094F)
           || (c >= 0x0955 && c <= 0x0957) || c == 0x0962 || c == 0x0963;
}

constexpr char32_t kVirama = 0x094D;
constexpr char32_t kNukta = 0x093C;

bool isDevanagariModifier(char32_t c)
{
    return (c >= 0x0900 && c <= 0x0903) || c == kNukta || c == 0x200C || c == 0x200D; // ँ ं ः, nukta, ZWNJ/ZWJ
}

} // namespace

int SyllableHeuristics::latin(QStringView lowerRun, Lang lang, bool atWordEnd)
{
    if (lowerRun.isEmpty())
        return 0;
    return LatinWord(lowerRun, lang).count(atWordEnd);
}

int SyllableHeuristics::devanagari(QStringView run, bool atWordEnd)
{
    int count = 0;
    const qsizetype n = run.size(); // Devanagari lies in the BMP: one unit per code point
    for (qsizetype i = 0; i < n; ++i) {
        const char32_t c = run[i].unicode();
        if (isDevanagariIndependentVowel(c)) {
            ++count;
            continue;
        }
        if (!isDevanagariConsonant(c))
            continue;
        qsizetype j = i + 1;
        while (j < n && (run[j].unicode() == kNukta))
            ++j;
        if (j < n && run[j].unicode() == kVirama)
            continue; // half form: part of a cluster with the next consonant
        if (j < n && isDevanagariVowelSign(run[j].unicode())) {
            ++count;
            continue;
        }
        // Inherent vowel, which Hindi drops at the end of a word unless a cluster precedes it
        // ("दिन" din, but "सत्य" satya).
        qsizetype k = j;
        while (k < n && isDevanagariModifier(run[k].unicode()))
            ++k;
        const bool wordFinal = atWordEnd && k == n;
        const bool afterCluster = i > 0 && run[i - 1].unicode() == kVirama;
        if (!wordFinal || afterCluster)
            ++count;
    }
    return count;
}

int SyllableHeuristics::japaneseMorae(QStringView run)
{
    static constexpr std::u16string_view kSmall = u"ぁぃぅぇぉゃゅょゎゕゖァィゥェォャュョヮヵヶｧｨｩｪｫｬｭｮ";
    int morae = 0;
    for (qsizetype i = 0; i < run.size(); ++i) {
        const QChar ch = run[i];
        char32_t c = ch.unicode();
        if (ch.isHighSurrogate() && i + 1 < run.size()) {
            c = QChar::surrogateToUcs4(ch, run[i + 1]);
            ++i;
        }
        if (c < 0x10000 && kSmall.find(static_cast<char16_t>(c)) != std::u16string_view::npos)
            continue;
        if ((c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC || (c >= 0xFF66 && c <= 0xFF9D))
            morae += 1; // kana (incl. っ ッ ん ン) and the long-vowel mark
        else if (c == 0x3005 || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
                 || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF))
            morae += 2; // a kanji reads as two morae on average
    }
    return morae;
}

int SyllableHeuristics::number(int digits, Lang lang)
{
    if (digits <= 0)
        return 0;
    double perDigit = 1.0;
    switch (lang) {
    case Lang::Es:
    case Lang::Hi:
        perDigit = 1.25;
        break;
    case Lang::De:
        perDigit = 1.5;
        break;
    case Lang::Ja:
        perDigit = 2.0;
        break;
    case Lang::En:
    case Lang::Fr:
        break;
    }
    return std::max(1, static_cast<int>(std::lround(digits * perDigit)));
}

bool SyllableHeuristics::isDevanagari(char32_t c)
{
    return c >= 0x0900 && c <= 0x097F;
}

bool SyllableHeuristics::isKanaOrKanji(char32_t c)
{
    return (c >= 0x3041 && c <= 0x30FF) || (c >= 0xFF66 && c <= 0xFF9F) || c == 0x3005 || (c >= 0x3400 && c <= 0x4DBF)
           || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

} // namespace reel::text::detail
