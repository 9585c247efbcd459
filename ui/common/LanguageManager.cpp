#include "common/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace reel::ui {

namespace {

struct Installed
{
    QPointer<QTranslator> app;
    QPointer<QTranslator> qt;
    QString code = QStringLiteral("en");
    bool applied = false;
};

Installed& installed()
{
    static Installed state;
    return state;
}

void removeTranslator(QPointer<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    translator = nullptr;
}

} // namespace

QList<UiLanguage> LanguageManager::available()
{
    return {
            {QStringLiteral("en"), QStringLiteral("English")},  {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("fr"), QStringLiteral("Français")}, {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("hi"), QStringLiteral("हिन्दी")},    {QStringLiteral("ja"), QStringLiteral("日本語")},
    };
}

QString LanguageManager::savedChoice()
{
    const QString saved = QSettings().value(QLatin1String(kSettingsKey)).toString();
    for (const UiLanguage& l : available()) {
        if (l.code == saved)
            return saved;
    }
    return {};
}

void LanguageManager::setChoice(const QString& choice)
{
    QSettings().setValue(QLatin1String(kSettingsKey), choice);
    apply(choice);
}

void LanguageManager::applySaved()
{
    const QString code = resolve(savedChoice());
    if (installed().applied && installed().code == code)
        return;
    apply(savedChoice());
}

QString LanguageManager::resolve(const QString& choice)
{
    const QList<UiLanguage> languages = available();
    const auto known = [&](const QString& code) {
        return std::any_of(languages.begin(), languages.end(), [&](const UiLanguage& l) { return l.code == code; });
    };
    if (!choice.isEmpty() && known(choice))
        return choice;
    // "de-AT", "ja_JP", "hi" → the first language part we ship.
    const QStringList systemLanguages = QLocale::system().uiLanguages();
    for (const QString& tag : systemLanguages) {
        const QString code = tag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (known(code))
            return code;
    }
    return QStringLiteral("en");
}

QString LanguageManager::activeLanguage()
{
    return installed().code;
}

bool LanguageManager::apply(const QString& choice)
{
    Installed& state = installed();
    const QString code = resolve(choice);
    const bool alreadyInstalled = code == u"en" ? !state.app && !state.qt : bool(state.app);
    if (state.applied && code == state.code && alreadyInstalled)
        return true;

    state.applied = true;
    removeTranslator(state.app);
    removeTranslator(state.qt);
    state.code = QStringLiteral("en");
    QLocale::setDefault(QLocale(code));
    if (code == u"en")
        return true;

    auto* app = new QTranslator(QCoreApplication::instance());
    if (!app->load(QStringLiteral(":/i18n/reelstudio_%1.qm").arg(code))) {
        delete app;
        QLocale::setDefault(QLocale(QLocale::English));
        return false;
    }
    auto* qt = new QTranslator(QCoreApplication::instance());
    // Qt's own strings (dialog buttons, context menus); not every language has them.
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        state.qt = qt;
    } else {
        delete qt;
    }
    // Installed last so that it is searched first.
    QCoreApplication::installTranslator(app);
    state.app = app;
    state.code = code;
    return true;
}

} // namespace reel::ui
