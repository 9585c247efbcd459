#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace reel {

enum class CatalogKind
{
    Sector,
    HookType,
    Emotion,
    Goal,
    CtaStyle,
    Voice,
    Language,
    Platform
};

inline constexpr std::array kAllCatalogKinds = {CatalogKind::Sector,   CatalogKind::HookType, CatalogKind::Emotion,
                                                CatalogKind::Goal,     CatalogKind::CtaStyle, CatalogKind::Voice,
                                                CatalogKind::Language, CatalogKind::Platform};

struct CatalogEntry
{
    QString id;    ///< the value stored in profiles and requests, e.g. "real_estate"
    QString label; ///< English label; ui/ translates built-in ids and shows user values as typed
    QStringList aliases;
    bool builtIn = true;
};

/// The lists the app offers in its pickers: sectors, hook types, emotions, goals, CTA styles,
/// voices, languages and platforms. Built-in values come from resources/catalog/catalog.json;
/// a user may add sectors, hook types, emotions, goals, CTA styles and voices (languages and
/// platforms need rules and rates the app ships, so they are fixed).
class Catalog
{
public:
    /// The catalog compiled into the application.
    static const Catalog& builtIn();
    /// Parses a catalog document (format "reelstudio.catalog").
    static Result<Catalog> fromJson(const QByteArray& json);

    QList<CatalogEntry> entries(CatalogKind kind) const;
    QStringList ids(CatalogKind kind) const;
    bool contains(CatalogKind kind, const QString& id) const;
    std::optional<CatalogEntry> entry(CatalogKind kind, const QString& id) const;

    static bool isExtendable(CatalogKind kind);
    /// Adds a user value; returns false when it is already there or the kind is fixed.
    bool addUserValue(CatalogKind kind, const QString& value);

    /// "english", "English", "en", "en-US" → "en"; nullopt for a language the app does not support.
    std::optional<QString> resolveLanguage(const QString& nameOrCode) const;

    /// Stable key of a kind, as used in the catalog file and the database ("sectors", "hook_types", …).
    static QString kindKey(CatalogKind kind);
    static std::optional<CatalogKind> kindFromKey(const QString& key);

private:
    std::array<QList<CatalogEntry>, kAllCatalogKinds.size()> m_lists;
};

/// Checks a request against the catalog: the language must be one the app supports.
/// Values of extendable kinds are accepted as they are (a user may add them).
FieldErrors checkRequestAgainstCatalog(const QString& language, const Catalog& catalog, const QString& path);

} // namespace reel
