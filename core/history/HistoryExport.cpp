// History's text exports: Markdown, CSV, teleprompter text and captions (cues, SRT). The JSON
// export and its import are in HistoryJson.cpp.

#include "history/HistoryExport.h"

#include "common/Csv.h"
#include "text/Language.h"
#include "text/Segmenter.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace reel::history {

namespace {

constexpr int kCueLineMax = 42;        // characters per caption line (broadcast captioning norm)
constexpr int kCueLines = 2;           // lines per caption
constexpr double kMinCueSeconds = 0.7; // shorter flashes by faster than anyone reads
constexpr int kPrompterLineMax = 32;   // short lines a presenter reads without moving the eyes

QString iso(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

text::LanguageCode languageOf(const GenerationRecord& record)
{
    return record.language.isEmpty() ? QStringLiteral("en") : record.language;
}

// ---- ratings ---------------------------------------------------------------------------

struct RatingSummary
{
    std::optional<double> averageStars;
    int starCount = 0;
    int up = 0;
    int down = 0;
};

RatingSummary summarize(const QList<Rating>& ratings)
{
    RatingSummary s;
    double sum = 0;
    for (const Rating& r : ratings) {
        if (r.stars) {
            sum += *r.stars;
            ++s.starCount;
        }
        if (r.thumb == Thumb::Up)
            ++s.up;
        else if (r.thumb == Thumb::Down)
            ++s.down;
    }
    if (s.starCount > 0)
        s.averageStars = sum / s.starCount;
    return s;
}

// ---- line wrapping ---------------------------------------------------------------------

struct Piece
{
    QString text;
    bool spaceBefore = false;
    qsizetype width = 0;
};

constexpr QStringView kNoLineStart = QStringView(
        u"。、，．！？）」』】〕〉》ー…・：；!?),.ゃゅょっぁぃぅぇぉャュョッァィゥェォ");

bool unspaced(const text::LanguageCode& language)
{
    return text::detail::langOf(language) == text::detail::Lang::Ja;
}

// Words, or for Japanese (written without spaces) single characters, so that a line can break
// anywhere a reader would accept it.
QList<Piece> piecesOf(const QString& sentence, const text::LanguageCode& language)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QList<Piece> pieces;
    const QStringList words = sentence.split(space, Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (!unspaced(language)) {
            pieces.append({word, !pieces.isEmpty(), text::Segmenter::graphemeCount(word)});
            continue;
        }
        bool first = true;
        for (const text::Span& g : text::Segmenter::graphemes(word)) {
            const QString grapheme = word.mid(g.start, g.length);
            // Closing punctuation and the long-vowel mark never start a line (kinsoku shori).
            if (!first && kNoLineStart.contains(grapheme)) {
                pieces.last().text += grapheme;
                ++pieces.last().width;
                continue;
            }
            pieces.append({grapheme, first && !pieces.isEmpty(), 1});
            first = false;
        }
    }
    return pieces;
}

/// Greedy wrap at `max` characters; a word longer than a line is a line of its own.
QStringList wrap(const QString& sentence, const text::LanguageCode& language, int max)
{
    QStringList lines;
    QString line;
    qsizetype width = 0;
    for (const Piece& piece : piecesOf(sentence, language)) {
        const qsizetype gap = (piece.spaceBefore && !line.isEmpty()) ? 1 : 0;
        if (!line.isEmpty() && width + gap + piece.width > max) {
            lines.append(line);
            line.clear();
            width = 0;
        }
        if (!line.isEmpty() && piece.spaceBefore) {
            line += u' ';
            ++width;
        }
        line += piece.text;
        width += piece.width;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

/// The sentences of the spoken parts (hook, body, CTA), in order.
QStringList spokenSentences(const ReelScript& script, const text::LanguageCode& language)
{
    QStringList out;
    for (const QString& part : {script.hook, script.body, script.cta}) {
        for (const text::Span& s : text::Segmenter::sentences(part, language)) {
            const QString sentence = part.mid(s.start, s.length).simplified();
            if (!sentence.isEmpty())
                out.append(sentence);
        }
    }
    return out;
}

// ---- Markdown --------------------------------------------------------------------------

// Keeps user text from turning into headings, quotes or lists, and keeps its line breaks.
QString markdownText(const QString& text)
{
    static const QRegularExpression blockStart(QStringLiteral("^(\\s*)([#>]|[-*+](?=\\s)|\\d+[.)](?=\\s))"),
                                               QRegularExpression::MultilineOption);
    QString out = text.trimmed();
    out.replace(u'\r', QString());
    out.replace(blockStart, QStringLiteral("\\1\\\\\\2"));
    out.replace(QRegularExpression(QStringLiteral("\n(?!\n)")), QStringLiteral("  \n"));
    return out;
}

QString tableCell(const QString& text)
{
    QString out = text.simplified();
    out.replace(u'|', QStringLiteral("\\|"));
    return out;
}

QString seconds(double s)
{
    return QString::number(s, 'g', 6);
}

QString counted(qint64 n, const char* one, const char* many)
{
    return QString::number(n) + u' ' + QLatin1String(n == 1 ? one : many);
}

QString starsLine(const RatingSummary& s, qsizetype count)
{
    QStringList parts;
    if (s.averageStars) {
        const int full = static_cast<int>(std::lround(*s.averageStars));
        parts.append(QString(full, QChar(0x2605)) + QString(5 - full, QChar(0x2606)) + u' '
                     + QString::number(*s.averageStars, 'f', 1) + QStringLiteral("/5"));
    }
    if (s.up > 0 || s.down > 0)
        parts.append(QStringLiteral("%1 up, %2 down").arg(s.up).arg(s.down));
    if (parts.isEmpty())
        return QStringLiteral("not rated yet");
    return parts.join(QStringLiteral(" · "))
           + QStringLiteral(" (%1 rating%2)").arg(count).arg(count == 1 ? QString() : QStringLiteral("s"));
}

QString provenance(const GenerationRecord& r)
{
    QStringList parts;
    if (!r.provider.isEmpty())
        parts.append(r.provider);
    if (!r.model.isEmpty())
        parts.append(r.model);
    if (!r.promptVersion.isEmpty())
        parts.append(QStringLiteral("prompt ") + r.promptVersion);
    if (r.usage.prompt > 0 || r.usage.completion > 0)
        parts.append(QStringLiteral("%1 prompt + %2 completion tokens").arg(r.usage.prompt).arg(r.usage.completion));
    if (r.costUsd > 0)
        parts.append(u'$' + QString::number(r.costUsd, 'f', 4));
    if (r.latencyMs > 0)
        parts.append(QString::number(static_cast<double>(r.latencyMs) / 1000.0, 'f', 1) + QStringLiteral(" s"));
    if (r.attempts > 1)
        parts.append(QStringLiteral("%1 attempts").arg(r.attempts));
    return parts.join(QStringLiteral(" · "));
}

void appendSection(QString& md, const QString& heading, const QString& text)
{
    if (text.trimmed().isEmpty())
        return;
    md += QStringLiteral("## ") + heading + QStringLiteral("\n\n") + markdownText(text) + QStringLiteral("\n\n");
}

QString markdownOf(const HistoryEntry& entry, const DocumentWords& words)
{
    const GenerationRecord& r = entry.record;
    const ReelScript& s = r.script;
    QString md;
    md += QStringLiteral("# ") + tableCell(r.title.isEmpty() ? r.script.hook : r.title) + QStringLiteral("\n\n");

    QStringList facts;
    const auto fact = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            facts.append(QStringLiteral("- **") + label + QStringLiteral(":** ") + tableCell(value));
    };
    fact(words.labelOf(QStringLiteral("Brand")), r.profile.brandName);
    fact(words.labelOf(QStringLiteral("Status")), words.statusOf(r.status));
    fact(words.labelOf(QStringLiteral("Rating")), starsLine(summarize(entry.ratings), entry.ratings.size()));
    QStringList request;
    for (const auto& [kind, v] :
         {std::pair{CatalogKind::Goal, r.request.goal}, std::pair{CatalogKind::HookType, r.request.hookType},
          std::pair{CatalogKind::Emotion, r.request.emotion}, std::pair{CatalogKind::Language, r.language}})
        if (!v.isEmpty())
            request.append(words.catalogOf(kind, v));
    if (r.request.scriptLength > 0)
        request.append(QStringLiteral("%1 s").arg(r.request.scriptLength));
    fact(words.labelOf(QStringLiteral("Request")), request.join(QStringLiteral(" · ")));
    fact(words.labelOf(QStringLiteral("Validation")), words.validationOf(r.score, r.errors, r.warnings));
    fact(words.labelOf(QStringLiteral("Generated by")), provenance(r));
    if (r.createdAt.isValid())
        fact(words.labelOf(QStringLiteral("Created")),
             r.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                     + QStringLiteral(" · version %1").arg(r.currentVersion));
    if (entry.performance && !entry.performance->figures.isEmpty()) {
        const Engagement& f = entry.performance->figures;
        QStringList figures;
        const auto figure = [&](const char* name, const std::optional<qint64>& v) {
            if (v)
                figures.append(QStringLiteral("%1 %2").arg(*v).arg(QLatin1String(name)));
        };
        figure("views", f.views);
        figure("likes", f.likes);
        figure("comments", f.comments);
        figure("shares", f.shares);
        figure("saves", f.saves);
        fact(words.labelOf(QStringLiteral("Performance")), figures.join(QStringLiteral(" · ")));
    }
    md += facts.join(u'\n') + QStringLiteral("\n\n");

    appendSection(md, words.labelOf(QStringLiteral("Hook")), s.hook);
    appendSection(md, words.labelOf(QStringLiteral("Body")), s.body);
    appendSection(md, words.labelOf(QStringLiteral("CTA")), s.cta);
    appendSection(md, words.labelOf(QStringLiteral("Caption")), s.caption);
    if (!s.hashtags.isEmpty())
        md += QStringLiteral("## ") + words.labelOf(QStringLiteral("Hashtags")) + QStringLiteral("\n\n")
              + s.hashtags.join(u' ') + QStringLiteral("\n\n");
    if (!s.onScreenText.isEmpty()) {
        md += QStringLiteral("## ") + words.labelOf(QStringLiteral("On-screen text")) + QStringLiteral("\n\n");
        for (const QString& line : s.onScreenText)
            md += QStringLiteral("- ") + tableCell(line) + u'\n';
        md += u'\n';
    }
    if (!s.shots.isEmpty()) {
        md += QStringLiteral("## %1\n\n| %2 | %3 | %4 |\n|---|---|---|\n")
                      .arg(words.labelOf(QStringLiteral("Shots")), words.labelOf(QStringLiteral("Time")),
                           words.labelOf(QStringLiteral("Visual")), words.labelOf(QStringLiteral("Voice-over")));
        for (const Shot& shot : s.shots)
            md += QStringLiteral("| %1–%2 s | %3 | %4 |\n")
                          .arg(seconds(shot.startS), seconds(shot.endS), tableCell(shot.visual),
                               tableCell(shot.voiceover));
        md += u'\n';
    }
    if (!s.thumbnailText.isEmpty())
        appendSection(md, words.labelOf(QStringLiteral("Thumbnail text")), s.thumbnailText);
    return md;
}

// ---- captions --------------------------------------------------------------------------

QString srtTime(qint64 ms)
{
    ms = std::max<qint64>(ms, 0);
    return QStringLiteral("%1:%2:%3,%4")
            .arg(ms / 3'600'000, 2, 10, QLatin1Char('0'))
            .arg(ms / 60'000 % 60, 2, 10, QLatin1Char('0'))
            .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
            .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

} // namespace

QString suffix(Format format)
{
    switch (format) {
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Teleprompter:
        return QStringLiteral("txt");
    case Format::Srt:
        return QStringLiteral("srt");
    }
    return {};
}

std::optional<Format> formatFromName(const QString& name)
{
    QString n = name.trimmed().toLower();
    if (n.startsWith(u'.'))
        n.remove(0, 1);
    if (n == u"md" || n == u"markdown")
        return Format::Markdown;
    if (n == u"csv")
        return Format::Csv;
    if (n == u"json")
        return Format::Json;
    if (n == u"txt" || n == u"teleprompter")
        return Format::Teleprompter;
    if (n == u"srt")
        return Format::Srt;
    return std::nullopt;
}

QString DocumentWords::statusOf(const QString& id) const
{
    if (status)
        return status(id);
    static const QHash<QString, QString> english = {{QLatin1String(Workflow::kDraft), QStringLiteral("Draft")},
                                                    {QLatin1String(Workflow::kInReview), QStringLiteral("In review")},
                                                    {QLatin1String(Workflow::kApproved), QStringLiteral("Approved")},
                                                    {QLatin1String(Workflow::kRejected), QStringLiteral("Rejected")},
                                                    {QLatin1String(Workflow::kPublished), QStringLiteral("Published")}};
    return english.value(id, id);
}

QString DocumentWords::catalogOf(CatalogKind kind, const QString& id) const
{
    if (catalog)
        return catalog(kind, id);
    const auto entry = Catalog::builtIn().entry(kind, id);
    return entry ? entry->label : id;
}

QString DocumentWords::validationOf(int score, int errors, int warnings) const
{
    if (validation)
        return validation(score, errors, warnings);
    return QStringLiteral("score %1, %2, %3")
            .arg(QString::number(score), counted(errors, "error", "errors"), counted(warnings, "warning", "warnings"));
}

QByteArray toMarkdown(const QList<HistoryEntry>& entries, const DocumentWords& words)
{
    QStringList parts;
    for (const HistoryEntry& entry : entries)
        parts.append(markdownOf(entry, words).trimmed() + u'\n');
    return parts.join(QStringLiteral("\n---\n\n")).toUtf8();
}

QByteArray toCsv(const QList<HistoryEntry>& entries)
{
    QString out = csvRecord({
            QStringLiteral("id"),
            QStringLiteral("uuid"),
            QStringLiteral("created_at"),
            QStringLiteral("updated_at"),
            QStringLiteral("title"),
            QStringLiteral("brand"),
            QStringLiteral("status"),
            QStringLiteral("language"),
            QStringLiteral("sector"),
            QStringLiteral("hook_type"),
            QStringLiteral("emotion"),
            QStringLiteral("goal"),
            QStringLiteral("provider"),
            QStringLiteral("model"),
            QStringLiteral("prompt_version"),
            QStringLiteral("current_version"),
            QStringLiteral("hook"),
            QStringLiteral("body"),
            QStringLiteral("cta"),
            QStringLiteral("caption"),
            QStringLiteral("hashtags"),
            QStringLiteral("avg_stars"),
            QStringLiteral("rating_count"),
            QStringLiteral("thumbs_up"),
            QStringLiteral("thumbs_down"),
            QStringLiteral("score"),
            QStringLiteral("errors"),
            QStringLiteral("warnings"),
            QStringLiteral("prompt_tokens"),
            QStringLiteral("completion_tokens"),
            QStringLiteral("cost_usd"),
            QStringLiteral("latency_ms"),
            QStringLiteral("views"),
            QStringLiteral("likes"),
            QStringLiteral("comments"),
            QStringLiteral("shares"),
            QStringLiteral("saves"),
    });
    for (const HistoryEntry& entry : entries) {
        const GenerationRecord& r = entry.record;
        const RatingSummary rating = summarize(entry.ratings);
        const Engagement figures = entry.performance ? entry.performance->figures : Engagement{};
        const auto figure = [](const std::optional<qint64>& v) { return v ? QString::number(*v) : QString(); };
        out += csvRecord({
                QString::number(r.id),
                r.uuid,
                iso(r.createdAt),
                iso(r.updatedAt),
                r.title,
                r.profile.brandName,
                r.status,
                r.language,
                r.profile.sector,
                r.request.hookType,
                r.request.emotion,
                r.request.goal,
                r.provider,
                r.model,
                r.promptVersion,
                QString::number(r.currentVersion),
                r.script.hook,
                r.script.body,
                r.script.cta,
                r.script.caption,
                r.script.hashtags.join(u' '),
                rating.averageStars ? QString::number(*rating.averageStars, 'f', 2) : QString(),
                QString::number(entry.ratings.size()),
                QString::number(rating.up),
                QString::number(rating.down),
                QString::number(r.score),
                QString::number(r.errors),
                QString::number(r.warnings),
                QString::number(r.usage.prompt),
                QString::number(r.usage.completion),
                QString::number(r.costUsd, 'f', 6),
                QString::number(r.latencyMs),
                figure(figures.views),
                figure(figures.likes),
                figure(figures.comments),
                figure(figures.shares),
                figure(figures.saves),
        });
    }
    return out.toUtf8();
}

QByteArray toTeleprompter(const QList<HistoryEntry>& entries)
{
    QStringList scripts;
    for (const HistoryEntry& entry : entries) {
        const GenerationRecord& r = entry.record;
        const text::LanguageCode language = languageOf(r);
        QStringList blocks;
        if (!r.title.trimmed().isEmpty())
            blocks.append(r.title.simplified().toUpper());
        for (const QString& part : {r.script.hook, r.script.body, r.script.cta}) {
            QStringList lines;
            for (const text::Span& s : text::Segmenter::sentences(part, language))
                lines += wrap(part.mid(s.start, s.length), language, kPrompterLineMax);
            if (!lines.isEmpty())
                blocks.append(lines.join(u'\n'));
        }
        scripts.append(blocks.join(QStringLiteral("\n\n")) + u'\n');
    }
    // Big gaps, so the presenter sees where one script ends.
    return scripts.join(QStringLiteral("\n\n\n\n* * *\n\n\n\n")).toUtf8();
}

QList<Cue> captionCues(const HistoryEntry& entry, const std::optional<text::SpeakingRate>& calibrated)
{
    const GenerationRecord& r = entry.record;
    const text::LanguageCode language = languageOf(r);

    QList<Cue> cues;
    QList<double> durations;
    for (const QString& sentence : spokenSentences(r.script, language)) {
        const QStringList lines = wrap(sentence, language, kCueLineMax);
        for (qsizetype i = 0; i < lines.size(); i += kCueLines) {
            Cue cue;
            cue.text = lines.mid(i, kCueLines).join(u'\n');
            durations.append(std::max(text::SpeakingRates::seconds(cue.text, language, calibrated), kMinCueSeconds));
            cues.append(cue);
        }
    }
    if (cues.isEmpty())
        return cues;

    double total = 0;
    for (double d : durations)
        total += d;
    const qint64 lengthMs = r.request.scriptLength > 0 ? qint64(r.request.scriptLength) * 1000 : 0;
    const double scale = (lengthMs > 0 && total * 1000.0 > double(lengthMs)) ? double(lengthMs) / (total * 1000.0)
                                                                             : 1.0;

    // Boundaries in whole milliseconds (what SRT can say), so that the cues and the SRT agree
    // exactly: back to back, each at least a millisecond long, the last ending within the Reel.
    double elapsed = 0;
    qint64 previousMs = 0;
    for (qsizetype i = 0; i < cues.size(); ++i) {
        elapsed += durations.at(i);
        qint64 endMs = std::llround(elapsed * scale * 1000.0);
        if (lengthMs > 0)
            endMs = std::min(endMs, lengthMs);
        endMs = std::max(endMs, previousMs + 1);
        cues[i].startS = double(previousMs) / 1000.0;
        cues[i].endS = double(endMs) / 1000.0;
        previousMs = endMs;
    }
    return cues;
}

QByteArray toSrt(const QList<Cue>& cues)
{
    QString out;
    for (qsizetype i = 0; i < cues.size(); ++i) {
        const Cue& cue = cues.at(i);
        if (i > 0)
            out += u'\n';
        out += QString::number(i + 1) + u'\n';
        out += srtTime(std::llround(cue.startS * 1000.0)) + QStringLiteral(" --> ")
               + srtTime(std::llround(cue.endS * 1000.0)) + u'\n';
        out += cue.text + u'\n';
    }
    return out.toUtf8();
}

QString fileSlug(const QString& title)
{
    QString out;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
        if (out.size() > 40)
            break;
    }
    out.truncate(40);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

QList<QPair<QString, QByteArray>> srtFiles(const QList<HistoryEntry>& entries, const QString& baseName)
{
    QList<QPair<QString, QByteArray>> out;
    for (const HistoryEntry& entry : entries) {
        QString name = QString::number(entry.record.id);
        if (!baseName.isEmpty())
            name.prepend(baseName + u'-');
        if (const QString title = fileSlug(entry.record.title); !title.isEmpty())
            name += u'-' + title;
        out.append({name + QStringLiteral(".srt"), toSrt(captionCues(entry))});
    }
    return out;
}

} // namespace reel::history
