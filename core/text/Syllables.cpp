#include "text/Syllables.h"

#include "text/DictionaryPaths.h"
#include "text/Language.h"
#include "text/SyllableHeuristics.h"
#include "text/Unicode.h"

#include <QFile>
#include <QHash>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QVarLengthArray>

#include <hyphen.h>

#include <cstdlib>
#include <mutex>
#include <optional>
#include <utility>

namespace reel::text {

using namespace detail;

namespace {

// Two-level pattern files (German's) start with ~69,000 whole-word patterns that only mark compound
// boundaries, then the syllable patterns after NEXTLEVEL. libhyphen needs 4.4 s to load the first
// level, and compound boundaries are syllable boundaries the second level finds anyway, so a file
// whose first level is large is loaded from a copy holding its second level only (0.1 s).
HyphenDict* loadPatterns(const QString& path)
{
    constexpr qsizetype kLargeFirstLevel = 100 * 1024;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray all = file.readAll();
    const qsizetype next = all.indexOf("\nNEXTLEVEL");
    if (next < kLargeFirstLevel)
        return hnj_hyphen_load(QFile::encodeName(path).constData());

    QByteArray reduced;
    const QList<QByteArray> header = all.left(next).split('\n');
    reduced += header.value(0).trimmed() + '\n'; // the character set
    for (const QByteArray& line : header) {
        if (line.startsWith("LEFTHYPHENMIN") || line.startsWith("RIGHTHYPHENMIN"))
            reduced += line.trimmed() + '\n';
    }
    const qsizetype secondLevel = all.indexOf('\n', next + 1);
    if (secondLevel < 0)
        return hnj_hyphen_load(QFile::encodeName(path).constData());
    reduced += all.mid(secondLevel + 1);

    QTemporaryDir dir;
    QFile copy(dir.filePath(QStringLiteral("patterns.dic")));
    if (!dir.isValid() || !copy.open(QIODevice::WriteOnly) || copy.write(reduced) != reduced.size())
        return hnj_hyphen_load(QFile::encodeName(path).constData());
    copy.close();
    return hnj_hyphen_load(QFile::encodeName(copy.fileName()).constData());
}

// Loaded pattern files, shared by every Syllables object of the process: a HyphenDict is only read
// while hyphenating, and loading a file once is enough.
class PatternCache
{
public:
    ~PatternCache()
    {
        for (HyphenDict* dict : std::as_const(m_dicts)) {
            if (dict)
                hnj_hyphen_free(dict);
        }
    }

    HyphenDict* load(const QString& path)
    {
        const std::lock_guard lock(m_mutex);
        const auto it = m_dicts.constFind(path);
        if (it != m_dicts.constEnd())
            return it.value();
        HyphenDict* dict = loadPatterns(path);
        m_dicts.insert(path, dict); // a failed load is remembered too
        return dict;
    }

private:
    std::mutex m_mutex; // a std::mutex: one ThreadSanitizer sees (Qt's, in the library, it cannot)
    QHash<QString, HyphenDict*> m_dicts;
};

PatternCache& patternCache()
{
    static PatternCache cache;
    return cache;
}

// Words longer than this are not real words; libhyphen is not asked about them.
constexpr qsizetype kMaxPatternBytes = 200;

} // namespace

struct Syllables::Impl
{
    Lang lang = Lang::En;
    HyphenDict* dict = nullptr;
    enum class Encoding
    {
        Utf8,
        Latin1, ///< German's patterns are ISO 8859-1
        Other,  ///< another 8-bit encoding, through QStringEncoder
    } encoding = Encoding::Utf8;

    int letterRun(QStringView run, bool runEndsWord) const;
    int withPatterns(const QString& lower, bool runEndsWord) const;
    std::optional<QByteArray> encode(const QString& lower) const;
};

Syllables::Syllables(const LanguageCode& language)
    : d(std::make_unique<Impl>())
{
    d->lang = langOf(language);
    const QString path = DictionaryPaths::hyphenationFile(language);
    if (path.isEmpty())
        return;
    HyphenDict* dict = patternCache().load(path);
    if (!dict)
        return;
    if (!dict->utf8) {
        QByteArray charset(dict->cset);
        charset = charset.toUpper().replace('-', "").replace('_', "");
        if (charset == "ISO88591" || charset == "LATIN1")
            d->encoding = Impl::Encoding::Latin1;
        else if (QStringEncoder(dict->cset).isValid())
            d->encoding = Impl::Encoding::Other;
        else
            return; // an encoding Qt cannot write: count without patterns
    }
    d->dict = dict;
}

Syllables::~Syllables() = default;

bool Syllables::isPatternBased() const
{
    return d->dict != nullptr;
}

int Syllables::count(const QString& word) const
{
    const QStringView w(word);
    // English words whose written vowels mislead both the patterns and the rules: "ev-ery" and
    // "busi-ness" are spoken in two syllables. Compounds count the rest on top ("everyone" 3).
    if (d->lang == Lang::En) {
        for (const auto& [prefix, syllables] : {std::pair{u"every", 2}, std::pair{u"business", 2}}) {
            const QStringView p(prefix);
            if (w.startsWith(p, Qt::CaseInsensitive)) {
                const QStringView rest = w.sliced(p.size());
                return syllables + (rest.isEmpty() ? 0 : count(rest.toString()));
            }
        }
    }

    int total = 0;
    bool hasLetterOrDigit = false;

    // English contractions: "didn't", "isn't" have a syllable of their own in "n't".
    if (d->lang == Lang::En && w.size() >= 4) {
        const QStringView tail = w.right(3);
        if ((tail.compare(u"n't", Qt::CaseInsensitive) == 0 || tail.compare(u"n\u2019t", Qt::CaseInsensitive) == 0)
            && isLetter(w[w.size() - 4].unicode()) && !QStringView(u"aeiouyAEIOUY").contains(w[w.size() - 4]))
            total += 1;
    }

    // Runs of letters (apostrophes dropped: "don't" → "dont", "l'eau" → "leau"), runs of digits,
    // split at hyphens and everything else.
    QString run;
    int digits = 0;
    const auto flushLetters = [&](bool endsWord) {
        if (!run.isEmpty())
            total += d->letterRun(run, endsWord);
        run.clear();
    };
    const auto flushDigits = [&] {
        total += SyllableHeuristics::number(digits, d->lang);
        digits = 0;
    };
    for (qsizetype i = 0; i < w.size();) {
        const CodePoint cp = codePointAt(w, i);
        i += cp.size;
        if (isLetter(cp.value) || (isMark(cp.value) && !run.isEmpty())) {
            hasLetterOrDigit = true;
            if (digits > 0)
                flushDigits();
            // Japanese: kana/kanji and Latin letters are counted differently.
            if (!run.isEmpty()
                && SyllableHeuristics::isKanaOrKanji(cp.value)
                           != SyllableHeuristics::isKanaOrKanji(codePointBefore(run, run.size()).value)
                && !isMark(cp.value))
                flushLetters(false);
            run.append(w.sliced(i - cp.size, cp.size));
        } else if (isDecimalDigit(cp.value)) {
            hasLetterOrDigit = true;
            flushLetters(false);
            ++digits;
        } else if (isApostrophe(cp.value) && !run.isEmpty()) {
            continue; // keep the run going
        } else if (isMark(cp.value) || cp.value == 0x200C || cp.value == 0x200D) {
            continue;
        } else {
            // Separators inside numbers ("1,000", "3.5") are not spoken on their own.
            if (!(digits > 0 && (cp.value == u',' || cp.value == u'.')))
                flushDigits();
            flushLetters(false);
        }
    }
    flushDigits();
    flushLetters(true);
    if (!hasLetterOrDigit)
        return 0;
    return std::max(total, 1);
}

int Syllables::Impl::letterRun(QStringView run, bool runEndsWord) const
{
    const char32_t first = codePointAt(run, 0).value;
    if (SyllableHeuristics::isKanaOrKanji(first))
        return SyllableHeuristics::japaneseMorae(run);

    const QString lower = run.toString().toLower();
    int count = 0;
    if (SyllableHeuristics::isDevanagari(first)) {
        count = dict && lang == Lang::Hi ? withPatterns(lower, runEndsWord)
                                         : SyllableHeuristics::devanagari(lower, runEndsWord);
    } else if (dict && lang != Lang::Hi) {
        count = withPatterns(lower, runEndsWord);
    } else {
        // No patterns (or Latin letters inside Hindi or Japanese text): English rules for Latin
        // letters unless the language has its own.
        const Lang rules = (lang == Lang::Hi || lang == Lang::Ja) ? Lang::En : lang;
        count = SyllableHeuristics::latin(lower, rules, runEndsWord);
    }
    if (count > 0)
        return count;
    // No vowel: an acronym is spelled out ("DM", "TV"), anything else ("hmm", "x") is one beat.
    const bool acronym = run.size() >= 2 && run.size() <= 5 && isUpperCaseLetters(run);
    return acronym ? static_cast<int>(run.size()) : 1;
}

std::optional<QByteArray> Syllables::Impl::encode(const QString& lower) const
{
    switch (encoding) {
    case Encoding::Utf8:
        return lower.toUtf8();
    case Encoding::Latin1:
        for (QChar c : lower) {
            if (c.unicode() > 0xFF)
                return std::nullopt; // not in the patterns' alphabet
        }
        return lower.toLatin1();
    case Encoding::Other:
        break;
    }
    QStringEncoder encoder(dict->cset); // stateful: a fresh one per word
    QByteArray bytes = encoder.encode(lower);
    if (encoder.hasError())
        return std::nullopt;
    return bytes;
}

int Syllables::Impl::withPatterns(const QString& lower, bool runEndsWord) const
{
    const auto heuristic = [&](QStringView segment, bool endsWord) {
        return SyllableHeuristics::isDevanagari(codePointAt(segment, 0).value)
                       ? SyllableHeuristics::devanagari(segment, endsWord)
                       : SyllableHeuristics::latin(segment, lang, endsWord);
    };
    const std::optional<QByteArray> bytes = encode(lower);
    if (!bytes || bytes->isEmpty() || bytes->size() > kMaxPatternBytes)
        return heuristic(lower, runEndsWord);

    const int size = static_cast<int>(bytes->size());
    QVarLengthArray<char, 256> hyphens(size + 5);
    std::fill(hyphens.begin(), hyphens.end(), '\0');
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    hnj_hyphen_hyphenate2(dict, bytes->constData(), size, hyphens.data(), nullptr, &rep, &pos, &cut);
    if (rep) {
        for (int i = 0; i < size; ++i)
            std::free(rep[i]);
    }
    std::free(rep);
    std::free(pos);
    std::free(cut);

    // For UTF-8 patterns libhyphen reports positions per code point, for 8-bit ones per byte
    // (which is per character there too). An odd value after character k allows a break there.
    QVarLengthArray<qsizetype, 32> charStarts; // UTF-16 offset of each code point
    for (qsizetype i = 0; i < lower.size();) {
        charStarts.append(i);
        i += codePointAt(lower, i).size;
    }
    const qsizetype chars = charStarts.size();
    // Each segment between two break points is at least one syllable; the vowel rules find the
    // ones the patterns cannot mark near the word's edges (hap-py, i-de-a, A-bend).
    int total = 0;
    bool anyVowel = false;
    qsizetype segmentStart = 0;
    const auto addSegment = [&](qsizetype end, bool endsWord) {
        const int n = heuristic(QStringView(lower).sliced(segmentStart, end - segmentStart), endsWord);
        anyVowel = anyVowel || n > 0;
        total += std::max(1, n);
        segmentStart = end;
    };
    for (qsizetype k = 0; k + 1 < chars; ++k) {
        if (hyphens[k] & 1)
            addSegment(charStarts[k + 1], false);
    }
    addSegment(lower.size(), runEndsWord);
    return anyVowel ? total : 0; // 0 lets the caller spell out acronyms
}

} // namespace reel::text
