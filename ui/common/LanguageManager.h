#pragma once

#include <QList>
#include <QString>

namespace reel::ui {

struct UiLanguage
{
    QString code;       ///< "en", "es", …
    QString nativeName; ///< the language's own name, e.g. "Español"
};

/// The application's UI language. Translators are process-wide, so this is a set of static
/// functions over one global state: installing a language removes the previous one, and Qt
/// then sends QEvent::LanguageChange to every widget, which calls its retranslateUi().
class LanguageManager
{
public:
    /// QSettings key of the user's choice; an empty value means "follow the system".
    static constexpr auto kSettingsKey = "ui/language";

    /// English first, then every language the application ships a translation for.
    static QList<UiLanguage> available();

    /// The saved choice: a code from available(), or empty for the system language.
    static QString savedChoice();
    /// Saves `choice` (code or empty) and installs it.
    static void setChoice(const QString& choice);
    /// Installs the saved choice unless it is already installed (safe to call more than once).
    static void applySaved();

    /// Installs the translations for `choice` (code or empty = system). Returns false when the
    /// application's own translation could not be loaded (the UI then stays in English).
    static bool apply(const QString& choice);
    /// What `choice` stands for: the code itself when available, otherwise the first of the
    /// system's UI languages the application ships, otherwise "en".
    static QString resolve(const QString& choice);
    /// The code of the installed language ("en" before anything was installed).
    static QString activeLanguage();
};

} // namespace reel::ui
