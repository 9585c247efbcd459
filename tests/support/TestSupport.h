#pragma once

#include <QByteArray>
#include <QString>

namespace reel::test {

/// Bytes of a file under tests/data (fails the test loudly when absent).
QByteArray readTestData(const QString& relativePath);
/// Writes `bytes` to `path`, creating folders; returns false on failure.
bool writeFile(const QString& path, const QByteArray& bytes);

} // namespace reel::test
