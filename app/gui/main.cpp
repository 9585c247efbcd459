// reelstudio: the composition root of the desktop app. It opens the workspace, installs the
// interface language and hands the services to the main window.

#include "common/ErrorText.h"
#include "common/LanguageManager.h"
#include "llm/SecretStore.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/WorkspaceInUse.h"
#include "store/Workspace.h"
#include "store/WorkspaceLock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Withsocio"));
    QApplication::setApplicationName(QStringLiteral("ReelStudio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Withsocio Reel Studio"));
    QApplication::setApplicationVersion(QStringLiteral(REELSTUDIO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(REELSTUDIO_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/reelstudio/icons/com.withsocio.ReelStudio.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Write, check and keep Instagram Reel scripts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
            QStringLiteral("workspace"),
            QStringLiteral(
                    "Use the workspace in DIR (default: $REELSTUDIO_WORKSPACE, else the application-data folder)."),
            QStringLiteral("DIR"));
    const QCommandLineOption languageOption(
            QStringLiteral("lang"), QStringLiteral("Interface language for this run: en, es, fr, de, hi or ja."),
            QStringLiteral("CODE"));
    parser.addOptions({workspaceOption, languageOption});
    parser.process(app);

    if (parser.isSet(languageOption))
        reel::ui::LanguageManager::apply(parser.value(languageOption));
    else
        reel::ui::LanguageManager::applySaved();

    // One window per workspace: a second one would autosave over the first one's edits.
    QString folder = reel::Workspace::resolveFolder(parser.value(workspaceOption));
    std::unique_ptr<reel::WorkspaceLock> lock;
    for (;;) {
        auto locked = reel::WorkspaceLock::acquire(folder);
        if (locked) {
            lock = std::move(locked).value();
            break;
        }
        std::fprintf(stderr, "reelstudio: %s\n", qPrintable(locked.error().toEnglish()));
        if (locked.error().code != reel::ErrorCode::WorkspaceLocked) {
            QMessageBox::critical(nullptr, QApplication::applicationDisplayName(),
                                  reel::ui::ErrorText::message(locked.error()));
            return 3;
        }
        folder = reel::ui::WorkspaceInUse::chooseAnother(locked.error(), folder);
        if (folder.isEmpty())
            return 3;
    }
    auto workspace = reel::Workspace::open(folder);
    if (!workspace) {
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(),
                              reel::ui::ErrorText::message(workspace.error()));
        return 3;
    }

    // API keys live in the system keychain (for this session only when none can be reached).
    reel::KeychainSecretStore secrets;
    reel::ui::MainWindow window(*workspace.value(), nullptr, &secrets);
    window.show();
    return QApplication::exec();
}
