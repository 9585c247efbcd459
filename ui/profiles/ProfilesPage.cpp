#include "profiles/ProfilesPage.h"

#include "common/ErrorText.h"
#include "common/Prompter.h"
#include "profiles/ProfileEditor.h"
#include "profiles/ProfileListModel.h"
#include "profiles/ProfileListPanel.h"
#include "profiles/ProfileTransfer.h"
#include "store/CatalogStore.h"
#include "store/ProfileStore.h"
#include "store/Workspace.h"
#include "validate/RulePackStore.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace reel::ui {

namespace {

constexpr auto kSplitterKey = "profiles/splitter";
constexpr int kStatusTimeoutMs = 8000;

QAction* makeAction(const QString& objectName, const QString& icon, const QKeySequence& shortcut, QObject* parent)
{
    auto* action = new QAction(parent);
    action->setObjectName(objectName);
    if (!icon.isEmpty())
        action->setIcon(QIcon(QStringLiteral(":/reelstudio/icons/%1.svg").arg(icon)));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

QString shortcutText(const QAction* action)
{
    return action->shortcut().toString(QKeySequence::NativeText);
}

} // namespace

ProfilesPage::ProfilesPage(reel::Workspace& workspace, Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_prompter(prompter)
    , m_transfer(std::make_unique<ProfileTransfer>(workspace, prompter))
    , m_model(new ProfileListModel(workspace.profiles(), this))
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("profilesPage"));
    createActions();
    buildUi();
    // After the model's own connection, so the list has already dropped the row.
    connect(&m_workspace.profiles(), &ProfileStore::profileRemoved, this, &ProfilesPage::onProfileRemoved);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProfilesPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProfilesPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProfilesPage::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ProfilesPage::updateState);
    retranslateUi();

    if (const qint64 first = m_listPanel->idNearRow(0)) {
        loadProfile(first);
        m_listPanel->setCurrentId(first);
    }
    updateState();
}

ProfilesPage::~ProfilesPage()
{
    QSettings().setValue(QLatin1String(kSplitterKey), m_splitter->saveState());
}

bool ProfilesPage::isModified() const
{
    return (m_isNew || m_currentId != 0) && m_editor->isModified();
}

void ProfilesPage::createActions()
{
    m_newAction = makeAction(QStringLiteral("newProfileAction"), QStringLiteral("add"),
                             QKeySequence(Qt::CTRL | Qt::Key_N), this);
    m_duplicateAction = makeAction(QStringLiteral("duplicateProfileAction"), QStringLiteral("duplicate"),
                                   QKeySequence(Qt::CTRL | Qt::Key_D), this);
    m_deleteAction = makeAction(QStringLiteral("deleteProfileAction"), QStringLiteral("delete"),
                                QKeySequence(QKeySequence::Delete), this);
    // In the form, Delete must keep deleting characters.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_importAction = makeAction(QStringLiteral("importProfileAction"), QStringLiteral("import"),
                                QKeySequence(Qt::CTRL | Qt::Key_I), this);
    m_exportAction = makeAction(QStringLiteral("exportProfileAction"), QStringLiteral("export"),
                                QKeySequence(Qt::CTRL | Qt::Key_E), this);
    m_saveAction = makeAction(QStringLiteral("saveProfileAction"), QStringLiteral("save"),
                              QKeySequence(Qt::CTRL | Qt::Key_S), this);
    m_revertAction = makeAction(QStringLiteral("revertProfileAction"), QStringLiteral("revert"), {}, this);
    m_findAction = makeAction(QStringLiteral("findProfileAction"), {}, QKeySequence(QKeySequence::Find), this);
    addAction(m_findAction);

    connect(m_newAction, &QAction::triggered, this, &ProfilesPage::newProfile);
    connect(m_duplicateAction, &QAction::triggered, this, &ProfilesPage::duplicateProfile);
    connect(m_deleteAction, &QAction::triggered, this, &ProfilesPage::deleteProfile);
    connect(m_importAction, &QAction::triggered, this, &ProfilesPage::importProfile);
    connect(m_exportAction, &QAction::triggered, this, &ProfilesPage::exportProfile);
    connect(m_saveAction, &QAction::triggered, this, &ProfilesPage::save);
    connect(m_revertAction, &QAction::triggered, this, &ProfilesPage::revert);
}

void ProfilesPage::buildUi()
{
    m_listPanel = new ProfileListPanel(
            *m_model, {m_newAction, m_duplicateAction, m_deleteAction, m_importAction, m_exportAction}, this);
    connect(m_listPanel, &ProfileListPanel::currentIdChanged, this, &ProfilesPage::onListCurrentChanged);
    connect(m_findAction, &QAction::triggered, m_listPanel, &ProfileListPanel::focusSearch);

    // The editor panel: title, the form in a scroll area, Revert and Save.
    m_editorPanel = new QWidget(this);
    m_editorPanel->setObjectName(QStringLiteral("editorPanel"));
    m_editorTitle = new QLabel(m_editorPanel);
    m_editorTitle->setObjectName(QStringLiteral("editorTitle"));
    m_editorTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_editorTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_editorTitle->setFont(titleFont);
    m_editor = new ProfileEditor(m_workspace.catalog(), m_editorPanel);
    m_editor->setRulePack(m_workspace.rules().current());
    m_editor->setObjectName(QStringLiteral("profileEditor"));
    auto* scroll = new QScrollArea(m_editorPanel);
    scroll->setObjectName(QStringLiteral("profileEditorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_editor);
    connect(m_editor, &ProfileEditor::edited, this, &ProfilesPage::updateState);

    m_saveHint = new QLabel(m_editorPanel);
    m_saveHint->setObjectName(QStringLiteral("saveHint"));
    m_saveHint->setWordWrap(true);
    m_revertButton = new QToolButton(m_editorPanel);
    m_revertButton->setObjectName(QStringLiteral("revertProfileButton"));
    m_revertButton->setDefaultAction(m_revertAction);
    m_revertButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_saveButton = new QToolButton(m_editorPanel);
    m_saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    m_saveButton->setDefaultAction(m_saveAction);
    m_saveButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_saveHint, 1);
    buttonRow->addWidget(m_revertButton);
    buttonRow->addWidget(m_saveButton);
    auto* editorLayout = new QVBoxLayout(m_editorPanel);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editorTitle);
    editorLayout->addWidget(scroll, 1);
    editorLayout->addLayout(buttonRow);

    m_emptyState = buildEmptyState();
    m_noSelection = new QWidget(this);
    m_noSelection->setObjectName(QStringLiteral("noSelectionState"));
    m_noSelectionText = new QLabel(m_noSelection);
    m_noSelectionText->setAlignment(Qt::AlignCenter);
    m_noSelectionText->setWordWrap(true);
    auto* noSelectionLayout = new QVBoxLayout(m_noSelection);
    noSelectionLayout->addWidget(m_noSelectionText);

    m_rightStack = new QStackedWidget(this);
    m_rightStack->setObjectName(QStringLiteral("profileDetailStack"));
    m_rightStack->addWidget(m_editorPanel);
    m_rightStack->addWidget(m_emptyState);
    m_rightStack->addWidget(m_noSelection);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("profilesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_listPanel);
    m_splitter->addWidget(m_rightStack);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->restoreState(QSettings().value(QLatin1String(kSplitterKey)).toByteArray());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
}

QWidget* ProfilesPage::buildEmptyState()
{
    auto* empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("emptyState"));
    auto* icon = new QLabel(empty);
    icon->setPixmap(QIcon(QStringLiteral(":/reelstudio/icons/profiles.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    m_emptyTitle = new QLabel(empty);
    m_emptyTitle->setObjectName(QStringLiteral("emptyStateTitle"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    QFont font = m_emptyTitle->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_emptyTitle->setFont(font);
    m_emptyText = new QLabel(empty);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setMaximumWidth(520);
    m_createFirstButton = new QPushButton(empty);
    m_createFirstButton->setObjectName(QStringLiteral("createFirstProfileButton"));
    m_createFirstButton->setIcon(QIcon(QStringLiteral(":/reelstudio/icons/add.svg")));
    m_createFirstButton->setDefault(true);
    m_importFirstButton = new QPushButton(empty);
    m_importFirstButton->setObjectName(QStringLiteral("importFirstProfileButton"));
    m_importFirstButton->setIcon(QIcon(QStringLiteral(":/reelstudio/icons/import.svg")));
    m_importFirstButton->setFlat(true);
    connect(m_createFirstButton, &QPushButton::clicked, this, &ProfilesPage::newProfile);
    connect(m_importFirstButton, &QPushButton::clicked, this, &ProfilesPage::importProfile);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_createFirstButton);
    buttons->addWidget(m_importFirstButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(m_emptyTitle);
    layout->addWidget(m_emptyText, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return empty;
}

void ProfilesPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The save hint names the editor's fields, which retranslate after this page.
        QMetaObject::invokeMethod(this, &ProfilesPage::updateState, Qt::QueuedConnection);
    }
}

void ProfilesPage::retranslateUi()
{
    setWindowTitle(tr("Brand Profiles"));
    // text: the menu entry; iconText: the shorter button label.
    const auto describe = [](QAction* action, const QString& text, const QString& iconText, const QString& tip) {
        action->setText(text);
        action->setIconText(iconText);
        const QString keys = shortcutText(action);
        //: Tooltip with its keyboard shortcut, e.g. "Create a new brand profile (Ctrl+N)"
        action->setToolTip(keys.isEmpty() ? tip : tr("%1 (%2)").arg(tip, keys));
    };
    describe(m_newAction, tr("&New Profile"), tr("New"), tr("Create a new brand profile"));
    describe(m_duplicateAction, tr("&Duplicate Profile"), tr("Duplicate"), tr("Make a copy of the selected profile"));
    describe(m_deleteAction, tr("De&lete Profile"), tr("Delete"),
             tr("Delete the selected profile (you can undo this)"));
    describe(m_importAction, tr("&Import Profile…"), tr("Import…"), tr("Import a brand profile from a JSON file"));
    describe(m_exportAction, tr("&Export Profile…"), tr("Export…"), tr("Export the selected profile to a JSON file"));
    describe(m_saveAction, tr("&Save Profile"), tr("Save"), tr("Save the profile"));
    describe(m_revertAction, tr("&Revert Changes"), tr("Revert"), tr("Discard the unsaved changes"));
    m_findAction->setText(tr("Search Profiles"));

    m_emptyTitle->setText(tr("No brand profiles yet"));
    m_emptyText->setText(tr("A brand profile tells Reel Studio who you write for: the brand's sector, audience, "
                            "voice, offer and the words to avoid. Every script starts from one."));
    m_createFirstButton->setText(tr("Create your first brand profile"));
    m_importFirstButton->setText(tr("Import a profile…"));
    m_noSelectionText->setText(tr("Select a brand profile on the left, or create a new one."));
    updateState();
}

void ProfilesPage::onListCurrentChanged(qint64 id)
{
    if (id == 0) {
        // The list lost its current row (the profile went away, or the search hides it):
        // keep editing unless the profile itself is gone.
        if (!m_isNew && m_currentId != 0 && !currentStillStored())
            m_currentId = 0;
        updateState();
        return;
    }
    if (id == m_currentId && !m_isNew)
        return;
    openProfile(id);
}

void ProfilesPage::openProfile(qint64 id)
{
    if (!confirmLeave()) {
        m_listPanel->setCurrentId(m_isNew ? 0 : m_currentId);
        return;
    }
    loadProfile(id);
    m_listPanel->setCurrentId(m_isNew ? 0 : m_currentId);
    updateState();
}

bool ProfilesPage::loadProfile(qint64 id)
{
    auto stored = m_workspace.profiles().get(id);
    if (!stored) {
        showError(tr("Could Not Open the Profile"), stored.error());
        m_model->reload();
        return false;
    }
    m_isNew = false;
    m_currentId = id;
    m_editor->setProfile(stored->profile, false);
    updateState();
    return true;
}

bool ProfilesPage::currentStillStored() const
{
    return m_currentId != 0 && m_workspace.profiles().get(m_currentId).ok();
}

bool ProfilesPage::confirmLeave()
{
    if (!m_isNew && !currentStillStored())
        return true; // nothing the form could still be saved to
    if (!m_editor->isModified())
        return true;
    const QString text = m_isNew ? tr("The new brand profile has not been saved.")
                                 : tr("“%1” has unsaved changes.").arg(m_editor->savedProfile().brandName);
    switch (m_prompter.askUnsavedChanges(this, text)) {
    case Prompter::UnsavedAnswer::Save:
        return save();
    case Prompter::UnsavedAnswer::Discard:
        m_editor->setProfile(m_editor->savedProfile(), m_editor->isNew());
        updateState();
        return true;
    case Prompter::UnsavedAnswer::Cancel:
        break;
    }
    return false;
}

void ProfilesPage::newProfile()
{
    if (!confirmLeave())
        return;
    m_isNew = true;
    m_currentId = 0;
    m_listPanel->setCurrentId(0);
    m_editor->setProfile(BrandProfile{}, true);
    updateState();
    m_editor->focusBrandName();
    status(tr("Fill in the new profile and save it with %1.").arg(shortcutText(m_saveAction)));
}

bool ProfilesPage::save()
{
    if (!m_isNew && m_currentId == 0)
        return false;
    if (m_editor->hasErrors()) {
        m_editor->revealAllErrors();
        updateState();
        status(tr("Fix the marked fields to save."));
        return false;
    }
    const BrandProfile profile = m_editor->profile();
    ProfileStore& store = m_workspace.profiles();
    auto saved = m_isNew ? store.create(profile) : store.update(m_currentId, profile);
    if (!saved) {
        const Error& error = saved.error();
        if (error.code == ErrorCode::DuplicateName) {
            m_editor->setNameError(ErrorText::message(error));
            m_editor->focusBrandName();
        } else if (error.code == ErrorCode::InvalidInput) {
            m_editor->revealAllErrors();
        } else {
            showError(tr("Could Not Save the Profile"), error);
        }
        updateState();
        return false;
    }
    if (m_isNew) {
        m_undoStack->push(new AddProfileCommand(*this, saved.value(), tr("Create “%1”").arg(saved->profile.brandName)));
        m_isNew = false;
    }
    m_currentId = saved->id;
    // A new sector, voice or CTA style becomes part of the workspace's catalog.
    if (auto learned = m_workspace.catalog().learnFrom(saved->profile); !learned)
        status(ErrorText::message(learned.error()));
    m_editor->setSavedProfile(saved->profile);
    m_listPanel->setCurrentId(m_currentId);
    updateState();
    status(tr("Saved “%1”.").arg(saved->profile.brandName));
    return true;
}

void ProfilesPage::revert()
{
    m_editor->setProfile(m_editor->savedProfile(), m_editor->isNew());
    updateState();
    status(tr("Reverted the unsaved changes."));
}

void ProfilesPage::duplicateProfile()
{
    const qint64 source = currentProfileId();
    if (source == 0 || !confirmLeave())
        return;
    auto copy = m_workspace.profiles().duplicate(source);
    if (!copy) {
        showError(tr("Could Not Duplicate the Profile"), copy.error());
        return;
    }
    m_undoStack->push(new AddProfileCommand(*this, copy.value(), tr("Duplicate “%1”").arg(copy->profile.brandName)));
    loadProfile(copy->id);
    m_listPanel->setCurrentId(copy->id);
    updateState();
    status(tr("Created “%1”.").arg(copy->profile.brandName));
}

void ProfilesPage::deleteProfile()
{
    const qint64 id = currentProfileId();
    if (id == 0)
        return;
    auto stored = m_workspace.profiles().get(id);
    if (!stored) {
        showError(tr("Could Not Delete the Profile"), stored.error());
        return;
    }
    const int row = m_listPanel->rowOf(id);
    // Unsaved edits of the deleted profile go with it; undo brings back the saved version.
    m_currentId = 0;
    if (auto removed = m_workspace.profiles().remove(id); !removed) {
        m_currentId = id;
        showError(tr("Could Not Delete the Profile"), removed.error());
        return;
    }
    const QString name = stored->profile.brandName;
    m_undoStack->push(new DeleteProfileCommand(*this, std::move(stored).value(), tr("Delete “%1”").arg(name)));
    if (const qint64 next = m_listPanel->idNearRow(row); next != 0 && next != m_currentId) {
        loadProfile(next);
        m_listPanel->setCurrentId(next);
    }
    updateState();
    status(tr("Deleted “%1”. Undo with %2")
                   .arg(name, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
}

void ProfilesPage::importProfile()
{
    if (!confirmLeave())
        return;
    const auto imported = m_transfer->importProfile(this);
    if (!imported)
        return;
    const StoredProfile& stored = imported->stored;
    m_undoStack->push(new AddProfileCommand(*this, stored, tr("Import “%1”").arg(stored.profile.brandName)));
    loadProfile(stored.id);
    m_listPanel->setCurrentId(stored.id);
    updateState();
    status(tr("Imported “%1” from %2.").arg(stored.profile.brandName, imported->fileName));
}

void ProfilesPage::exportProfile()
{
    const qint64 id = currentProfileId();
    if (id == 0)
        return;
    // The file gets what is saved: settle unsaved edits first.
    if (m_editor->isModified() && !confirmLeave())
        return;
    auto stored = m_workspace.profiles().get(id);
    if (!stored) {
        showError(tr("Export Failed"), stored.error());
        return;
    }
    const QString path = m_transfer->exportProfile(this, stored->profile);
    if (!path.isEmpty())
        status(tr("Exported “%1” to %2.").arg(stored->profile.brandName, QDir::toNativeSeparators(path)));
}

reel::ProfileStore& ProfilesPage::profileStore()
{
    return m_workspace.profiles();
}

void ProfilesPage::revealProfile(qint64 id)
{
    // Called from inside QUndoStack::undo()/redo(): opening may ask about unsaved changes and
    // save, which pushes a command, so it waits until the stack has finished the step.
    QMetaObject::invokeMethod(
            this,
            [this, id] {
                if (m_model->rowOf(id) >= 0 && (id != m_currentId || m_isNew))
                    openProfile(id);
            },
            Qt::QueuedConnection);
}

void ProfilesPage::undoStepFailed(const reel::Error& error)
{
    showError(tr("Could Not Undo or Redo"), error);
}

void ProfilesPage::onProfileRemoved(qint64 id)
{
    if (m_isNew || id != m_currentId)
        return;
    // Removed from elsewhere (undo of a create): show its neighbour, or nothing.
    m_currentId = 0;
    if (const qint64 next = m_listPanel->idNearRow(0)) {
        loadProfile(next);
        m_listPanel->setCurrentId(next);
    }
    updateState();
}

void ProfilesPage::updateState()
{
    const bool stored = !m_isNew && m_currentId != 0;
    const bool editing = m_isNew || stored;
    if (editing)
        m_rightStack->setCurrentWidget(m_editorPanel);
    else if (m_model->rowCount() == 0)
        m_rightStack->setCurrentWidget(m_emptyState);
    else
        m_rightStack->setCurrentWidget(m_noSelection);

    const bool modified = editing && m_editor->isModified();
    const bool errors = editing && m_editor->hasErrors();
    m_editorTitle->setText(m_isNew ? tr("New brand profile") : m_editor->savedProfile().brandName);
    m_saveAction->setEnabled(editing && modified && !errors);
    m_revertAction->setEnabled(editing && modified);
    m_duplicateAction->setEnabled(stored);
    m_deleteAction->setEnabled(stored);
    m_exportAction->setEnabled(stored);
    if (errors)
        //: %1 the names of the fields to fix, e.g. "Brand name, Sector"
        m_saveHint->setText(tr("To save, fix: %1").arg(m_editor->problemFields().join(tr(", "))));
    else if (modified)
        m_saveHint->setText(tr("Unsaved changes"));
    else
        m_saveHint->clear();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        emit modifiedChanged(modified);
    }
}

void ProfilesPage::status(const QString& text)
{
    emit statusMessage(text, kStatusTimeoutMs);
}

void ProfilesPage::showError(const QString& title, const reel::Error& error)
{
    m_prompter.error(this, title, ErrorText::message(error));
}

void ProfilesPage::refreshRules()
{
    m_editor->setRulePack(m_workspace.rules().current());
}

} // namespace reel::ui
