#include "history/HistoryPage.h"

#include "common/BackgroundJob.h"
#include "common/ErrorText.h"
#include "common/MessageBar.h"
#include "common/Prompter.h"
#include "history/DocumentText.h"
#include "history/HistoryExport.h"
#include "history/HistoryExportJob.h"
#include "history/HistoryFilterBar.h"
#include "history/HistoryTableModel.h"
#include "history/Promotion.h"
#include "history/ScriptDetailPanel.h"
#include "rag/ExampleLibrary.h"
#include "store/Database.h"
#include "store/ScriptStore.h"
#include "store/Workspace.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace reel::ui {

namespace {

constexpr auto kSplitterKey = "history/splitter";
constexpr auto kHeaderKey = "history/header";
constexpr auto kFolderKey = "history/folder";
constexpr int kStatusTimeoutMs = 8000;

QAction* makeAction(const QString& objectName, const QString& icon, const QKeySequence& shortcut, QObject* parent)
{
    auto* action = new QAction(parent);
    action->setObjectName(objectName);
    if (!icon.isEmpty())
        action->setIcon(QIcon(icon));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

} // namespace

HistoryPage::HistoryPage(Workspace& workspace, Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_prompter(prompter)
    , m_model(new HistoryTableModel(workspace.database(), this))
{
    setObjectName(QStringLiteral("historyPage"));
    createActions();
    buildUi();
    retranslateUi();
    updateDetail();
    updateState();
}

HistoryPage::~HistoryPage()
{
    QSettings settings;
    settings.setValue(QLatin1String(kSplitterKey), m_splitter->saveState());
    settings.setValue(QLatin1String(kHeaderKey), m_table->horizontalHeader()->saveState());
    // A job still reads or writes the database: let it finish first.
    waitForBackgroundJobs(this);
}

void HistoryPage::createActions()
{
    const QString icons = QStringLiteral(":/reelstudio/icons/%1.svg");
    m_openAction = makeAction(QStringLiteral("openScriptAction"), QStringLiteral(":/reelstudio/editor/open.svg"), {},
                              this);
    m_promoteAction = makeAction(QStringLiteral("promoteScriptAction"), icons.arg(QStringLiteral("add")), {}, this);
    m_exportSelectedAction = makeAction(QStringLiteral("exportSelectedScriptsAction"), {}, {}, this);
    m_exportAllAction = makeAction(QStringLiteral("exportAllScriptsAction"), {}, {}, this);
    m_copyAction = makeAction(QStringLiteral("copyScriptsAction"), icons.arg(QStringLiteral("duplicate")),
                              QKeySequence(QKeySequence::Copy), this);
    m_importHistoryAction = makeAction(QStringLiteral("importHistoryAction"), {}, {}, this);
    m_importPerformanceAction = makeAction(QStringLiteral("importPerformanceAction"), {}, {}, this);
    m_deleteAction = makeAction(QStringLiteral("deleteScriptsAction"), icons.arg(QStringLiteral("delete")),
                                QKeySequence(QKeySequence::Delete), this);
    m_findAction = makeAction(QStringLiteral("findScriptsAction"), {}, QKeySequence(QKeySequence::Find), this);
    // Ctrl+F while the page is shown; Delete and Ctrl+C only in the table (text fields keep them).
    addAction(m_findAction);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);

    connect(m_openAction, &QAction::triggered, this, &HistoryPage::openScript);
    connect(m_promoteAction, &QAction::triggered, this, &HistoryPage::promoteScript);
    connect(m_exportSelectedAction, &QAction::triggered, this, [this] { exportScripts(true); });
    connect(m_exportAllAction, &QAction::triggered, this, [this] { exportScripts(false); });
    connect(m_copyAction, &QAction::triggered, this, &HistoryPage::copyScripts);
    connect(m_importHistoryAction, &QAction::triggered, this, &HistoryPage::importHistory);
    connect(m_importPerformanceAction, &QAction::triggered, this, &HistoryPage::importPerformance);
    connect(m_deleteAction, &QAction::triggered, this, &HistoryPage::deleteScripts);
}

void HistoryPage::buildUi()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("historyTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_title);
    toolbar->addStretch(1);
    const auto button = [this, toolbar](QAction* action, const char* name) {
        auto* b = new QToolButton(this);
        b->setObjectName(QLatin1String(name));
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        toolbar->addWidget(b);
        m_buttons.append(b);
        return b;
    };
    const auto menuButton = [this, toolbar](const char* name, const char* menuName, const QString& icon,
                                            const QList<QAction*>& actions) {
        auto* b = new QToolButton(this);
        b->setObjectName(QLatin1String(name));
        b->setIcon(QIcon(icon));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setPopupMode(QToolButton::InstantPopup);
        auto* menu = new QMenu(b);
        menu->setObjectName(QLatin1String(menuName));
        menu->addActions(actions);
        b->setMenu(menu);
        toolbar->addWidget(b);
        return b;
    };
    button(m_openAction, "openScriptButton");
    button(m_promoteAction, "promoteScriptButton");
    m_exportButton = menuButton("exportScriptsButton", "exportMenu", QStringLiteral(":/reelstudio/icons/export.svg"),
                                {m_exportSelectedAction, m_exportAllAction});
    button(m_copyAction, "copyScriptsButton");
    m_importButton = menuButton("importScriptsButton", "importMenu", QStringLiteral(":/reelstudio/icons/import.svg"),
                                {m_importHistoryAction, m_importPerformanceAction});
    button(m_deleteAction, "deleteScriptsButton");

    m_messages = new MessageBar(this);
    m_messages->setObjectName(QStringLiteral("historyMessageBar"));

    m_filters = new HistoryFilterBar(m_workspace.database(), this);
    connect(m_filters, &HistoryFilterBar::filterChanged, this, [this] { m_model->setFilter(m_filters->filter()); });
    connect(m_findAction, &QAction::triggered, m_filters, &HistoryFilterBar::focusSearch);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->addAction(m_deleteAction);
    m_table->addAction(m_copyAction);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setDefaultSectionSize(100);
    // The title gets the room; the other columns what their values need (all can be resized).
    for (const auto& [column, width] :
         {std::pair{HistoryTableModel::CreatedColumn, 125}, std::pair{HistoryTableModel::TitleColumn, 240},
          std::pair{HistoryTableModel::BrandColumn, 110}, std::pair{HistoryTableModel::StatusColumn, 85},
          std::pair{HistoryTableModel::RatingColumn, 70}, std::pair{HistoryTableModel::ScoreColumn, 50},
          std::pair{HistoryTableModel::LanguageColumn, 75}, std::pair{HistoryTableModel::ProviderColumn, 110},
          std::pair{HistoryTableModel::CostColumn, 65}})
        header->resizeSection(column, width);
    header->restoreState(QSettings().value(QLatin1String(kHeaderKey)).toByteArray());
    // The store sorts; the header shows by what. Columns it cannot sort by keep the indicator.
    if (!HistoryTableModel::sortKey(header->sortIndicatorSection()))
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &HistoryPage::onHeaderSort);
    connect(m_table, &QTableView::activated, this, &HistoryPage::openScript);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPage::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPage::updateDetail);

    // The selection survives re-reading the rows (after a change, an import, a new sort).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptSelection = selectedIds();
        m_keptCurrent = currentId();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPage::onModelReset);
    connect(m_model, &HistoryTableModel::countsChanged, this, [this] {
        m_filters->setCounts(m_model->matchCount(), m_model->totalCount());
        updateState();
    });
    connect(m_model, &HistoryTableModel::loadFailed, this, [this](const Error& error) {
        m_messages->showMessage(MessageBar::Kind::Error, ErrorText::message(error));
    });
    m_filters->setCounts(m_model->matchCount(), m_model->totalCount());

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("historyEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);

    m_detail = new ScriptDetailPanel(m_workspace, m_prompter, this);
    connect(m_detail, &ScriptDetailPanel::openRequested, this, &HistoryPage::openRequested);
    connect(m_detail, &ScriptDetailPanel::statusMessage, this, &HistoryPage::status);
    connect(m_detail, &ScriptDetailPanel::scriptChanged, this, [this] {
        m_filters->reloadValues();
        m_model->refresh();
    });

    auto* tableBox = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_filters);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_emptyLabel);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("historySplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(tableBox);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->restoreState(QSettings().value(QLatin1String(kSplitterKey)).toByteArray());

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_messages);
    layout->addWidget(m_splitter, 1);
    setTabOrder(m_filters->searchEdit(), m_table);
}

void HistoryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Other pages add and change scripts: show what the workspace holds now.
    if (!event->spontaneous())
        refresh();
}

void HistoryPage::refresh()
{
    m_filters->reloadValues();
    m_model->refresh();
}

void HistoryPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void HistoryPage::retranslateUi()
{
    setWindowTitle(tr("History"));
    m_title->setText(tr("Script History"));
    const auto describe = [this](QAction* action, const QString& text, const QString& iconText, const QString& tip) {
        action->setText(text);
        action->setIconText(iconText);
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        //: Tooltip with its keyboard shortcut, e.g. "Delete the selected scripts (Del)"
        action->setToolTip(keys.isEmpty() ? tip : tr("%1 (%2)").arg(tip, keys));
    };
    describe(m_openAction, tr("&Open in Editor"), tr("Open"), tr("Open the script in the editor (Enter)"));
    describe(m_promoteAction, tr("&Promote to Examples"), tr("Promote"),
             tr("Add the script to the example library the generator learns from"));
    describe(m_exportSelectedAction, tr("Export &Selected Scripts…"), tr("Export Selected…"),
             tr("Write the selected scripts to a file"));
    describe(m_exportAllAction, tr("Export &All Shown…"), tr("Export All Shown…"),
             tr("Write every script the search and filters show to a file"));
    describe(m_copyAction, tr("&Copy as Markdown"), tr("Copy"), tr("Copy the selected scripts as Markdown text"));
    describe(m_importHistoryAction, tr("Import &History…"), tr("Import History…"),
             tr("Add the scripts of a Reel Studio history export (JSON)"));
    describe(m_importPerformanceAction, tr("Import &Performance…"), tr("Import Performance…"),
             tr("Read views, likes, comments, shares and saves from a CSV file"));
    describe(m_deleteAction, tr("De&lete Scripts"), tr("Delete"), tr("Delete the selected scripts"));
    m_findAction->setText(tr("Search Scripts"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Write scripts as Markdown, PDF, CSV, JSON, teleprompter text or captions"));
    m_importButton->setText(tr("Import"));
    m_importButton->setToolTip(tr("Import a history export or performance figures"));
    m_table->setAccessibleName(tr("Scripts"));
    m_model->retranslate();
    updateState();
}

void HistoryPage::onHeaderSort(int section)
{
    if (HistoryTableModel::sortKey(section))
        return;
    // Not a column the store sorts by: put the indicator back (the model ignored the click).
    QHeaderView* header = m_table->horizontalHeader();
    const QSignalBlocker block(header);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    status(tr("The table cannot be sorted by this column."));
}

void HistoryPage::onModelReset()
{
    QItemSelection selection;
    for (const qint64 id : std::as_const(m_keptSelection)) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, HistoryTableModel::ColumnCount - 1));
    }
    const int current = m_model->rowOf(m_keptCurrent);
    {
        // One update of the details below, not one per restored row.
        const QSignalBlocker block(m_table->selectionModel());
        if (current >= 0)
            m_table->selectionModel()->setCurrentIndex(m_model->index(current, 0), QItemSelectionModel::NoUpdate);
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }
    m_table->viewport()->update();
    updateDetail();
    updateState();
}

QList<qint64> HistoryPage::selectedIds() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const int row : std::as_const(rows))
        ids.append(m_model->idAt(row));
    return ids;
}

qint64 HistoryPage::currentId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

bool HistoryPage::selectScript(qint64 id)
{
    const int row = m_model->loadUntil(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void HistoryPage::updateDetail()
{
    m_detail->setScript(currentId());
}

void HistoryPage::openScript()
{
    const qint64 id = currentId();
    if (id != 0)
        emit openRequested(id);
}

void HistoryPage::promoteScript()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const ScriptSummary* summary = m_model->summaryAt(m_model->rowOf(ids.first()));
    bool again = false;
    if (summary) {
        auto existing = m_workspace.examples().findPromoted(summary->uuid);
        again = existing && existing->has_value();
    }
    auto promoted = history::promoteScript(m_workspace, ids.first());
    if (!promoted) {
        const Error& error = promoted.error();
        m_messages->showMessage(error.code == ErrorCode::DuplicateExample ? MessageBar::Kind::Information
                                                                          : MessageBar::Kind::Error,
                                ErrorText::message(error));
        return;
    }
    const qint64 exampleId = promoted->id;
    //: %1 the number of the new example
    const QString text = again ? tr("Example %1 in the library was brought up to date with this script.")
                                         .arg(QLocale().toString(exampleId))
                               : tr("Added to the example library as example %1.").arg(QLocale().toString(exampleId));
    m_messages->showMessage(MessageBar::Kind::Information, text);
    status(text);
    emit examplePromoted(exampleId);
}

template <typename T>
void HistoryPage::runJob(std::function<T()> job, std::function<void(const T&)> done)
{
    ++m_jobs;
    updateState();
    runInBackground<T>(this, std::move(job), [this, done = std::move(done)](const T& result) {
        --m_jobs;
        done(result);
        updateState();
    });
}

void HistoryPage::exportScripts(bool selectedOnly)
{
    using namespace historyjobs;
    const QList<qint64> ids = selectedOnly ? selectedIds() : QList<qint64>();
    if (selectedOnly && ids.isEmpty())
        return;
    const qint64 count = selectedOnly ? ids.size() : m_model->matchCount();
    if (count == 0) {
        status(tr("There are no scripts to export."));
        return;
    }
    QString name = QStringLiteral("reel-scripts");
    if (count == 1) {
        const ScriptSummary* s = m_model->summaryAt(m_model->rowOf(selectedOnly ? ids.first() : m_model->idAt(0)));
        if (s && !history::fileSlug(s->title).isEmpty())
            name = history::fileSlug(s->title);
    }
    QString folder = QSettings().value(QLatin1String(kFolderKey)).toString();
    if (folder.isEmpty() || !QDir(folder).exists()) {
        folder = m_workspace.exportsFolder();
        QDir().mkpath(folder);
    }
    QString path = m_prompter.saveFileName(
            this, tr("Export Scripts"), QDir(folder).filePath(name + QStringLiteral(".md")),
            tr("Markdown (*.md);;PDF (*.pdf);;CSV (*.csv);;Reel Studio history (*.json);;Teleprompter text (*.txt);;"
               "SubRip captions, one file per script (*.srt)"));
    if (path.isEmpty())
        return;
    auto format = formatOfPath(path);
    if (!format) {
        path += QStringLiteral(".md");
        format = ExportFormat::Markdown;
    }
    QSettings().setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());

    ExportRequest request;
    request.ids = ids;
    if (!selectedOnly)
        request.query = m_model->query();
    request.format = *format;
    request.path = path;
    request.pdfTitle = count == 1 ? tr("Reel script") : tr("Reel scripts");
    startExport(request, count);
}

void HistoryPage::startExport(const historyjobs::ExportRequest& request, qint64 count)
{
    using namespace historyjobs;
    const QString path = request.path;
    const bool severalSrt = request.format == ExportFormat::Srt && count > 1;
    const auto finish = [this, request, count, severalSrt](const Result<ExportOutcome>& written) {
        if (!written && written.error().code == ErrorCode::FileExists && !request.overwrite) {
            // Caption files of the same names are there already: nothing was written yet.
            const QStringList names = written.error().args.value(1).split(QStringLiteral(", "));
            const QString folder = QDir::toNativeSeparators(written.error().args.value(0));
            //: %1 a folder; the file names follow, one per line
            const QString text = (names.size() == 1
                                          ? tr("A caption file with this name already exists in “%1”:").arg(folder)
                                          : tr("%n caption files with these names already exist in “%1”:", nullptr,
                                               int(names.size()))
                                                    .arg(folder))
                                 + QStringLiteral("\n\n") + names.mid(0, 10).join(u'\n')
                                 + (names.size() > 10 ? QStringLiteral("\n…") : QString()) + QStringLiteral("\n\n")
                                 + tr("Replace them?");
            if (m_prompter.confirm(this, tr("Replace Caption Files"), text, tr("Replace"))) {
                ExportRequest again = request;
                again.overwrite = true;
                startExport(again, count);
            } else {
                status(tr("Nothing was exported."));
            }
            return;
        }
        if (written)
            afterExport(request.path, severalSrt, {}, written->scripts);
        else
            afterExport(request.path, severalSrt, ErrorText::message(written.error()), 0);
    };
    if (count <= kBackgroundThreshold) {
        finish(exportHere(m_workspace.database(), request));
        return;
    }
    status(tr("Exporting %n scripts…", nullptr, int(count)));
    Database* database = &m_workspace.database();
    runJob<Result<ExportOutcome>>([database, request] { return exportOnWorker(*database, request); }, finish);
}

void HistoryPage::afterExport(const QString& path, bool severalSrt, const QString& error, int scripts)
{
    if (!error.isEmpty()) {
        m_prompter.error(this, tr("Export Failed"), tr("The file was not written.") + QStringLiteral("\n\n") + error);
        return;
    }
    const QString where = QDir::toNativeSeparators(severalSrt ? QFileInfo(path).absolutePath() : path);
    QString text;
    if (severalSrt)
        //: %1 a folder
        text = tr("Wrote %n caption files to %1.", nullptr, scripts).arg(where);
    else
        //: %1 a file
        text = scripts == 1 ? tr("Exported %n script to %1.", nullptr, 1).arg(where)
                            : tr("Exported %n scripts to %1.", nullptr, scripts).arg(where);
    m_messages->showMessage(MessageBar::Kind::Information, text);
    status(text);
}

void HistoryPage::copyScripts()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    auto entries = historyjobs::readEntries(ScriptStore(m_workspace.database()), ids);
    if (!entries) {
        m_prompter.error(this, tr("Could Not Copy"), ErrorText::message(entries.error()));
        return;
    }
    QGuiApplication::clipboard()->setText(
            QString::fromUtf8(history::toMarkdown(entries.value(), DocumentText::words())));
    status(ids.size() == 1 ? tr("Copied the script as Markdown.")
                           : tr("Copied %n scripts as Markdown.", nullptr, int(ids.size())));
}

void HistoryPage::importHistory()
{
    const QString path = m_prompter.openFileName(this, tr("Import History"), m_workspace.exportsFolder(),
                                                 tr("Reel Studio history (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_messages->clear();
    status(tr("Importing the history…"));
    Database* database = &m_workspace.database();
    runJob<Result<HistoryImportReport>>(
            [database, path] { return historyjobs::importHistory(*database, path); },
            [this, path](const Result<HistoryImportReport>& imported) {
                if (!imported) {
                    //: %1 the file's name
                    m_prompter.error(this, tr("Could Not Import the History"),
                                     tr("Nothing was imported from “%1”.").arg(QFileInfo(path).fileName())
                                             + QStringLiteral("\n\n") + ErrorText::message(imported.error()));
                    status(tr("Nothing was imported."));
                    return;
                }
                const QLocale locale;
                //: %1 scripts added, %2 scripts skipped because the workspace already had them
                const QString text = tr("History imported: %1 added, %2 already there.")
                                             .arg(locale.toString(imported->added),
                                                  locale.toString(imported->skippedUuids.size()));
                m_messages->showMessage(MessageBar::Kind::Information, text);
                status(text);
                refresh();
            });
}

void HistoryPage::importPerformance()
{
    const QString path = m_prompter.openFileName(this, tr("Import Performance"), QDir::homePath(),
                                                 tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_messages->clear();
    Database* database = &m_workspace.database();
    runJob<Result<QList<qint64>>>(
            [database, path] { return historyjobs::importPerformance(*database, path); },
            [this, path](const Result<QList<qint64>>& imported) {
                if (!imported) {
                    m_prompter.error(this, tr("Could Not Import the Figures"),
                                     tr("No figures were saved from “%1”.").arg(QFileInfo(path).fileName())
                                             + QStringLiteral("\n\n") + ErrorText::message(imported.error()));
                    return;
                }
                // Examples promoted from these scripts follow their new figures.
                for (qint64 id : imported.value()) {
                    if (auto refreshed = history::refreshPromoted(m_workspace, id); !refreshed)
                        status(ErrorText::message(refreshed.error()));
                }
                const int n = int(imported.value().size());
                const QString text = n == 1 ? tr("Figures saved for %n script.", nullptr, n)
                                            : tr("Figures saved for %n scripts.", nullptr, n);
                m_messages->showMessage(MessageBar::Kind::Information, text);
                status(text);
                refresh();
            });
}

void HistoryPage::deleteScripts()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || isBusy())
        return;
    QString text;
    if (ids.size() == 1) {
        const ScriptSummary* s = m_model->summaryAt(m_model->rowOf(ids.first()));
        //: %1 the script's title
        text = tr("Delete the script “%1”?").arg(s ? s->title : QString());
    } else {
        text = tr("Delete %n scripts?", nullptr, int(ids.size()));
    }
    text += QStringLiteral("\n\n")
            + tr("Their versions, ratings, status history and figures go with them. This cannot be undone; export "
                 "them first if you may want them back.");
    if (!m_prompter.confirm(this, tr("Delete Scripts"), text, tr("Delete")))
        return;
    auto removed = ScriptStore(m_workspace.database()).remove(ids);
    refresh();
    if (!removed) {
        m_prompter.error(this, tr("Could Not Delete the Scripts"),
                         tr("Nothing was deleted.") + QStringLiteral("\n\n") + ErrorText::message(removed.error()));
        return;
    }
    const int n = removed.value();
    status(n == 1 ? tr("Deleted %n script.", nullptr, n) : tr("Deleted %n scripts.", nullptr, n));
}

void HistoryPage::updateState()
{
    const QList<qint64> selected = selectedIds();
    const bool idle = m_jobs == 0;
    m_openAction->setEnabled(currentId() != 0);
    m_promoteAction->setEnabled(selected.size() == 1);
    m_copyAction->setEnabled(!selected.isEmpty());
    m_deleteAction->setEnabled(!selected.isEmpty() && idle);
    m_exportSelectedAction->setEnabled(!selected.isEmpty() && idle);
    m_exportAllAction->setEnabled(m_model->matchCount() > 0 && idle);
    m_exportButton->setEnabled(idle);
    m_importHistoryAction->setEnabled(idle);
    m_importPerformanceAction->setEnabled(idle);
    m_importButton->setEnabled(idle);
    m_exportSelectedAction->setText(selected.size() > 1
                                            ? tr("Export the %n &Selected Scripts…", nullptr, int(selected.size()))
                                            : tr("Export &Selected Script…"));
    const bool empty = m_model->rowCount() == 0;
    // No scripts at all: the message takes the table's place. Filters that match nothing keep the
    // header (and its sort) in view.
    m_table->setVisible(m_model->totalCount() > 0);
    m_emptyLabel->setVisible(empty);
    if (empty)
        m_emptyLabel->setText(m_model->totalCount() == 0
                                      ? tr("Scripts you generate appear here, with every version, rating and status "
                                           "change. Write one on the Generate page, or import a history export.")
                                      : tr("No script matches the search and filters."));
}

void HistoryPage::status(const QString& text)
{
    emit statusMessage(text, kStatusTimeoutMs);
}

} // namespace reel::ui
