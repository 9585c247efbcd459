#include "validate/Validator.h"

#include "catalog/Catalog.h"
#include "text/Segmenter.h"
#include "validate/ValidatorImpl.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace reel {

namespace {

QString languageName(const QString& code)
{
    static const QHash<QString, QString> names = {
            {QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("es"), QStringLiteral("Spanish")},
            {QStringLiteral("fr"), QStringLiteral("French")},  {QStringLiteral("de"), QStringLiteral("German")},
            {QStringLiteral("hi"), QStringLiteral("Hindi")},   {QStringLiteral("ja"), QStringLiteral("Japanese")}};
    return names.value(code, code);
}

QStringList offensiveWords(const QString& language)
{
    QFile f(QStringLiteral(":/reelstudio/safety/%1.txt").arg(language));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QString word = QString::fromUtf8(line).trimmed();
        // Single characters (several in the Japanese list) would match inside ordinary words.
        if (word.size() >= 2)
            out.append(word);
    }
    return out;
}

QString sectorPackOf(const QString& sector)
{
    const QString s = sector.toLower();
    if (s == u"finance" || s == u"real_estate")
        return QStringLiteral("finance");
    if (s == u"fitness" || s == u"wellness" || s == u"food")
        return QStringLiteral("health");
    if (s == u"beauty")
        return QStringLiteral("beauty");
    return {};
}

} // namespace

int ValidationReport::count(Severity severity) const
{
    return static_cast<int>(std::count_if(findings.cbegin(), findings.cend(),
                                          [&](const Finding& f) { return f.severity == severity; }));
}

int ValidationReport::score() const
{
    return std::max(0, 100 - 20 * count(Severity::Error) - 4 * count(Severity::Warning));
}

ValidationSummary ValidationReport::summary() const
{
    ValidationSummary s;
    for (const Finding& f : findings) {
        const QString line = fieldKey(f.field) + QStringLiteral(": ") + f.toEnglish();
        if (f.severity == Severity::Error)
            s.errors.append(line);
        else if (f.severity == Severity::Warning)
            s.warnings.append(line);
    }
    s.isValid = s.errors.isEmpty();
    return s;
}

FieldText Validator::Impl::prepare(ScriptField field, const QString& text) const
{
    FieldText f{field, text, text::Segmenter::words(text, language), {}, {}, {}, {}};
    if (speller->isAvailable() && field != ScriptField::Hashtags)
        f.unknown = speller->misspelled(text);
    f.folded.reserve(f.words.size());
    f.stems.reserve(f.words.size());
    for (const text::Word& w : std::as_const(f.words)) {
        f.folded.append(w.text.toCaseFolded());
        f.stems.append(stemmer->stem(w.text));
    }
    // Comparatives and superlatives escape Snowball ("cheaper" keeps its "-er"); the dictionary's
    // affix rules know them. Asked only for words that begin like a banned word, which keeps the
    // cost to a few words a field.
    if (!banPrefixes.isEmpty()) {
        for (qsizetype i = 0; i < f.words.size(); ++i) {
            const QString& folded = f.folded.at(i);
            const bool candidate = std::any_of(banPrefixes.cbegin(), banPrefixes.cend(), [&](const QString& prefix) {
                return folded.size() > prefix.size() && folded.startsWith(prefix);
            });
            if (!candidate)
                continue;
            for (const QString& form : speller->dictionaryForms(f.words.at(i).text)) {
                const QString formStem = stemmer->stem(form);
                if (formStem != f.stems.at(i) && bannedStems.contains(formStem)) {
                    if (f.lemmaStems.isEmpty())
                        f.lemmaStems = f.stems; // only a field that holds such an inflection pays for it
                    f.lemmaStems[i] = formStem;
                    break;
                }
            }
        }
    }
    return f;
}

int Validator::Impl::wordCount(const FieldText& f) const
{
    if (language == u"ja")
        return static_cast<int>(
                std::ceil(text::SpeakingRates::unitsOf(f.text, language, text::RateUnit::CharactersPerMinute) / 2.0));
    return static_cast<int>(f.words.size());
}

double Validator::Impl::seconds(const QString& text) const
{
    return text::SpeakingRates::seconds(text, language, rate);
}

void Validator::Impl::add(QList<Finding>& out, Finding finding) const
{
    if (!pack->isEnabled(finding.ruleId))
        return;
    if (const auto severity = pack->severityOf(finding.ruleId))
        finding.severity = *severity;
    out.append(std::move(finding));
}

Validator::Validator(ValidationContext context)
    : d(std::make_unique<Impl>())
{
    d->context = std::move(context);
    const ValidationContext& c = d->context;
    d->pack = c.pack ? c.pack : &RulePack::builtIn(c.profile.platform);
    d->language = !c.language.isEmpty()
                          ? c.language
                          : Catalog::builtIn().resolveLanguage(c.request.language).value_or(QStringLiteral("en"));
    d->languageName = languageName(d->language);
    d->settings = d->pack->settingsOn(c.date.isValid() ? c.date : QDate::currentDate());
    for (auto it = c.profile.ruleOverrides.cbegin(); it != c.profile.ruleOverrides.cend(); ++it) {
        if (d->settings.contains(it.key()))
            d->settings.insert(it.key(), it.value());
        else
            d->unknownOverrides.append(it.key());
    }
    d->rate = c.calibratedRate.value_or(text::SpeakingRates::defaultFor(d->language));

    struct Tools
    {
        std::shared_ptr<text::Stemmer> stemmer;
        std::shared_ptr<text::Syllables> syllables;
        std::shared_ptr<text::SpellChecker> speller;
    };
    thread_local QHash<QString, Tools> perThread;
    Tools& tools = perThread[d->language];
    if (!tools.stemmer) {
        tools.stemmer = std::make_shared<text::Stemmer>(d->language);
        tools.syllables = std::make_shared<text::Syllables>(d->language);
        tools.speller = std::make_shared<text::SpellChecker>(d->language);
    }
    d->stemmer = tools.stemmer;
    d->syllables = tools.syllables;
    d->speller = tools.speller;
    QStringList brandWords = {c.profile.brandName};
    brandWords += c.profile.competitors;
    for (const QString& phrase : std::as_const(brandWords)) {
        for (const text::Word& w : text::Segmenter::words(phrase, d->language)) {
            d->speller->addWord(w.text);
            d->nameWords.insert(w.text.toCaseFolded());
        }
    }

    const Lexicon& lex = d->pack->lexicon(d->language);
    const text::Stemmer* stem = d->stemmer.get();
    using Mode = PhraseMatcher::Mode;
    d->doNotUse = PhraseMatcher(c.profile.doNotUse, d->language, Mode::Stemmed, stem);
    if (d->language != u"ja" && d->speller->isAvailable()) {
        for (const QString& phrase : c.profile.doNotUse) {
            for (const text::Word& w : text::Segmenter::words(phrase, d->language)) {
                const QString folded = w.text.toCaseFolded();
                // "lazy" → "laz" (lazier), "cheap" → "chea" (cheaper): the letters an inflection keeps.
                d->banPrefixes.insert(folded.left(std::max<qsizetype>(2, folded.size() - 1)));
                d->bannedStems.insert(stem->stem(w.text));
            }
        }
    }
    d->offensive = PhraseMatcher(offensiveWords(d->language), d->language, Mode::Exact, stem);
    d->riskyClaims = PhraseMatcher(lex.riskyClaims, d->language, Mode::Stemmed, stem);
    d->sectorPack = sectorPackOf(c.profile.sector);
    if (!d->sectorPack.isEmpty())
        d->sectorClaims = PhraseMatcher(lex.sectorClaims.value(d->sectorPack), d->language, Mode::Stemmed, stem);
    d->competitors = PhraseMatcher(c.profile.competitors, d->language, Mode::Exact, stem);
    d->ctaVerbs = PhraseMatcher(lex.ctaVerbs, d->language, Mode::Stemmed, stem);
    d->urgency = PhraseMatcher(lex.urgencyWords, d->language, Mode::Stemmed, stem);
    for (const QString& voice : c.profile.brandVoice) {
        const QStringList keywords = lex.voiceKeywords.value(voice.toLower());
        if (!keywords.isEmpty())
            d->voices.append({voice, PhraseMatcher(keywords, d->language, Mode::Stemmed, stem)});
    }
    d->questionStarters = PhraseMatcher(lex.questionStarters, d->language, Mode::Exact, stem);
    d->storyCues = PhraseMatcher(lex.storyCues, d->language, Mode::Exact, stem);
    d->curiosityCues = PhraseMatcher(lex.curiosityCues, d->language, Mode::Stemmed, stem);
    d->relatableCues = PhraseMatcher(lex.relatableCues, d->language, Mode::Exact, stem);
    d->shockCues = PhraseMatcher(lex.shockCues, d->language, Mode::Stemmed, stem);
    for (const QString& w : lex.stopWords)
        d->stopWords.insert(w.toCaseFolded());
    if (d->language != u"ja" && d->language != u"hi") {
        for (const QString& other :
             {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("de")}) {
            if (other == d->language)
                continue;
            for (const QString& w : d->pack->lexicon(other).stopWords) {
                if (!d->stopWords.contains(w.toCaseFolded()))
                    d->otherStopWords.insert(w.toCaseFolded());
            }
        }
    }
    d->brief = rules::brief(*d);
}

Validator::~Validator() = default;

const QHash<QString, double>& Validator::settings() const
{
    return d->settings;
}

QString Validator::language() const
{
    return d->language;
}

double Validator::secondsToSay(const QString& text) const
{
    return d->seconds(text);
}

std::optional<RelevanceScore> Validator::relevance(const ReelScript& script) const
{
    return rules::relevanceOf(*d, script);
}

QStringList Validator::briefWords() const
{
    QStringList words;
    for (const BriefTerm& t : d->brief)
        words.append(t.word);
    return words;
}

QStringList Validator::spellingSuggestions(const QString& word) const
{
    return d->speller->suggestions(word);
}

QList<Finding> Validator::Impl::runField(ScriptField field, const QString& text, int captionTags) const
{
    QList<Finding> out;
    const FieldText f = prepare(field, text);
    switch (field) {
    case ScriptField::Hook:
        rules::structure(*this, f, out);
        rules::hookTiming(*this, f, out);
        rules::hookFit(*this, f, out);
        break;
    case ScriptField::Body:
        rules::structure(*this, f, out);
        rules::sentenceLength(*this, f, out);
        break;
    case ScriptField::Cta:
        rules::structure(*this, f, out);
        rules::cta(*this, f, out);
        break;
    case ScriptField::Caption:
        rules::structure(*this, f, out);
        rules::caption(*this, f, out);
        break;
    case ScriptField::Hashtags:
        rules::hashtags(*this, f, captionTags, out);
        return out; // hashtags get their own safety and format rules
    case ScriptField::OnScreenText:
    case ScriptField::Shots:
    case ScriptField::ThumbnailText:
        break;
    }
    rules::safety(*this, f, out);
    rules::style(*this, f, out);
    rules::spelling(*this, f, out);
    rules::language(*this, f, out);
    return out;
}

void Validator::Impl::keepSafeFixes(ScriptField field, const QString& text, int captionTags,
                                    QList<Finding>& found) const
{
    // A one-click fix must remove its problem and must not bring an error that was not there (a
    // removed word leaving the body too short, a hashtag made of characters no hashtag takes):
    // each fix is tried on the field, and one that fails either test is not offered.
    const auto errorsIn = [](const QList<Finding>& list) {
        return std::count_if(list.cbegin(), list.cend(),
                             [](const Finding& g) { return g.severity == Severity::Error; });
    };
    const auto sameProblem = [](const Finding& a, const Finding& b) {
        return a.ruleId == b.ruleId && a.code == b.code && a.args == b.args && a.field == b.field;
    };
    const auto errorsBefore = errorsIn(found);
    for (Finding& finding : found) {
        if (!finding.fix)
            continue;
        const bool local = std::all_of(finding.fix->edits.cbegin(), finding.fix->edits.cend(),
                                       [field](const TextEdit& e) { return e.field == field; });
        if (!local)
            continue; // a fix that edits another section is judged by the rule that offers it
        ReelScript trial;
        setFieldText(trial, field, text);
        apply(trial, *finding.fix);
        const QList<Finding> after = runField(field, fieldText(trial, field), captionTags);
        const auto before = std::count_if(found.cbegin(), found.cend(),
                                          [&](const Finding& g) { return sameProblem(g, finding); });
        const auto left = std::count_if(after.cbegin(), after.cend(),
                                        [&](const Finding& g) { return sameProblem(g, finding); });
        if (left >= before || errorsIn(after) > errorsBefore)
            finding.fix.reset();
    }
}

QList<Finding> Validator::validateField(ScriptField field, const QString& text) const
{
    QList<Finding> out = d->runField(field, text, 0);
    d->keepSafeFixes(field, text, 0, out);
    return out;
}

ValidationReport Validator::validate(const ReelScript& script) const
{
    ValidationReport report;
    for (ScriptField field : {ScriptField::Hook, ScriptField::Body, ScriptField::Cta, ScriptField::Caption,
                              ScriptField::OnScreenText, ScriptField::Shots, ScriptField::ThumbnailText}) {
        const QString text = fieldText(script, field);
        if (text.isEmpty() && field != ScriptField::Hook && field != ScriptField::Body && field != ScriptField::Cta
            && field != ScriptField::Caption)
            continue;
        report.findings += validateField(field, text);
    }
    const int captionTags = rules::hashtagsIn(script.caption);
    const QString hashtags = fieldText(script, ScriptField::Hashtags);
    QList<Finding> tags = d->runField(ScriptField::Hashtags, hashtags, captionTags);
    d->keepSafeFixes(ScriptField::Hashtags, hashtags, captionTags, tags);
    report.findings += tags;

    report.duration.hookSeconds = d->seconds(script.hook);
    report.duration.bodySeconds = d->seconds(script.body);
    report.duration.ctaSeconds = d->seconds(script.cta);
    report.duration.targetSeconds = d->context.request.scriptLength;
    report.duration.tolerance = d->setting(QStringLiteral("duration.tolerance"));
    report.duration.hookLimitSeconds = d->setting(QStringLiteral("hook.max_seconds"));
    rules::script(*d, script, report.duration, report.findings);
    rules::relevance(*d, script, report.findings);
    for (const QString& key : std::as_const(d->unknownOverrides))
        d->add(report.findings, Finding{QStringLiteral("profile.override_unknown"),
                                        Severity::Warning,
                                        ScriptField::Body,
                                        {},
                                        QStringLiteral("override_unknown"),
                                        {key},
                                        std::nullopt});

    report.captionLength = text::Segmenter::graphemeCount(script.caption);
    report.captionLimit = d->intSetting(QStringLiteral("caption.chars.max"));
    report.captionFold = d->intSetting(QStringLiteral("caption.fold"));
    report.hashtagCount = static_cast<int>(script.hashtags.size()) + captionTags;
    report.hashtagCap = d->intSetting(QStringLiteral("hashtags.max"));

    // Errors first, then by field and position: the order the Problems panel and the CLI show.
    std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.field != b.field)
            return a.field < b.field;
        const qsizetype as = a.spans.isEmpty() ? -1 : a.spans.constFirst().start;
        const qsizetype bs = b.spans.isEmpty() ? -1 : b.spans.constFirst().start;
        return as < bs;
    });
    return report;
}

QString Validator::fieldText(const ReelScript& script, ScriptField field)
{
    switch (field) {
    case ScriptField::Hook:
        return script.hook;
    case ScriptField::Body:
        return script.body;
    case ScriptField::Cta:
        return script.cta;
    case ScriptField::Caption:
        return script.caption;
    case ScriptField::Hashtags:
        return script.hashtags.join(u' ');
    case ScriptField::OnScreenText:
        return script.onScreenText.join(u'\n');
    case ScriptField::Shots: {
        QStringList lines;
        for (const Shot& shot : script.shots)
            lines.append(shot.voiceover);
        return lines.join(u'\n');
    }
    case ScriptField::ThumbnailText:
        return script.thumbnailText;
    }
    return {};
}

void Validator::setFieldText(ReelScript& script, ScriptField field, const QString& text)
{
    switch (field) {
    case ScriptField::Hook:
        script.hook = text;
        break;
    case ScriptField::Body:
        script.body = text;
        break;
    case ScriptField::Cta:
        script.cta = text;
        break;
    case ScriptField::Caption:
        script.caption = text;
        break;
    case ScriptField::Hashtags:
        script.hashtags = text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
        break;
    case ScriptField::OnScreenText:
        script.onScreenText = text.split(u'\n', Qt::SkipEmptyParts);
        break;
    case ScriptField::Shots: {
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < script.shots.size() && i < lines.size(); ++i)
            script.shots[i].voiceover = lines.at(i);
        break;
    }
    case ScriptField::ThumbnailText:
        script.thumbnailText = text;
        break;
    }
}

bool Validator::hashtagNames(const QString& tag, const QString& word)
{
    constexpr int kMinInside = 5;
    return tag == word || (word.size() >= kMinInside && tag.contains(word));
}

void Validator::apply(ReelScript& script, const QuickFix& fix)
{
    QList<TextEdit> edits = fix.edits;
    std::sort(edits.begin(), edits.end(), [](const TextEdit& a, const TextEdit& b) {
        if (a.field != b.field)
            return a.field < b.field;
        return a.span.start > b.span.start;
    });
    for (const TextEdit& edit : std::as_const(edits)) {
        QString text = fieldText(script, edit.field);
        if (edit.span.start < 0 || edit.span.end() > text.size())
            continue;
        text.replace(edit.span.start, edit.span.length, edit.replacement);
        setFieldText(script, edit.field, text);
    }
}

} // namespace reel
