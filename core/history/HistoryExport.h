#pragma once

#include "catalog/Catalog.h"
#include "common/Result.h"
#include "store/ScriptStore.h"
#include "text/SpeakingRate.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace reel::history {

/// The formats History exports to. PDF is drawn by the UI from the Markdown.
enum class Format
{
    Markdown,
    Csv,
    Json,
    Teleprompter,
    Srt
};

/// "md", "csv", "json", "txt", "srt".
QString suffix(Format format);
/// By suffix or name ("md"/"markdown", "csv", "json", "txt"/"teleprompter", "srt").
std::optional<Format> formatFromName(const QString& name);

/// The words of the readable document, so that the app can write it in the interface language.
/// Unset functions give English: workflow states and catalog values by their English labels
/// ("In review", "Awareness"), never their ids.
struct DocumentWords
{
    /// A heading or fact name, given in English ("Brand", "Status", "Hook", "On-screen text" …).
    std::function<QString(const QString& english)> label;
    /// A workflow state ("in_review").
    std::function<QString(const QString& status)> status;
    /// A goal, hook type, emotion or language id.
    std::function<QString(CatalogKind kind, const QString& id)> catalog;
    /// The validation line ("score 76, 1 error, 2 warnings").
    std::function<QString(int score, int errors, int warnings)> validation;

    QString labelOf(const QString& english) const { return label ? label(english) : english; }
    QString statusOf(const QString& id) const;
    QString catalogOf(CatalogKind kind, const QString& id) const;
    QString validationOf(int score, int errors, int warnings) const;
};

/// A readable document: per script its title, brand, status, rating, provenance and the
/// sections. Also what the clipboard gets and what the PDF is drawn from.
QByteArray toMarkdown(const QList<HistoryEntry>& entries, const DocumentWords& words = {});
/// One row per script (metadata, sections, rating, performance), RFC 4180 quoting, UTF-8 BOM-less.
QByteArray toCsv(const QList<HistoryEntry>& entries);
/// `{"format": "reelstudio-history", "version": 1, "exported_at": …, "scripts": [ … ]}`: each
/// script is the original service's answer envelope (`script`, `validation`, `metadata`) plus a
/// `reelstudio` member holding everything else (uuid, title, status, provenance, profile,
/// request, versions, ratings, status history, performance).
QByteArray toJson(const QList<HistoryEntry>& entries);
/// Reads a JSON export back. A damaged or foreign file, a newer version or a wrong field is
/// refused with what is wrong and where (InvalidInput with JSON paths, or FormatTooNew).
Result<QList<HistoryEntry>> fromJson(const QByteArray& json);
/// What a presenter reads: the spoken parts (hook, body, CTA) in short lines, big gaps between
/// scripts, no metadata beyond the title.
QByteArray toTeleprompter(const QList<HistoryEntry>& entries);

/// One caption.
struct Cue
{
    double startS = 0;
    double endS = 0;
    QString text;
};

/// Captions of the spoken parts (hook, body, CTA), one sentence or less per cue, each at most two
/// lines of 42 characters (a longer word is a line of its own; Japanese breaks between any two
/// characters). Timed back to back from 0 by the speaking-rate model for the record's language
/// ("en" when unset), or by `calibrated` (the user's own rate) when given; each cue lasts at least
/// 0.7 s. When the estimate is longer than the Reel (`request.scriptLength`), every time is scaled
/// so that the last cue ends within it. Times are whole milliseconds.
QList<Cue> captionCues(const HistoryEntry& entry, const std::optional<text::SpeakingRate>& calibrated = std::nullopt);
/// SubRip text of `cues` (numbered from 1, `HH:MM:SS,mmm --> HH:MM:SS,mmm`, a blank line between
/// cues, LF line ends).
QByteArray toSrt(const QList<Cue>& cues);

/// A file-name-safe form of a title, at most 40 characters ("Still skipping workouts?" →
/// "still-skipping-workouts").
QString fileSlug(const QString& title);
/// The caption files of several scripts, one per script: "<base>-<id>-<title slug>.srt" (without
/// "<base>-" when `baseName` is empty) with its SubRip text (write them with writeFileSet).
QList<QPair<QString, QByteArray>> srtFiles(const QList<HistoryEntry>& entries, const QString& baseName);

} // namespace reel::history
