#pragma once

#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QString>

namespace reel::ui {

/// Translated labels for the catalog's built-in ids. Languages are shown by their native
/// names; values users added show as they were typed.
class CatalogText
{
    Q_DECLARE_TR_FUNCTIONS(reel::ui::CatalogText)

public:
    /// The label for `value` of `kind`: translated for a built-in id (matched ignoring case),
    /// the native name for a language, else `value` itself.
    static QString label(reel::CatalogKind kind, const QString& value);
    /// True when `value` is one of the ids the app ships for `kind`.
    static bool isBuiltIn(reel::CatalogKind kind, const QString& value);
};

} // namespace reel::ui
