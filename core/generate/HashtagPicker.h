#pragma once

// Private to core/generate: the offline composer's choice of hashtags.

#include "model/Example.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace reel::detail {

/// What the hashtag list is chosen from and what it must respect.
struct HashtagSources
{
    QStringList required;    ///< the brand's own tags, always first
    QStringList sectorTags;  ///< the templates' tags for the sector, broadest first
    QList<Example> examples; ///< retrieved examples; only those of `language` and `sector` lend tags
    QString language;
    QString sector;
    QStringList bannedWords; ///< the brand's do_not_use words and competitors
    QStringList bannedTags;  ///< the rule pack's banned hashtags
    int cap = 5;             ///< how many tags at most
    int maxChars = 100;      ///< the longest tag the pack allows, without '#'
    int fromExamples = 2;    ///< how many tags the examples may lend at most
};

/// Required tags, then the sector's broadest tag, then the examples' most frequent tags, then the
/// rest of the sector's, up to the cap. Every tag is well formed, not banned by the pack, not a
/// banned word, and (unless the brand requires it) does not contain one.
QStringList pickHashtags(const HashtagSources& sources);

} // namespace reel::detail
