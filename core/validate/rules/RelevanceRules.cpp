// Whether a script keeps to its brief and to one language.

#include "text/Segmenter.h"
#include "text/Unicode.h"
#include "validate/ValidatorImpl.h"

#include <algorithm>

namespace reel {

namespace {

/// The writing systems the one-language rule tells apart.
enum class Writing
{
    None,
    Latin,
    Devanagari,
    Japanese,
};

Writing writingOf(const QString& word)
{
    for (qsizetype i = 0; i < word.size();) {
        const text::detail::CodePoint cp = text::detail::codePointAt(word, i);
        i += cp.size;
        if (!text::detail::isLetter(cp.value))
            continue;
        const text::detail::ScriptClass cls = text::detail::scriptClassOf(cp.value);
        if (cls == text::detail::ScriptClass::Latin)
            return Writing::Latin;
        if (text::detail::isCjkClass(cls))
            return Writing::Japanese;
        if (QChar::script(cp.value) == QChar::Script_Devanagari)
            return Writing::Devanagari;
        return Writing::None;
    }
    return Writing::None;
}

Writing writingOfLanguage(const QString& language)
{
    if (language == u"ja")
        return Writing::Japanese;
    if (language == u"hi")
        return Writing::Devanagari;
    return Writing::Latin;
}

/// A hashtag or @handle inside running text ("#Fit" is segmented as "Fit").
bool isTagOrHandle(const QString& text, const text::Word& w)
{
    return w.span.start > 0 && (text.at(w.span.start - 1) == u'#' || text.at(w.span.start - 1) == u'@');
}

/// The brief's weight a script can be expected to cover: about three topic words. A long topic is
/// not a list of words every script must say.
constexpr double kCoverableWeight = 6.0;
constexpr double kTopicWeight = 2.0;
constexpr double kOfferWeight = 1.5;
constexpr double kPainWeight = 1.0;
constexpr int kMinBriefTerms = 2;
/// Runs of another language worth a warning: words of another writing system (two are a phrase,
/// not a name), and in Latin-script languages a run with another language's function words.
constexpr int kForeignScriptRun = 2;
constexpr int kForeignScriptRunHindi = 3; ///< English words are common in Hindi marketing copy
constexpr int kForeignLatinRun = 3;
constexpr int kUnknownLatinRun = 4;

/// What a stretch of spoken text says: its words' stems, and its case-folded text (Japanese and
/// brand names are looked up in it).
struct Spoken
{
    QSet<QString> stems;
    QString folded;

    bool names(const Validator::Impl& v, const BriefTerm& t) const
    {
        return v.language == u"ja" ? folded.contains(t.word) : stems.contains(t.stem);
    }
};

} // namespace

namespace rules {

QList<BriefTerm> brief(const Validator::Impl& v)
{
    const Writing own = writingOfLanguage(v.language);
    QList<BriefTerm> terms;
    QSet<int> seen[3];
    const auto add = [&](const QString& source, double weight, int sourceId) {
        const QList<text::Word> words = text::Segmenter::words(source, v.language);
        // A source written in another language says nothing a script in this one can repeat.
        if (own == Writing::Latin && v.speller->isAvailable() && !words.isEmpty()) {
            const auto unknown = v.speller->misspelled(source).size();
            if (unknown * 2 > words.size())
                return;
        }
        // Which words of the source are brief words, in order (-1: a word that is not).
        QList<qsizetype> index;
        for (const text::Word& w : words) {
            const QString folded = w.text.toCaseFolded();
            if (w.hasDigit || writingOf(w.text) != own || v.stopWords.contains(folded)
                || folded.size() < (own == Writing::Japanese ? 2 : 3)) {
                index.append(-1);
                continue;
            }
            const QString stem = v.stemmer->stem(w.text);
            auto it = std::find_if(terms.begin(), terms.end(), [&](const BriefTerm& t) { return t.stem == stem; });
            if (it == terms.end()) {
                terms.append({folded, stem, weight, 0.0, false, true});
                it = terms.end() - 1;
            }
            const auto at = static_cast<int>(it - terms.begin());
            index.append(at);
            it->weight = std::max(it->weight, weight);
            it->inBrandName = it->inBrandName || weight == 0;
            if (weight > 0 && !seen[sourceId].contains(at)) {
                seen[sourceId].insert(at);
                it->rank += weight;
            }
        }
        const bool headFirst = v.language == u"es" || v.language == u"fr";
        for (qsizetype i = 0; i < index.size(); ++i) {
            if (index.at(i) < 0 || weight == 0)
                continue;
            const qsizetype next = headFirst ? i - 1 : i + 1;
            bool qualifies = next >= 0 && next < index.size() && index.at(next) >= 0;
            if (qualifies) { // only across white space: "coffee; first bag" is two phrases
                const text::Span& a = words.at(std::min(i, next)).span;
                const text::Span& b = words.at(std::max(i, next)).span;
                qualifies = source.mid(a.end(), b.start - a.end()).trimmed().isEmpty();
            }
            if (!qualifies)
                terms[index.at(i)].modifier = false;
        }
    };
    const ValidationContext& c = v.context;
    add(c.request.topic, kTopicWeight, 0);
    add(c.profile.offer, kOfferWeight, 1);
    for (const QString& pain : c.profile.targetAudience.painPoints)
        add(pain, kPainWeight, 2);
    // The brand's name ranks the words it shares with the brief ("Lumen Coffee": coffee) but is not
    // a word of the brief on its own.
    const qsizetype fromBrief = terms.size();
    add(c.profile.brandName, 0, 0);
    terms.resize(fromBrief);
    std::stable_sort(terms.begin(), terms.end(), [](const BriefTerm& a, const BriefTerm& b) {
        if (a.inBrandName != b.inBrandName)
            return a.inBrandName;
        if (a.rank != b.rank)
            return a.rank > b.rank;
        if (a.modifier != b.modifier)
            return !a.modifier;
        return a.word.size() > b.word.size();
    });
    return terms;
}

std::optional<RelevanceScore> relevanceOf(const Validator::Impl& v, const ReelScript& script)
{
    if (v.brief.size() < kMinBriefTerms)
        return std::nullopt;
    // Each section is segmented and stemmed once: the whole (coverage) and each hook and body
    // sentence (the share on the brief) are read from the same words.
    Spoken all;
    QList<Spoken> sentences;
    for (const QString* section : {&script.hook, &script.body, &script.cta}) {
        const QList<text::Word> words = text::Segmenter::words(*section, v.language);
        QStringList stems;
        for (const text::Word& w : words)
            stems.append(v.stemmer->stem(w.text));
        all.stems.unite(QSet<QString>(stems.cbegin(), stems.cend()));
        all.folded += section->toCaseFolded() + u'\n';
        if (section == &script.cta)
            continue;
        for (const text::Span& span : text::Segmenter::sentences(*section, v.language)) {
            Spoken one;
            one.folded = section->mid(span.start, span.length).toCaseFolded();
            for (qsizetype i = 0; i < words.size(); ++i) {
                if (words.at(i).span.start >= span.start && words.at(i).span.end() <= span.end())
                    one.stems.insert(stems.at(i));
            }
            sentences.append(one);
        }
    }

    RelevanceScore r;
    double said = 0;
    double total = 0;
    for (const BriefTerm& t : v.brief) {
        total += t.weight;
        if (all.names(v, t))
            said += t.weight;
        else
            r.missing.append(t.word);
    }
    r.coverage = total > 0 ? std::min(1.0, said / std::min(total, kCoverableWeight)) : 0;

    int about = 0;
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        const Spoken& one = sentences.at(i);
        const bool onBrief = std::any_of(v.brief.cbegin(), v.brief.cend(),
                                         [&](const BriefTerm& t) { return one.names(v, t); })
                             || std::any_of(v.nameWords.cbegin(), v.nameWords.cend(),
                                            [&](const QString& name) { return one.folded.contains(name); });
        if (onBrief)
            ++about;
        if (i == 0 && !script.hook.trimmed().isEmpty())
            r.hookOnBrief = onBrief;
    }
    r.sentenceShare = sentences.isEmpty() ? 0 : static_cast<double>(about) / static_cast<double>(sentences.size());
    r.score = (r.coverage + r.sentenceShare) / 2;
    return r;
}

void relevance(const Validator::Impl& v, const ReelScript& s, QList<Finding>& out)
{
    const std::optional<RelevanceScore> r = relevanceOf(v, s);
    if (!r || (s.hook.trimmed().isEmpty() && s.body.trimmed().isEmpty()))
        return;
    constexpr int kNamed = 3;
    if (r->score < v.setting(QStringLiteral("relevance.min_score"))) {
        // The words to bring in: the brief's most telling ones the script does not say yet.
        QStringList named = r->missing.mid(0, kNamed);
        if (named.isEmpty())
            named.append(v.brief.constFirst().word);
        v.add(out, {QStringLiteral("relevance.brief"),
                    Severity::Warning,
                    ScriptField::Body,
                    {},
                    QStringLiteral("off_brief"),
                    {QString::number(qRound(r->score * 100)), named.join(QStringLiteral(", "))},
                    std::nullopt});
    }

    // Hashtags that share no word with the brief or the brand (the brand's required ones excepted).
    QStringList offBrief;
    int judged = 0;
    for (const QString& tag : s.hashtags) {
        if (v.context.profile.requiredHashtags.contains(tag, Qt::CaseInsensitive))
            continue;
        ++judged;
        const QString bare = tag.toCaseFolded().remove(u'#');
        const bool onBrief = std::any_of(v.brief.cbegin(), v.brief.cend(),
                                         [&](const BriefTerm& t) {
                                             return Validator::hashtagNames(bare, t.word)
                                                    || Validator::hashtagNames(bare, t.stem);
                                         })
                             || std::any_of(v.nameWords.cbegin(), v.nameWords.cend(), [&](const QString& name) {
                                    return name.size() >= 3 && bare.contains(name);
                                });
        if (!onBrief)
            offBrief.append(tag);
    }
    if (judged >= 2 && offBrief.size() * 2 > judged)
        v.add(out, {QStringLiteral("relevance.hashtags"),
                    Severity::Warning,
                    ScriptField::Hashtags,
                    {},
                    QStringLiteral("hashtags_off_brief"),
                    {offBrief.join(u' ')},
                    std::nullopt});
}

void language(const Validator::Impl& v, const FieldText& f, QList<Finding>& out)
{
    const Writing own = writingOfLanguage(v.language);
    QSet<qsizetype> unknown;
    for (const text::Word& w : f.unknown)
        unknown.insert(w.span.start);

    struct Run
    {
        qsizetype first = -1;
        qsizetype last = -1;
        int words = 0;
        int otherScript = 0;
        int otherFunctionWords = 0;
        int unknownWords = 0;
    };
    Run run;
    const auto close = [&]() {
        if (run.first < 0)
            return;
        const int scriptRun = own == Writing::Devanagari ? kForeignScriptRunHindi : kForeignScriptRun;
        const bool foreign = (own != Writing::Latin && run.otherScript >= scriptRun)
                             || (own == Writing::Latin && run.otherScript >= 1)
                             || (run.words >= kForeignLatinRun && run.otherFunctionWords >= 2)
                             || (run.unknownWords >= kUnknownLatinRun);
        if (foreign) {
            const text::Span span{f.words.at(run.first).span.start,
                                  f.words.at(run.last).span.end() - f.words.at(run.first).span.start};
            v.add(out, {QStringLiteral("language.mixed"),
                        Severity::Warning,
                        f.field,
                        {span},
                        QStringLiteral("other_language"),
                        {f.text.mid(span.start, span.length), v.languageName},
                        std::nullopt});
        }
        run = Run{};
    };
    for (qsizetype i = 0; i < f.words.size(); ++i) {
        const text::Word& w = f.words.at(i);
        const QString& folded = f.folded.at(i);
        const Writing writing = writingOf(w.text);
        const bool neutral = w.hasDigit || writing == Writing::None || isTagOrHandle(f.text, w)
                             || v.nameWords.contains(folded)
                             || (w.text.size() <= 4 && text::detail::isUpperCaseLetters(w.text));
        if (neutral)
            continue; // names, numbers and acronyms neither start nor end a run
        bool otherScript = writing != own;
        bool functionWord = false;
        bool notKnown = false;
        if (!otherScript && own == Writing::Latin && !v.stopWords.contains(folded)) {
            functionWord = v.otherStopWords.contains(folded);
            notKnown = unknown.contains(w.span.start);
        }
        if (!otherScript && !functionWord && !notKnown) {
            close();
            continue;
        }
        if (run.first < 0)
            run.first = i;
        run.last = i;
        ++run.words;
        run.otherScript += otherScript ? 1 : 0;
        run.otherFunctionWords += functionWord ? 1 : 0;
        run.unknownWords += notKnown ? 1 : 0;
    }
    close();
}

} // namespace rules

} // namespace reel
