// Brand safety (banned words, offensive words, risky claims, competitors) and the message
// rules: hook timing and fit with its type, the call to action.

#include "text/Segmenter.h"
#include "validate/ValidatorImpl.h"

#include <QRegularExpression>

#include <algorithm>

namespace reel::rules {

namespace {

QuickFix removal(const FieldText& f, text::Span span)
{
    const QString what = f.text.mid(span.start, span.length);
    return QuickFix{QStringLiteral("remove"), {what}, {{f.field, withSpace(f.text, span), QString()}}};
}

QString spanText(const FieldText& f, text::Span span)
{
    return f.text.mid(span.start, span.length);
}

bool endsWithQuestionMark(const QString& text)
{
    static const QRegularExpression tail(QStringLiteral("[?？][\\s\\p{So}\\p{Sk}\\x{FE0F}\\x{200D}\"'”’)]*$"));
    return tail.match(text).hasMatch();
}

} // namespace

void safety(const Validator::Impl& v, const FieldText& f, QList<Finding>& out)
{
    QList<PhraseMatcher::Match> banned = f.find(v.doNotUse);
    if (!f.lemmaStems.isEmpty()) {
        // Inflections the stemmer keeps apart ("cheaper" for "cheap"), where no stem match is.
        for (const auto& m : v.doNotUse.find(f.text, f.words, f.folded, f.lemmaStems)) {
            const bool overlaps = std::any_of(banned.cbegin(), banned.cend(), [&](const PhraseMatcher::Match& b) {
                return m.span.start < b.span.end() && b.span.start < m.span.end();
            });
            if (!overlaps)
                banned.append(m);
        }
        std::sort(banned.begin(), banned.end(), [](const PhraseMatcher::Match& a, const PhraseMatcher::Match& b) {
            return a.span.start < b.span.start;
        });
    }
    for (const auto& m : std::as_const(banned))
        v.add(out, {QStringLiteral("safety.do_not_use"),
                    Severity::Error,
                    f.field,
                    {m.span},
                    QStringLiteral("banned_word"),
                    {spanText(f, m.span)},
                    removal(f, m.span)});
    for (const auto& m : f.find(v.offensive))
        v.add(out, {QStringLiteral("safety.offensive"),
                    Severity::Error,
                    f.field,
                    {m.span},
                    QStringLiteral("offensive_word"),
                    {spanText(f, m.span)},
                    removal(f, m.span)});
    for (const auto& m : f.find(v.riskyClaims))
        v.add(out, {QStringLiteral("safety.risky_claim"),
                    Severity::Warning,
                    f.field,
                    {m.span},
                    QStringLiteral("risky_claim"),
                    {spanText(f, m.span)},
                    std::nullopt});
    for (const auto& m : f.find(v.sectorClaims))
        v.add(out, {QStringLiteral("safety.risky_claim_sector"),
                    Severity::Warning,
                    f.field,
                    {m.span},
                    QStringLiteral("risky_claim_sector"),
                    {spanText(f, m.span), v.sectorPack},
                    std::nullopt});
    // "100% anything" promises what no brand can.
    static const QRegularExpression hundred(
            QStringLiteral(
                    "(?<![\\p{N}.,])100\\s?(?:%|％|percent|por ciento|pour cent|prozent|प्रतिशत)\\s*[\\p{L}\\p{M}-]*"),
            QRegularExpression::CaseInsensitiveOption);
    for (auto it = hundred.globalMatch(f.text); it.hasNext();) {
        const auto m = it.next();
        const text::Span span{m.capturedStart(), m.capturedLength()};
        const bool alreadyListed = std::any_of(out.cbegin(), out.cend(), [&](const Finding& x) {
            return x.field == f.field && x.ruleId.startsWith(u"safety.risky_claim") && !x.spans.isEmpty()
                   && x.spans.constFirst().start <= span.start && x.spans.constFirst().end() >= span.start;
        });
        if (!alreadyListed)
            v.add(out, {QStringLiteral("safety.risky_claim"),
                        Severity::Warning,
                        f.field,
                        {span},
                        QStringLiteral("risky_claim"),
                        {m.captured().trimmed()},
                        std::nullopt});
    }
    for (const auto& m : f.find(v.competitors))
        v.add(out, {QStringLiteral("safety.competitor"),
                    Severity::Warning,
                    f.field,
                    {m.span},
                    QStringLiteral("competitor"),
                    {spanText(f, m.span)},
                    removal(f, m.span)});
}

void hookTiming(const Validator::Impl& v, const FieldText& f, QList<Finding>& out)
{
    if (f.text.trimmed().isEmpty())
        return;
    const double seconds = v.seconds(f.text);
    const double limit = v.setting(QStringLiteral("hook.max_seconds"));
    if (seconds > limit + 1e-9)
        v.add(out, {QStringLiteral("timing.hook"),
                    Severity::Warning,
                    f.field,
                    {},
                    QStringLiteral("hook_too_slow"),
                    {QString::number(seconds, 'f', 1), QString::number(limit)},
                    std::nullopt});
}

void hookFit(const Validator::Impl& v, const FieldText& f, QList<Finding>& out)
{
    const QString type = v.context.request.hookType.trimmed().toLower();
    if (f.text.trimmed().isEmpty() || type.isEmpty())
        return;
    const auto has = [&](const PhraseMatcher& m) { return !f.find(m).isEmpty(); };
    const bool question = endsWithQuestionMark(f.text) || f.text.contains(u'?') || f.text.contains(u'？')
                          || f.text.contains(u'¿');
    const bool number = std::any_of(f.words.cbegin(), f.words.cend(), [](const text::Word& w) { return w.hasDigit; });
    QString code;
    std::optional<QuickFix> fix;
    if (type == u"question" && !question) {
        code = QStringLiteral("hook_not_question");
        // A hook that starts like a question but lacks its mark: offer the mark.
        if (!f.words.isEmpty() && !v.questionStarters.find(f.text, f.words.mid(0, 1)).isEmpty()) {
            QString trimmed = f.text;
            qsizetype end = trimmed.size();
            while (end > 0
                   && (trimmed.at(end - 1).isSpace() || trimmed.at(end - 1) == u'.' || trimmed.at(end - 1) == u'!'))
                --end;
            fix = QuickFix{QStringLiteral("end_with_question_mark"),
                           {},
                           {{f.field, {end, f.text.size() - end}, QStringLiteral("?")}}};
        }
    } else if (type == u"statistic" && !number) {
        code = QStringLiteral("hook_no_number");
    } else if (type == u"bold_claim" && endsWithQuestionMark(f.text)) {
        code = QStringLiteral("hook_is_question");
    } else if (type == u"story" && !has(v.storyCues)) {
        code = QStringLiteral("hook_no_story");
    } else if (type == u"curiosity" && !has(v.curiosityCues) && !question) {
        code = QStringLiteral("hook_no_curiosity");
    } else if (type == u"relatable" && !has(v.relatableCues)) {
        code = QStringLiteral("hook_not_relatable");
    } else if (type == u"shocking" && !has(v.shockCues) && !number && !f.text.contains(u'!')) {
        code = QStringLiteral("hook_not_shocking");
    }
    if (!code.isEmpty())
        v.add(out, {QStringLiteral("hook.type_fit"), Severity::Warning, f.field, {}, code, {type}, fix});
}

void cta(const Validator::Impl& v, const FieldText& f, QList<Finding>& out)
{
    if (f.text.trimmed().isEmpty())
        return;
    const QString style = v.context.profile.ctaStyle.trimmed().toLower();
    const auto verbs = f.find(v.ctaVerbs);
    if (verbs.isEmpty())
        v.add(out, {QStringLiteral("cta.action_verb"),
                    Severity::Warning,
                    f.field,
                    {},
                    QStringLiteral("cta_no_action"),
                    {},
                    std::nullopt});
    const auto urgent = f.find(v.urgency);
    if (style == u"soft") {
        for (const auto& m : urgent)
            v.add(out, {QStringLiteral("cta.style"),
                        Severity::Info,
                        f.field,
                        {m.span},
                        QStringLiteral("cta_pushy"),
                        {spanText(f, m.span)},
                        std::nullopt});
    } else if (style != u"question" && urgent.isEmpty()) {
        v.add(out, {QStringLiteral("cta.urgency"),
                    Severity::Info,
                    f.field,
                    {},
                    QStringLiteral("cta_no_urgency"),
                    {},
                    std::nullopt});
    }
    if (style == u"question" && !endsWithQuestionMark(f.text)) {
        qsizetype end = f.text.size();
        while (end > 0
               && (f.text.at(end - 1).isSpace() || f.text.at(end - 1) == u'.' || f.text.at(end - 1) == u'!'
                   || f.text.at(end - 1) == u'。'))
            --end;
        const QString mark = v.language == u"ja" ? QStringLiteral("？") : QStringLiteral("?");
        v.add(out,
              {QStringLiteral("cta.style"),
               Severity::Warning,
               f.field,
               {},
               QStringLiteral("cta_not_question"),
               {},
               QuickFix{QStringLiteral("end_with_question_mark"), {}, {{f.field, {end, f.text.size() - end}, mark}}}});
    }
    if (style == u"command" && !f.words.isEmpty() && v.language != u"ja" && v.language != u"hi") {
        const bool startsWithVerb = !verbs.isEmpty()
                                    && verbs.constFirst().span.start == f.words.constFirst().span.start;
        if (!startsWithVerb)
            v.add(out, {QStringLiteral("cta.style"),
                        Severity::Warning,
                        f.field,
                        {},
                        QStringLiteral("cta_not_command"),
                        {},
                        std::nullopt});
    }
}

} // namespace reel::rules
