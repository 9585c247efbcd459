#include "examples/ExamplesPage.h"

#include "common/BackgroundJob.h"
#include "common/CatalogText.h"
#include "common/ErrorText.h"
#include "common/Prompter.h"
#include "editor/ValidationService.h"
#include "examples/ExampleDialog.h"
#include "examples/ExampleFilterBar.h"
#include "examples/ExampleJobs.h"
#include "examples/ExampleTableModel.h"
#include "examples/ExampleText.h"
#include "examples/ImportWizard.h"
#include "examples/IndexFeeder.h"
#include "examples/IndexPanel.h"
#include "rag/ExampleLibrary.h"
#include "store/Database.h"
#include "store/Workspace.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QSqlDatabase>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace reel::ui {

namespace {

constexpr auto kSplitterKey = "examples/splitter";
constexpr auto kHeaderKey = "examples/header";
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

QString html(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

} // namespace

ExamplesPage::ExamplesPage(Workspace& workspace, IndexFeeder& feeder, Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_feeder(feeder)
    , m_prompter(prompter)
    , m_model(new ExampleTableModel(workspace.examples(), this))
{
    setObjectName(QStringLiteral("examplesPage"));
    createActions();
    buildUi();
    retranslateUi();
    updateState();
}

ExamplesPage::~ExamplesPage()
{
    QSettings settings;
    settings.setValue(QLatin1String(kSplitterKey), m_splitter->saveState());
    settings.setValue(QLatin1String(kHeaderKey), m_table->horizontalHeader()->saveState());
    // An export still reads the database: let it finish first.
    waitForBackgroundJobs(this);
}

void ExamplesPage::createActions()
{
    const QString icons = QStringLiteral(":/reelstudio/icons/%1.svg");
    m_newAction = makeAction(QStringLiteral("newExampleAction"), icons.arg(QStringLiteral("add")),
                             QKeySequence(Qt::CTRL | Qt::Key_N), this);
    m_editAction = makeAction(QStringLiteral("editExampleAction"), QStringLiteral(":/reelstudio/examples/edit.svg"), {},
                              this);
    m_deleteAction = makeAction(QStringLiteral("deleteExamplesAction"), icons.arg(QStringLiteral("delete")),
                                QKeySequence(QKeySequence::Delete), this);
    m_importAction = makeAction(QStringLiteral("importExamplesAction"), icons.arg(QStringLiteral("import")),
                                QKeySequence(Qt::CTRL | Qt::Key_I), this);
    m_exportSelectedAction = makeAction(QStringLiteral("exportSelectedExamplesAction"), {}, {}, this);
    m_exportAllAction = makeAction(QStringLiteral("exportAllExamplesAction"), {}, {}, this);
    m_findAction = makeAction(QStringLiteral("findExamplesAction"), {}, QKeySequence(QKeySequence::Find), this);
    // Shortcuts work while the page is shown; Delete only in the table (the search field keeps it).
    addAction(m_newAction);
    addAction(m_importAction);
    addAction(m_findAction);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);

    connect(m_newAction, &QAction::triggered, this, &ExamplesPage::newExample);
    connect(m_editAction, &QAction::triggered, this, &ExamplesPage::editExample);
    connect(m_deleteAction, &QAction::triggered, this, &ExamplesPage::deleteExamples);
    connect(m_importAction, &QAction::triggered, this, &ExamplesPage::importExamples);
    connect(m_exportSelectedAction, &QAction::triggered, this, [this] { exportExamples(true); });
    connect(m_exportAllAction, &QAction::triggered, this, [this] { exportExamples(false); });
}

void ExamplesPage::buildUi()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("examplesTitle"));
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
    button(m_newAction, "newExampleButton");
    button(m_editAction, "editExampleButton");
    button(m_deleteAction, "deleteExamplesButton");
    button(m_importAction, "importExamplesButton");
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportExamplesButton"));
    m_exportButton->setIcon(QIcon(QStringLiteral(":/reelstudio/icons/export.svg")));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(m_exportButton);
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu->addAction(m_exportSelectedAction);
    exportMenu->addAction(m_exportAllAction);
    m_exportButton->setMenu(exportMenu);
    toolbar->addWidget(m_exportButton);

    m_filters = new ExampleFilterBar(m_workspace.catalog(), this);
    connect(m_filters, &ExampleFilterBar::filterChanged, this, [this] { m_model->setFilter(m_filters->filter()); });
    connect(m_findAction, &QAction::triggered, m_filters, &ExampleFilterBar::focusSearch);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("examplesTable"));
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
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setDefaultSectionSize(110);
    header->setSectionResizeMode(ExampleTableModel::HookColumn, QHeaderView::Stretch);
    header->resizeSection(ExampleTableModel::QualityColumn, 70);
    header->resizeSection(ExampleTableModel::UpdatedColumn, 140);
    header->restoreState(QSettings().value(QLatin1String(kHeaderKey)).toByteArray());
    // The library sorts; the header shows by what (the last sort is remembered with the header).
    // Columns it cannot sort by keep the indicator where it was.
    if (!ExampleTableModel::sortKey(header->sortIndicatorSection()))
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ExamplesPage::onHeaderSort);
    connect(m_table, &QTableView::activated, this, &ExamplesPage::editExample);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ExamplesPage::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ExamplesPage::updatePreview);

    // The selection survives re-reading the rows (after an edit, an import, a new sort).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptSelection = selectedIds();
        m_keptCurrent = m_model->idAt(m_table->currentIndex().row());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        QItemSelection selection;
        for (const qint64 id : std::as_const(m_keptSelection)) {
            const int row = m_model->rowOf(id);
            if (row >= 0)
                selection.select(m_model->index(row, 0), m_model->index(row, ExampleTableModel::ColumnCount - 1));
        }
        const int current = m_model->rowOf(m_keptCurrent);
        if (current >= 0)
            m_table->selectionModel()->setCurrentIndex(m_model->index(current, 0), QItemSelectionModel::NoUpdate);
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        updatePreview();
        updateState();
    });
    connect(m_model, &ExampleTableModel::countsChanged, this, [this] {
        m_filters->setCounts(m_model->matchCount(), m_model->totalCount());
        updateState();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ExamplesPage::updateState);
    connect(m_model, &ExampleTableModel::loadFailed, this,
            [this](const Error& error) { status(ErrorText::message(error)); });
    m_filters->setCounts(m_model->matchCount(), m_model->totalCount());

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("examplePreview"));
    m_preview->setOpenLinks(false);
    m_preview->setMinimumHeight(120);

    auto* tableBox = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_emptyLabel);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("examplesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(tableBox);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->restoreState(QSettings().value(QLatin1String(kSplitterKey)).toByteArray());

    m_indexPanel = new IndexPanel(m_feeder.service(), this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_indexPanel);
    setTabOrder(m_filters->searchEdit(), m_table);
}

void ExamplesPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ExamplesPage::retranslateUi()
{
    setWindowTitle(tr("Examples"));
    m_title->setText(tr("Example Library"));
    const auto describe = [this](QAction* action, const QString& text, const QString& iconText, const QString& tip) {
        action->setText(text);
        action->setIconText(iconText);
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        //: Tooltip with its keyboard shortcut, e.g. "Add an example (Ctrl+N)"
        action->setToolTip(keys.isEmpty() ? tip : tr("%1 (%2)").arg(tip, keys));
    };
    describe(m_newAction, tr("&New Example…"), tr("New"), tr("Add an example to the library"));
    describe(m_editAction, tr("&Edit Example…"), tr("Edit"), tr("Edit the selected example (Enter)"));
    describe(m_deleteAction, tr("De&lete Examples"), tr("Delete"), tr("Delete the selected examples"));
    describe(m_importAction, tr("&Import Examples…"), tr("Import…"),
             tr("Import examples from a CSV, JSON or JSON Lines file"));
    describe(m_exportSelectedAction, tr("Export &Selected Examples…"), tr("Export Selected…"),
             tr("Write the selected examples to a file"));
    describe(m_exportAllAction, tr("Export &All Shown…"), tr("Export All Shown…"),
             tr("Write every example the search and filters show to a file"));
    m_findAction->setText(tr("Search Examples"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Write examples to a JSON, JSON Lines or CSV file"));
    m_exportButton->setAccessibleName(tr("Export"));
    m_table->setAccessibleName(tr("Examples"));
    m_preview->setAccessibleName(tr("Selected example"));
    m_model->retranslate();
    updatePreview();
    updateState();
}

void ExamplesPage::onHeaderSort(int section)
{
    if (ExampleTableModel::sortKey(section))
        return;
    // Not a column the library sorts by: put the indicator back (the model ignored the click).
    QHeaderView* header = m_table->horizontalHeader();
    const QSignalBlocker block(header);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    status(tr("The table cannot be sorted by this column."));
}

ImportWizard* ExamplesPage::importWizard() const
{
    return m_wizard;
}

QList<qint64> ExamplesPage::selectedIds() const
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

bool ExamplesPage::selectExample(qint64 id)
{
    const int row = m_model->loadUntil(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

ExampleDialog* ExamplesPage::dialog()
{
    if (!m_dialog) {
        m_validation = new ValidationService(this);
        m_dialog = new ExampleDialog(m_workspace, m_feeder.service(), *m_validation, m_prompter, this);
        connect(m_dialog, &ExampleDialog::saved, this, &ExamplesPage::onSaved);
        connect(m_dialog, &ExampleDialog::statusMessage, this, &ExamplesPage::statusMessage);
    }
    return m_dialog;
}

void ExamplesPage::newExample()
{
    const ExampleQuery filter = m_filters->filter();
    Example defaults;
    defaults.language = filter.language;
    defaults.sector = filter.sector;
    defaults.hookType = filter.hookType;
    defaults.emotion = filter.emotion;
    defaults.goal = filter.goal;
    ExampleDialog* form = dialog();
    form->startNew(defaults);
    form->open();
}

void ExamplesPage::editExample()
{
    const qint64 id = m_model->idAt(m_table->currentIndex().row());
    if (id == 0)
        return;
    auto example = m_workspace.examples().get(id);
    if (!example) {
        m_prompter.error(this, tr("Could Not Open the Example"), ErrorText::message(example.error()));
        m_model->refresh();
        return;
    }
    ExampleDialog* form = dialog();
    form->startEdit(example.value());
    form->open();
}

void ExamplesPage::onSaved(qint64 id, bool added)
{
    // Show it now rather than after the model's own re-read.
    m_model->refresh();
    if (!selectExample(id) && added)
        status(tr("Added example %1. The search or filters hide it.").arg(QLocale().toString(id)));
}

void ExamplesPage::deleteExamples()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QString text;
    if (ids.size() == 1) {
        auto e = m_workspace.examples().get(ids.first());
        const QString hook = e ? ExampleText::firstLine(e->script.hook) : QString();
        //: %1 the example's number, %2 its hook
        text = tr("Delete example %1, “%2”?").arg(QLocale().toString(ids.first()), hook);
    } else {
        text = tr("Delete %n examples?", nullptr, int(ids.size()));
    }
    text += QStringLiteral("\n\n")
            + tr("Deleted examples leave the library and the search index. This cannot be undone; export them "
                 "first if you may want them back.");
    if (!m_prompter.confirm(this, tr("Delete Examples"), text, tr("Delete")))
        return;

    if (auto removed = m_workspace.examples().removeAll(ids); !removed) {
        m_model->refresh();
        m_prompter.error(this, tr("Could Not Delete the Examples"),
                         tr("Nothing was deleted.") + QStringLiteral("\n\n") + ErrorText::message(removed.error()));
        return;
    }
    status(ids.size() == 1 ? tr("Deleted example %1.").arg(QLocale().toString(ids.first()))
                           : tr("Deleted %n examples.", nullptr, int(ids.size())));
}

void ExamplesPage::importExamples()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    const QString path = m_prompter.openFileName(this, tr("Import Examples"), QDir::homePath(),
                                                 tr("Example files (*.csv *.tsv *.json *.jsonl *.ndjson);;"
                                                    "All files (*)"));
    if (path.isEmpty())
        return;
    auto* wizard = new ImportWizard(m_workspace, m_prompter, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this](int added, int skipped) {
        // The import wrote on another thread: read the rows again and bring the index up to date.
        m_model->refresh();
        m_feeder.libraryChangedInBulk();
        QString text = added == 1 ? tr("Imported %n example.", nullptr, added)
                                  : tr("Imported %n examples.", nullptr, added);
        if (skipped > 0)
            text += u' '
                    + (skipped == 1 ? tr("%n row was left out.", nullptr, skipped)
                                    : tr("%n rows were left out.", nullptr, skipped));
        status(text);
    });
    connect(wizard, &QDialog::finished, this, [this] { m_wizard = nullptr; });
    m_wizard = wizard;
    wizard->setFile(path);
    wizard->open();
}

void ExamplesPage::exportExamples(bool selectedOnly)
{
    const QList<qint64> ids = selectedOnly ? selectedIds() : QList<qint64>();
    if (selectedOnly && ids.isEmpty())
        return;
    const int count = selectedOnly ? int(ids.size()) : m_model->matchCount();
    if (count == 0) {
        status(tr("There are no examples to export."));
        return;
    }
    QDir().mkpath(m_workspace.exportsFolder());
    const QString suggested = QDir(m_workspace.exportsFolder()).filePath(QStringLiteral("examples.json"));
    QString path = m_prompter.saveFileName(this, tr("Export Examples"), suggested,
                                           tr("Reel Studio examples (*.json);;JSON Lines (*.jsonl);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    auto format = examplefiles::formatOfName(path);
    if (!format) {
        path += QStringLiteral(".json");
        format = examplefiles::Format::Json;
    }
    ++m_exports;
    updateState();
    status(count == 1 ? tr("Exporting %n example…", nullptr, count) : tr("Exporting %n examples…", nullptr, count));
    Database* database = &m_workspace.database();
    const auto finished = [this, path](const Result<int>& written) {
        --m_exports;
        updateState();
        if (!written) {
            m_prompter.error(this, tr("Export Failed"),
                             tr("The file was not written.") + QStringLiteral("\n\n")
                                     + ErrorText::message(written.error()));
            return;
        }
        const QString where = QDir::toNativeSeparators(path);
        status(written.value() == 1 ? tr("Exported %n example to %1.", nullptr, 1).arg(where)
                                    : tr("Exported %n examples to %1.", nullptr, written.value()).arg(where));
    };
    runInBackground<Result<int>>(
            this,
            [database, ids, query = m_model->query(), path, format = *format] {
                return examplejobs::exportTo(*database, ids, query, path, format);
            },
            finished);
}

void ExamplesPage::updatePreview()
{
    const qint64 id = m_model->idAt(m_table->currentIndex().row());
    if (id == 0) {
        m_preview->setHtml(QStringLiteral("<p>") + tr("Select an example to see it in full.").toHtmlEscaped()
                           + QStringLiteral("</p>"));
        return;
    }
    auto found = m_workspace.examples().get(id);
    if (!found) {
        m_preview->setPlainText(ErrorText::message(found.error()));
        return;
    }
    const Example& e = found.value();
    const QLocale locale;
    QStringList facts = {CatalogText::label(CatalogKind::Sector, e.sector),
                         CatalogText::label(CatalogKind::HookType, e.hookType),
                         CatalogText::label(CatalogKind::Emotion, e.emotion),
                         CatalogText::label(CatalogKind::Goal, e.goal),
                         CatalogText::label(CatalogKind::Language, e.language),
                         //: the length of the Reel in seconds
                         tr("%1 s").arg(locale.toString(e.scriptLength))};
    if (!e.ctaStyle.isEmpty())
        facts.insert(4, CatalogText::label(CatalogKind::CtaStyle, e.ctaStyle));
    QString text = QStringLiteral("<p><b>%1</b></p>").arg(html(e.script.hook));
    text += QStringLiteral("<p>%1</p>").arg(html(e.script.body));
    text += QStringLiteral("<p><i>%1</i></p>").arg(html(e.script.cta));
    if (!e.script.caption.isEmpty())
        text += QStringLiteral("<p>%1</p>").arg(html(e.script.caption));
    if (!e.script.hashtags.isEmpty())
        text += QStringLiteral("<p>%1</p>").arg(html(e.script.hashtags.join(u' ')));
    text += QStringLiteral("<p style=\"color: palette(mid)\">%1</p>").arg(html(facts.join(QStringLiteral(" · "))));
    QStringList details;
    //: %1 the example's number
    details.append(tr("Example %1").arg(locale.toString(e.id)));
    details.append(ExampleText::sourceName(e.source));
    details.append(tr("Quality %1 / 100").arg(locale.toString(e.quality, 'f', 0)));
    if (!e.engagement.isEmpty()) {
        const auto figure = [&](const char* field, const std::optional<qint64>& v) {
            if (v)
                //: an engagement figure, e.g. "Views: 12,000"
                details.append(tr("%1: %2").arg(ExampleText::fieldLabel(QLatin1String(field)), locale.toString(*v)));
        };
        figure("views", e.engagement.views);
        figure("likes", e.engagement.likes);
        figure("comments", e.engagement.comments);
        figure("shares", e.engagement.shares);
        figure("saves", e.engagement.saves);
    }
    details.append(tr("Updated %1").arg(locale.toString(e.updatedAt.toLocalTime(), QLocale::ShortFormat)));
    text += QStringLiteral("<p>%1</p>").arg(html(details.join(QStringLiteral(" · "))));
    m_preview->setHtml(text);
}

void ExamplesPage::updateState()
{
    const QList<qint64> selected = selectedIds();
    const bool current = m_model->idAt(m_table->currentIndex().row()) != 0;
    m_editAction->setEnabled(current);
    m_deleteAction->setEnabled(!selected.isEmpty());
    m_exportSelectedAction->setEnabled(!selected.isEmpty() && m_exports == 0);
    m_exportAllAction->setEnabled(m_model->matchCount() > 0 && m_exports == 0);
    m_exportButton->setEnabled(m_exports == 0);
    m_exportSelectedAction->setText(selected.size() > 1
                                            ? tr("Export the %n &Selected Examples…", nullptr, int(selected.size()))
                                            : tr("Export &Selected Example…"));
    const bool empty = m_model->rowCount() == 0;
    m_emptyLabel->setVisible(empty);
    if (empty)
        m_emptyLabel->setText(m_model->totalCount() == 0
                                      ? tr("The library is empty. Add an example or import a file of them.")
                                      : tr("No example matches the search and filters."));
}

void ExamplesPage::status(const QString& text)
{
    emit statusMessage(text, kStatusTimeoutMs);
}

} // namespace reel::ui
