#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace reel {
class IndexService;
class Workspace;
} // namespace reel

namespace reel::ui {

class ExampleDialog;
class ExampleFilterBar;
class ExampleTableModel;
class ImportWizard;
class IndexFeeder;
class IndexPanel;
class Prompter;
class ValidationService;

/// Examples: the example library the generator retrieves from. A table read a page at a time
/// (sortable by the columns the library can sort by), full-text search and filters, the
/// selected example in full below it; add, edit and delete (several at once), import from CSV,
/// JSON or JSON Lines with a column mapping and a per-row report, export of the selection or of
/// everything shown, and the state of the search index with Rebuild and Cancel.
class ExamplesPage : public QWidget
{
    Q_OBJECT

public:
    ExamplesPage(reel::Workspace& workspace, IndexFeeder& feeder, Prompter& prompter, QWidget* parent = nullptr);
    ~ExamplesPage() override;

    QAction* newAction() const { return m_newAction; }
    QAction* editAction() const { return m_editAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* importAction() const { return m_importAction; }
    QAction* exportSelectedAction() const { return m_exportSelectedAction; }
    QAction* exportAllAction() const { return m_exportAllAction; }

    ExampleTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    ExampleFilterBar* filterBar() const { return m_filters; }
    IndexPanel* indexPanel() const { return m_indexPanel; }
    /// The add/edit form (nullptr until it was first opened).
    ExampleDialog* exampleDialog() const { return m_dialog; }
    /// The import wizard while it is open.
    ImportWizard* importWizard() const;
    /// True while an export is being written.
    bool isExporting() const { return m_exports > 0; }

    /// The selected examples' ids, in table order.
    QList<qint64> selectedIds() const;
    /// Selects example `id` (loading rows until it is there); false when the filters hide it.
    bool selectExample(qint64 id);

    void newExample();
    void editExample();
    void deleteExamples();
    void importExamples();
    /// Exports the selection, or every example the filters show.
    void exportExamples(bool selectedOnly);

signals:
    void statusMessage(const QString& text, int timeoutMs);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void buildUi();
    void retranslateUi();
    ExampleDialog* dialog();
    void onSaved(qint64 id, bool added);
    void onHeaderSort(int section);
    void updatePreview();
    void updateState();
    void status(const QString& text);

    reel::Workspace& m_workspace;
    IndexFeeder& m_feeder;
    Prompter& m_prompter;
    ExampleTableModel* m_model;
    ValidationService* m_validation = nullptr;
    ExampleDialog* m_dialog = nullptr;
    QPointer<ImportWizard> m_wizard;
    QList<qint64> m_keptSelection;
    qint64 m_keptCurrent = 0;
    int m_exports = 0;

    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportSelectedAction = nullptr;
    QAction* m_exportAllAction = nullptr;
    QAction* m_findAction = nullptr;

    QLabel* m_title = nullptr;
    QList<QToolButton*> m_buttons;
    QToolButton* m_exportButton = nullptr;
    ExampleFilterBar* m_filters = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QTextBrowser* m_preview = nullptr;
    IndexPanel* m_indexPanel = nullptr;
};

} // namespace reel::ui
