#include "examples/ImportWizard.h"

#include "catalog/Catalog.h"
#include "common/BackgroundJob.h"
#include "common/ErrorText.h"
#include "common/FieldErrorLabel.h"
#include "common/Prompter.h"
#include "examples/ExampleText.h"
#include "store/CatalogStore.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace reel::ui {

namespace {

constexpr int kMaxReportLines = 1000;

// What a row needs; an unmapped one makes every row fail, so the mapping step says so.
const QStringList kRequiredFields = {QStringLiteral("hook"),   QStringLiteral("body"),      QStringLiteral("cta"),
                                     QStringLiteral("sector"), QStringLiteral("hook_type"), QStringLiteral("emotion"),
                                     QStringLiteral("goal")};

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

class ImportWizard::StepPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
    void changed() { emit completeChanged(); }
};

ImportWizard::ImportWizard(Workspace& workspace, Prompter& prompter, QWidget* parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_prompter(prompter)
{
    setObjectName(QStringLiteral("importWizard"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(FileStep, buildFileStep());
    setPage(MappingStep, buildMappingStep());
    setPage(ReportStep, buildReportStep());
    setPage(ResultStep, buildResultStep());
    setStartId(FileStep);
    button(QWizard::NextButton)->setObjectName(QStringLiteral("importNextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("importBackButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("importCommitButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("importFinishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("importCancelButton"));
    resize(860, 620);
    retranslateUi();
}

ImportWizard::~ImportWizard()
{
    // A job still reads the workspace's database: let it finish before the wizard goes.
    waitForBackgroundJobs(this);
}

QWizardPage* ImportWizard::buildFileStep()
{
    m_filePage = new StepPage(this);
    m_filePage->setObjectName(QStringLiteral("importFileStep"));
    m_fileIntro = new QLabel(m_filePage);
    m_fileIntro->setWordWrap(true);
    m_fileLabel = new QLabel(m_filePage);
    m_fileEdit = new QLineEdit(m_filePage);
    m_fileEdit->setObjectName(QStringLiteral("importFileEdit"));
    m_fileEdit->setReadOnly(true);
    m_fileLabel->setBuddy(m_fileEdit);
    m_chooseButton = new QPushButton(m_filePage);
    m_chooseButton->setObjectName(QStringLiteral("chooseImportFileButton"));
    connect(m_chooseButton, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    m_formatLabel = new QLabel(m_filePage);
    m_formatCombo = new QComboBox(m_filePage);
    m_formatCombo->setObjectName(QStringLiteral("importFormatCombo"));
    m_formatLabel->setBuddy(m_formatCombo);
    for (int i = 0; i < 3; ++i)
        m_formatCombo->addItem(QString());
    m_formatCombo->setItemData(0, int(examplefiles::Format::Csv));
    m_formatCombo->setItemData(1, int(examplefiles::Format::Json));
    m_formatCombo->setItemData(2, int(examplefiles::Format::Jsonl));
    connect(m_formatCombo, &QComboBox::activated, this, [this] {
        if (!m_haveRead)
            return;
        const auto format = examplefiles::Format(m_formatCombo->currentData().toInt());
        ++m_generation;
        m_haveRead = false;
        showFile();
        run<examplejobs::FileRead>([read = m_read,
                                    format] { return examplejobs::reformat(read, format, kPreviewRows); },
                                   [this](examplejobs::FileRead read) { onFileRead(std::move(read)); });
    });
    m_fileSummary = new QLabel(m_filePage);
    m_fileSummary->setObjectName(QStringLiteral("importFileSummary"));
    m_fileSummary->setWordWrap(true);
    m_fileError = new FieldErrorLabel(m_fileEdit, m_filePage);
    m_fileError->setObjectName(QStringLiteral("importFileError"));

    auto* grid = new QGridLayout;
    grid->addWidget(m_fileLabel, 0, 0);
    grid->addWidget(m_fileEdit, 0, 1);
    grid->addWidget(m_chooseButton, 0, 2);
    grid->addWidget(m_formatLabel, 1, 0);
    grid->addWidget(m_formatCombo, 1, 1, Qt::AlignLeft);
    grid->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(m_filePage);
    layout->addWidget(m_fileIntro);
    layout->addSpacing(8);
    layout->addLayout(grid);
    layout->addWidget(m_fileSummary);
    layout->addWidget(m_fileError);
    layout->addStretch(1);
    m_filePage->complete = [this] { return m_haveRead && m_read.ok() && m_read.preview.records > 0 && !isBusy(); };
    return m_filePage;
}

QWizardPage* ImportWizard::buildMappingStep()
{
    m_mappingPage = new StepPage(this);
    m_mappingPage->setObjectName(QStringLiteral("importMappingStep"));
    m_previewLabel = new QLabel(m_mappingPage);
    m_previewTable = new QTableWidget(m_mappingPage);
    m_previewTable->setObjectName(QStringLiteral("importPreviewTable"));
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->verticalHeader()->setVisible(true);
    m_previewTable->setWordWrap(false);
    m_previewTable->setMaximumHeight(180);
    m_previewLabel->setBuddy(m_previewTable);
    m_mappingLabel = new QLabel(m_mappingPage);
    m_mappingLabel->setWordWrap(true);
    m_mappingTable = new QTableWidget(m_mappingPage);
    m_mappingTable->setObjectName(QStringLiteral("importMappingTable"));
    m_mappingTable->setColumnCount(2);
    m_mappingTable->verticalHeader()->setVisible(false);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingLabel->setBuddy(m_mappingTable);
    m_mappingHint = new QLabel(m_mappingPage);
    m_mappingHint->setObjectName(QStringLiteral("importMappingHint"));
    m_mappingHint->setWordWrap(true);
    m_mappingHint->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(m_mappingPage);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_previewTable);
    layout->addWidget(m_mappingLabel);
    layout->addWidget(m_mappingTable, 1);
    layout->addWidget(m_mappingHint);
    m_mappingPage->complete = [this] {
        const QHash<QString, QString> map = mapping();
        QSet<QString> used;
        for (const QString& field : map) {
            if (field.isEmpty())
                continue;
            if (used.contains(field))
                return false;
            used.insert(field);
        }
        return !used.isEmpty();
    };
    return m_mappingPage;
}

QWizardPage* ImportWizard::buildReportStep()
{
    m_reportPage = new StepPage(this);
    m_reportPage->setObjectName(QStringLiteral("importReportStep"));
    m_reportPage->setCommitPage(true);
    m_busyBar = new QProgressBar(m_reportPage);
    m_busyBar->setObjectName(QStringLiteral("importBusy"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setVisible(false);
    m_reportSummary = new QLabel(m_reportPage);
    m_reportSummary->setObjectName(QStringLiteral("importReportSummary"));
    m_reportSummary->setWordWrap(true);
    m_reportSummary->setTextFormat(Qt::PlainText);
    m_reportTable = new QTableWidget(m_reportPage);
    m_reportTable->setObjectName(QStringLiteral("importReportTable"));
    m_reportTable->setColumnCount(3);
    m_reportTable->verticalHeader()->setVisible(false);
    m_reportTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_reportTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_reportTable->horizontalHeader()->setStretchLastSection(true);
    m_reportTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reportTable->setWordWrap(true);
    m_importValid = new QRadioButton(m_reportPage);
    m_importValid->setObjectName(QStringLiteral("importValidRadio"));
    m_importNothing = new QRadioButton(m_reportPage);
    m_importNothing->setObjectName(QStringLiteral("importNothingRadio"));
    connect(m_importValid, &QRadioButton::toggled, this, &ImportWizard::updateChoice);
    connect(m_importNothing, &QRadioButton::toggled, this, &ImportWizard::updateChoice);

    auto* layout = new QVBoxLayout(m_reportPage);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_reportSummary);
    layout->addWidget(m_reportTable, 1);
    layout->addWidget(m_importValid);
    layout->addWidget(m_importNothing);
    m_reportPage->complete = [this] {
        return m_haveChecked && !isBusy() && !m_checked.error
               && (m_importNothing->isChecked() || (m_importValid->isChecked() && m_checked.plan.valid() > 0));
    };
    return m_reportPage;
}

QWizardPage* ImportWizard::buildResultStep()
{
    m_resultPage = new StepPage(this);
    m_resultPage->setObjectName(QStringLiteral("importResultStep"));
    m_resultLabel = new QLabel(m_resultPage);
    m_resultLabel->setObjectName(QStringLiteral("importResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(m_resultPage);
    layout->addWidget(m_resultLabel);
    layout->addStretch(1);
    return m_resultPage;
}

void ImportWizard::changeEvent(QEvent* event)
{
    QWizard::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ImportWizard::retranslateUi()
{
    setWindowTitle(tr("Import Examples"));
    m_filePage->setTitle(tr("Choose a file"));
    m_fileIntro->setText(tr("Reel Studio imports examples from CSV (a header line, then one example per line), "
                            "JSON (a list of examples, or a Reel Studio example file) and JSON Lines (one example "
                            "per line). Nothing is added until you confirm it at the end."));
    m_fileLabel->setText(tr("&File:"));
    m_chooseButton->setText(tr("C&hoose File…"));
    m_formatLabel->setText(tr("F&ormat:"));
    m_formatCombo->setItemText(0, tr("CSV"));
    m_formatCombo->setItemText(1, tr("JSON"));
    m_formatCombo->setItemText(2, tr("JSON Lines"));
    m_formatCombo->setAccessibleName(tr("File format"));

    m_mappingPage->setTitle(tr("Match the columns"));
    m_mappingPage->setSubTitle(tr("Choose the example field each column of the file holds, or ignore it."));
    m_previewLabel->setText(tr("&First rows of the file:"));
    m_mappingLabel->setText(tr("&Columns:"));
    m_mappingTable->setHorizontalHeaderLabels({tr("Column in the file"), tr("Example field")});

    m_reportPage->setTitle(tr("Check the rows"));
    m_reportPage->setSubTitle(tr("Rows with problems are left out. Choose what to import."));
    m_reportTable->setHorizontalHeaderLabels({tr("Row"), tr("Field"), tr("Problem")});
    m_importNothing->setText(tr("Import &nothing (the library stays as it is)"));
    m_busyBar->setAccessibleName(tr("Checking the rows"));

    m_resultPage->setTitle(tr("Import finished"));
    showFile();
    if (m_haveRead)
        fillMapping();
    if (m_haveChecked)
        showReport();
    if (currentId() == ResultStep)
        showResult();
}

void ImportWizard::setFile(const QString& path)
{
    ++m_generation;
    m_haveRead = false;
    m_read = {};
    m_read.path = path;
    showFile();
    run<examplejobs::FileRead>([path] { return examplejobs::readFile(path, std::nullopt, kPreviewRows); },
                               [this](examplejobs::FileRead read) { onFileRead(std::move(read)); });
}

void ImportWizard::chooseFile()
{
    const QString folder = m_read.path.isEmpty() ? QDir::homePath() : QFileInfo(m_read.path).absolutePath();
    const QString path = m_prompter.openFileName(this, tr("Import Examples"), folder,
                                                 tr("Example files (*.csv *.tsv *.json *.jsonl *.ndjson);;"
                                                    "All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportWizard::onFileRead(examplejobs::FileRead read)
{
    m_read = std::move(read);
    m_haveRead = true;
    m_formatCombo->setCurrentIndex(m_formatCombo->findData(int(m_read.format)));
    showFile();
}

void ImportWizard::showFile()
{
    m_fileEdit->setText(QDir::toNativeSeparators(m_read.path));
    const QString name = QFileInfo(m_read.path).fileName();
    QString error;
    QString summary;
    if (m_read.path.isEmpty()) {
        summary = tr("No file chosen yet.");
    } else if (!m_haveRead) {
        summary = tr("Reading “%1”…").arg(name);
    } else if (m_read.readError) {
        error = ErrorText::message(*m_read.readError);
    } else if (m_read.unreadable == examplefiles::Unreadable::Empty) {
        error = tr("“%1” is empty.").arg(name);
    } else if (m_read.unreadable == examplefiles::Unreadable::NotText) {
        error = tr("“%1” is not a text file in UTF-8. Reel Studio imports CSV, JSON and JSON Lines files; save the "
                   "file as one of them (UTF-8) and try again.")
                        .arg(name);
    } else if (m_read.formatError) {
        const FieldErrors& fields = m_read.formatError->fields;
        if (!fields.isEmpty() && fields.first().path == u"examples" && fields.first().kind == FieldErrorKind::Missing)
            error = tr("“%1” holds no list of examples: expected a JSON list of objects, or an object with an "
                       "“examples” list.")
                            .arg(name);
        else
            //: %1 file name, %2 the format (CSV, JSON…), %3 what is wrong (e.g. not valid JSON at line 3, column 5)
            error = tr("“%1” cannot be read as %2: %3")
                            .arg(name, m_formatCombo->currentText(), ErrorText::message(*m_read.formatError));
    } else if (m_read.preview.records == 0) {
        error = tr("“%1” holds no rows to import.").arg(name);
    } else {
        //: %1 file name, %2 format (CSV, JSON…), %n the number of rows
        summary = (m_read.preview.records == 1 ? tr("“%1”: %2, %n row.", nullptr, 1)
                                               : tr("“%1”: %2, %n rows.", nullptr, m_read.preview.records))
                          .arg(name, m_formatCombo->currentText());
    }
    m_fileSummary->setText(summary);
    m_fileSummary->setVisible(!summary.isEmpty());
    m_fileError->setError(error);
    m_filePage->changed();
}

void ImportWizard::fillMapping()
{
    const examplefiles::Preview& preview = m_read.preview;
    m_previewTable->clear();
    m_previewTable->setColumnCount(int(preview.columns.size()));
    m_previewTable->setRowCount(int(preview.rows.size()));
    m_previewTable->setHorizontalHeaderLabels(preview.columns);
    for (int r = 0; r < preview.rows.size(); ++r) {
        for (int c = 0; c < preview.columns.size(); ++c)
            m_previewTable->setItem(r, c, readOnlyItem(preview.rows.at(r).value(c)));
    }
    m_previewTable->resizeColumnsToContents();
    for (int c = 0; c < m_previewTable->columnCount(); ++c)
        m_previewTable->setColumnWidth(c, std::min(m_previewTable->columnWidth(c), 240));

    m_mappingTable->setRowCount(int(preview.columns.size()));
    const QStringList fields = ExampleImporter::fields();
    for (int i = 0; i < preview.columns.size(); ++i) {
        const QString column = preview.columns.at(i);
        m_mappingTable->setItem(i, 0, readOnlyItem(column));
        auto* combo = new QComboBox(m_mappingTable);
        combo->setObjectName(QStringLiteral("mappingCombo%1").arg(i));
        //: a column of the import file that is not imported
        combo->addItem(tr("Ignore"), QString());
        for (const QString& field : fields)
            combo->addItem(ExampleText::fieldLabel(field), field);
        const QString field = m_chosenMapping.value(column, examplefiles::defaultField(column));
        combo->setCurrentIndex(std::max(0, combo->findData(field)));
        //: %1 the column's name in the file
        combo->setAccessibleName(tr("Field for column “%1”").arg(column));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, column] {
            m_chosenMapping.insert(column, combo->currentData().toString());
            updateMappingHint();
        });
        m_mappingTable->setCellWidget(i, 1, combo);
    }
    updateMappingHint();
}

QHash<QString, QString> ImportWizard::mapping() const
{
    QHash<QString, QString> map;
    for (int i = 0; i < m_mappingTable->rowCount(); ++i) {
        const auto* combo = qobject_cast<QComboBox*>(m_mappingTable->cellWidget(i, 1));
        if (combo && m_mappingTable->item(i, 0))
            map.insert(m_mappingTable->item(i, 0)->text(), combo->currentData().toString());
    }
    return map;
}

void ImportWizard::updateMappingHint()
{
    const QHash<QString, QString> map = mapping();
    QHash<QString, QStringList> columnsOf;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!it.value().isEmpty())
            columnsOf[it.value()].append(it.key());
    }
    QStringList lines;
    for (const QString& field : ExampleImporter::fields()) {
        QStringList columns = columnsOf.value(field);
        if (columns.size() > 1) {
            columns.sort();
            //: %1 an example field, %2 the columns, e.g. “Hook” is chosen for “title”, “hook”
            lines.append(
                    tr("“%1” is chosen for more than one column: %2. Choose it for one only.")
                            .arg(ExampleText::fieldLabel(field), u'“' + columns.join(QStringLiteral("”, “")) + u'”'));
        }
    }
    if (columnsOf.isEmpty()) {
        lines.append(tr("None of the columns is matched to an example field, so there is nothing to import. Choose "
                        "a field for at least the hook, body and CTA columns."));
    } else {
        QStringList missing;
        for (const QString& field : kRequiredFields) {
            if (!columnsOf.contains(field))
                missing.append(ExampleText::fieldLabel(field));
        }
        if (!missing.isEmpty())
            //: %1 fields such as "Sector, Goal"
            lines.append(tr("No column holds: %1. Every row needs them, so rows will be refused unless you match "
                            "a column to each.")
                                 .arg(missing.join(tr(", "))));
    }
    m_mappingHint->setText(lines.join(u'\n'));
    m_mappingPage->changed();
}

void ImportWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == MappingStep) {
        fillMapping();
    } else if (id == ReportStep) {
        startCheck();
    } else if (id == ResultStep) {
        showResult();
    }
}

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case FileStep:
        return MappingStep;
    case MappingStep:
        return ReportStep;
    case ReportStep:
        return ResultStep;
    default:
        return -1;
    }
}

void ImportWizard::startCheck()
{
    m_haveChecked = false;
    m_applied = false;
    m_importError.reset();
    m_added = 0;
    m_skipped = 0;
    m_reportTable->setRowCount(0);
    m_reportSummary->setText((m_read.preview.records == 1 ? tr("Checking %n row…", nullptr, 1)
                                                          : tr("Checking %n rows…", nullptr, m_read.preview.records)));
    ++m_generation;
    Database* database = &m_workspace.database();
    run<examplejobs::Checked>([database, bytes = m_read.bytes, format = m_read.format,
                               map = mapping()] { return examplejobs::check(*database, bytes, format, map); },
                              [this](examplejobs::Checked checked) { onChecked(std::move(checked)); });
    showReport();
}

void ImportWizard::onChecked(examplejobs::Checked checked)
{
    m_checked = std::move(checked);
    m_haveChecked = true;
    const int valid = m_checked.plan.valid();
    m_importValid->setEnabled(valid > 0 && !m_checked.error);
    if (valid > 0 && !m_checked.error)
        m_importValid->setChecked(true);
    else
        m_importNothing->setChecked(true);
    showReport();
}

void ImportWizard::showReport()
{
    m_busyBar->setVisible(isBusy() && currentId() == ReportStep);
    if (!m_haveChecked) {
        m_importValid->setText(tr("Import the valid rows"));
        updateChoice();
        return;
    }
    const QLocale locale;
    if (m_checked.error) {
        m_reportSummary->setText(tr("The file cannot be imported: %1").arg(ErrorText::message(*m_checked.error)));
        m_reportTable->setRowCount(0);
        updateChoice();
        return;
    }
    const ExampleImporter::Plan& plan = m_checked.plan;
    const int valid = plan.valid();
    m_reportSummary->setText(tr("Rows in the file: %1. Valid: %2. With errors: %3. Duplicates: %4.")
                                     .arg(locale.toString(plan.rows.size()), locale.toString(valid),
                                          locale.toString(m_checked.errorRows()),
                                          locale.toString(m_checked.duplicates.size())));
    struct Line
    {
        int row;
        QString field;
        QString problem;
    };
    QList<Line> lines;
    int problems = 0;
    for (const ExampleImporter::Row& row : plan.rows) {
        if (row.ok())
            continue;
        if (m_checked.duplicates.contains(row.number)) {
            const examplejobs::Duplicate& d = m_checked.duplicates.value(row.number);
            QString problem;
            if (d.ofRow > 0)
                problem = tr("The same script as row %1.").arg(locale.toString(d.ofRow));
            else if (d.ofExample > 0)
                //: %1 the number of the library example, %2 its hook
                problem = tr("Already in the library as example %1: “%2”.")
                                  .arg(locale.toString(d.ofExample), ExampleText::firstLine(d.hook));
            else
                problem = tr("Already in the library.");
            ++problems;
            if (lines.size() < kMaxReportLines)
                lines.append({row.number, tr("Hook, body and CTA"), problem});
            continue;
        }
        for (const FieldError& error : row.errors) {
            ++problems;
            if (lines.size() < kMaxReportLines)
                lines.append({row.number, ExampleText::fieldLabel(error.path), ErrorText::reason(error)});
        }
    }
    const bool more = problems > lines.size();
    m_reportTable->setRowCount(int(lines.size()) + (more ? 1 : 0));
    for (int i = 0; i < lines.size(); ++i) {
        auto* number = readOnlyItem(locale.toString(lines.at(i).row));
        number->setData(Qt::UserRole, lines.at(i).row);
        m_reportTable->setItem(i, 0, number);
        m_reportTable->setItem(i, 1, readOnlyItem(lines.at(i).field));
        m_reportTable->setItem(i, 2, readOnlyItem(lines.at(i).problem));
    }
    if (more) {
        const int last = int(lines.size());
        m_reportTable->setItem(last, 0, readOnlyItem(QString()));
        m_reportTable->setItem(last, 1, readOnlyItem(QString()));
        m_reportTable->setItem(
                last, 2,
                readOnlyItem((problems - int(lines.size()) == 1
                                      ? tr("… and %n more problem.", nullptr, 1)
                                      : tr("… and %n more problems.", nullptr, problems - int(lines.size())))));
    }
    m_reportTable->resizeRowsToContents();
    m_importValid->setText(plan.invalid() == 0 ? (valid == 1 ? tr("Import &all %n row", nullptr, valid)
                                                             : tr("Import &all %n rows", nullptr, valid))
                                               : (valid == 1 ? tr("Import the %n &valid row", nullptr, valid)
                                                             : tr("Import the %n &valid rows", nullptr, valid)));
    updateChoice();
}

void ImportWizard::updateChoice()
{
    const bool nothing = m_importNothing->isChecked();
    m_reportPage->setButtonText(QWizard::CommitButton, nothing ? tr("&Continue") : tr("&Import"));
    m_reportPage->changed();
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() != ReportStep)
        return QWizard::validateCurrentPage();
    if (isBusy())
        return false;
    if (m_importNothing->isChecked() || m_applied)
        return true;
    // Finish the page when the import has run (see startImport()).
    startImport();
    return false;
}

void ImportWizard::startImport()
{
    m_importing = true;
    button(QWizard::CancelButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    m_reportSummary->setText((m_checked.plan.valid() == 1
                                      ? tr("Importing %n example…", nullptr, 1)
                                      : tr("Importing %n examples…", nullptr, m_checked.plan.valid())));
    Database* database = &m_workspace.database();
    run<Result<ExampleImporter::Outcome>>([database,
                                           plan = m_checked.plan] { return examplejobs::apply(*database, plan); },
                                          [this](Result<ExampleImporter::Outcome> outcome) {
                                              m_applied = true;
                                              m_importing = false;
                                              button(QWizard::CancelButton)->setEnabled(true);
                                              if (outcome) {
                                                  m_added = outcome->added;
                                                  m_skipped = outcome->skipped;
                                                  learnCatalogValues();
                                                  if (m_added > 0)
                                                      emit imported(m_added, m_skipped);
                                              } else {
                                                  m_importError = outcome.error();
                                              }
                                              next();
                                          });
    m_busyBar->setVisible(true);
}

void ImportWizard::learnCatalogValues()
{
    // New sectors, hook types, emotions and goals of the imported rows join the workspace's
    // pickers and filters, as a profile's new sector does.
    QSet<QPair<int, QString>> values;
    for (const ExampleImporter::Row& row : std::as_const(m_checked.plan.rows)) {
        if (!row.ok())
            continue;
        const Example& e = row.example;
        values.insert({int(CatalogKind::Sector), e.sector});
        values.insert({int(CatalogKind::HookType), e.hookType});
        values.insert({int(CatalogKind::Emotion), e.emotion});
        values.insert({int(CatalogKind::Goal), e.goal});
        if (!e.ctaStyle.isEmpty())
            values.insert({int(CatalogKind::CtaStyle), e.ctaStyle});
    }
    CatalogStore& catalog = m_workspace.catalog();
    for (const auto& [kind, value] : std::as_const(values)) {
        if (!catalog.catalog().contains(CatalogKind(kind), value))
            (void)catalog.addValue(CatalogKind(kind), value);
    }
}

QString ImportWizard::importedText(int added)
{
    return added == 1 ? tr("Imported %n example.", nullptr, added) : tr("Imported %n examples.", nullptr, added);
}

void ImportWizard::showResult()
{
    QString text;
    if (m_importError)
        text = tr("Nothing was imported: %1").arg(ErrorText::message(*m_importError));
    else if (!m_applied || m_added == 0)
        text = tr("Nothing was imported. The library is unchanged.");
    else if (m_skipped > 0)
        text = importedText(m_added) + u' '
               + (m_skipped == 1 ? tr("%n row with problems was left out.", nullptr, 1)
                                 : tr("%n rows with problems were left out.", nullptr, m_skipped));
    else
        text = importedText(m_added);
    m_resultLabel->setText(text);
}

void ImportWizard::reject()
{
    // Once the import runs it completes or rolls back as a whole; closing cannot stop it halfway.
    if (m_importing)
        return;
    QWizard::reject();
}

template <typename T>
void ImportWizard::run(std::function<T()> job, std::function<void(T)> done)
{
    setBusy(true);
    const quint64 generation = m_generation;
    runInBackground<T>(this, std::move(job), [this, done = std::move(done), generation](const T& result) {
        setBusy(false);
        if (generation == m_generation)
            done(result);
    });
}

void ImportWizard::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    const bool any = m_busy > 0;
    m_busyBar->setVisible(any && currentId() == ReportStep);
    m_chooseButton->setEnabled(!any);
    m_formatCombo->setEnabled(!any);
    if (!any)
        unsetCursor();
    else
        setCursor(Qt::BusyCursor);
    m_filePage->changed();
    m_reportPage->changed();
}

} // namespace reel::ui
