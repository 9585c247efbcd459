#include "editor/ScriptEditorPage.h"

#include "common/ErrorText.h"
#include "common/Prompter.h"
#include "editor/DurationGauges.h"
#include "editor/FindingText.h"
#include "editor/ProblemsModel.h"
#include "editor/ProblemsPanel.h"
#include "editor/RequestBar.h"
#include "editor/ScriptFile.h"
#include "editor/ScriptForm.h"
#include "editor/SectionEditor.h"
#include "editor/ValidationController.h"
#include "store/ScriptStore.h"
#include "store/Workspace.h"
#include "validate/RulePackStore.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace reel::ui {

namespace {

constexpr auto kSplitterKey = "editor/splitter";
constexpr auto kFolderKey = "editor/folder";
constexpr int kStatusTimeoutMs = 8000;
// How long the editor waits after an edit of a history script before autosaving it.
constexpr int kAutosaveMs = 3000;

// Where the file dialogs start: the last folder used, else Documents, else home.
QString startFolder()
{
    const QString last = QSettings().value(QLatin1String(kFolderKey)).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QAction* makeAction(const QString& objectName, const QString& icon, QObject* parent)
{
    auto* action = new QAction(parent);
    action->setObjectName(objectName);
    if (!icon.isEmpty())
        action->setIcon(QIcon(icon));
    return action;
}

} // namespace

ScriptEditorPage::ScriptEditorPage(Workspace& workspace, Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_prompter(prompter)
{
    setObjectName(QStringLiteral("scriptEditorPage"));
    createActions();
    buildUi();
    retranslateUi();
    setPageShortcuts(false);

    connect(m_request, &RequestBar::profileChanged, this, [this] {
        applyContext();
        updateState();
    });
    connect(m_request, &RequestBar::requestEdited, this, [this] {
        applyContext();
        updateState();
    });
    connect(m_form, &ScriptForm::edited, this, &ScriptEditorPage::updateState);
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &ScriptEditorPage::autosaveNow);
    connect(m_form, &ScriptForm::edited, this, [this] {
        if (m_historyId != 0 && !m_autosave->isActive())
            m_autosave->start();
    });
    connect(m_validation, &ValidationController::upToDate, this, [this] {
        if (!m_pendingSave)
            return;
        const PendingSave pending = *m_pendingSave;
        m_pendingSave.reset();
        if (write(pending.path) && pending.then)
            pending.then();
    });
    connect(m_problemsPanel, &ProblemsPanel::revealRequested, this, &ScriptEditorPage::reveal);
    connect(m_problemsPanel, &ProblemsPanel::fixRequested, this, &ScriptEditorPage::fix);

    applyContext();
    resetSavedState();
    updateState();
}

ScriptEditorPage::~ScriptEditorPage()
{
    QSettings().setValue(QLatin1String(kSplitterKey), m_splitter->saveState());
}

void ScriptEditorPage::createActions()
{
    m_newAction = makeAction(QStringLiteral("newScriptAction"), QStringLiteral(":/reelstudio/icons/add.svg"), this);
    m_openAction = makeAction(QStringLiteral("openScriptAction"), QStringLiteral(":/reelstudio/editor/open.svg"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_saveAction = makeAction(QStringLiteral("saveScriptAction"), QStringLiteral(":/reelstudio/icons/save.svg"), this);
    m_saveAsAction = makeAction(QStringLiteral("saveScriptAsAction"), QString(), this);
    m_nextProblemAction = makeAction(QStringLiteral("nextProblemAction"), QString(), this);
    m_nextProblemAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_nextProblemAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_previousProblemAction = makeAction(QStringLiteral("previousProblemAction"), QString(), this);
    m_previousProblemAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_previousProblemAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_nextProblemAction);
    addAction(m_previousProblemAction);

    connect(m_newAction, &QAction::triggered, this, &ScriptEditorPage::newScript);
    connect(m_openAction, &QAction::triggered, this, &ScriptEditorPage::openScript);
    connect(m_saveAction, &QAction::triggered, this, &ScriptEditorPage::save);
    connect(m_saveAsAction, &QAction::triggered, this, &ScriptEditorPage::saveAs);
    connect(m_nextProblemAction, &QAction::triggered, this, [this] { stepProblem(1); });
    connect(m_previousProblemAction, &QAction::triggered, this, [this] { stepProblem(-1); });
}

void ScriptEditorPage::buildUi()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("scriptTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_saveHint = new QLabel(this);
    m_saveHint->setObjectName(QStringLiteral("scriptSaveHint"));
    m_saveHint->setForegroundRole(QPalette::PlaceholderText);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(8);
    header->addWidget(m_saveHint, 1, Qt::AlignBottom);
    for (QAction* action : {m_newAction, m_openAction, m_saveAction, m_saveAsAction}) {
        auto* button = new QToolButton(this);
        button->setObjectName(action->objectName().replace(QStringLiteral("Action"), QStringLiteral("Button")));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        header->addWidget(button);
        m_fileButtons.append(button);
    }

    m_request = new RequestBar(m_workspace.profiles(), m_workspace.catalog(), this);
    m_request->setObjectName(QStringLiteral("requestBar"));
    m_profileNote = new QLabel(this);
    m_profileNote->setObjectName(QStringLiteral("profileNote"));
    m_profileNote->setWordWrap(true);
    m_profileNote->setForegroundRole(QPalette::PlaceholderText);

    m_form = new ScriptForm(this);
    m_form->setObjectName(QStringLiteral("scriptForm"));
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("scriptScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_form);

    m_gauges = new DurationGauges(this);
    m_gauges->setObjectName(QStringLiteral("durationGauges"));
    m_problems = new ProblemsModel(this);
    m_problemsPanel = new ProblemsPanel(m_problems, this);
    m_problemsPanel->setObjectName(QStringLiteral("problemsPanel"));
    m_validation = new ValidationController(*m_form, *m_problems, *m_gauges, this);

    auto* side = new QWidget(this);
    side->setObjectName(QStringLiteral("editorSidePanel"));
    auto* line = new QFrame(side);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 0);
    sideLayout->addWidget(m_gauges);
    sideLayout->addWidget(line);
    sideLayout->addWidget(m_problemsPanel, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("editorSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_scroll);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    // First run: the script a little wider than the problems beside it.
    if (!m_splitter->restoreState(QSettings().value(QLatin1String(kSplitterKey)).toByteArray()))
        m_splitter->setSizes({550, 450});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_request);
    layout->addWidget(m_profileNote);
    layout->addWidget(m_splitter, 1);

    QWidget* previous = m_request->findChild<QWidget*>(QStringLiteral("topicEdit"));
    for (const ScriptField field : kEditorFields) {
        QWidget* next = field == ScriptField::Shots ? static_cast<QWidget*>(m_form->shotsTable())
                                                    : m_form->editor(field);
        if (field == ScriptField::Hook)
            setTabOrder(previous, next);
        previous = next;
    }
    setTabOrder(m_form->editor(ScriptField::ThumbnailText), m_problemsPanel->view());
    setTabOrder(m_problemsPanel->view(), m_problemsPanel->fixButton());
}

void ScriptEditorPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_problems->retranslate();
        m_validation->retranslate();
    }
}

void ScriptEditorPage::retranslateUi()
{
    setWindowTitle(tr("Script Editor"));
    // The page's shortcuts come and go with the page (setPageShortcuts()); tooltips name them always.
    const auto describe = [](QAction* action, const QString& text, const QString& iconText, const QString& tip,
                             QKeySequence::StandardKey key) {
        action->setText(text);
        action->setIconText(iconText);
        const QString keys = QKeySequence(key).toString(QKeySequence::NativeText);
        //: Tooltip with its keyboard shortcut, e.g. "Open a script file (Ctrl+O)"
        action->setToolTip(keys.isEmpty() ? tip : tr("%1 (%2)").arg(tip, keys));
    };
    describe(m_newAction, tr("&New Script"), tr("New"), tr("Start a new, empty script"), QKeySequence::New);
    describe(m_openAction, tr("&Open Script…"), tr("Open…"), tr("Open a script file"), QKeySequence::Open);
    describe(m_saveAction, tr("&Save Script"), tr("Save"), tr("Save the script"), QKeySequence::Save);
    describe(m_saveAsAction, tr("Save Script &As…"), tr("Save As…"), tr("Save the script to a new file"),
             QKeySequence::SaveAs);
    m_nextProblemAction->setText(tr("Next Problem"));
    m_previousProblemAction->setText(tr("Previous Problem"));
    for (QToolButton* button : std::as_const(m_fileButtons))
        button->setAccessibleName(button->defaultAction()->iconText());
    m_request->setAccessibleName(tr("Request"));
    m_profileNote->setText(tr("No brand profile yet: the brand's banned words, competitors and hashtags are not "
                              "checked. Create one on the Brand Profiles page."));
    updateState();
}

void ScriptEditorPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    setPageShortcuts(true);
}

void ScriptEditorPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    setPageShortcuts(false);
    autosaveNow();
}

void ScriptEditorPage::setAutosaveInterval(int ms)
{
    m_autosave->setInterval(ms);
}

bool ScriptEditorPage::autosaveNow()
{
    m_autosave->stop();
    if (m_historyId == 0 || !m_form->isModified())
        return true;
    auto saved = ScriptStore(m_workspace.database()).autosave(m_historyId, script());
    if (!saved) {
        // Kept as unsaved changes; the next edit tries again.
        status(tr("Could not autosave: %1").arg(ErrorText::message(saved.error())));
        return false;
    }
    m_historyVersion = *saved;
    m_historyAutosaved = true;
    m_form->setUnmodified();
    updateState();
    emit historySaved(m_historyId, m_historyVersion);
    return true;
}

bool ScriptEditorPage::commitHistory()
{
    m_autosave->stop();
    if (m_historyId == 0)
        return true;
    if (!m_form->isModified() && !m_historyAutosaved)
        return true;
    auto saved = ScriptStore(m_workspace.database()).commitEdit(m_historyId, script());
    if (!saved) {
        m_prompter.error(this, tr("Could Not Save the Version"), ErrorText::message(saved.error()));
        return false;
    }
    m_historyVersion = *saved;
    m_historyAutosaved = false;
    m_form->setUnmodified();
    updateState();
    emit historySaved(m_historyId, m_historyVersion);
    return true;
}

void ScriptEditorPage::setPageShortcuts(bool active)
{
    // Ctrl+N and Ctrl+S belong to the page that is shown (the Profiles page uses them too);
    // Open has no rival and works from everywhere.
    m_newAction->setShortcut(active ? QKeySequence(QKeySequence::New) : QKeySequence());
    m_saveAction->setShortcut(active ? QKeySequence(QKeySequence::Save) : QKeySequence());
    m_saveAsAction->setShortcut(active ? QKeySequence(QKeySequence::SaveAs) : QKeySequence());
}

void ScriptEditorPage::refreshRules()
{
    applyContext();
}

bool ScriptEditorPage::applyContext()
{
    ValidationContext context;
    context.profile = m_request->profile();
    context.request = m_request->request();
    context.language = context.request.language;
    context.pack = &m_workspace.rules().current();
    m_form->setScriptLanguage(context.language);
    m_profileNote->setVisible(m_request->profileId() == 0);
    return m_validation->setContext(context);
}

bool ScriptEditorPage::isModified() const
{
    if (m_form->isModified())
        return true;
    // A history script's versions hold the script; the request is only the check's context.
    if (m_historyId != 0)
        return false;
    // The request and brand are saved with the script; they count once there is a script.
    if (m_path.isEmpty() && m_form->isEmpty())
        return false;
    return m_request->request() != m_savedRequest || m_request->profile().brandName != m_savedBrand;
}

ReelScript ScriptEditorPage::script() const
{
    return m_form->script(m_answer.script);
}

void ScriptEditorPage::resetSavedState()
{
    m_form->setUnmodified();
    m_savedRequest = m_request->request();
    m_savedBrand = m_request->profile().brandName;
}

bool ScriptEditorPage::confirmLeave(const std::function<void()>& retry)
{
    // A history script needs no question: its edits are saved as a version.
    if (m_historyId != 0)
        return commitHistory();
    if (!isModified())
        return true;
    const QString text = m_path.isEmpty() ? tr("The new script has not been saved.")
                                          : tr("“%1” has unsaved changes.").arg(QFileInfo(m_path).fileName());
    switch (m_prompter.askUnsavedChanges(this, text)) {
    case Prompter::UnsavedAnswer::Save: {
        const QString path = m_path.isEmpty() ? askSavePath() : m_path;
        return !path.isEmpty() && saveTo(path, retry);
    }
    case Prompter::UnsavedAnswer::Discard:
        return true;
    case Prompter::UnsavedAnswer::Cancel:
        break;
    }
    return false;
}

void ScriptEditorPage::newScript()
{
    emit showRequested();
    if (!confirmLeave([this] { newScript(); }))
        return;
    m_pendingSave.reset();
    m_path.clear();
    m_generatedTitle.clear();
    m_historyId = 0;
    m_answer = AnswerEnvelope{};
    m_form->load({});
    resetSavedState();
    if (!applyContext())
        m_validation->checkAll();
    updateState();
    m_form->editor(ScriptField::Hook)->setFocus(Qt::OtherFocusReason);
    status(tr("New script. Start with the hook."));
}

void ScriptEditorPage::openScript()
{
    emit showRequested();
    if (!confirmLeave([this] { openScript(); }))
        return;
    const QString folder = startFolder();
    const QString path = m_prompter.openFileName(this, tr("Open Script"), folder,
                                                 tr("Script files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool ScriptEditorPage::openFile(const QString& path)
{
    auto opened = ScriptFile::read(path);
    if (!opened) {
        m_prompter.error(this, tr("Could Not Open the Script"), ErrorText::message(opened.error()));
        return false;
    }
    m_pendingSave.reset();
    QSettings().setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
    m_path = path;
    m_generatedTitle.clear();
    m_historyId = 0;
    m_answer = std::move(opened->answer);
    m_form->load(m_answer.script);

    // The request the script was written for, where the file says it; the rest stays as set.
    const AnswerMetadata& meta = m_answer.metadata;
    QString note;
    if (!meta.brand.isEmpty() && !m_request->selectProfile(meta.brand))
        //: %1 the brand named in the file
        note = tr("The script was written for “%1”, which is not in this workspace.").arg(meta.brand);
    const ScriptRequest fromFile = ScriptFile::requestOf(meta);
    ScriptRequest request = m_request->request();
    if (!fromFile.hookType.isEmpty())
        request.hookType = fromFile.hookType;
    if (!fromFile.goal.isEmpty())
        request.goal = fromFile.goal;
    if (meta.scriptLength > 0)
        request.scriptLength = fromFile.scriptLength;
    if (!fromFile.emotion.isEmpty())
        request.emotion = fromFile.emotion;
    if (fromFile.language != ScriptRequest{}.language)
        request.language = fromFile.language;
    request.topic = fromFile.topic;
    m_request->setRequest(request);

    resetSavedState();
    if (!applyContext())
        m_validation->checkAll();
    updateState();
    status(note.isEmpty() ? tr("Opened %1.").arg(QDir::toNativeSeparators(path)) : note);
    return true;
}

bool ScriptEditorPage::showGenerated(const GenerationRecord& record)
{
    emit showRequested();
    if (!confirmLeave([this, record] { showGenerated(record); }))
        return false;
    m_pendingSave.reset();
    m_path.clear();
    m_generatedTitle = record.title.isEmpty() ? record.script.hook.left(80) : record.title;
    m_historyId = record.id;
    m_historyVersion = record.currentVersion;
    m_historyAutosaved = false;
    m_answer = AnswerEnvelope{};
    m_answer.script = record.script;
    m_form->load(record.script);

    QString note;
    if (!record.profile.brandName.isEmpty() && !m_request->selectProfile(record.profile.brandName))
        //: %1 the brand the script was generated for
        note = tr("The script was written for “%1”, which is no longer in this workspace.")
                       .arg(record.profile.brandName);
    m_request->setRequest(record.request);

    resetSavedState();
    if (!applyContext())
        m_validation->checkAll();
    updateState();
    m_form->editor(ScriptField::Hook)->setFocus(Qt::OtherFocusReason);
    //: %1 the script's title (its hook)
    status(note.isEmpty()
                   ? tr("Opened “%1” from the history. Edits are kept as versions automatically; %2 saves "
                        "the version now.")
                             .arg(m_generatedTitle, QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText))
                   : note);
    return true;
}

bool ScriptEditorPage::openHistoryScript(qint64 id)
{
    auto record = ScriptStore(m_workspace.database()).get(id);
    if (!record) {
        m_prompter.error(this, tr("Could Not Open the Script"), ErrorText::message(record.error()));
        return false;
    }
    return showGenerated(*record);
}

QString ScriptEditorPage::askSavePath()
{
    QString suggested = m_path;
    if (suggested.isEmpty()) {
        const QString folder = startFolder();
        const QString brand = m_request->profile().brandName;
        //: Suggested file name; %1 the brand's name
        const QString name = brand.isEmpty() ? tr("script") : tr("%1 script").arg(brand);
        suggested = QDir(folder).filePath(name + QStringLiteral(".json"));
    }
    QString path = m_prompter.saveFileName(this, tr("Save Script"), suggested,
                                           tr("Script files (*.json);;All files (*)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    return path;
}

bool ScriptEditorPage::save()
{
    emit showRequested();
    if (m_historyId != 0) {
        const bool hadChanges = m_form->isModified() || m_historyAutosaved;
        if (!commitHistory())
            return false;
        status(hadChanges ? tr("Saved as version %1.").arg(m_historyVersion)
                          : tr("No changes since version %1.").arg(m_historyVersion));
        return true;
    }
    const QString path = m_path.isEmpty() ? askSavePath() : m_path;
    return !path.isEmpty() && saveTo(path, {});
}

bool ScriptEditorPage::saveAs()
{
    emit showRequested();
    const QString path = askSavePath();
    return !path.isEmpty() && saveTo(path, {});
}

bool ScriptEditorPage::saveTo(const QString& path, const std::function<void()>& then)
{
    // The file carries the check's summary of exactly what it holds: when the last keystrokes
    // are still being checked, the file is written as soon as that check is in.
    if (!m_validation->isUpToDate()) {
        m_pendingSave = PendingSave{path, then};
        m_validation->checkNow();
        status(tr("Saving as soon as the check of the latest changes is done…"));
        return false;
    }
    return write(path);
}

bool ScriptEditorPage::write(const QString& path)
{
    AnswerEnvelope answer = m_answer;
    answer.script = script();
    answer.validation = m_validation->summary();
    const BrandProfile& profile = m_request->profile();
    answer.metadata.brand = profile.brandName;
    answer.metadata.sector = profile.sector;
    ScriptFile::setRequest(answer.metadata, m_request->request());
    if (auto written = ScriptFile::write(path, answer); !written) {
        m_prompter.error(this, tr("Could Not Save the Script"), ErrorText::message(written.error()));
        return false;
    }
    QSettings().setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
    m_path = path;
    m_answer = answer;
    resetSavedState();
    updateState();
    status(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ScriptEditorPage::reveal(quint64 id)
{
    const auto found = m_validation->find(id);
    if (!found || !m_validation->reveal(id))
        return;
    m_scroll->ensureWidgetVisible(m_form->sectionWidget(found->first), 0, 0);
    if (QWidget* focused = focusWidget())
        m_scroll->ensureWidgetVisible(focused, 0, 24);
}

void ScriptEditorPage::fix(quint64 id)
{
    const auto found = m_validation->find(id);
    if (!found || !found->second.finding.fix)
        return;
    const QString what = FindingText::fix(*found->second.finding.fix);
    if (!m_validation->applyFix(id))
        return;
    // The fixed section takes the focus, so that the undo the message offers works at once.
    if (SectionEditor* editor = m_form->editor(found->first))
        editor->setFocus(Qt::OtherFocusReason);
    //: %1 what the fix did, e.g. remove “fat”
    status(tr("Applied: %1. Undo with %2.")
                   .arg(what, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
}

void ScriptEditorPage::stepProblem(int delta)
{
    if (const quint64 id = m_problemsPanel->step(delta))
        reveal(id);
    else
        status(tr("No problems found."));
}

void ScriptEditorPage::updateState()
{
    const bool modified = isModified();
    if (!m_path.isEmpty())
        m_title->setText(QFileInfo(m_path).fileName());
    else
        m_title->setText(m_generatedTitle.isEmpty() ? tr("Untitled script") : m_generatedTitle);
    m_title->setToolTip(QDir::toNativeSeparators(m_path));
    if (m_historyId != 0)
        m_saveHint->setText(modified             ? tr("Editing…")
                            : m_historyAutosaved ? tr("Version %1 (autosaved)").arg(m_historyVersion)
                                                 : tr("Version %1").arg(m_historyVersion));
    else
        m_saveHint->setText(modified ? tr("Unsaved changes") : QString());
    if (modified != m_lastModified) {
        m_lastModified = modified;
        emit modifiedChanged(modified);
    }
}

void ScriptEditorPage::status(const QString& text)
{
    emit statusMessage(text, kStatusTimeoutMs);
}

} // namespace reel::ui
