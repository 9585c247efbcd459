#include "text/DictionaryPaths.h"

#include "text/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <utility>

namespace reel::text {

using detail::Lang;

namespace {

enum class Kind
{
    Hyphenation,
    Spelling
};

QStringList folders(Kind kind)
{
    const QString sub = kind == Kind::Hyphenation ? QStringLiteral("hyphen") : QStringLiteral("hunspell");
    QStringList result;
    const QString fromEnvironment = qEnvironmentVariable("REELSTUDIO_DICTIONARY_PATH");
    QStringList entries;
    for (const QString& part : fromEnvironment.split(u';', Qt::SkipEmptyParts)) {
#ifdef Q_OS_WIN
        entries << part; // ':' belongs to drive letters there
#else
        entries << part.split(u':', Qt::SkipEmptyParts);
#endif
    }
    for (const QString& entry : std::as_const(entries))
        result << QDir::cleanPath(entry) << QDir::cleanPath(entry + u'/' + sub);
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        result << QDir::cleanPath(appDir + QStringLiteral("/../share/") + sub)
               << QDir::cleanPath(appDir + QStringLiteral("/dictionaries"));
    }
    for (const char* prefix : {"/usr/share/", "/usr/local/share/", "/opt/homebrew/share/"})
        result << QLatin1String(prefix) + sub;
    if (kind == Kind::Spelling)
        result << QStringLiteral("/usr/share/myspell") << QStringLiteral("/usr/share/myspell/dicts");
    result.removeDuplicates();
    return result;
}

// Preferred file stems for a language, best first, then a wildcard for any other region.
struct Candidates
{
    QStringList exact;
    QString anyRegion; // glob, e.g. "es_*"; empty for none
};

Candidates candidates(Lang lang)
{
    switch (lang) {
    case Lang::En:
        return {{QStringLiteral("en_US"), QStringLiteral("en")}, QStringLiteral("en_*")};
    case Lang::Es:
        return {{QStringLiteral("es_ES"), QStringLiteral("es")}, QStringLiteral("es_*")};
    case Lang::Fr:
        return {{QStringLiteral("fr_FR"), QStringLiteral("fr")}, QStringLiteral("fr_*")};
    case Lang::De:
        return {{QStringLiteral("de_DE"), QStringLiteral("de"), QStringLiteral("de_AT")}, QStringLiteral("de_*")};
    case Lang::Hi:
        return {{QStringLiteral("hi_IN"), QStringLiteral("hi")}, QStringLiteral("hi_*")};
    case Lang::Ja:
        return {}; // no hyphenation patterns nor Hunspell dictionary exist for Japanese
    }
    return {};
}

QString findFile(Kind kind, const LanguageCode& language)
{
    const Candidates c = candidates(detail::langOf(language));
    if (c.exact.isEmpty())
        return {};
    const QString prefix = kind == Kind::Hyphenation ? QStringLiteral("hyph_") : QString();
    const QString suffix = kind == Kind::Hyphenation ? QStringLiteral(".dic") : QStringLiteral(".aff");
    const auto usable = [&](const QString& path) {
        if (!QFileInfo(path).isFile())
            return false;
        if (kind == Kind::Spelling) // the word list must lie beside the affix file
            return QFileInfo(path.chopped(4) + QStringLiteral(".dic")).isFile();
        return true;
    };
    for (const QString& folder : folders(kind)) {
        const QDir dir(folder);
        if (!dir.exists())
            continue;
        for (const QString& stem : c.exact) {
            const QString path = dir.filePath(prefix + stem + suffix);
            if (usable(path))
                return QDir::cleanPath(path);
        }
        const QStringList others = dir.entryList({prefix + c.anyRegion + suffix}, QDir::Files, QDir::Name);
        for (const QString& name : others) {
            const QString path = dir.filePath(name);
            if (usable(path))
                return QDir::cleanPath(path);
        }
    }
    return {};
}

} // namespace

QStringList DictionaryPaths::hyphenationFolders()
{
    return folders(Kind::Hyphenation);
}

QStringList DictionaryPaths::spellingFolders()
{
    return folders(Kind::Spelling);
}

QString DictionaryPaths::hyphenationFile(const LanguageCode& language)
{
    return findFile(Kind::Hyphenation, language);
}

QString DictionaryPaths::spellingAffix(const LanguageCode& language)
{
    return findFile(Kind::Spelling, language);
}

} // namespace reel::text
