// Structure: sections present, word ranges, caption length and fold, hashtag count and format.

#include "text/Segmenter.h"
#include "validate/ValidatorImpl.h"

#include <QRegularExpression>
#include <QSet>

namespace reel::rules {

namespace {

struct Range
{
    const char* min;
    const char* max;
};

std::optional<Range> wordRange(ScriptField field)
{
    switch (field) {
    case ScriptField::Hook:
        return Range{"hook.words.min", "hook.words.max"};
    case ScriptField::Body:
        return Range{"body.words.min", "body.words.max"};
    case ScriptField::Cta:
        return Range{"cta.words.min", "cta.words.max"};
    default:
        return std::nullopt;
    }
}

QString ruleFor(ScriptField field, const char* what)
{
    return QStringLiteral("structure.") + fieldKey(field) + u'.' + QLatin1String(what);
}

} // namespace

void structure(const Validator::Impl& v, const FieldText& f, QList<Finding>& out)
{
    if (f.text.trimmed().isEmpty()) {
        v.add(out, {ruleFor(f.field, "missing"),
                    Severity::Error,
                    f.field,
                    {},
                    QStringLiteral("section_empty"),
                    {fieldKey(f.field)},
                    std::nullopt});
        return;
    }
    const auto range = wordRange(f.field);
    if (!range)
        return;
    const int words = v.wordCount(f);
    const int min = v.intSetting(QLatin1String(range->min));
    const int max = v.intSetting(QLatin1String(range->max));
    if (words < min)
        v.add(out, {ruleFor(f.field, "words"),
                    Severity::Error,
                    f.field,
                    {},
                    QStringLiteral("too_few_words"),
                    {QString::number(words), QString::number(min)},
                    std::nullopt});
    else if (words > max && !f.words.isEmpty()) {
        // Mark the words past the limit: that is what would have to go.
        const qsizetype from = v.language == u"ja"
                                       ? 0
                                       : f.words.at(std::min<qsizetype>(max, f.words.size() - 1)).span.start;
        const text::Span excess{from, f.text.size() - from};
        v.add(out, {ruleFor(f.field, "words"),
                    Severity::Error,
                    f.field,
                    {excess},
                    QStringLiteral("too_many_words"),
                    {QString::number(words), QString::number(max)},
                    std::nullopt});
    }
}

void caption(const Validator::Impl& v, const FieldText& f, QList<Finding>& out)
{
    if (f.text.trimmed().isEmpty())
        return;
    const QList<text::Span> graphemes = text::Segmenter::graphemes(f.text);
    const qsizetype length = graphemes.size();
    const int limit = v.intSetting(QStringLiteral("caption.chars.max"));
    const int recommendedMin = v.intSetting(QStringLiteral("caption.chars.recommended_min"));
    const int recommendedMax = v.intSetting(QStringLiteral("caption.chars.recommended_max"));
    const int fold = v.intSetting(QStringLiteral("caption.fold"));
    // Character positions as Instagram counts them (graphemes) mapped back to UTF-16 offsets.
    const auto offsetOfGrapheme = [&](qsizetype n) { return n < length ? graphemes.at(n).start : f.text.size(); };

    if (length > limit) {
        const qsizetype cut = offsetOfGrapheme(limit);
        v.add(out, {QStringLiteral("structure.caption.length"),
                    Severity::Error,
                    f.field,
                    {{cut, f.text.size() - cut}},
                    QStringLiteral("caption_too_long"),
                    {QString::number(length), QString::number(limit)},
                    QuickFix{QStringLiteral("trim_caption"),
                             {QString::number(limit)},
                             {{f.field, {cut, f.text.size() - cut}, QString()}}}});
    } else if (length < recommendedMin) {
        v.add(out, {QStringLiteral("structure.caption.recommended"),
                    Severity::Warning,
                    f.field,
                    {},
                    QStringLiteral("caption_short"),
                    {QString::number(length), QString::number(recommendedMin), QString::number(recommendedMax)},
                    std::nullopt});
    } else if (length > recommendedMax) {
        v.add(out, {QStringLiteral("structure.caption.recommended"),
                    Severity::Warning,
                    f.field,
                    {},
                    QStringLiteral("caption_long"),
                    {QString::number(length), QString::number(recommendedMin), QString::number(recommendedMax)},
                    std::nullopt});
    }
    if (length > fold) {
        const qsizetype at = offsetOfGrapheme(fold);
        v.add(out, {QStringLiteral("structure.caption.fold"),
                    Severity::Info,
                    f.field,
                    {{at, f.text.size() - at}},
                    QStringLiteral("caption_fold"),
                    {QString::number(fold)},
                    std::nullopt});
    }
}

int hashtagsIn(const QString& caption)
{
    static const QRegularExpression tag(QStringLiteral("(?:^|\\s)#[\\p{L}\\p{M}\\p{N}_]+"));
    int count = 0;
    for (auto it = tag.globalMatch(caption); it.hasNext(); it.next())
        ++count;
    return count;
}

void hashtags(const Validator::Impl& v, const FieldText& f, int captionHashtags, QList<Finding>& out)
{
    // The field is the list joined by single spaces; each tag's span is found by walking it.
    struct Tag
    {
        QString text;
        text::Span span;
    };
    QList<Tag> tags;
    static const QRegularExpression token(QStringLiteral("\\S+"));
    for (auto it = token.globalMatch(f.text); it.hasNext();) {
        const auto m = it.next();
        tags.append({m.captured(), {m.capturedStart(), m.capturedLength()}});
    }
    const int cap = v.intSetting(QStringLiteral("hashtags.max"));
    const int min = v.intSetting(QStringLiteral("hashtags.min"));
    const int maxChars = v.intSetting(QStringLiteral("hashtags.tag_max_chars"));
    const int total = static_cast<int>(tags.size()) + captionHashtags;
    const QString field = f.text;

    if (total < min)
        v.add(out, {QStringLiteral("hashtags.count"),
                    Severity::Info,
                    f.field,
                    {},
                    QStringLiteral("hashtags_none"),
                    {},
                    std::nullopt});
    if (total > cap && !tags.isEmpty()) {
        // The tags past the cap (those in the caption count first: they are already posted text).
        const qsizetype keep = std::max<qsizetype>(0, cap - captionHashtags);
        QList<text::Span> extra;
        for (qsizetype i = keep; i < tags.size(); ++i)
            extra.append(tags.at(i).span);
        // One edit removes the tail of the list, with the space before it.
        const qsizetype cut = keep > 0 ? tags.at(keep - 1).span.end() : 0;
        const QList<TextEdit> edits = {{f.field, {cut, field.size() - cut}, QString()}};
        std::optional<QuickFix> fix;
        if (!extra.isEmpty())
            fix = QuickFix{QStringLiteral("remove_extra_hashtags"), {QString::number(cap)}, edits};
        v.add(out, {QStringLiteral("hashtags.count"),
                    Severity::Error,
                    f.field,
                    extra,
                    QStringLiteral("hashtags_too_many"),
                    {QString::number(total), QString::number(cap)},
                    fix});
    }

    static const QRegularExpression valid(QStringLiteral("^#[\\p{L}\\p{M}\\p{N}_]+$"));
    static const QRegularExpression invalidChars(QStringLiteral("[^\\p{L}\\p{M}\\p{N}_]"));
    static const QRegularExpression digitsOnly(QStringLiteral("^#\\p{N}+$"));
    QSet<QString> banned;
    for (const QString& b : v.pack->bannedHashtags())
        banned.insert(b.toCaseFolded());
    QSet<QString> seen;
    for (const Tag& tag : std::as_const(tags)) {
        const QString folded = tag.text.toCaseFolded();
        if (!tag.text.startsWith(u'#')) {
            // The fix makes a hashtag that is valid as a whole: "#" in front, and characters no
            // hashtag takes (commas, dots, symbols) left out.
            QString cleaned = tag.text;
            cleaned.remove(invalidChars);
            std::optional<QuickFix> fix;
            if (cleaned == tag.text)
                fix = QuickFix{
                        QStringLiteral("add_hash"), {tag.text}, {{f.field, {tag.span.start, 0}, QStringLiteral("#")}}};
            else if (!cleaned.isEmpty() && !digitsOnly.match(u'#' + cleaned).hasMatch())
                fix = QuickFix{
                        QStringLiteral("replace"), {tag.text, u'#' + cleaned}, {{f.field, tag.span, u'#' + cleaned}}};
            v.add(out, {QStringLiteral("hashtags.format"),
                        Severity::Error,
                        f.field,
                        {tag.span},
                        QStringLiteral("hashtag_no_hash"),
                        {tag.text},
                        fix});
        } else if (!valid.match(tag.text).hasMatch()) {
            QString cleaned = tag.text.mid(1);
            cleaned.remove(invalidChars);
            const bool salvageable = !cleaned.isEmpty() && !digitsOnly.match(u'#' + cleaned).hasMatch();
            v.add(out, {QStringLiteral("hashtags.format"),
                        Severity::Error,
                        f.field,
                        {tag.span},
                        QStringLiteral("hashtag_bad_chars"),
                        {tag.text},
                        salvageable ? std::optional<QuickFix>(QuickFix{QStringLiteral("replace"),
                                                                       {tag.text, u'#' + cleaned},
                                                                       {{f.field, tag.span, u'#' + cleaned}}})
                                    : std::nullopt});
        } else if (digitsOnly.match(tag.text).hasMatch()) {
            v.add(out, {QStringLiteral("hashtags.format"),
                        Severity::Error,
                        f.field,
                        {tag.span},
                        QStringLiteral("hashtag_digits_only"),
                        {tag.text},
                        std::nullopt});
        } else if (tag.text.size() - 1 > maxChars) {
            v.add(out, {QStringLiteral("hashtags.format"),
                        Severity::Warning,
                        f.field,
                        {tag.span},
                        QStringLiteral("hashtag_too_long"),
                        {tag.text, QString::number(maxChars)},
                        std::nullopt});
        }
        if (seen.contains(folded)) {
            v.add(out,
                  {QStringLiteral("hashtags.duplicate"),
                   Severity::Warning,
                   f.field,
                   {tag.span},
                   QStringLiteral("hashtag_duplicate"),
                   {tag.text},
                   QuickFix{QStringLiteral("remove"), {tag.text}, {{f.field, withSpace(field, tag.span), QString()}}}});
        }
        seen.insert(folded);
        if (banned.contains(folded)) {
            v.add(out,
                  {QStringLiteral("hashtags.banned"),
                   Severity::Error,
                   f.field,
                   {tag.span},
                   QStringLiteral("hashtag_banned"),
                   {tag.text},
                   QuickFix{QStringLiteral("remove"), {tag.text}, {{f.field, withSpace(field, tag.span), QString()}}}});
        }
        // Banned words of the brand hidden in a hashtag ("#FatBurn" holds "fat" only as a prefix:
        // a tag is flagged when it *is* a banned word).
        for (const QString& word : v.context.profile.doNotUse) {
            if (folded == u'#' + word.toCaseFolded().remove(u' '))
                v.add(out, {QStringLiteral("safety.do_not_use"),
                            Severity::Error,
                            f.field,
                            {tag.span},
                            QStringLiteral("banned_word"),
                            {tag.text},
                            QuickFix{QStringLiteral("remove"),
                                     {tag.text},
                                     {{f.field, withSpace(field, tag.span), QString()}}}});
        }
    }
    for (const QString& required : v.context.profile.requiredHashtags) {
        QString wanted = required.trimmed();
        if (!wanted.startsWith(u'#'))
            wanted.prepend(u'#');
        if (!seen.contains(wanted.toCaseFolded()))
            v.add(out, {QStringLiteral("hashtags.required"),
                        Severity::Warning,
                        f.field,
                        {},
                        QStringLiteral("hashtag_required_missing"),
                        {wanted},
                        QuickFix{QStringLiteral("add_hashtag"),
                                 {wanted},
                                 {{f.field, {field.size(), 0}, field.isEmpty() ? wanted : u' ' + wanted}}}});
    }
}

} // namespace reel::rules
