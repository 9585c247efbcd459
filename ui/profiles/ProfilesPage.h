#pragma once

#include "profiles/ProfileCommands.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QUndoStack;

namespace reel {
class Workspace;
} // namespace reel

namespace reel::ui {

class Prompter;
class ProfileEditor;
class ProfileListModel;
class ProfileListPanel;
class ProfileTransfer;

/// Brand Profiles: the list of the workspace's profiles on the left, the selected one's form
/// on the right. Create, duplicate, delete (undoable), import and export.
class ProfilesPage : public QWidget, private ProfileCommandHost
{
    Q_OBJECT

public:
    ProfilesPage(reel::Workspace& workspace, Prompter& prompter, QWidget* parent = nullptr);
    ~ProfilesPage() override;

    QUndoStack* undoStack() const { return m_undoStack; }
    /// The workspace's rule pack changed: the rule limits show its values.
    void refreshRules();
    QAction* importAction() const { return m_importAction; }
    QAction* exportAction() const { return m_exportAction; }
    ProfileEditor* editor() const { return m_editor; }
    ProfileListModel* model() const { return m_model; }

    /// The stored profile the form shows (0 for none, or for a new profile not saved yet).
    qint64 currentProfileId() const { return m_isNew ? 0 : m_currentId; }
    bool isEditingNewProfile() const { return m_isNew; }
    bool isModified() const;

    /// When the form has unsaved changes, asks Save / Discard / Cancel. True when the caller
    /// may go on (saved, discarded, or nothing to lose).
    bool confirmLeave();

    void newProfile();
    void duplicateProfile();
    void deleteProfile();
    bool save();
    void revert();
    void importProfile();
    void exportProfile();
    /// Shows profile `id` (asks about unsaved changes first).
    void openProfile(qint64 id);

signals:
    void statusMessage(const QString& text, int timeoutMs);
    void modifiedChanged(bool modified);

protected:
    void changeEvent(QEvent* event) override;

private:
    reel::ProfileStore& profileStore() override;
    void revealProfile(qint64 id) override;
    void undoStepFailed(const reel::Error& error) override;

    void createActions();
    void buildUi();
    QWidget* buildEmptyState();
    void retranslateUi();
    void onListCurrentChanged(qint64 id);
    void onProfileRemoved(qint64 id);
    bool loadProfile(qint64 id);
    bool currentStillStored() const;
    void updateState();
    void status(const QString& text);
    void showError(const QString& title, const reel::Error& error);

    reel::Workspace& m_workspace;
    Prompter& m_prompter;
    std::unique_ptr<ProfileTransfer> m_transfer;
    ProfileListModel* m_model;
    QUndoStack* m_undoStack;
    qint64 m_currentId = 0;
    bool m_isNew = false;
    bool m_lastModified = false;

    QAction* m_newAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_revertAction = nullptr;
    QAction* m_findAction = nullptr;

    QSplitter* m_splitter = nullptr;
    ProfileListPanel* m_listPanel = nullptr;
    QStackedWidget* m_rightStack = nullptr;
    QWidget* m_editorPanel = nullptr;
    QWidget* m_emptyState = nullptr;
    QWidget* m_noSelection = nullptr;
    QLabel* m_editorTitle = nullptr;
    ProfileEditor* m_editor = nullptr;
    QLabel* m_saveHint = nullptr;
    QToolButton* m_saveButton = nullptr;
    QToolButton* m_revertButton = nullptr;
    QLabel* m_emptyTitle = nullptr;
    QLabel* m_emptyText = nullptr;
    QPushButton* m_createFirstButton = nullptr;
    QPushButton* m_importFirstButton = nullptr;
    QLabel* m_noSelectionText = nullptr;
};

} // namespace reel::ui
