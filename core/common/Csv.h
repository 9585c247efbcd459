#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace reel {

/// RFC 4180 CSV: quoted fields with "" escapes and line breaks, CRLF or LF, a UTF-8 BOM, and the
/// delimiter (comma, semicolon or tab) taken from the header line. Hand-written: Qt has no CSV
/// reader and no Debian-packaged C++ one fits better for this size.
QList<QStringList> parseCsv(const QByteArray& bytes);

/// A CSV field: quoted (quotes doubled) when it holds a comma, semicolon, tab, quote, line break or
/// leading/trailing space, as spreadsheets expect.
QString csvField(const QString& value);
/// A CSV record of `fields`, ending in CRLF.
QString csvRecord(const QStringList& fields);

/// An FTS5 MATCH expression from what a user types: each word quoted (so punctuation cannot break
/// the syntax), a trailing * kept as a prefix search. Empty when the text holds no word.
QString ftsMatchQuery(const QString& text);

} // namespace reel
