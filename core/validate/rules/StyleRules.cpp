// Style and tone: shouting, piles of "!!!" or emoji, repeated words, sentence length,
// spelling, readability, sentiment against the emotion, brand voice, durations.

#include "text/Readability.h"
#include "text/Segmenter.h"
#include "text/Sentiment.h"
#include "validate/ValidatorImpl.h"

#include <QRegularExpression>

namespace reel::rules {

namespace {

bool isAllCaps(const text::Word& w)
{
    int letters = 0;
    for (const QChar c : w.text) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        }
    }
    return letters >= 2;
}

QString sentenceCase(const QString& text)
{
    QString out = text.toLower();
    return out;
}

void shouting(const Validator::Impl& v, const FieldText& f, QList<Finding>& out)
{
    const int minWords = std::max(1, v.intSetting(QStringLiteral("shouting.min_words")));
    qsizetype runStart = -1;
    const auto flush = [&](qsizetype endIndex) {
        if (runStart < 0)
            return;
        const qsizetype count = endIndex - runStart;
        if (count >= minWords) {
            const text::Span span{f.words.at(runStart).span.start,
                                  f.words.at(endIndex - 1).span.end() - f.words.at(runStart).span.start};
            const QString shouted = f.text.mid(span.start, span.length);
            v.add(out, {QStringLiteral("style.shouting"),
                        Severity::Warning,
                        f.field,
                        {span},
                        QStringLiteral("shouting"),
                        {shouted},
                        QuickFix{QStringLiteral("lowercase"), {shouted}, {{f.field, span, sentenceCase(shouted)}}}});
        }
        runStart = -1;
    };
    for (qsizetype i = 0; i < f.words.size(); ++i) {
        if (isAllCaps(f.words.at(i))) {
            if (runStart < 0)
                runStart = i;
        } else if (f.words.at(i).allLetters || !f.words.at(i).hasDigit) {
            flush(i);
        }
    }
    flush(f.words.size());
}

void punctuation(const Validator::Impl& v, const FieldText& f, QList<Finding>& out)
{
    const int maxRun = std::max(1, v.intSetting(QStringLiteral("exclamation.max_run")));
    static const QRegularExpression marks(QStringLiteral("[!！?？‼⁉]{2,}"));
    for (auto it = marks.globalMatch(f.text); it.hasNext();) {
        const auto m = it.next();
        const QString run = m.captured();
        const bool hasExclamation = run.contains(u'!') || run.contains(u'！') || run.contains(u'‼');
        if (run.size() <= maxRun || !hasExclamation)
            continue;
        const QString single = run.contains(u'?') || run.contains(u'？') ? QStringLiteral("?!") : QStringLiteral("!");
        v.add(out, {QStringLiteral("style.exclamations"),
                    Severity::Warning,
                    f.field,
                    {{m.capturedStart(), m.capturedLength()}},
                    QStringLiteral("exclamations"),
                    {run},
                    QuickFix{QStringLiteral("replace"),
                             {run, single},
                             {{f.field, {m.capturedStart(), m.capturedLength()}, single}}}});
    }
}

void emoji(const Validator::Impl& v, const FieldText& f, QList<Finding>& out)
{
    const QList<text::Span> all = text::Segmenter::emoji(f.text);
    const int maxRun = std::max(1, v.intSetting(QStringLiteral("emoji.max_run")));
    const int maxTotal = v.intSetting(QStringLiteral("emoji.max_per_field"));
    qsizetype i = 0;
    while (i < all.size()) {
        qsizetype j = i + 1;
        // Emoji separated by nothing but spaces form one pile.
        while (j < all.size()
               && f.text.mid(all.at(j - 1).end(), all.at(j).start - all.at(j - 1).end()).trimmed().isEmpty())
            ++j;
        if (j - i > maxRun) {
            const text::Span pile{all.at(i).start, all.at(j - 1).end() - all.at(i).start};
            const text::Span extra{all.at(i + maxRun).start, all.at(j - 1).end() - all.at(i + maxRun).start};
            v.add(out, {QStringLiteral("style.emoji"),
                        Severity::Warning,
                        f.field,
                        {pile},
                        QStringLiteral("emoji_pile"),
                        {QString::number(j - i), QString::number(maxRun)},
                        QuickFix{QStringLiteral("remove"),
                                 {f.text.mid(extra.start, extra.length)},
                                 {{f.field, extra, QString()}}}});
        }
        i = j;
    }
    if (maxTotal > 0 && all.size() > maxTotal)
        v.add(out, {QStringLiteral("style.emoji"),
                    Severity::Info,
                    f.field,
                    {},
                    QStringLiteral("emoji_many"),
                    {QString::number(all.size()), QString::number(maxTotal)},
                    std::nullopt});
}

void repetition(const Validator::Impl& v, const FieldText& f, QList<Finding>& out)
{
    // "the the": the same word twice in a row (ignoring case), separated only by spaces.
    for (qsizetype i = 1; i < f.words.size(); ++i) {
        const text::Word& a = f.words.at(i - 1);
        const text::Word& b = f.words.at(i);
        if (a.text.compare(b.text, Qt::CaseInsensitive) != 0 || a.hasDigit)
            continue;
        const QString between = f.text.mid(a.span.end(), b.span.start - a.span.end());
        if (!between.trimmed().isEmpty() || between.isEmpty())
            continue;
        const text::Span removal{a.span.end(), b.span.end() - a.span.end()};
        v.add(out, {QStringLiteral("style.repeated_word"),
                    Severity::Warning,
                    f.field,
                    {b.span},
                    QStringLiteral("word_repeated"),
                    {b.text},
                    QuickFix{QStringLiteral("remove"), {b.text}, {{f.field, removal, QString()}}}});
    }
    // A content word used too often in one section.
    const int maxUses = v.intSetting(QStringLiteral("repetition.max_uses"));
    const int minLetters = v.intSetting(QStringLiteral("repetition.min_letters"));
    if (maxUses <= 0 || v.language == u"ja")
        return;
    QHash<QString, QList<text::Span>> uses;
    QStringList order;
    for (const text::Word& w : f.words) {
        if (w.hasDigit || w.text.size() < minLetters || v.stopWords.contains(w.text.toCaseFolded()))
            continue;
        const QString key = v.stemmer->stem(w.text);
        if (!uses.contains(key))
            order.append(key);
        uses[key].append(w.span);
    }
    for (const QString& key : std::as_const(order)) {
        const QList<text::Span>& spans = uses.value(key);
        if (spans.size() > maxUses)
            v.add(out, {QStringLiteral("style.overused_word"),
                        Severity::Info,
                        f.field,
                        spans,
                        QStringLiteral("word_overused"),
                        {f.text.mid(spans.first().start, spans.first().length), QString::number(spans.size())},
                        std::nullopt});
    }
}

} // namespace

void style(const Validator::Impl& v, const FieldText& f, QList<Finding>& out)
{
    shouting(v, f, out);
    punctuation(v, f, out);
    emoji(v, f, out);
    repetition(v, f, out);
}

void spelling(const Validator::Impl& v, const FieldText& f, QList<Finding>& out)
{
    if (!v.speller->isAvailable() || f.text.trimmed().isEmpty())
        return;
    for (const text::Word& w : f.unknown)
        v.add(out, {QStringLiteral("spelling.unknown_word"),
                    Severity::Info,
                    f.field,
                    {w.span},
                    QStringLiteral("spelling"),
                    {w.text, v.languageName},
                    std::nullopt});
}

void sentenceLength(const Validator::Impl& v, const FieldText& f, QList<Finding>& out)
{
    const int max = v.intSetting(QStringLiteral("sentence.max_words"));
    if (max <= 0 || v.language == u"ja")
        return;
    for (const text::Span& sentence : text::Segmenter::sentences(f.text, v.language)) {
        const auto words = std::count_if(f.words.cbegin(), f.words.cend(), [&](const text::Word& w) {
            return w.span.start >= sentence.start && w.span.end() <= sentence.end();
        });
        if (words > max)
            v.add(out, {QStringLiteral("readability.sentence_length"),
                        Severity::Warning,
                        f.field,
                        {sentence},
                        QStringLiteral("sentence_too_long"),
                        {QString::number(words), QString::number(max)},
                        std::nullopt});
    }
}

void script(const Validator::Impl& v, const ReelScript& s, const DurationEstimate& d, QList<Finding>& out)
{
    // Total spoken duration against the requested length.
    const double total = d.totalSeconds();
    const int target = d.targetSeconds;
    if (target > 0 && !(s.hook.isEmpty() && s.body.isEmpty() && s.cta.isEmpty())) {
        const QString said = QString::number(total, 'f', 0);
        if (total > target * (1.0 + d.tolerance))
            v.add(out, {QStringLiteral("timing.total"),
                        Severity::Error,
                        ScriptField::Body,
                        {},
                        QStringLiteral("duration_too_long"),
                        {said, QString::number(target)},
                        std::nullopt});
        else if (total < target * (1.0 - d.tolerance))
            v.add(out, {QStringLiteral("timing.total"),
                        Severity::Warning,
                        ScriptField::Body,
                        {},
                        QStringLiteral("duration_too_short"),
                        {said, QString::number(target)},
                        std::nullopt});
        const int recommended = v.intSetting(QStringLiteral("duration.recommended_max_seconds"));
        if (target > recommended)
            v.add(out, {QStringLiteral("timing.platform"),
                        Severity::Info,
                        ScriptField::Body,
                        {},
                        QStringLiteral("duration_over_recommended"),
                        {QString::number(target), QString::number(recommended)},
                        std::nullopt});
    }
    if (!s.shots.isEmpty() && target > 0) {
        double end = 0;
        for (const Shot& shot : s.shots)
            end = std::max(end, shot.endS);
        if (end > target * (1.0 + d.tolerance))
            v.add(out, {QStringLiteral("timing.shots"),
                        Severity::Warning,
                        ScriptField::Shots,
                        {},
                        QStringLiteral("shots_past_end"),
                        {QString::number(end, 'f', 1), QString::number(target)},
                        std::nullopt});
    }

    const QString spoken = QStringList{s.hook, s.body, s.cta}.join(u'\n');
    if (spoken.trimmed().isEmpty())
        return;

    if (!v.speller->isAvailable())
        v.add(out, {QStringLiteral("spelling.unknown_word"),
                    Severity::Info,
                    ScriptField::Body,
                    {},
                    QStringLiteral("spelling_unavailable"),
                    {v.languageName},
                    std::nullopt});

    // Brand voice: each of the profile's voices should be heard somewhere.
    const QString voiced = spoken + u'\n' + s.caption;
    const QList<text::Word> voicedWords = text::Segmenter::words(voiced, v.language);
    for (const auto& [voice, matcher] : v.voices) {
        if (matcher.find(voiced, voicedWords).isEmpty())
            v.add(out, {QStringLiteral("voice.keywords"),
                        Severity::Warning,
                        ScriptField::Body,
                        {},
                        QStringLiteral("voice_missing"),
                        {voice},
                        std::nullopt});
    }

    // Readability (Flesch with the language's constants).
    const auto readability = text::Readability::flesch(spoken, v.language, *v.syllables);
    if (!readability) {
        v.add(out, {QStringLiteral("readability.score"),
                    Severity::Info,
                    ScriptField::Body,
                    {},
                    QStringLiteral("readability_unavailable"),
                    {v.languageName},
                    std::nullopt});
    } else {
        const double min = v.setting(QStringLiteral("readability.min_score"));
        if (readability->fleschReadingEase < min)
            v.add(out, {QStringLiteral("readability.score"),
                        Severity::Warning,
                        ScriptField::Body,
                        {},
                        QStringLiteral("readability_low"),
                        {QString::number(readability->fleschReadingEase, 'f', 0), QString::number(min)},
                        std::nullopt});
    }

    // Tone against the requested emotion (VADER; English only).
    const auto sentiment = text::Sentiment::builtIn().score(spoken, v.language);
    if (!sentiment) {
        v.add(out, {QStringLiteral("sentiment.emotion_fit"),
                    Severity::Info,
                    ScriptField::Body,
                    {},
                    QStringLiteral("sentiment_unavailable"),
                    {v.languageName},
                    std::nullopt});
        return;
    }
    const QString emotion = v.context.request.emotion.trimmed().toLower();
    const double threshold = v.setting(QStringLiteral("sentiment.threshold"));
    static const QStringList positive = {QStringLiteral("excitement"), QStringLiteral("joy"),
                                         QStringLiteral("inspiration"), QStringLiteral("surprise")};
    static const QStringList negative = {QStringLiteral("fear"), QStringLiteral("frustration")};
    const QString compound = QString::number(sentiment->compound, 'f', 2);
    if (positive.contains(emotion) && sentiment->compound <= -threshold)
        v.add(out, {QStringLiteral("sentiment.emotion_fit"),
                    Severity::Warning,
                    ScriptField::Body,
                    {},
                    QStringLiteral("sentiment_mismatch"),
                    {QStringLiteral("negative"), compound, emotion},
                    std::nullopt});
    else if (negative.contains(emotion)) {
        // A fear or frustration Reel names the problem first: its hook should not read upbeat.
        const auto hook = text::Sentiment::builtIn().score(s.hook, v.language);
        if (hook && hook->compound >= 0.5)
            v.add(out, {QStringLiteral("sentiment.emotion_fit"),
                        Severity::Warning,
                        ScriptField::Hook,
                        {},
                        QStringLiteral("sentiment_mismatch"),
                        {QStringLiteral("positive"), QString::number(hook->compound, 'f', 2), emotion},
                        std::nullopt});
    }
}

} // namespace reel::rules
