#include "mainwindow/WorkspaceInUse.h"

#include "common/ErrorText.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace reel::ui {

QString WorkspaceInUse::chooseAnother(const reel::Error& error, const QString& current, QWidget* parent)
{
    QMessageBox box(QMessageBox::Warning, QApplication::applicationDisplayName(), ErrorText::message(error),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("workspaceInUseBox"));
    box.setInformativeText(tr("Each workspace is open in one window at a time, so that two windows never save "
                              "over each other's work. Switch to that window, or open another workspace."));
    QPushButton* other = box.addButton(tr("Open Another Workspace…"), QMessageBox::AcceptRole);
    box.addButton(tr("Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(other);
    box.exec();
    if (box.clickedButton() != other)
        return {};
    return QFileDialog::getExistingDirectory(parent, tr("Open Workspace"), QFileInfo(current).absolutePath());
}

} // namespace reel::ui
