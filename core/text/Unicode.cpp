#include "text/Unicode.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <iterator>

namespace reel::text::detail {

namespace {

struct Range
{
    char32_t first;
    char32_t last;
};

// Extended_Pictographic from Unicode's emoji-data.txt (15.0), adjacent ranges merged. Unassigned
// code points inside the pictographic blocks are included on purpose, as the standard does, so
// that emoji added later are recognised without an update.
constexpr Range kPictographic[] = {
        {0x00A9, 0x00A9},   {0x00AE, 0x00AE},   {0x203C, 0x203C},   {0x2049, 0x2049},   {0x2122, 0x2122},
        {0x2139, 0x2139},   {0x2194, 0x2199},   {0x21A9, 0x21AA},   {0x231A, 0x231B},   {0x2328, 0x2328},
        {0x2388, 0x2388},   {0x23CF, 0x23CF},   {0x23E9, 0x23F3},   {0x23F8, 0x23FA},   {0x24C2, 0x24C2},
        {0x25AA, 0x25AB},   {0x25B6, 0x25B6},   {0x25C0, 0x25C0},   {0x25FB, 0x25FE},   {0x2600, 0x2605},
        {0x2607, 0x2612},   {0x2614, 0x2685},   {0x2690, 0x2705},   {0x2708, 0x2712},   {0x2714, 0x2714},
        {0x2716, 0x2716},   {0x271D, 0x271D},   {0x2721, 0x2721},   {0x2728, 0x2728},   {0x2733, 0x2734},
        {0x2744, 0x2744},   {0x2747, 0x2747},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
        {0x2757, 0x2757},   {0x2763, 0x2767},   {0x2795, 0x2797},   {0x27A1, 0x27A1},   {0x27B0, 0x27B0},
        {0x27BF, 0x27BF},   {0x2934, 0x2935},   {0x2B05, 0x2B07},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},
        {0x2B55, 0x2B55},   {0x3030, 0x3030},   {0x303D, 0x303D},   {0x3297, 0x3297},   {0x3299, 0x3299},
        {0x1F000, 0x1F0FF}, {0x1F10D, 0x1F10F}, {0x1F12F, 0x1F12F}, {0x1F16C, 0x1F171}, {0x1F17E, 0x1F17F},
        {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F1AD, 0x1F1E5}, {0x1F201, 0x1F20F}, {0x1F21A, 0x1F21A},
        {0x1F22F, 0x1F22F}, {0x1F232, 0x1F23A}, {0x1F23C, 0x1F23F}, {0x1F249, 0x1F3FA}, {0x1F400, 0x1F53D},
        {0x1F546, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F774, 0x1F77F}, {0x1F7D5, 0x1F7FF}, {0x1F80C, 0x1F80F},
        {0x1F848, 0x1F84F}, {0x1F85A, 0x1F85F}, {0x1F888, 0x1F88F}, {0x1F8AE, 0x1F8FF}, {0x1F90C, 0x1F93A},
        {0x1F93C, 0x1F945}, {0x1F947, 0x1FAFF}, {0x1FC00, 0x1FFFD},
};

bool inRanges(char32_t c, const Range* begin, const Range* end)
{
    const Range* it = std::upper_bound(begin, end, c, [](char32_t v, const Range& r) { return v < r.first; });
    return it != begin && c <= (it - 1)->last;
}

// Grapheme_Cluster_Break values (UAX #29), derived from the general category where the two agree.
enum class Gcb
{
    Other,
    CR,
    LF,
    Control,
    Extend,
    ZWJ,
    RegionalIndicator,
    Prepend,
    SpacingMark,
    L,
    V,
    T,
    LV,
    LVT,
};

Gcb gcbOf(char32_t c)
{
    if (c < 0x80) {
        if (c == u'\r')
            return Gcb::CR;
        if (c == u'\n')
            return Gcb::LF;
        return (c < 0x20 || c == 0x7F) ? Gcb::Control : Gcb::Other;
    }
    if (c == 0x200D)
        return Gcb::ZWJ;
    if (c == 0x200C || (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F))
        return Gcb::Extend; // ZWNJ, skin tones, emoji tag sequences
    if (isRegionalIndicator(c))
        return Gcb::RegionalIndicator;
    if ((c >= 0x0600 && c <= 0x0605) || c == 0x06DD || c == 0x070F || c == 0x0890 || c == 0x0891 || c == 0x08E2
        || c == 0x110BD || c == 0x110CD)
        return Gcb::Prepend; // prepended concatenation marks
    if (c >= 0x1100 && c <= 0x11FF) {
        if (c <= 0x115F)
            return Gcb::L;
        return c <= 0x11A7 ? Gcb::V : Gcb::T;
    }
    if (c >= 0xA960 && c <= 0xA97C)
        return Gcb::L;
    if (c >= 0xD7B0 && c <= 0xD7C6)
        return Gcb::V;
    if (c >= 0xD7CB && c <= 0xD7FB)
        return Gcb::T;
    if (c >= 0xAC00 && c <= 0xD7A3)
        return (c - 0xAC00) % 28 == 0 ? Gcb::LV : Gcb::LVT;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
        return Gcb::Extend;
    case QChar::Mark_SpacingCombining:
        return Gcb::SpacingMark;
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Surrogate:
        return Gcb::Control;
    default:
        return Gcb::Other;
    }
}

// GB9c: Indic_Conjunct_Break for the scripts Unicode 15.1 lists (Devanagari, Bengali, Gujarati,
// Oriya, Telugu, Malayalam): consonant, then linker (virama), then consonant stay together.
struct IndicScript
{
    char32_t consonantFirst;
    char32_t consonantLast;
    char32_t virama;
};
constexpr std::array<IndicScript, 6> kIndic{{
        {0x0915, 0x0939, 0x094D},
        {0x0995, 0x09B9, 0x09CD},
        {0x0A95, 0x0AB9, 0x0ACD},
        {0x0B15, 0x0B39, 0x0B4D},
        {0x0C15, 0x0C39, 0x0C4D},
        {0x0D15, 0x0D3A, 0x0D4D},
}};

bool isIndicConsonant(char32_t c)
{
    if ((c >= 0x0958 && c <= 0x095F) || (c >= 0x0978 && c <= 0x097F))
        return true; // Devanagari nukta forms and later additions
    return std::any_of(kIndic.begin(), kIndic.end(),
                       [c](const IndicScript& s) { return c >= s.consonantFirst && c <= s.consonantLast; });
}

bool isIndicLinker(char32_t c)
{
    return std::any_of(kIndic.begin(), kIndic.end(), [c](const IndicScript& s) { return c == s.virama; });
}

} // namespace

CodePoint codePointAt(QStringView text, qsizetype index)
{
    const QChar c = text[index];
    if (c.isHighSurrogate() && index + 1 < text.size() && text[index + 1].isLowSurrogate())
        return {QChar::surrogateToUcs4(c, text[index + 1]), 2};
    return {c.unicode(), 1};
}

CodePoint codePointBefore(QStringView text, qsizetype index)
{
    const QChar c = text[index - 1];
    if (c.isLowSurrogate() && index >= 2 && text[index - 2].isHighSurrogate())
        return {QChar::surrogateToUcs4(text[index - 2], c), 2};
    return {c.unicode(), 1};
}

bool isExtendedPictographic(char32_t c)
{
    if (c < 0xA9)
        return false;
    return inRanges(c, std::begin(kPictographic), std::end(kPictographic));
}

bool isEmojiComponent(char32_t c)
{
    return c == 0xFE0E || c == 0xFE0F || c == 0x20E3 || c == 0x200D || (c >= 0x1F3FB && c <= 0x1F3FF)
           || (c >= 0xE0020 && c <= 0xE007F);
}

bool isLetter(char32_t c)
{
    if (c < 0x80)
        return (c | 0x20) >= u'a' && (c | 0x20) <= u'z';
    return QChar::isLetter(c);
}

bool isUpperCaseLetters(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (qsizetype i = 0; i < text.size();) {
        const CodePoint cp = codePointAt(text, i);
        if (!QChar::isUpper(cp.value))
            return false;
        i += cp.size;
    }
    return true;
}

bool isMark(char32_t c)
{
    return c >= 0x300 && QChar::isMark(c);
}

bool isDecimalDigit(char32_t c)
{
    if (c < 0x80)
        return c >= u'0' && c <= u'9';
    return QChar::category(c) == QChar::Number_DecimalDigit;
}

bool isWhiteSpace(char32_t c)
{
    return QChar::isSpace(c);
}

bool isApostrophe(char32_t c)
{
    return c == u'\'' || c == 0x2019 || c == 0x02BC;
}

bool isWordHyphen(char32_t c)
{
    return c == u'-' || c == 0x2010 || c == 0x2011;
}

QList<Span> graphemeClusters(QStringView text)
{
    QList<Span> clusters;
    clusters.reserve(text.size());
    qsizetype start = 0;
    Gcb previous = Gcb::Control;
    int regionalRun = 0;          // regional indicators immediately before the current position
    bool pictographicRun = false; // ExtPict Extend* so far
    bool zwjAfterPictographic = false;
    enum class Conjunct
    {
        None,
        Consonant,
        Linker
    } conjunct = Conjunct::None;

    for (qsizetype i = 0; i < text.size();) {
        const CodePoint cp = codePointAt(text, i);
        const Gcb current = gcbOf(cp.value);
        const bool pictographic = isExtendedPictographic(cp.value);
        bool joins = false;
        if (i > 0) {
            if (previous == Gcb::CR && current == Gcb::LF)
                joins = true; // GB3
            else if (previous == Gcb::Control || previous == Gcb::CR || previous == Gcb::LF || current == Gcb::Control
                     || current == Gcb::CR || current == Gcb::LF)
                joins = false; // GB4, GB5
            else if (previous == Gcb::L
                     && (current == Gcb::L || current == Gcb::V || current == Gcb::LV || current == Gcb::LVT))
                joins = true; // GB6
            else if ((previous == Gcb::LV || previous == Gcb::V) && (current == Gcb::V || current == Gcb::T))
                joins = true; // GB7
            else if ((previous == Gcb::LVT || previous == Gcb::T) && current == Gcb::T)
                joins = true; // GB8
            else if (current == Gcb::Extend || current == Gcb::ZWJ || current == Gcb::SpacingMark)
                joins = true; // GB9, GB9a
            else if (previous == Gcb::Prepend)
                joins = true; // GB9b
            else if (conjunct == Conjunct::Linker && isIndicConsonant(cp.value))
                joins = true; // GB9c
            else if (previous == Gcb::ZWJ && zwjAfterPictographic && pictographic)
                joins = true; // GB11
            else if (previous == Gcb::RegionalIndicator && current == Gcb::RegionalIndicator)
                joins = regionalRun % 2 == 1; // GB12, GB13
        }
        if (i > 0 && !joins) {
            clusters.append({start, i - start});
            start = i;
        }

        // State for the rules that look further back than one code point.
        regionalRun = current == Gcb::RegionalIndicator ? regionalRun + 1 : 0;
        if (pictographic) {
            pictographicRun = true;
            zwjAfterPictographic = false;
        } else if (current == Gcb::ZWJ) {
            zwjAfterPictographic = pictographicRun;
            pictographicRun = false;
        } else if (current != Gcb::Extend) {
            pictographicRun = false;
            zwjAfterPictographic = false;
        }
        if (isIndicConsonant(cp.value))
            conjunct = Conjunct::Consonant;
        else if (isIndicLinker(cp.value) && conjunct != Conjunct::None)
            conjunct = Conjunct::Linker;
        else if (current != Gcb::Extend && current != Gcb::ZWJ)
            conjunct = Conjunct::None;

        previous = current;
        i += cp.size;
    }
    if (start < text.size())
        clusters.append({start, text.size() - start});
    return clusters;
}

ScriptClass scriptClassOf(char32_t c)
{
    if (c < 0x80) {
        if (c >= u'0' && c <= u'9')
            return ScriptClass::Digit;
        return isLetter(c) ? ScriptClass::Latin : ScriptClass::Other;
    }
    if (c == 0x30FC || c == 0xFF70)
        return ScriptClass::Extender; // ー ｰ (prolonged sound mark)
    if ((c >= 0x3041 && c <= 0x309F))
        return ScriptClass::Hiragana; // includes ゝゞゟ
    if ((c >= 0x30A0 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF66 && c <= 0xFF9F))
        return ScriptClass::Katakana;
    if (c == 0x3005 || c == 0x3006 || c == 0x3007 || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF))
        return ScriptClass::Han;
    if ((c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A))
        return ScriptClass::Latin;
    if (isDecimalDigit(c))
        return ScriptClass::Digit;
    if (QChar::script(c) == QChar::Script_Latin && QChar::isLetter(c))
        return ScriptClass::Latin;
    return ScriptClass::Other;
}

} // namespace reel::text::detail
