#pragma once

#include <QList>
#include <QString>

namespace reel::history {

/// A run of text that is in both versions, only in the old one, or only in the new one.
struct DiffSpan
{
    enum class Op
    {
        Equal,
        Removed,
        Added
    };
    Op op = Op::Equal;
    QString text;

    friend bool operator==(const DiffSpan&, const DiffSpan&) = default;
};

/// Word-level difference of two texts (whitespace kept with the word before it). Concatenating
/// the Equal and Removed spans gives `before`; the Equal and Added spans give `after`.
QList<DiffSpan> diffWords(const QString& before, const QString& after);

} // namespace reel::history
