#include "common/InputLimits.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonParseError>

#include <cstdio>

namespace reel {

QString limits::describeBytes(qint64 bytes)
{
    if (bytes >= kMiB && bytes % kMiB == 0)
        return QStringLiteral("%1 MiB").arg(bytes / kMiB);
    if (bytes >= kMiB)
        return QStringLiteral("%1 MiB").arg(static_cast<double>(bytes) / static_cast<double>(kMiB), 0, 'f', 1);
    if (bytes >= 1024)
        return QStringLiteral("%1 KiB").arg((bytes + 1023) / 1024);
    return QStringLiteral("%1 bytes").arg(bytes);
}

std::optional<qsizetype> findExcessNesting(QByteArrayView text, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > maxDepth)
                return i;
            break;
        case ']':
        case '}':
            // Unbalanced closers are the parser's business; never go below zero.
            depth = depth > 0 ? depth - 1 : 0;
            break;
        default:
            break;
        }
    }
    return std::nullopt;
}

TextPosition positionOf(QByteArrayView text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    TextPosition p;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++p.line;
            lineStart = i + 1;
        }
    }
    p.column = static_cast<int>(QString::fromUtf8(text.sliced(lineStart, offset - lineStart)).size()) + 1;
    return p;
}

TextCheck checkText(QByteArrayView bytes)
{
    qsizetype firstVisible = -1;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v'))
            return {TextProblem::Binary, i};
        if (firstVisible < 0 && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
            firstVisible = i;
    }
    if (firstVisible < 0)
        return {TextProblem::Empty, 0};
    // UTF-8 by hand rather than with QStringDecoder: the message names the first bad byte.
    for (qsizetype i = 0; i < bytes.size();) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        const int length = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (length == 0 || i + length > bytes.size())
            return {TextProblem::InvalidUtf8, i};
        char32_t code = c & (0xFFu >> (length + 1));
        for (int k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(bytes[i + k]);
            if ((next & 0xC0) != 0x80)
                return {TextProblem::InvalidUtf8, i};
            code = (code << 6) | (next & 0x3Fu);
        }
        static constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (code < kSmallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return {TextProblem::InvalidUtf8, i};
        i += length;
    }
    return {};
}

Result<QByteArray> readInput(const QString& path, qint64 maxBytes, bool requireText)
{
    QFile file;
    const bool standardInput = path == u"-";
    const QString shown = standardInput ? QStringLiteral("standard input") : path;
    if (standardInput) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return Error::make(ErrorCode::FileUnreadable, {shown, QStringLiteral("it cannot be opened")});
    } else {
        const QFileInfo info(path);
        if (info.isDir())
            return Error::make(ErrorCode::FileUnreadable, {path, QStringLiteral("it is a folder")});
        // A regular file's size is known before reading; FIFOs and devices report 0 and are read
        // up to the limit instead.
        if (info.isFile() && info.size() > maxBytes)
            return Error::make(ErrorCode::FileTooLarge,
                               {path, limits::describeBytes(maxBytes), limits::describeBytes(info.size())});
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(ErrorCode::FileUnreadable, {path, file.errorString()});
    }
    QByteArray bytes;
    constexpr qint64 kChunk = 1024 * 1024;
    while (bytes.size() <= maxBytes) {
        const qint64 want = std::min<qint64>(kChunk, maxBytes + 1 - bytes.size());
        const QByteArray chunk = file.read(want);
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                return Error::make(ErrorCode::FileUnreadable, {shown, file.errorString()});
            break; // end of file (or of the pipe)
        }
        bytes += chunk;
    }
    if (bytes.size() > maxBytes)
        return Error::make(ErrorCode::FileTooLarge,
                           {shown, limits::describeBytes(maxBytes), QStringLiteral("more than that")});
    if (requireText) {
        const TextCheck check = checkText(bytes);
        switch (check.problem) {
        case TextProblem::None:
            break;
        case TextProblem::Empty:
            return Error::make(ErrorCode::FileNotText, {shown, QStringLiteral("empty"), QString()});
        case TextProblem::Binary:
            return Error::make(ErrorCode::FileNotText,
                               {shown, QStringLiteral("binary"), QString::number(check.offset)});
        case TextProblem::InvalidUtf8:
            return Error::make(ErrorCode::FileNotText, {shown, QStringLiteral("utf8"), QString::number(check.offset)});
        }
    }
    return bytes;
}

std::optional<QJsonDocument> parseJsonBounded(const QByteArray& text, qint64 maxBytes, JsonProblem* problem)
{
    const auto fail = [problem](QString reason, qsizetype offset, bool deep) -> std::optional<QJsonDocument> {
        if (problem)
            *problem = {std::move(reason), offset, deep};
        return std::nullopt;
    };
    if (text.size() > maxBytes)
        return fail(QStringLiteral("larger than %1 (the limit)").arg(limits::describeBytes(maxBytes)), 0, false);
    if (const auto deep = findExcessNesting(text))
        return fail(QStringLiteral("nested deeper than %1 levels (the limit)").arg(limits::kMaxJsonDepth), *deep, true);
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(error.errorString(), error.offset, false);
    return doc;
}

QJsonDocument parseJsonOrEmpty(const QByteArray& text, qint64 maxBytes)
{
    return parseJsonBounded(text, maxBytes).value_or(QJsonDocument());
}

} // namespace reel
