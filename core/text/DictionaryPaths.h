#pragma once

#include "text/TextTypes.h"

#include <QStringList>

namespace reel::text {

/// Where hyphenation patterns and Hunspell dictionaries are looked for, in order:
/// $REELSTUDIO_DICTIONARY_PATH (colon/semicolon separated; ';' only on Windows; each entry and its
/// `hyphen`/`hunspell` subfolder), `<app dir>/../share/{hyphen,hunspell}`, `<app dir>/dictionaries`,
/// then the system folders (/usr/share/hyphen, /usr/share/hunspell, /usr/local/share/…,
/// /opt/homebrew/share/…, /usr/share/myspell). In each folder the preferred region comes first
/// (en_US, es_ES, fr_FR, de_DE, hi_IN), then any other region of the language.
namespace DictionaryPaths {
QStringList hyphenationFolders();
QStringList spellingFolders();
/// The file for a language, e.g. hyph_en_US.dic / en_US.aff+.dic; empty when none is installed.
QString hyphenationFile(const LanguageCode& language);
/// The .aff path (the .dic lies beside it); empty when none is installed.
QString spellingAffix(const LanguageCode& language);
} // namespace DictionaryPaths

} // namespace reel::text
