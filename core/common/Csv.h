#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace reel {

/// RFC 4180 CSV: quoted fields with "" escapes and line breaks, CRLF or LF, a UTF-8 BOM, and the
/// delimiter (comma, semicolon or tab) taken from the header line. Hand-written: Qt has no CSV
/// reader and no Debian-packaged C++ one fits better for this size. Cells neutralised on export
/// (see neutraliseCsvCell) come back as they were.
QList<QStringList> parseCsv(const QByteArray& bytes);

/// A CSV field: neutralised (see neutraliseCsvCell), then quoted (quotes doubled) when it holds a
/// comma, semicolon, tab, quote, line break or leading/trailing space, as spreadsheets expect.
QString csvField(const QString& value);

/// A cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR, as in
/// "=HYPERLINK(…)") gets a leading apostrophe, which spreadsheets show as text; plain numbers
/// such as "-12" are left alone. parseCsv() takes the apostrophe off again, so that an export
/// imports back unchanged.
QString neutraliseCsvCell(const QString& value);
QString unneutraliseCsvCell(const QString& cell);
/// A CSV record of `fields`, ending in CRLF.
QString csvRecord(const QStringList& fields);

} // namespace reel
