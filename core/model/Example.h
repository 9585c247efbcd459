#pragma once

#include "model/FieldError.h"
#include "model/ReelScript.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace reel {

/// How a posted Reel did, when known. Bundled examples carry none: they are curated samples,
/// never dressed up with invented figures.
struct Engagement
{
    std::optional<qint64> views;
    std::optional<qint64> likes;
    std::optional<qint64> comments;
    std::optional<qint64> shares;
    std::optional<qint64> saves;

    bool isEmpty() const { return !views && !likes && !comments && !shares && !saves; }
    friend bool operator==(const Engagement&, const Engagement&) = default;
};

/// Where an example came from.
enum class ExampleSource
{
    Bundled,
    User,
    Import,
    Promoted
};

/// A script in the example library, with the metadata retrieval filters on.
struct Example
{
    qint64 id = 0;
    QString uuid;
    QString bundledId; ///< the id in the bundled library, for bundled examples
    ExampleSource source = ExampleSource::User;
    QString language = QStringLiteral("en"); ///< catalog language id
    QString sector;
    QString hookType;
    QString emotion;
    QString goal;
    QString ctaStyle;
    int scriptLength = 30;
    ReelScript script; ///< hook, body, cta, caption, hashtags
    Engagement engagement;
    double quality = 0;           ///< 0…100, see ExampleLibrary::qualityOf
    std::optional<double> rating; ///< reviewers' average stars (1…5), for examples promoted from a rated script
    QString originScript;         ///< the uuid of the script it was promoted from
    QString contentHash;          ///< SHA-256 of the normalised text, for duplicates and the embedding cache
    QDateTime createdAt;
    QDateTime updatedAt;
};

QString sourceKey(ExampleSource source); ///< "bundled", "user", "import", "promoted"
std::optional<ExampleSource> sourceFromKey(const QString& key);

/// Checks an example's values (types are the codec's job); paths relative to `prefix`.
FieldErrors checkExample(const Example& example, const QString& prefix = {});

/// The text an example is identified and embedded by: its sections, normalised (case-folded,
/// spaces collapsed), so that re-typing or re-casing does not make a different example.
QString normalisedExampleText(const Example& example);
QString contentHashOf(const Example& example);

} // namespace reel
