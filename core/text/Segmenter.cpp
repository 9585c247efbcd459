#include "text/Segmenter.h"

#include "text/Language.h"
#include "text/Unicode.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <array>

namespace reel::text {

using namespace detail;

namespace {

bool isLetterOrDigit(char32_t c)
{
    return isLetter(c) || isDecimalDigit(c);
}

// Splits one boundary-finder segment where emoji pieces sit inside it (Qt glues a keycap "1️⃣"
// to the word after it, and Extend characters to whatever precedes them), and trims edges that
// are not part of a word. Appends the pieces that hold a letter or digit.
void appendPieces(QStringView text, qsizetype from, qsizetype to, QList<Span>& out)
{
    const auto flush = [&](qsizetype start, qsizetype end) {
        while (start < end && !isLetterOrDigit(codePointAt(text, start).value))
            start += codePointAt(text, start).size;
        while (end > start) {
            const char32_t c = codePointBefore(text, end).value;
            if (isLetterOrDigit(c) || isMark(c))
                break;
            end -= codePointBefore(text, end).size;
        }
        if (end > start)
            out.append({start, end - start});
    };

    qsizetype pieceStart = from;
    for (qsizetype i = from; i < to;) {
        const CodePoint cp = codePointAt(text, i);
        qsizetype skip = 0;
        if (isExtendedPictographic(cp.value) || isRegionalIndicator(cp.value)
            || (cp.value != 0x200D && isEmojiComponent(cp.value))) {
            skip = cp.size;
        } else if (cp.value == u'#' || cp.value == u'*' || (cp.value >= u'0' && cp.value <= u'9')) {
            // A keycap: base, optional VS16, U+20E3.
            qsizetype j = i + 1;
            if (j < to && text[j].unicode() == 0xFE0F)
                ++j;
            if (j < to && text[j].unicode() == 0x20E3)
                skip = j + 1 - i;
        }
        if (skip > 0) {
            flush(pieceStart, i);
            i += skip;
            pieceStart = i;
        } else {
            i += cp.size;
        }
    }
    flush(pieceStart, to);
}

// The class a word's code point belongs to for run splitting: marks, extenders and in-word
// punctuation (apostrophes, hyphens, "1,000") continue the run they are in.
ScriptClass runClass(char32_t c, ScriptClass previous, bool japanese)
{
    const ScriptClass s = scriptClassOf(c);
    if (s == ScriptClass::Extender || isMark(c) || !isLetterOrDigit(c))
        return previous == ScriptClass::Extender ? ScriptClass::Katakana : previous;
    if (!japanese && !isCjkClass(s))
        return ScriptClass::Other; // outside Japanese, "3x" and "COVID19" stay one word
    return s;
}

// The class at the end of `span`, continuing from `from` (Extender: nothing before it).
ScriptClass endClass(QStringView text, const Span& span, ScriptClass from)
{
    ScriptClass cls = from;
    for (qsizetype i = span.start; i < span.end();) {
        const CodePoint cp = codePointAt(text, i);
        cls = runClass(cp.value, cls, true);
        i += cp.size;
    }
    return cls;
}

// Qt gives one segment per kanji and per hiragana: join touching pieces of the same script, and
// compounds split at a hyphen ("well-being").
QList<Span> mergePieces(QStringView text, const QList<Span>& pieces)
{
    QList<Span> merged;
    merged.reserve(pieces.size());
    ScriptClass lastClass = ScriptClass::Extender; // at the end of merged.last(), kept up to date
    for (const Span& piece : pieces) {
        if (!merged.isEmpty()) {
            Span& last = merged.last();
            const char32_t first = codePointAt(text, piece.start).value;
            const ScriptClass firstClass = scriptClassOf(first);
            bool joins = false;
            if (piece.start == last.end()) {
                joins = isCjkClass(lastClass)
                        && (firstClass == ScriptClass::Extender || isMark(first) || firstClass == lastClass);
            } else if (piece.start == last.end() + 1 && isWordHyphen(text[last.end()].unicode())) {
                const char32_t before = codePointBefore(text, last.end()).value;
                joins = !isCjkClass(scriptClassOf(before)) && !isCjkClass(firstClass)
                        && (isLetterOrDigit(before) || isMark(before)) && isLetterOrDigit(first);
            }
            if (joins) {
                last.length = piece.end() - last.start;
                lastClass = endClass(text, piece, lastClass);
                continue;
            }
        }
        merged.append(piece);
        lastClass = endClass(text, piece, ScriptClass::Extender);
    }
    return merged;
}

void appendSplitByScript(QStringView text, const Span& span, bool japanese, QList<Span>& out)
{
    qsizetype runStart = span.start;
    ScriptClass cls = ScriptClass::Extender;
    for (qsizetype i = span.start; i < span.end();) {
        const CodePoint cp = codePointAt(text, i);
        const ScriptClass next = runClass(cp.value, cls, japanese);
        const bool boundary = cls != ScriptClass::Extender && next != cls
                              && (japanese || isCjkClass(cls) || isCjkClass(next));
        if (boundary) {
            out.append({runStart, i - runStart});
            runStart = i;
        }
        cls = next;
        i += cp.size;
    }
    out.append({runStart, span.end() - runStart});
}

Word makeWord(const QString& text, const Span& span)
{
    Word w;
    w.span = span;
    w.text = text.mid(span.start, span.length);
    for (qsizetype i = 0; i < w.text.size() && !w.hasDigit;) {
        const CodePoint cp = codePointAt(w.text, i);
        w.hasDigit = isDecimalDigit(cp.value);
        i += cp.size;
    }
    w.allLetters = !w.hasDigit;
    return w;
}

// ---- sentences ---------------------------------------------------------------------------------

bool isLineBreak(char32_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
}

// Terminators that end a sentence only when followed by a space, a line break or the end ("3.5",
// "x.com" and "Wow!!" inside a word do not).
bool isSpacedTerminator(char32_t c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == 0x2026 || c == 0x203C || c == 0x2047 || c == 0x2048
           || c == 0x2049;
}

// Terminators of scripts written without spaces between sentences: 。！？｡． (CJK), । ॥ (Devanagari
// danda), ؟ ۔ (Arabic, Urdu).
bool isUnspacedTerminator(char32_t c)
{
    return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF61 || c == 0xFF0E || c == 0x0964 || c == 0x0965
           || c == 0x061F || c == 0x06D4;
}

bool isCloser(char32_t c)
{
    switch (c) {
    case u'"':
    case u'\'':
    case u')':
    case u']':
    case u'}':
    case 0x00BB: // »
    case 0x2019: // ’
    case 0x201D: // ”
    case 0x203A: // ›
    case 0x300D: // 」
    case 0x300F: // 』
    case 0x3011: // 】
    case 0x3009: // 〉
    case 0x300B: // 》
    case 0xFF09: // ）
        return true;
    default:
        return false;
    }
}

// Abbreviations that end with a period but rarely end a sentence (lower case, inner dots kept).
bool isAbbreviation(QStringView token)
{
    static constexpr std::array<std::u16string_view, 17> kAbbreviations{u"mr",  u"mrs",   u"ms",  u"dr",   u"prof",
                                                                        u"sr",  u"jr",    u"vs",  u"e.g",  u"i.e",
                                                                        u"sra", u"srta",  u"mme", u"mlle", u"z.b",
                                                                        u"bzw", u"approx"};
    const QString lower = token.toString().toLower();
    return std::any_of(kAbbreviations.begin(), kAbbreviations.end(),
                       [&](std::u16string_view a) { return QStringView(a) == lower; });
}

bool hasLetterOrDigit(QStringView text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to;) {
        const CodePoint cp = codePointAt(text, i);
        if (isLetterOrDigit(cp.value))
            return true;
        i += cp.size;
    }
    return false;
}

} // namespace

QList<Word> Segmenter::words(const QString& text, const LanguageCode& language)
{
    const bool japanese = langOf(language) == Lang::Ja;
    QList<Span> pieces;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype previous = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype position = finder.position();
        if (position > previous)
            appendPieces(text, previous, position, pieces);
        previous = position;
    }

    QList<Span> spans;
    spans.reserve(pieces.size());
    for (const Span& span : mergePieces(text, pieces))
        appendSplitByScript(text, span, japanese, spans);

    QList<Word> words;
    words.reserve(spans.size());
    for (const Span& span : spans)
        words.append(makeWord(text, span));
    return words;
}

QList<Span> Segmenter::sentences(const QString& text, const LanguageCode& language)
{
    Q_UNUSED(language); // the rules below serve all six languages
    // Own rules rather than QTextBoundaryFinder::Sentence: UAX #29 does not break before a
    // lower-case word ("so good. then…"), which social copy often starts with, nor after "…".
    QList<Span> spans;
    qsizetype start = -1;
    const auto close = [&](qsizetype end) {
        if (start < 0)
            return;
        while (end > start && isWhiteSpace(codePointBefore(text, end).value))
            end -= codePointBefore(text, end).size;
        if (end > start && hasLetterOrDigit(text, start, end))
            spans.append({start, end - start});
        start = -1;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const CodePoint cp = codePointAt(text, i);
        if (isLineBreak(cp.value)) {
            close(i);
            i += cp.size;
            continue;
        }
        if (start < 0 && !isWhiteSpace(cp.value))
            start = i;
        const bool spaced = isSpacedTerminator(cp.value);
        if (!spaced && !isUnspacedTerminator(cp.value)) {
            i += cp.size;
            continue;
        }
        // A run of terminators, then closing quotes and brackets.
        qsizetype j = i;
        bool unspaced = false;
        bool onlyOnePeriod = cp.value == u'.';
        while (j < n) {
            const char32_t c = codePointAt(text, j).value;
            if (isUnspacedTerminator(c))
                unspaced = true;
            else if (!isSpacedTerminator(c))
                break;
            if (j > i)
                onlyOnePeriod = false;
            j += codePointAt(text, j).size;
        }
        while (j < n && isCloser(codePointAt(text, j).value))
            j += codePointAt(text, j).size;
        bool ends = unspaced || j == n || isWhiteSpace(codePointAt(text, j).value);
        if (ends && onlyOnePeriod) {
            qsizetype t = i;
            while (t > 0 && (isLetter(codePointBefore(text, t).value) || text[t - 1] == u'.'))
                t -= codePointBefore(text, t).size;
            if (t < i && isAbbreviation(QStringView(text).sliced(t, i - t)))
                ends = false;
        }
        if (ends)
            close(j);
        i = j;
    }
    close(n);
    return spans;
}

qsizetype Segmenter::graphemeCount(const QString& text)
{
    return graphemeClusters(text).size();
}

QList<Span> Segmenter::graphemes(const QString& text)
{
    return graphemeClusters(text);
}

QList<Span> Segmenter::emoji(const QString& text)
{
    QList<Span> found;
    for (const Span& cluster : graphemeClusters(text)) {
        const char32_t first = codePointAt(text, cluster.start).value;
        bool isEmoji = isExtendedPictographic(first) || isRegionalIndicator(first);
        if (!isEmoji && cluster.length > 1)
            isEmoji = QStringView(text).sliced(cluster.start, cluster.length).contains(QChar(0x20E3));
        if (isEmoji)
            found.append(cluster);
    }
    return found;
}

} // namespace reel::text
