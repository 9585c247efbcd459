#include "generate/Composition.h"

#include <algorithm>
#include <cmath>

namespace reel::detail {

void Composition::addMissingVoices(ReelScript& script, QStringList& bodyVoices) const
{
    // The Validator says which of the brand's voices nobody would hear; a caption line carries a
    // voice at no cost in time, a body sentence when the caption has no room.
    const ValidationReport report = m_v.validate(script);
    for (const Finding& f : report.findings) {
        if (f.code != u"voice_missing")
            continue;
        const QString voice = f.args.value(0).toLower();
        // The caption as it is first, then the other captions, each with the voice's lines.
        QStringList bases = {script.caption};
        for (const QString& other : filled(m_t.captions, QStringLiteral("caption"), m_pains)) {
            if (!bases.contains(other))
                bases.append(other);
        }
        const QStringList lines = filled(m_t.voiceCaption.value(voice), QStringLiteral("caption.voice"), m_pains);
        bool done = false;
        for (qsizetype i = 0; i < bases.size() && !done; ++i) {
            for (const QString& line : lines) {
                const QString caption = joined({bases.at(i), line});
                if (tally(m_v.validateField(ScriptField::Caption, caption)).clean()) {
                    script.caption = caption;
                    done = true;
                    break;
                }
            }
        }
        if (!done && m_t.voiceBody.contains(voice))
            bodyVoices.append(voice);
    }
}

void Composition::finish(ReelScript& script, const QList<Piece>& body) const
{
    const QString group = goalGroup(m_request.goal);
    QString thumbnail;
    for (const QString& t : filled(m_t.thumbnailsFor(m_request.hookType), QStringLiteral("thumbnail"), m_pains)) {
        if (units(t) <= kThumbnailWords) {
            thumbnail = t;
            break;
        }
    }
    if (thumbnail.isEmpty())
        thumbnail = capitalised(m_slots.value(QStringLiteral("label")));
    script.thumbnailText = thumbnail;

    QStringList overlay = {units(script.hook) <= kOverlayWords ? script.hook : thumbnail};
    const QString offer = capitalised(m_slots.value(QStringLiteral("offer")));
    if (units(offer) <= kOverlayWords && usable(offer))
        overlay.append(offer);
    const QString action = m_t.overlays.value(group);
    if (usable(action))
        overlay.append(action);
    script.onScreenText = overlay;

    // Shots: the hook, the body in groups of about kShotSeconds, the call to action.
    QList<Piece> ordered = body;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Piece& a, const Piece& b) { return a.order < b.order; });
    QStringList lines = {script.hook};
    QStringList pending;
    for (const Piece& p : std::as_const(ordered)) {
        pending.append(p.text);
        if (seconds(joined(pending)) >= kShotSeconds) {
            lines.append(joined(pending));
            pending.clear();
        }
    }
    if (!pending.isEmpty())
        lines.append(joined(pending));
    lines.append(script.cta);

    QStringList bodyVisuals;
    // The sector's shots only without a brief (a coffee Reel has no "pan on the stove").
    for (const QString& v : (m_hasBrief ? QStringList() : m_sector.visuals) + m_t.bodyVisuals) {
        if (usable(v))
            bodyVisuals.append(v);
    }
    bodyVisuals = rotated(bodyVisuals, offset(QStringLiteral("visual")));
    const QString hookVisual = firstFilled(m_t.hookVisuals, QStringLiteral("visual.hook"));
    const QString ctaVisual = firstFilled(m_t.ctaVisuals, QStringLiteral("visual.cta"));

    double spoken = 0;
    for (const QString& line : std::as_const(lines))
        spoken += seconds(line);
    // The shots cover the Reel's length, never more: spoken time shorter than the Reel leaves pauses
    // (the shots stretch), a little longer (within the tolerance) is said a little faster.
    const double scale = spoken > 0 ? m_request.scriptLength / spoken : 1.0;
    script.shots.clear();
    double at = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Shot shot;
        shot.voiceover = lines.at(i);
        shot.startS = std::round(at * 10) / 10;
        at += seconds(lines.at(i)) * scale;
        shot.endS = std::max(shot.startS + 0.1, std::round(at * 10) / 10);
        if (i == 0)
            shot.visual = hookVisual;
        else if (i == lines.size() - 1)
            shot.visual = ctaVisual;
        else if (!bodyVisuals.isEmpty())
            shot.visual = bodyVisuals.at((i - 1) % bodyVisuals.size());
        script.shots.append(shot);
    }
}

void Composition::polishHook(ReelScript& script, const QList<Piece>& body, ValidationReport& report) const
{
    // Some warnings only show on the whole script (the hook's tone against the emotion, the
    // readability of everything said): try the next few hooks that name the same pain and keep the
    // one the Validator likes best.
    constexpr int kTries = 6;
    int tries = 0;
    for (const QString& hook : m_hookCandidates) {
        if (report.count(Severity::Warning) == 0 || tries == kTries)
            break;
        if (hook == script.hook || m_painOf.value(hook) != m_hookPain)
            continue;
        ++tries;
        if (!tally(m_v.validateField(ScriptField::Hook, hook)).clean())
            continue;
        ReelScript trial = script;
        trial.hook = hook;
        finish(trial, body);
        ValidationReport r = m_v.validate(trial);
        if (!r.hasErrors() && r.count(Severity::Warning) < report.count(Severity::Warning)) {
            script = trial;
            report = r;
        }
    }
}

void Composition::polishBody(ReelScript& script, QList<Piece>& body, ValidationReport& report) const
{
    // The same for the body's sentences that have other wordings (the pain, the offer, the tone).
    constexpr int kTries = 8;
    int tries = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        for (const QString& option : std::as_const(body.at(i).options)) {
            if (report.count(Severity::Warning) == 0 || tries == kTries)
                return;
            if (option == body.at(i).text)
                continue;
            ++tries;
            QList<Piece> changed = body;
            changed[i].text = option;
            ReelScript trial = script;
            trial.body = bodyText(changed);
            finish(trial, changed);
            ValidationReport r = m_v.validate(trial);
            if (!r.hasErrors() && r.count(Severity::Warning) < report.count(Severity::Warning)) {
                script = trial;
                report = r;
                body = changed;
            }
        }
    }
}

Error Composition::impossible(const ValidationReport& report) const
{
    // Whatever is left is what the inputs leave no room for: name it as the Validator does.
    FieldErrors errors;
    for (const Finding& f : report.findings) {
        if (f.severity == Severity::Error)
            errors.append({QStringLiteral("script.") + fieldKey(f.field),
                           FieldErrorKind::NotOneOf,
                           {f.toEnglish(), QStringLiteral("what the rule pack and brand profile allow")}});
    }
    return Error::invalid(errors);
}

} // namespace reel::detail
