#pragma once

#include "store/ScriptStore.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace reel::ui {

class Prompter;
class VersionDiffDialog;

/// Every saved state of a script, newest first (number, kind, who, when, whether the editor's
/// autosave wrote it): compare any two side by side, make an older one current again (as a new
/// version, after asking), or open the script in the editor.
class VersionsPanel : public QWidget
{
    Q_OBJECT

public:
    VersionsPanel(reel::Database& database, Prompter& prompter, QWidget* parent = nullptr);

    void setScript(qint64 id, const QString& title, int currentVersion, const QList<reel::ScriptVersion>& versions);
    /// The version selected in the list (0 when none).
    int selectedNumber() const;
    void selectVersion(int number);

    /// Opens the compare dialog on the version selected and the one before it.
    void compareVersions();
    /// Asks, then makes the selected version current again. False when not done.
    bool restoreVersion();

    QTreeWidget* list() const { return m_list; }
    QPushButton* compareButton() const { return m_compare; }
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* openButton() const { return m_open; }
    /// The compare dialog (nullptr until first opened).
    VersionDiffDialog* diffDialog() const;

signals:
    void openRequested(qint64 id);
    void restored(qint64 id, int newVersion);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum Column
    {
        NumberColumn,
        KindColumn,
        AuthorColumn,
        WhenColumn,
        NoteColumn,
        ColumnCount
    };

    void retranslateUi();
    void fillList();
    void updateState();

    reel::Database& m_database;
    Prompter& m_prompter;
    qint64 m_id = 0;
    QString m_title;
    int m_current = 0;
    QList<reel::ScriptVersion> m_versions;

    QTreeWidget* m_list;
    QPushButton* m_compare;
    QPushButton* m_restore;
    QPushButton* m_open;
    QPointer<VersionDiffDialog> m_dialog;
};

} // namespace reel::ui
