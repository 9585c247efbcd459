#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonDocument>
#include <QString>

#include <optional>

namespace reel {

/// The limits every reader of untrusted input applies before it parses anything. A file, a
/// pasted text or a server's answer over a limit is refused with the limit named; nothing that
/// reads such input recurses deeper than kMaxJsonDepth.
namespace limits {

constexpr qint64 kMiB = 1024 * 1024;
/// Nesting of JSON arrays and objects. Reel Studio's own files nest at most 8 deep; unknown
/// members kept from other tools get the rest.
constexpr int kMaxJsonDepth = 64;
/// A single document: a request, profile, script, rule pack, prompt template or settings file.
constexpr qint64 kDocumentBytes = 16 * kMiB;
/// A library or history file (examples in CSV, JSON or JSONL; a history export).
constexpr qint64 kImportBytes = 128 * kMiB;
/// One answer of a model or embedding server, streamed or not.
constexpr qint64 kAnswerBytes = 32 * kMiB;

/// A byte count as people read it ("16 MiB", "900 KiB", "12 bytes").
QString describeBytes(qint64 bytes);

} // namespace limits

/// Where JSON text nests deeper than `maxDepth`: the byte offset of the first bracket over the
/// limit, or nothing. Brackets inside strings do not count. Linear, no recursion.
std::optional<qsizetype> findExcessNesting(QByteArrayView text, int maxDepth = limits::kMaxJsonDepth);

/// 1-based line and column (in characters) of byte `offset` in `text`.
struct TextPosition
{
    int line = 1;
    int column = 1;
};
TextPosition positionOf(QByteArrayView text, qsizetype offset);

/// Why bytes are not a text file Reel Studio reads.
enum class TextProblem
{
    None,
    Empty,       ///< nothing but white space
    Binary,      ///< a NUL byte or control characters other than tab and line breaks
    InvalidUtf8, ///< a byte sequence that is not UTF-8
};
struct TextCheck
{
    TextProblem problem = TextProblem::None;
    qsizetype offset = -1; ///< the first offending byte, when known
};
TextCheck checkText(QByteArrayView bytes);

/// Reads a whole input (a path, "-" for standard input, a FIFO or a device) of at most
/// `maxBytes`, without ever holding more than `maxBytes + 1` bytes: a larger input is refused
/// with FileTooLarge. With `requireText`, bytes that are not UTF-8 text are refused with
/// FileNotText (naming the byte), and an empty file with FileNotText too.
Result<QByteArray> readInput(const QString& path, qint64 maxBytes, bool requireText = true);

/// Why text is not JSON Reel Studio reads: the reason in English and the byte it is at (see
/// positionOf for the line and column).
struct JsonProblem
{
    QString why;
    qsizetype offset = 0;
    bool tooDeep = false;
};
/// QJsonDocument::fromJson for untrusted text, after the size and nesting checks (Qt's own parser
/// recurses up to 1,024 levels, too deep for a worker thread's stack on some systems). On
/// failure `problem` (when given) says what is wrong. Every JSON text that comes from outside —
/// a file, a server, a workspace from someone else — is read through this or parseDocument.
std::optional<QJsonDocument> parseJsonBounded(const QByteArray& text, qint64 maxBytes, JsonProblem* problem = nullptr);
/// The document, or an empty one when `text` is not JSON within the limits.
QJsonDocument parseJsonOrEmpty(const QByteArray& text, qint64 maxBytes = limits::kDocumentBytes);

} // namespace reel
