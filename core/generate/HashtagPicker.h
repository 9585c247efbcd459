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
    /// The brief's words, most telling first (empty: no topic or offer to write about). With them,
    /// tags come from the brief, not from the sector.
    QStringList terms;
    QString brand; ///< the brand's name, for its own tag (#LumenCoffee) when it requires none
};

/// Without a brief: required tags, then the sector's broadest tag, then the examples' most
/// frequent tags, then the rest of the sector's, up to the cap. With one: required tags, the
/// brand's tag, the examples' tags (any sector) that name a word of the brief, the brief's most
/// telling word, and the sector's tags that name one. Every tag is well formed, not banned by the pack, not a
/// banned word, and (unless the brand requires it) does not contain one.
QStringList pickHashtags(const HashtagSources& sources);

} // namespace reel::detail
