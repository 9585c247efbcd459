#include "generate/Composition.h"

#include "generate/HashtagPicker.h"
#include "text/Segmenter.h"
#include "validate/RulePack.h"

#include <algorithm>
#include <cmath>

namespace reel::detail {

Composition::Composition(const Validator& validator, const ComposerTemplates& templates, const RulePack& pack,
                         const BrandProfile& profile, const ScriptRequest& request, const QList<Example>& examples,
                         int variant)
    : m_v(validator)
    , m_t(templates)
    , m_pack(pack)
    , m_profile(profile)
    , m_request(request)
    , m_examples(examples)
    , m_variant(variant)
    , m_lang(validator.language())
    , m_text(m_lang)
    , m_sector(templates.sector(profile.sector))
{
    for (const Example& e : examples) {
        for (const QString& field : {e.script.hook, e.script.body, e.script.cta, e.script.caption}) {
            for (const QString& sentence : m_text.sentences(field))
                m_exampleSentences.insert(m_text.sentenceKey(sentence));
        }
    }
    m_exampleSentences.remove(QString());
}

QString Composition::bodyText(const QList<Piece>& pieces) const
{
    QList<Piece> ordered = pieces;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Piece& a, const Piece& b) { return a.order < b.order; });
    QStringList sentences;
    for (const Piece& p : std::as_const(ordered))
        sentences.append(p.text);
    return joined(sentences);
}

bool Composition::isClean(const QString& text) const
{
    const QList<Finding> findings = m_v.validateField(ScriptField::OnScreenText, text);
    return std::none_of(findings.cbegin(), findings.cend(), isSafetyFinding);
}

bool Composition::isOriginal(const QString& text) const
{
    if (m_exampleSentences.isEmpty())
        return true;
    const QStringList sentences = m_text.sentences(text);
    return std::none_of(sentences.cbegin(), sentences.cend(), [&](const QString& sentence) {
        return m_exampleSentences.contains(m_text.sentenceKey(sentence));
    });
}

quint32 Composition::offset(const QString& section) const
{
    // Different brands and requests start at different templates; the variant moves on from there.
    return stableHash(section + u'\x1f' + m_profile.brandName + u'\x1f' + m_profile.sector + u'\x1f'
                      + m_request.hookType + u'\x1f' + m_request.topic)
           + static_cast<quint32>(m_variant);
}

QStringList Composition::filled(const QStringList& patterns, const QString& section, const QStringList& pains) const
{
    QStringList out;
    for (const QString& pattern : rotated(patterns, offset(section))) {
        const QStringList names = slotsOf(pattern);
        if (names.contains(QStringLiteral("pain"))) {
            QHash<QString, QString> values = m_slots;
            for (const QString& pain : pains) {
                values.insert(QStringLiteral("pain"), pain);
                const QString text = fillPattern(pattern, values);
                if (usable(text) && !out.contains(text))
                    out.append(text);
            }
        } else {
            const QString text = fillPattern(pattern, m_slots);
            if (usable(text) && !out.contains(text))
                out.append(text);
        }
    }
    return out;
}

QString Composition::firstFilled(const QStringList& patterns, const QString& section) const
{
    return filled(patterns, section, m_pains).value(0);
}

bool Composition::inLanguage(const QString& text) const
{
    const QList<Finding> findings = m_v.validateField(ScriptField::OnScreenText, text);
    if (std::any_of(findings.cbegin(), findings.cend(), [](const Finding& f) { return f.code == u"other_language"; }))
        return false;
    const auto unknown = std::count_if(findings.cbegin(), findings.cend(),
                                       [](const Finding& f) { return f.ruleId == u"spelling.unknown_word"; });
    return unknown * 2 <= text::Segmenter::words(text, m_lang).size();
}

int Composition::briefWordsIn(const QString& text, int top) const
{
    // A word of the text that is a brief word or begins with one ("roasted" for "roast"); in
    // Japanese, which has no spaces, the brief word anywhere in the text.
    constexpr int kMinStem = 4;
    const QString folded = text.toCaseFolded();
    QList<QString> words;
    for (const text::Word& w : text::Segmenter::words(text, m_lang))
        words.append(w.text.toCaseFolded());
    const QStringList brief = top > 0 ? m_brief.mid(0, top) : m_brief;
    return static_cast<int>(std::count_if(brief.cbegin(), brief.cend(), [&](const QString& term) {
        if (m_lang == u"ja")
            return folded.contains(term);
        return std::any_of(words.cbegin(), words.cend(), [&](const QString& w) {
            return w == term || (term.size() >= kMinStem && w.startsWith(term));
        });
    }));
}

QString Composition::asWritten(const QString& folded) const
{
    QStringList sources = {m_request.topic, m_profile.offer};
    sources += m_profile.targetAudience.painPoints;
    for (const QString& source : std::as_const(sources)) {
        for (const text::Word& w : text::Segmenter::words(source, m_lang)) {
            if (w.text.toCaseFolded() == folded)
                return w.text;
        }
    }
    return folded;
}

void Composition::prepareSlots()
{
    const auto slot = [&](const QString& text, int maxWords) {
        const QString s = m_text.shortened(text, maxWords);
        return hasLetterOrDigit(s) && isClean(s) && inLanguage(s) ? m_text.midSentence(s) : QString();
    };
    const QString brand = collapsed(m_profile.brandName);
    if (hasLetterOrDigit(brand) && isClean(brand))
        m_slots.insert(QStringLiteral("brand"), brand);

    // The offer's first clause is what the brand sells; a second one ("first bag free") is what a
    // call to action can name. Neither is ever cut mid-phrase.
    const QStringList offerParts = m_text.clauses(m_profile.offer, true);
    QString offer = offerParts.isEmpty() ? QString() : slot(offerParts.constFirst(), kOfferWords);
    m_ownOffer = !offer.isEmpty();
    if (m_ownOffer && offerParts.size() > 1)
        m_slots.insert(QStringLiteral("extra"), slot(offerParts.at(1), kExtraWords));
    if (offer.isEmpty())
        offer = m_text.midSentence(m_sector.offer);
    m_slots.insert(QStringLiteral("offer"), offer);

    const int sentenceMax = static_cast<int>(m_v.settings().value(QStringLiteral("sentence.max_words")));
    for (const QString& clause : m_text.clauses(m_request.topic, false)) {
        if (units(clause) <= sentenceMax && isClean(clause) && inLanguage(clause))
            m_topicClauses.append(clause);
    }
    const QString topic = m_topicClauses.isEmpty() || units(m_topicClauses.constFirst()) > kTopicWords
                                  ? QString()
                                  : m_text.midSentence(m_topicClauses.constFirst());
    m_slots.insert(QStringLiteral("topic"), topic);
    if (!topic.isEmpty()) {
        const QString folded = topic.toCaseFolded();
        for (const QString& starter : m_pack.lexicon(m_lang).questionStarters) {
            const QString s = starter.toCaseFolded();
            if (folded.startsWith(s) && (folded.size() == s.size() || !folded.at(s.size()).isLetterOrNumber())) {
                m_slots.insert(QStringLiteral("question"), topic);
                break;
            }
        }
    }

    // With a topic or the brand's own offer to write about, the sector's phrases only fill in: the
    // script's subject is the brief's most telling word, not the sector ("coffee", not "meal prep").
    m_brief = m_v.briefWords();
    m_hasBrief = !m_brief.isEmpty() && (!m_topicClauses.isEmpty() || m_ownOffer);
    const QString label = m_hasBrief ? m_text.midSentence(asWritten(m_brief.constFirst()))
                                     : m_text.midSentence(m_sector.label);
    m_slots.insert(QStringLiteral("subject"), m_hasBrief ? QString() : m_sector.subject);
    m_slots.insert(QStringLiteral("label"), label);
    m_slots.insert(QStringLiteral("focus"), !topic.isEmpty() ? topic : m_hasBrief ? label : m_sector.subject);
    m_slots.insert(QStringLiteral("seconds"), QString::number(m_request.scriptLength));

    QStringList pains;
    for (const QString& p : m_profile.targetAudience.painPoints) {
        const QString s = slot(p, kPainWords);
        if (!s.isEmpty() && !pains.contains(s))
            pains.append(s);
        if (pains.size() == kMaxPains)
            break;
    }
    if (pains.isEmpty() && !m_hasBrief) {
        for (const QString& p : m_sector.pains)
            pains.append(m_text.midSentence(p));
    }
    m_pains = rotated(pains, offset(QStringLiteral("pain")));
}

QString Composition::pick(const QStringList& candidates, ScriptField field, bool shortest) const
{
    // The first candidate the Validator has nothing to say against (and, with a brief, that names
    // it); otherwise the one with the fewest errors, then off the brief, then warnings. `shortest`
    // (the script runs too long) ranks error-free candidates by speaking time alone.
    QString best;
    Tally bestTally{1 << 20, 0};
    int bestOff = 1;
    double bestSeconds = 0;
    for (const QString& c : candidates) {
        const Tally t = tally(m_v.validateField(field, c));
        const int off = m_hasBrief && !shortest && !aboutBrief(c) ? 1 : 0;
        if (!shortest && t.clean() && off == 0)
            return c;
        const double s = seconds(c);
        bool better = false;
        if (t.errors != bestTally.errors)
            better = t.errors < bestTally.errors;
        else if (off != bestOff)
            better = off < bestOff;
        else
            better = shortest ? s < bestSeconds : t.warnings < bestTally.warnings;
        if (best.isEmpty() || better) {
            best = c;
            bestTally = t;
            bestOff = off;
            bestSeconds = s;
        }
    }
    return best;
}

QString Composition::chooseHook(bool shortest)
{
    // Tiers: the audience's pain first, then the topic or offer, then the sector, then no slot.
    QList<QStringList> tiers(4);
    for (const QString& pattern : rotated(m_t.hooksFor(m_request.hookType), offset(QStringLiteral("hook")))) {
        const QStringList names = slotsOf(pattern);
        const int tier = names.contains(QStringLiteral("pain"))                                               ? 0
                         : names.contains(QStringLiteral("topic")) || names.contains(QStringLiteral("offer")) ? 1
                         : !names.isEmpty()                                                                   ? 2
                                                                                                              : 3;
        tiers[tier].append(pattern);
    }
    QStringList candidates;
    QHash<QString, QString> painOf;
    const auto add = [&](const QString& text, const QString& pain) {
        if (usable(text) && !candidates.contains(text)) {
            candidates.append(text);
            painOf.insert(text, pain);
        }
    };
    // The request's topic first, when there is one.
    for (const QString& pattern : rotated(m_t.topicHooksFor(m_request.hookType), offset(QStringLiteral("hook.topic"))))
        add(fillPattern(pattern, m_slots), QString());
    for (const QStringList& tier : std::as_const(tiers)) {
        for (const QString& pattern : tier) {
            if (!slotsOf(pattern).contains(QStringLiteral("pain"))) {
                add(fillPattern(pattern, m_slots), QString());
                continue;
            }
            QHash<QString, QString> values = m_slots;
            for (const QString& pain : std::as_const(m_pains)) {
                values.insert(QStringLiteral("pain"), pain);
                add(fillPattern(pattern, values), pain);
            }
        }
    }
    const QString hook = pick(candidates, ScriptField::Hook, shortest);
    m_hookPain = painOf.value(hook);
    m_hookCandidates = candidates;
    m_painOf = painOf;
    return hook;
}

Result<QString> Composition::chooseCta(bool shortest) const
{
    const QString requested = collapsed(m_request.cta);
    if (!requested.isEmpty()) {
        // The request's own words, as written; only a too-short one gets a pointer to the bio.
        const QList<Finding> findings = m_v.validateField(ScriptField::Cta, requested);
        for (const Finding& f : findings) {
            if (isSafetyFinding(f))
                return Error::invalid({{QStringLiteral("script_request.cta"),
                                        FieldErrorKind::NotOneOf,
                                        {f.args.value(0), QStringLiteral("words the brand profile allows")}}});
        }
        const auto words = std::find_if(findings.cbegin(), findings.cend(),
                                        [](const Finding& f) { return f.ruleId == u"structure.cta.words"; });
        if (words == findings.cend())
            return requested;
        if (words->code == u"too_many_words")
            return Error::invalid({{QStringLiteral("script_request.cta"),
                                    FieldErrorKind::OutOfRange,
                                    {QString::number(m_v.settings().value(QStringLiteral("cta.words.min"))),
                                     QString::number(m_v.settings().value(QStringLiteral("cta.words.max"))),
                                     words->args.value(0), QStringLiteral("words")}}});
        QStringList longer;
        for (const QString& tail : m_t.ctaExtensions)
            longer.append(requested + (m_lang == u"ja" ? QString() : QStringLiteral(" ")) + tail);
        return pick(longer, ScriptField::Cta, false);
    }
    QString style = m_profile.ctaStyle.trimmed().toLower();
    if (!m_t.ctas.contains(style))
        style = QStringLiteral("direct");
    const QHash<QString, QStringList>& byGoal = m_t.ctas.value(style);
    const QString group = goalGroup(m_request.goal);
    const QStringList groups = {QStringLiteral("awareness"), QStringLiteral("engagement"),
                                QStringLiteral("conversion")};
    // A call to action that names the brand's own offer comes first ("Claim your first bag free").
    QStringList patterns;
    if (m_ownOffer)
        patterns = rotated(m_t.offerCtas.value(group), offset(QStringLiteral("cta.offer")));
    patterns += rotated(byGoal.value(group), offset(QStringLiteral("cta")));
    for (const QString& other : groups) {
        if (other != group)
            patterns += byGoal.value(other);
    }
    // When the brand's bans leave nothing in its style, another style (a warning, never an error).
    for (auto it = m_t.ctas.cbegin(); it != m_t.ctas.cend(); ++it) {
        if (it.key() == style)
            continue;
        for (const QString& other : groups)
            patterns += it.value().value(other);
    }
    for (const QString& other : groups)
        patterns.append(m_t.overlays.value(other));
    QStringList candidates;
    for (const QString& pattern : std::as_const(patterns)) {
        const QString text = fillPattern(pattern, m_slots);
        if (usable(text) && !candidates.contains(text))
            candidates.append(text);
    }
    return pick(candidates, ScriptField::Cta, shortest);
}

QString Composition::chooseCaption(const QString& hook, const QList<Piece>& body) const
{
    QStringList candidates = filled(m_t.captions, QStringLiteral("caption"), m_pains);
    // When the brand's bans leave no caption pattern: the hook with a sentence of the body.
    QList<Piece> byPriority = body;
    std::stable_sort(byPriority.begin(), byPriority.end(),
                     [](const Piece& a, const Piece& b) { return a.priority < b.priority; });
    for (const Piece& p : std::as_const(byPriority))
        candidates.append(joined({hook, p.text}));
    candidates.append(hook);
    return pick(candidates, ScriptField::Caption, false);
}

QStringList Composition::chooseHashtags() const
{
    HashtagSources in;
    in.required = m_profile.requiredHashtags;
    in.sectorTags = m_sector.hashtags;
    in.examples = m_examples;
    in.language = m_lang;
    in.sector = m_profile.sector;
    in.bannedWords = m_profile.doNotUse + m_profile.competitors;
    in.bannedTags = m_pack.bannedHashtags();
    in.cap = std::min(kMaxHashtags, static_cast<int>(m_v.settings().value(QStringLiteral("hashtags.max"))));
    in.maxChars = static_cast<int>(m_v.settings().value(QStringLiteral("hashtags.tag_max_chars")));
    in.fromExamples = kExampleHashtags;
    if (m_hasBrief) {
        in.terms = m_brief.mid(0, kHeadWords);
        in.brand = m_slots.value(QStringLiteral("brand"));
    }
    return pickHashtags(in);
}

QList<Composition::Piece> Composition::bodyPieces(const QStringList& extraVoices) const
{
    QList<Piece> pool;
    const auto add = [&](const QStringList& options, int order, int priority) {
        if (!options.isEmpty())
            pool.append({options, order, priority, options.constFirst()});
    };
    // The pain the hook named comes first, in every pattern, before the other pains.
    QStringList pains = m_pains;
    QStringList painOptions;
    if (!m_hookPain.isEmpty()) {
        pains.removeAll(m_hookPain);
        painOptions = filled(m_t.painSentences, QStringLiteral("body.pain"), {m_hookPain});
    }
    for (const QString& option : filled(m_t.painSentences, QStringLiteral("body.pain"), pains)) {
        if (!painOptions.contains(option))
            painOptions.append(option);
    }
    const bool topic = !m_topicClauses.isEmpty();
    const QString extra = m_slots.value(QStringLiteral("extra")).toCaseFolded();
    add(painOptions, 10, topic ? 1 : 0);
    add(filled(m_t.offerSentences, QStringLiteral("body.offer"), m_pains), 30, 1);
    if (topic) {
        // The topic's first clause in a sentence of the templates (or as written), then its other
        // clauses ("Angle: cancel the gym you never use") as sentences of their own.
        QHash<QString, QString> values = m_slots;
        values.insert(QStringLiteral("topic"), m_text.midSentence(m_topicClauses.constFirst()));
        if (!m_slots.value(QStringLiteral("question")).isEmpty())
            values.insert(QStringLiteral("question"), values.value(QStringLiteral("topic")));
        QStringList options;
        for (const QString& pattern : rotated(m_t.topicSentences, offset(QStringLiteral("body.topic")))) {
            const QString text = fillPattern(pattern, values);
            if (usable(text) && !options.contains(text))
                options.append(text);
        }
        options.append(m_text.asSentence(m_topicClauses.constFirst()));
        add(options, 20, 0);
        for (qsizetype i = 1; i < m_topicClauses.size(); ++i) {
            const QString sentence = m_text.asSentence(m_topicClauses.at(i));
            if (usable(sentence) && m_topicClauses.at(i).toCaseFolded() != extra) // "first bag free" once
                add({sentence}, 20 + static_cast<int>(i), 2);
        }
    } else {
        add(filled(m_t.topicSentences, QStringLiteral("body.topic"), m_pains), 20, 2);
    }
    if (!m_slots.value(QStringLiteral("extra")).isEmpty())
        add(filled(m_t.offerExtras, QStringLiteral("body.extra"), m_pains), 31, 2);
    for (const QString& voice : extraVoices)
        add(filled(m_t.voiceBody.value(voice), QStringLiteral("body.voice"), m_pains), 45, 3);
    add(filled(m_t.emotions.value(m_request.emotion.trimmed().toLower()), QStringLiteral("body.emotion"), m_pains), 15,
        4);
    add(filled(m_t.bridges, QStringLiteral("body.bridge"), m_pains), 1000, 6);
    // Practical benefits of the sector alternate with general advice, in that order of importance.
    // With a brief, only the sector's tips that touch it ("cook one base, like rice" is not about
    // coffee).
    QStringList benefits = filled(m_sector.benefits, QStringLiteral("body.benefit"), m_pains);
    if (m_hasBrief)
        benefits.removeIf([&](const QString& b) { return briefWordsIn(b, kHeadWords) == 0; });
    const QStringList develop = filled(m_t.develop, QStringLiteral("body.develop"), m_pains);
    int priority = 5;
    for (qsizetype i = 0; i < std::max(benefits.size(), develop.size()); ++i) {
        if (i < benefits.size())
            add({benefits.at(i)}, 100 + static_cast<int>(2 * i), priority++);
        if (priority == 6)
            ++priority; // the bridge's place
        if (i < develop.size())
            add({develop.at(i)}, 101 + static_cast<int>(2 * i), priority++);
    }
    return pool;
}

Composition::Piece Composition::shortestForm(Piece piece) const
{
    for (const QString& option : std::as_const(piece.options)) {
        if (units(option) < units(piece.text))
            piece.text = option;
    }
    return piece;
}

QList<Composition::Piece> Composition::fitBody(const QList<Piece>& pool, double bodySeconds) const
{
    const int maxWords = static_cast<int>(m_v.settings().value(QStringLiteral("body.words.max")));
    const int minWords = static_cast<int>(m_v.settings().value(QStringLiteral("body.words.min")));
    QList<Piece> byPriority = pool;
    std::stable_sort(byPriority.begin(), byPriority.end(),
                     [](const Piece& a, const Piece& b) { return a.priority < b.priority; });
    QList<Piece> chosen;
    QList<Piece> spare;
    for (const Piece& p : std::as_const(byPriority)) {
        // The first way of saying it that still fits.
        bool fitted = false;
        for (const QString& option : p.options) {
            QList<Piece> trial = chosen;
            trial.append(p);
            trial.back().text = option;
            const QString text = bodyText(trial);
            if (seconds(text) <= bodySeconds && units(text) <= maxWords) {
                chosen = trial;
                fitted = true;
                break;
            }
        }
        if (!fitted)
            spare.append(shortestForm(p));
    }
    // Never below the body's minimum, even if the total runs a little long (the Validator decides).
    std::stable_sort(spare.begin(), spare.end(),
                     [&](const Piece& a, const Piece& b) { return units(a.text) < units(b.text); });
    for (const Piece& p : std::as_const(spare)) {
        if (units(bodyText(chosen)) >= minWords)
            break;
        chosen.append(p);
    }
    return chosen;
}

QList<Composition::Piece> Composition::shortestBody(const QList<Piece>& pool) const
{
    const int minWords = static_cast<int>(m_v.settings().value(QStringLiteral("body.words.min")));
    QList<Piece> bySize;
    for (const Piece& p : pool)
        bySize.append(shortestForm(p));
    std::stable_sort(bySize.begin(), bySize.end(),
                     [&](const Piece& a, const Piece& b) { return units(a.text) < units(b.text); });
    QList<Piece> chosen;
    for (const Piece& p : std::as_const(bySize)) {
        if (units(bodyText(chosen)) >= minWords)
            break;
        chosen.append(p);
    }
    return chosen;
}

Result<ReelScript> Composition::run()
{
    prepareSlots();
    ReelScript script;
    script.hook = chooseHook(false);
    auto cta = chooseCta(false);
    if (!cta)
        return cta.error();
    script.cta = cta.value();
    script.hashtags = chooseHashtags();

    const double target = m_request.scriptLength;
    const double tolerance = m_v.settings().value(QStringLiteral("duration.tolerance"));
    const auto budget = [&](const ReelScript& s) {
        return target * (1.0 + kBudgetShareOfTolerance * tolerance) - seconds(s.hook) - seconds(s.cta);
    };
    QStringList bodyVoices;
    QList<Piece> pool = bodyPieces(bodyVoices);
    QList<Piece> body = fitBody(pool, budget(script));
    script.body = bodyText(body);
    script.caption = chooseCaption(script.hook, body);
    addMissingVoices(script, bodyVoices);
    if (!bodyVoices.isEmpty()) {
        pool = bodyPieces(bodyVoices);
        body = fitBody(pool, budget(script));
        script.body = bodyText(body);
    }
    finish(script, body);
    ValidationReport report = m_v.validate(script);

    // Too long for the requested length: the shortest hook and call to action, the shortest body.
    const auto timing = [](const ValidationReport& r) {
        return std::any_of(r.findings.cbegin(), r.findings.cend(), [](const Finding& f) {
            return f.severity == Severity::Error
                   && (f.ruleId == u"timing.total" || f.ruleId == u"structure.body.words");
        });
    };
    if (timing(report)) {
        script.hook = chooseHook(true);
        if (m_request.cta.trimmed().isEmpty())
            script.cta = chooseCta(true).value();
        body = fitBody(pool, budget(script));
        script.body = bodyText(body);
        finish(script, body);
        report = m_v.validate(script);
        if (timing(report)) {
            body = shortestBody(pool);
            script.body = bodyText(body);
            finish(script, body);
            report = m_v.validate(script);
        }
        if (timing(report)) {
            const double shortest = seconds(script.hook) + seconds(script.body) + seconds(script.cta);
            const int minimum = static_cast<int>(std::ceil(shortest / (1.0 + tolerance)));
            return Error::invalid({{QStringLiteral("script_request.script_length"),
                                    FieldErrorKind::OutOfRange,
                                    {QString::number(std::max(minimum, m_request.scriptLength + 1)),
                                     QString::number(RequestLimits::kMaxSeconds),
                                     QString::number(m_request.scriptLength), QStringLiteral("seconds")}}});
        }
    }
    if (report.hasErrors())
        return impossible(report);

    // A shorter body may have lost a voice; then the warnings only the whole script shows.
    if (std::any_of(report.findings.cbegin(), report.findings.cend(),
                    [](const Finding& f) { return f.code == u"voice_missing"; })) {
        QStringList captionOnly;
        addMissingVoices(script, captionOnly);
        report = m_v.validate(script);
    }
    polishHook(script, body, report);
    polishBody(script, body, report);
    return script;
}

} // namespace reel::detail
