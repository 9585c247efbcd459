#include "common/Prompter.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace reel::ui {

Prompter::~Prompter() = default;

bool Prompter::confirm(QWidget*, const QString&, const QString&, const QString&)
{
    return false;
}

Prompter::UnsavedAnswer DialogPrompter::askUnsavedChanges(QWidget* parent, const QString& text)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"), text,
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(tr("Do you want to save your changes?"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return UnsavedAnswer::Save;
    case QMessageBox::Discard:
        return UnsavedAnswer::Discard;
    default:
        return UnsavedAnswer::Cancel;
    }
}

void DialogPrompter::information(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

void DialogPrompter::warning(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
}

void DialogPrompter::error(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::critical(parent, title, text);
}

bool DialogPrompter::confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton* accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

QString DialogPrompter::openFileName(QWidget* parent, const QString& caption, const QString& folder,
                                     const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString DialogPrompter::saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                     const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

void DialogPrompter::about(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::about(parent, title, text);
}

void DialogPrompter::aboutQt(QWidget* parent)
{
    QMessageBox::aboutQt(parent);
}

} // namespace reel::ui
