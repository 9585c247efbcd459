#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace reel::ui {

/// Every question the UI asks the user and every file it asks for goes through here, so that
/// tests can answer in advance instead of a modal dialog waiting for a click.
class Prompter
{
public:
    enum class UnsavedAnswer
    {
        Save,
        Discard,
        Cancel
    };

    virtual ~Prompter();

    /// "Save / Discard / Cancel" for unsaved changes. `text` names what is unsaved.
    virtual UnsavedAnswer askUnsavedChanges(QWidget* parent, const QString& text) = 0;

    virtual void information(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void warning(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void error(QWidget* parent, const QString& title, const QString& text) = 0;
    /// A yes/no question such as "Delete 3 examples?": true when the user chose `acceptText`.
    /// Prompters that cannot ask answer no, the choice that changes nothing.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptText);

    /// A file to read; empty when the user cancelled.
    virtual QString openFileName(QWidget* parent, const QString& caption, const QString& folder,
                                 const QString& filter) = 0;
    /// A file to write, starting from `suggestedPath`; empty when the user cancelled.
    virtual QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                 const QString& filter) = 0;

    /// The application's About box (`text` is rich text) and Qt's.
    virtual void about(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void aboutQt(QWidget* parent) = 0;
};

/// The real thing: QMessageBox and QFileDialog.
class DialogPrompter : public Prompter
{
    Q_DECLARE_TR_FUNCTIONS(reel::ui::DialogPrompter)

public:
    UnsavedAnswer askUnsavedChanges(QWidget* parent, const QString& text) override;
    void information(QWidget* parent, const QString& title, const QString& text) override;
    void warning(QWidget* parent, const QString& title, const QString& text) override;
    void error(QWidget* parent, const QString& title, const QString& text) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptText) override;
    QString openFileName(QWidget* parent, const QString& caption, const QString& folder,
                         const QString& filter) override;
    QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                         const QString& filter) override;
    void about(QWidget* parent, const QString& title, const QString& text) override;
    void aboutQt(QWidget* parent) override;
};

} // namespace reel::ui
