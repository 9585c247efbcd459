#pragma once

#include "examples/ExampleJobs.h"

#include <QFuture>
#include <QWizard>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace reel {
class Workspace;
} // namespace reel

namespace reel::ui {

class FieldErrorLabel;
class Prompter;

/// Import Examples: choose a file (CSV, JSON or JSON Lines) → see its first rows and map each
/// column to an example field → the report of every row that cannot be imported (row, field,
/// reason) and the duplicates → import the valid rows, or nothing → what happened.
/// Reading, checking and the import itself run on a worker thread; the import is one
/// transaction, so the library holds either every valid row or none of them.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Step
    {
        FileStep,
        MappingStep,
        ReportStep,
        ResultStep
    };
    static constexpr int kPreviewRows = 5;

    ImportWizard(reel::Workspace& workspace, Prompter& prompter, QWidget* parent = nullptr);
    ~ImportWizard() override;

    /// Reads `path` in the background and shows what it holds.
    void setFile(const QString& path);
    /// True while a file is read, rows are checked or the import runs.
    bool isBusy() const { return m_busy > 0; }

    /// The check of the rows (after the mapping step).
    const examplejobs::Checked& checked() const { return m_checked; }
    /// Examples the import added (0 before it ran, or when nothing was imported).
    int addedCount() const { return m_added; }

    bool validateCurrentPage() override;
    int nextId() const override;

signals:
    /// The import added examples to the library (in one transaction, on another thread).
    void imported(int added, int skipped);

protected:
    void changeEvent(QEvent* event) override;
    void initializePage(int id) override;
    void reject() override;

private:
    class StepPage;

    QWizardPage* buildFileStep();
    QWizardPage* buildMappingStep();
    QWizardPage* buildReportStep();
    QWizardPage* buildResultStep();
    void retranslateUi();

    void chooseFile();
    void onFileRead(examplejobs::FileRead read);
    void showFile();
    void fillMapping();
    QHash<QString, QString> mapping() const;
    void updateMappingHint();
    void startCheck();
    void onChecked(examplejobs::Checked checked);
    void showReport();
    void updateChoice();
    void startImport();
    void showResult();
    static QString importedText(int added);
    void learnCatalogValues();

    template <typename T>
    void run(std::function<T()> job, std::function<void(T)> done);
    void setBusy(bool busy);

    reel::Workspace& m_workspace;
    Prompter& m_prompter;
    int m_busy = 0;
    quint64 m_generation = 0; ///< answers of jobs started before the last change are dropped
    QList<QFuture<void>> m_jobs;

    examplejobs::FileRead m_read;
    bool m_haveRead = false;
    QHash<QString, QString> m_chosenMapping; ///< what the user picked, kept across files with the same columns
    examplejobs::Checked m_checked;
    bool m_haveChecked = false;
    bool m_applied = false;
    bool m_importing = false;
    std::optional<reel::Error> m_importError;
    int m_added = 0;
    int m_skipped = 0;

    StepPage* m_filePage = nullptr;
    QLabel* m_fileIntro = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLineEdit* m_fileEdit = nullptr;
    QPushButton* m_chooseButton = nullptr;
    QLabel* m_formatLabel = nullptr;
    QComboBox* m_formatCombo = nullptr;
    QLabel* m_fileSummary = nullptr;
    FieldErrorLabel* m_fileError = nullptr;

    StepPage* m_mappingPage = nullptr;
    QLabel* m_previewLabel = nullptr;
    QTableWidget* m_previewTable = nullptr;
    QLabel* m_mappingLabel = nullptr;
    QTableWidget* m_mappingTable = nullptr;
    QLabel* m_mappingHint = nullptr;

    StepPage* m_reportPage = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QLabel* m_reportSummary = nullptr;
    QTableWidget* m_reportTable = nullptr;
    QRadioButton* m_importValid = nullptr;
    QRadioButton* m_importNothing = nullptr;

    StepPage* m_resultPage = nullptr;
    QLabel* m_resultLabel = nullptr;
};

} // namespace reel::ui
