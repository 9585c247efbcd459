// The Examples page driven through its real widgets over a real workspace: the paged table,
// search, filters and sorting, the add/edit form with its checks and duplicate guards, delete,
// the import wizard, export, and the index panel over a real IndexService.

#include "FakePrompter.h"
#include "UiTestHelpers.h"
#include "common/CatalogText.h"
#include "common/LanguageManager.h"
#include "editor/SectionEditor.h"
#include "examples/ExampleChecks.h"
#include "examples/ExampleDialog.h"
#include "examples/ExampleFiles.h"
#include "examples/ExampleFilterBar.h"
#include "examples/ExampleTableModel.h"
#include "examples/ExampleText.h"
#include "examples/ExamplesPage.h"
#include "examples/ImportWizard.h"
#include "examples/IndexFeeder.h"
#include "examples/IndexPanel.h"
#include "rag/ExampleLibrary.h"
#include "rag/IndexService.h"
#include "store/Database.h"
#include "store/Workspace.h"
#include "support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

#include <memory>

using namespace reel;
using namespace reel::ui;

namespace {

constexpr int kIndexTimeoutMs = 60000;

Example sample(int n, const QString& sector = QStringLiteral("fitness"))
{
    Example e;
    e.language = QStringLiteral("en");
    e.sector = sector;
    e.hookType = QStringLiteral("question");
    e.emotion = QStringLiteral("curiosity");
    e.goal = QStringLiteral("awareness");
    e.script.hook = QStringLiteral("Sample hook %1: why do zebras never skip leg day?").arg(n);
    e.script.body = QStringLiteral("Sample body %1. Zebras walk for hours, climb dunes and sprint when lions appear. "
                                   "Steady movement every day beats one heroic session a week, number %1.")
                            .arg(n);
    e.script.cta = QStringLiteral("Follow for sample tip %1 tomorrow.").arg(n);
    e.script.caption = QStringLiteral("Sample caption %1").arg(n);
    e.script.hashtags = {QStringLiteral("#zebra%1").arg(n), QStringLiteral("#fitness")};
    return e;
}

QStringList columnValues(const QAbstractItemModel* model, int column)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, column).data(ExampleTableModel::ValueRole).toString());
    return out;
}

} // namespace

class TestExamplesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tableShowsTheBundledLibrary();
    void tableFetchesPagesAsItScrolls();
    void modelPassesModelTester();
    void searchFiltersRows();
    void filterComboNarrowsRows();
    void headerClickSorts();
    void addExampleThroughTheForm();
    void formShowsFieldErrorsAndRuleChecks();
    void exactDuplicateIsRefusedNamingTheExample();
    void nearDuplicateAsksBeforeSaving();
    void editExample();
    void deleteAsksAndCancelKeepsIt();
    void deleteSeveralAtOnce();
    void importCsvWithABadRow();
    void importNothingAddsNothing();
    void importMapsARenamedColumn();
    void garbageFileIsRefusedWithAClearMessage();
    void brokenJsonNamesTheLine();
    void exportThenImportRoundTrip_data();
    void exportThenImportRoundTrip();
    void rebuildShowsProgressAndReachesUpToDate();
    void cancelDuringRebuildLeavesTheIndexStale();
    void failedIndexSaysWhy();
    void embedderIsNamedInWords();
    void keyboardShortcuts();
    void switchesLanguageAtRunTime();

private:
    void openPage(const QString& indexFolder = {});
    void waitForIndex();
    ExampleDialog* openNewForm();
    void fillForm(ExampleDialog* form, const Example& e);
    void addMany(int count);
    QString writeTemp(const QString& name, const QByteArray& bytes);
    ImportWizard* startImport(const QString& path);
    void clickNext(ImportWizard* wizard);
    int libraryCount() const;
    QList<Example> english() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<FakePrompter> m_prompter;
    std::unique_ptr<IndexService> m_index;
    std::unique_ptr<IndexFeeder> m_feeder;
    std::unique_ptr<ExamplesPage> m_page;
};

void TestExamplesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WithsocioTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_examplespage"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestExamplesPage::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto ws = Workspace::open(m_dir->filePath(QStringLiteral("workspace")));
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toEnglish()));
    m_workspace = std::move(ws).value();
    m_prompter = std::make_unique<FakePrompter>();
}

void TestExamplesPage::cleanup()
{
    LanguageManager::apply(QStringLiteral("en"));
    if (m_prompter)
        QCOMPARE(m_prompter->unexpected, 0);
    m_page.reset();
    m_feeder.reset();
    m_index.reset();
    m_workspace.reset();
    m_prompter.reset();
    m_dir.reset();
}

void TestExamplesPage::openPage(const QString& indexFolder)
{
    m_index = std::make_unique<IndexService>(m_workspace->database(),
                                             indexFolder.isEmpty() ? m_workspace->indexFolder() : indexFolder);
    m_feeder = std::make_unique<IndexFeeder>(m_workspace->examples(), *m_index);
    m_page = std::make_unique<ExamplesPage>(*m_workspace, *m_feeder, *m_prompter);
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_index->ensure();
}

void TestExamplesPage::waitForIndex()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_index->state(), IndexService::State::UpToDate, kIndexTimeoutMs);
}

QList<Example> TestExamplesPage::english() const
{
    ExampleQuery q;
    q.language = QStringLiteral("en");
    return m_workspace->examples().find(q).value();
}

int TestExamplesPage::libraryCount() const
{
    return m_workspace->examples().count({}).value();
}

QString TestExamplesPage::writeTemp(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(name);
    if (!reel::test::writeFile(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestExamplesPage::addMany(int count)
{
    QSqlDatabase db = m_workspace->database().connection();
    QVERIFY(db.transaction());
    for (int i = 0; i < count; ++i) {
        auto added = m_workspace->examples().add(
                sample(1000 + i, i % 2 ? QStringLiteral("food") : QStringLiteral("pets")));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toEnglish()));
    }
    QVERIFY(db.commit());
}

ExampleDialog* TestExamplesPage::openNewForm()
{
    auto* newButton = m_page->findChild<QToolButton*>(QStringLiteral("newExampleButton"));
    if (!newButton)
        qFatal("no New button");
    QTest::mouseClick(newButton, Qt::LeftButton);
    auto* form = m_page->exampleDialog();
    if (!form || !form->isVisible())
        qFatal("the example form did not open");
    return form;
}

void TestExamplesPage::fillForm(ExampleDialog* form, const Example& e)
{
    const auto type = [form](const char* name, const QString& text) {
        auto* editor = form->findChild<SectionEditor*>(QLatin1String(name));
        QVERIFY2(editor, name);
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Delete);
        QTest::keyClicks(editor, text);
    };
    type("hookEdit", e.script.hook);
    type("bodyEdit", e.script.body);
    type("ctaEdit", e.script.cta);
    type("captionEdit", e.script.caption);
    type("hashtagsEdit", e.script.hashtags.join(u' '));
    const auto pick = [form](const char* name, const QString& label) {
        auto* combo = form->findChild<QComboBox*>(QLatin1String(name));
        QVERIFY2(combo, name);
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), label);
    };
    pick("sectorCombo", CatalogText::label(CatalogKind::Sector, e.sector));
    pick("hookTypeCombo", CatalogText::label(CatalogKind::HookType, e.hookType));
    pick("emotionCombo", CatalogText::label(CatalogKind::Emotion, e.emotion));
    pick("goalCombo", CatalogText::label(CatalogKind::Goal, e.goal));
}

ImportWizard* TestExamplesPage::startImport(const QString& path)
{
    m_prompter->openPaths.append(path);
    auto* importButton = m_page->findChild<QToolButton*>(QStringLiteral("importExamplesButton"));
    if (!importButton)
        qFatal("no import button");
    QTest::mouseClick(importButton, Qt::LeftButton);
    ImportWizard* wizard = m_page->importWizard();
    if (!wizard || !wizard->isVisible())
        qFatal("the import wizard did not open");
    return wizard;
}

void TestExamplesPage::clickNext(ImportWizard* wizard)
{
    QAbstractButton* next = wizard->currentPage()->isCommitPage() ? wizard->button(QWizard::CommitButton)
                                                                  : wizard->button(QWizard::NextButton);
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

// --- the table ---

void TestExamplesPage::tableShowsTheBundledLibrary()
{
    openPage();
    const int bundled = int(ExampleLibrary::bundledExamples().size());
    QCOMPARE(bundled, 238);
    REEL_FIND(count, QLabel, m_page.get(), "countLabel");
    REEL_FIND(table, QTableView, m_page.get(), "examplesTable");
    QCOMPARE(count->text(), QStringLiteral("238 examples"));
    QCOMPARE(m_page->model()->totalCount(), bundled);
    QCOMPARE(m_page->model()->columnCount(), int(ExampleTableModel::ColumnCount));
    const QStringList headers = {QStringLiteral("Hook"),    QStringLiteral("Sector"),  QStringLiteral("Hook type"),
                                 QStringLiteral("Emotion"), QStringLiteral("Goal"),    QStringLiteral("Language"),
                                 QStringLiteral("Source"),  QStringLiteral("Quality"), QStringLiteral("Updated")};
    for (int c = 0; c < headers.size(); ++c)
        QCOMPARE(table->model()->headerData(c, Qt::Horizontal).toString(), headers.at(c));
    // Labels, not ids: "Real estate", "Bundled", a native language name.
    const QModelIndex first = table->model()->index(0, ExampleTableModel::SourceColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("Bundled"));
    QVERIFY(!table->model()->index(0, ExampleTableModel::HookColumn).data().toString().isEmpty());
    // Selecting a row shows the whole example below.
    uitest::clickRow(table, table->model()->index(3, 0).data().toString());
    REEL_FIND(preview, QWidget, m_page.get(), "examplePreview");
    const qint64 id = m_page->selectedIds().value(0);
    QVERIFY(id != 0);
    const Example shown = m_workspace->examples().get(id).value();
    QTRY_VERIFY(qobject_cast<QTextEdit*>(preview)->toPlainText().contains(shown.script.body.left(40)));
}

void TestExamplesPage::tableFetchesPagesAsItScrolls()
{
    addMany(700);
    openPage();
    ExampleTableModel* model = m_page->model();
    QCOMPARE(model->matchCount(), 938);
    QCOMPARE(model->rowCount(), ExampleTableModel::kPageSize); // not the whole library at once
    REEL_FIND(table, QTableView, m_page.get(), "examplesTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QTRY_VERIFY(model->rowCount() > ExampleTableModel::kPageSize);
    // Ids stay unique while pages are appended.
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(model->rowCount(), 938);
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->idAt(row));
    QCOMPARE(ids.size(), 938);
}

void TestExamplesPage::modelPassesModelTester()
{
    addMany(300);
    openPage();
    ExampleTableModel* model = m_page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->fetchMore({});
    model->sort(ExampleTableModel::QualityColumn, Qt::AscendingOrder);
    ExampleQuery q;
    q.sector = QStringLiteral("pets");
    model->setFilter(q);
    QCOMPARE(model->matchCount(), 150 + 20);
    QVERIFY(m_workspace->examples().remove(model->idAt(1)).ok());
    QCOMPARE(model->rowCount(), 169);
    QVERIFY(m_workspace->examples().add(sample(5, QStringLiteral("pets"))).ok());
    QTRY_COMPARE(model->matchCount(), 170);
    model->refresh();
}

void TestExamplesPage::searchFiltersRows()
{
    openPage();
    REEL_FIND(search, QLineEdit, m_page.get(), "searchEdit");
    REEL_FIND(count, QLabel, m_page.get(), "countLabel");
    ExampleQuery q;
    q.text = QStringLiteral("dog");
    const int expected = m_workspace->examples().count(q).value();
    QVERIFY(expected > 0 && expected < 238);
    QTest::keyClicks(search, QStringLiteral("dog"));
    // Debounced: the rows change after the pause, once.
    QCOMPARE(m_page->model()->rowCount(), 200);
    QTRY_COMPARE(m_page->model()->rowCount(), expected);
    QCOMPARE(count->text(), QStringLiteral("%1 of 238 examples").arg(expected));
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        const Example e = m_workspace->examples().get(m_page->model()->idAt(row)).value();
        const QString text = (e.script.hook + u' ' + e.script.body + u' ' + e.script.cta + u' ' + e.script.caption
                              + u' ' + e.script.hashtags.join(u' '))
                                     .toLower();
        QVERIFY2(text.contains(u"dog"), qPrintable(e.script.hook));
    }
    // Escape clears the search at once.
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(m_page->model()->rowCount(), 200);
    QCOMPARE(count->text(), QStringLiteral("238 examples"));
}

void TestExamplesPage::filterComboNarrowsRows()
{
    openPage();
    REEL_FIND(sector, QComboBox, m_page.get(), "sectorFilter");
    REEL_FIND(language, QComboBox, m_page.get(), "languageFilter");
    REEL_FIND(source, QComboBox, m_page.get(), "sourceFilter");
    REEL_FIND(clear, QToolButton, m_page.get(), "clearFiltersButton");
    REEL_FIND(count, QLabel, m_page.get(), "countLabel");
    QCOMPARE(sector->itemText(0), QStringLiteral("All sectors"));
    QVERIFY(!clear->isEnabled());
    sector->setFocus();
    sector->setCurrentIndex(sector->findText(QStringLiteral("Real estate")));
    QCOMPARE(m_page->model()->rowCount(), 19);
    QCOMPARE(count->text(), QStringLiteral("19 of 238 examples"));
    const QStringList sectors = columnValues(m_page->model(), ExampleTableModel::SectorColumn);
    QCOMPARE(QSet<QString>(sectors.begin(), sectors.end()), QSet<QString>{QStringLiteral("real_estate")});
    language->setCurrentIndex(language->findText(QStringLiteral("English")));
    ExampleQuery q;
    q.sector = QStringLiteral("real_estate");
    q.language = QStringLiteral("en");
    QCOMPARE(m_page->model()->rowCount(), m_workspace->examples().count(q).value());
    QVERIFY(m_page->model()->rowCount() < 19);
    source->setCurrentIndex(source->findText(QStringLiteral("Added by you")));
    QCOMPARE(m_page->model()->rowCount(), 0);
    REEL_FIND(empty, QLabel, m_page.get(), "emptyLabel");
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No example matches the search and filters."));
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(count->text(), QStringLiteral("238 examples"));
    QCOMPARE(sector->currentIndex(), 0);
    QVERIFY(!empty->isVisible());
}

void TestExamplesPage::headerClickSorts()
{
    openPage();
    REEL_FIND(table, QTableView, m_page.get(), "examplesTable");
    QHeaderView* header = table->horizontalHeader();
    const auto clickHeader = [&](int column) {
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };
    QCOMPARE(m_page->model()->sortColumn(), int(ExampleTableModel::UpdatedColumn));

    clickHeader(ExampleTableModel::SectorColumn);
    QCOMPARE(m_page->model()->sortColumn(), int(ExampleTableModel::SectorColumn));
    QStringList sectors = columnValues(m_page->model(), ExampleTableModel::SectorColumn);
    QStringList sorted = sectors;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sectors, sorted);
    QCOMPARE(sectors.first(), QStringLiteral("beauty"));

    clickHeader(ExampleTableModel::SectorColumn); // again: the other way round
    sectors = columnValues(m_page->model(), ExampleTableModel::SectorColumn);
    QCOMPARE(sectors.first(), QStringLiteral("wellness"));

    // Quality starts with the best.
    QVERIFY(m_workspace->examples()
                    .add([] {
                        Example e = sample(1);
                        e.engagement.views = 1000;
                        e.engagement.likes = 150;
                        return e;
                    }())
                    .ok());
    QTRY_COMPARE(m_page->model()->totalCount(), 239);
    clickHeader(ExampleTableModel::QualityColumn);
    QCOMPARE(header->sortIndicatorSection(), int(ExampleTableModel::QualityColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(m_page->model()->index(0, 0).data().toString().startsWith(u"Sample hook 1:"));

    // The hook column cannot be sorted: the order and the indicator stay.
    const QString top = m_page->model()->index(0, 0).data().toString();
    clickHeader(ExampleTableModel::HookColumn);
    QCOMPARE(header->sortIndicatorSection(), int(ExampleTableModel::QualityColumn));
    QCOMPARE(m_page->model()->sortColumn(), int(ExampleTableModel::QualityColumn));
    QCOMPARE(m_page->model()->index(0, 0).data().toString(), top);
}

// --- add, edit, delete ---

void TestExamplesPage::addExampleThroughTheForm()
{
    openPage();
    waitForIndex();
    ExampleDialog* form = openNewForm();
    QCOMPARE(form->windowTitle(), QStringLiteral("New Example"));
    Example e = sample(7, QStringLiteral("pets"));
    e.script.hook = QStringLiteral("Is your cat secretly judging your playlist?");
    fillForm(form, e);
    REEL_FIND(views, QLineEdit, form, "viewsEdit");
    QTest::keyClicks(views, QStringLiteral("12000"));
    REEL_FIND(save, QPushButton, form, "saveExampleButton");
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!form->isVisible());

    QCOMPARE(libraryCount(), 239);
    REEL_FIND(count, QLabel, m_page.get(), "countLabel");
    QCOMPARE(count->text(), QStringLiteral("239 examples"));
    // The newest first, and selected.
    QCOMPARE(m_page->model()->index(0, 0).data().toString(), e.script.hook);
    const qint64 id = m_page->selectedIds().value(0);
    const Example stored = m_workspace->examples().get(id).value();
    QCOMPARE(stored.script.hook, e.script.hook);
    QCOMPARE(stored.script.body, e.script.body);
    QCOMPARE(stored.script.hashtags, e.script.hashtags);
    QCOMPARE(stored.sector, QStringLiteral("pets"));
    QCOMPARE(stored.hookType, QStringLiteral("question"));
    QCOMPARE(stored.source, ExampleSource::User);
    QCOMPARE(stored.engagement.views, std::optional<qint64>(12000));
    QCOMPARE(m_page->model()->index(0, ExampleTableModel::SourceColumn).data().toString(),
             QStringLiteral("Added by you"));
    // The index learns the new example.
    waitForIndex();
}

void TestExamplesPage::formShowsFieldErrorsAndRuleChecks()
{
    openPage();
    ExampleDialog* form = openNewForm();
    REEL_FIND(save, QPushButton, form, "saveExampleButton");
    REEL_FIND(hookError, QLabel, form, "hookError");
    REEL_FIND(sectorError, QLabel, form, "sectorError");
    REEL_FIND(hashtags, SectionEditor, form, "hashtagsEdit");
    REEL_FIND(checks, QListWidget, form, "checksList");
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(form->isVisible());
    QVERIFY(hookError->isVisible());
    QCOMPARE(hookError->text(), QStringLiteral("This field is required."));
    QVERIFY(sectorError->isVisible());
    QCOMPARE(libraryCount(), 238);

    fillForm(form, sample(3));
    QTRY_VERIFY(!hookError->isVisible()); // errors follow the typing once shown
    QVERIFY(!sectorError->isVisible());

    // The platform's rules, as in the Script Editor: a hashtag without # is an error, underlined.
    hashtags->selectAll();
    QTest::keyClicks(hashtags, QStringLiteral("fitness #gym"));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(hashtags->findings().cbegin(), hashtags->findings().cend(),
                                         [](const ShownFinding& s) { return s.finding.code == u"hashtag_no_hash"; }),
                             10000);
    QTRY_VERIFY(form->checks()->isUpToDate());
    bool listed = false;
    for (int i = 0; i < checks->count(); ++i)
        listed = listed
                 || (checks->item(i)->text().startsWith(u"Hashtags:") && checks->item(i)->text().contains(u"fitness"));
    QVERIFY(listed);
    // Rule findings do not stop saving; closing with changes asks first.
    m_prompter->setNextAnswer(Prompter::UnsavedAnswer::Discard);
    QTest::keyClick(form, Qt::Key_Escape);
    QCOMPARE(m_prompter->unsavedQuestions.size(), 1);
    QVERIFY(!form->isVisible());
    QCOMPARE(libraryCount(), 238);
}

void TestExamplesPage::exactDuplicateIsRefusedNamingTheExample()
{
    openPage();
    const Example existing = english().at(5);
    ExampleDialog* form = openNewForm();
    Example copy = existing;
    copy.sector = QStringLiteral("travel"); // other metadata, same script
    fillForm(form, copy);
    REEL_FIND(save, QPushButton, form, "saveExampleButton");
    REEL_FIND(duplicate, QLabel, form, "duplicateLabel");
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(form->isVisible());
    QVERIFY(duplicate->isVisible());
    QVERIFY2(duplicate->text().contains(QStringLiteral("example %1").arg(existing.id)), qPrintable(duplicate->text()));
    QVERIFY(duplicate->text().contains(ExampleText::firstLine(existing.script.hook)));
    QCOMPARE(libraryCount(), 238);
    // Changing the script lets it through.
    REEL_FIND(cta, SectionEditor, form, "ctaEdit");
    QTest::keyClicks(cta, QStringLiteral(" Today only, tell a friend who needs this."));
    QVERIFY(!duplicate->isVisible());
    m_prompter->confirmAnswers.append(true); // if the index calls it nearly the same, save anyway
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!form->isVisible(), kIndexTimeoutMs);
    QCOMPARE(libraryCount(), 239);
    m_prompter->confirmAnswers.clear();
}

void TestExamplesPage::nearDuplicateAsksBeforeSaving()
{
    openPage();
    waitForIndex();
    const Example existing = english().at(10);
    ExampleDialog* form = openNewForm();
    Example near = existing;
    near.script.cta = existing.script.cta + QStringLiteral(" Now.");
    fillForm(form, near);
    REEL_FIND(save, QPushButton, form, "saveExampleButton");

    m_prompter->confirmAnswers.append(false); // Cancel: stay in the form
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_prompter->confirmQuestions.size(), 1, kIndexTimeoutMs);
    QVERIFY2(m_prompter->confirmQuestions.first().contains(QStringLiteral("example %1").arg(existing.id)),
             qPrintable(m_prompter->confirmQuestions.first()));
    QVERIFY(form->isVisible());
    QVERIFY(!form->isCheckingNearDuplicates());
    QCOMPARE(libraryCount(), 238);

    m_prompter->confirmAnswers.append(true); // Save Anyway
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!form->isVisible(), kIndexTimeoutMs);
    QCOMPARE(m_prompter->confirmQuestions.size(), 2);
    QCOMPARE(libraryCount(), 239);
}

void TestExamplesPage::editExample()
{
    openPage();
    waitForIndex();
    REEL_FIND(table, QTableView, m_page.get(), "examplesTable");
    const QString hook = table->model()->index(2, 0).data().toString();
    QVERIFY(uitest::clickRow(table, hook));
    const qint64 id = m_page->selectedIds().value(0);
    const Example before = m_workspace->examples().get(id).value();
    QTest::keyClick(table, Qt::Key_Return);
    ExampleDialog* form = m_page->exampleDialog();
    QVERIFY(form && form->isVisible());
    QCOMPARE(form->exampleId(), id);
    QCOMPARE(form->windowTitle(), QStringLiteral("Edit Example %1").arg(id));
    REEL_FIND(cta, SectionEditor, form, "ctaEdit");
    QCOMPARE(cta->toPlainText(), before.script.cta);
    REEL_FIND(goal, QComboBox, form, "goalCombo");
    goal->lineEdit()->selectAll();
    QTest::keyClicks(goal->lineEdit(), QStringLiteral("Conversion"));
    cta->selectAll();
    QTest::keyClicks(cta, QStringLiteral("Book your free call through the link in bio."));
    REEL_FIND(save, QPushButton, form, "saveExampleButton");
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!form->isVisible(), kIndexTimeoutMs);

    const Example after = m_workspace->examples().get(id).value();
    QCOMPARE(after.script.cta, QStringLiteral("Book your free call through the link in bio."));
    QCOMPARE(after.goal, QStringLiteral("conversion"));
    QCOMPARE(after.script.hook, before.script.hook);
    QCOMPARE(after.source, ExampleSource::Bundled); // bundled examples are the user's to edit
    QCOMPARE(libraryCount(), 238);
    // Still selected, now at the top (newest first), with the new goal shown.
    QCOMPARE(m_page->selectedIds(), QList<qint64>{id});
    QCOMPARE(m_page->model()->index(0, ExampleTableModel::GoalColumn).data().toString(), QStringLiteral("Conversion"));
}

void TestExamplesPage::deleteAsksAndCancelKeepsIt()
{
    openPage();
    REEL_FIND(table, QTableView, m_page.get(), "examplesTable");
    const QString hook = table->model()->index(4, 0).data().toString();
    QVERIFY(uitest::clickRow(table, hook));
    const qint64 id = m_page->selectedIds().value(0);

    m_prompter->confirmAnswers.append(false);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_prompter->confirmQuestions.size(), 1);
    QVERIFY(m_prompter->confirmQuestions.first().contains(QStringLiteral("Delete example %1").arg(id)));
    QVERIFY(m_workspace->examples().get(id).ok());
    QCOMPARE(libraryCount(), 238);

    m_prompter->confirmAnswers.append(true);
    REEL_FIND(deleteButton, QToolButton, m_page.get(), "deleteExamplesButton");
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QCOMPARE(m_prompter->confirmQuestions.size(), 2);
    QVERIFY(!m_workspace->examples().get(id).ok());
    QCOMPARE(libraryCount(), 237);
    QCOMPARE(m_page->model()->rowOf(id), -1);
    REEL_FIND(count, QLabel, m_page.get(), "countLabel");
    QTRY_COMPARE(count->text(), QStringLiteral("237 examples"));
}

void TestExamplesPage::deleteSeveralAtOnce()
{
    openPage();
    REEL_FIND(table, QTableView, m_page.get(), "examplesTable");
    QVERIFY(uitest::clickRow(table, table->model()->index(1, 0).data().toString()));
    const auto ctrlClick = [&](int row) {
        const QModelIndex index = table->model()->index(row, 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, table->visualRect(index).center());
    };
    ctrlClick(3);
    ctrlClick(6);
    const QList<qint64> ids = m_page->selectedIds();
    QCOMPARE(ids.size(), 3);
    m_prompter->confirmAnswers.append(true);
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(m_prompter->confirmQuestions.value(0).startsWith(u"Delete 3 examples?"));
    for (const qint64 id : ids)
        QVERIFY(!m_workspace->examples().get(id).ok());
    QCOMPARE(libraryCount(), 235);
}

// --- import ---

namespace {

QByteArray csvWithOneBadRow()
{
    return "hook,body,cta,sector,hook_type,emotion,goal,language,views\n"
           "\"Stop buying protein bars, make these instead\",\"Oats, peanut butter, honey and whey: ten minutes, no "
           "oven, a week of snacks for less than one box from the shop.\",Save this for Sunday,food,bold_claim,"
           "excitement,engagement,en,5400\n"
           "\"What your dog's tail is really telling you\",\"A high, stiff wag is not always happy.\",,pets,curiosity,"
           "curiosity,awareness,en,\n"
           "\"I paid off 12k in a year with one rule\",\"Every raise went straight to the debt, never to my "
           "lifestyle.\",\"Comment RULE and I'll send the plan\",finance,story,inspiration,conversion,en,\n";
}

} // namespace

void TestExamplesPage::importCsvWithABadRow()
{
    openPage();
    const QString path = writeTemp(QStringLiteral("examples.csv"), csvWithOneBadRow());
    ImportWizard* wizard = startImport(path);
    REEL_FIND(summary, QLabel, wizard, "importFileSummary");
    QTRY_COMPARE(summary->text(), QStringLiteral("“examples.csv”: CSV, 3 rows."));
    clickNext(wizard);
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingStep));
    REEL_FIND(preview, QTableWidget, wizard, "importPreviewTable");
    REEL_FIND(mapping, QTableWidget, wizard, "importMappingTable");
    QCOMPARE(preview->rowCount(), 3);
    QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("hook"));
    QCOMPARE(mapping->rowCount(), 9);
    QCOMPARE(qobject_cast<QComboBox*>(mapping->cellWidget(2, 1))->currentText(), QStringLiteral("CTA"));
    clickNext(wizard);

    QCOMPARE(wizard->currentId(), int(ImportWizard::ReportStep));
    REEL_FIND(report, QTableWidget, wizard, "importReportTable");
    REEL_FIND(reportSummary, QLabel, wizard, "importReportSummary");
    REEL_FIND(valid, QRadioButton, wizard, "importValidRadio");
    QTRY_VERIFY(!wizard->isBusy());
    QCOMPARE(reportSummary->text(), QStringLiteral("Rows in the file: 3. Valid: 2. With errors: 1. Duplicates: 0."));
    QCOMPARE(report->rowCount(), 1);
    QCOMPARE(report->item(0, 0)->text(), QStringLiteral("2"));
    QCOMPARE(report->item(0, 1)->text(), QStringLiteral("CTA"));
    QCOMPARE(report->item(0, 2)->text(), QStringLiteral("This field is required."));
    QVERIFY(valid->isChecked());
    QCOMPARE(valid->text(), QStringLiteral("Import the 2 &valid rows"));
    QCOMPARE(libraryCount(), 238); // nothing yet

    clickNext(wizard);
    QTRY_COMPARE(wizard->currentId(), int(ImportWizard::ResultStep));
    REEL_FIND(result, QLabel, wizard, "importResultLabel");
    QCOMPARE(result->text(), QStringLiteral("Imported 2 examples. 1 row with problems was left out."));
    QCOMPARE(libraryCount(), 240);
    ExampleQuery imported;
    imported.source = ExampleSource::Import;
    const QList<Example> rows = m_workspace->examples().find(imported).value();
    QCOMPARE(rows.size(), 2);
    QStringList hooks;
    for (const Example& e : rows)
        hooks.append(e.script.hook);
    hooks.sort();
    QCOMPARE(hooks, (QStringList{QStringLiteral("I paid off 12k in a year with one rule"),
                                 QStringLiteral("Stop buying protein bars, make these instead")}));
    // The table and its count follow; the index is brought up to date.
    REEL_FIND(count, QLabel, m_page.get(), "countLabel");
    QTRY_COMPARE(count->text(), QStringLiteral("240 examples"));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!m_page->importWizard());
    waitForIndex();
}

void TestExamplesPage::importNothingAddsNothing()
{
    openPage();
    ImportWizard* wizard = startImport(writeTemp(QStringLiteral("examples.csv"), csvWithOneBadRow()));
    clickNext(wizard);
    clickNext(wizard);
    REEL_FIND(nothing, QRadioButton, wizard, "importNothingRadio");
    QTRY_VERIFY(!wizard->isBusy());
    // On its label (a radio button takes clicks on its indicator and text only).
    QTest::mouseClick(nothing, Qt::LeftButton, {}, QPoint(12, nothing->height() / 2));
    QVERIFY(nothing->isChecked());
    clickNext(wizard);
    QTRY_COMPARE(wizard->currentId(), int(ImportWizard::ResultStep));
    REEL_FIND(result, QLabel, wizard, "importResultLabel");
    QCOMPARE(result->text(), QStringLiteral("Nothing was imported. The library is unchanged."));
    QCOMPARE(libraryCount(), 238);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

    // Cancelling half-way adds nothing either.
    wizard = startImport(writeTemp(QStringLiteral("again.csv"), csvWithOneBadRow()));
    clickNext(wizard);
    clickNext(wizard);
    QTRY_VERIFY(!wizard->isBusy());
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY(!m_page->importWizard());
    QCOMPARE(libraryCount(), 238);
}

void TestExamplesPage::importMapsARenamedColumn()
{
    openPage();
    const QByteArray csv = "Title;Script;Call to action;Sector;Hook type;Emotion;Goal;Notes\n"
                           "Three apps that replaced my planner;Calendar blocks, a task inbox and a timer: that is "
                           "the whole system.;Follow for the setup video;productivity;relatable;joy;engagement;x\n"
                           "Your lease has a hidden clause;Read the renewal terms before you sign anything this "
                           "month.;Save this before your next move;real_estate;shocking;fear;awareness;y\n";
    ImportWizard* wizard = startImport(writeTemp(QStringLiteral("renamed.csv"), csv));
    clickNext(wizard);
    REEL_FIND(mapping, QTableWidget, wizard, "importMappingTable");
    REEL_FIND(hint, QLabel, wizard, "importMappingHint");
    QCOMPARE(mapping->item(0, 0)->text(), QStringLiteral("Title"));
    auto* title = qobject_cast<QComboBox*>(mapping->cellWidget(0, 1));
    auto* script = qobject_cast<QComboBox*>(mapping->cellWidget(1, 1));
    auto* cta = qobject_cast<QComboBox*>(mapping->cellWidget(2, 1));
    QCOMPARE(title->currentText(), QStringLiteral("Ignore"));
    QCOMPARE(qobject_cast<QComboBox*>(mapping->cellWidget(3, 1))->currentText(), QStringLiteral("Sector"));
    QVERIFY2(hint->text().contains(u"Hook, Body, CTA"), qPrintable(hint->text()));
    title->setCurrentIndex(title->findText(QStringLiteral("Hook")));
    script->setCurrentIndex(script->findText(QStringLiteral("Body")));
    // The same field twice is refused until one is changed.
    cta->setCurrentIndex(cta->findText(QStringLiteral("Body")));
    QVERIFY(hint->text().contains(u"“Body” is chosen for more than one column"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    cta->setCurrentIndex(cta->findText(QStringLiteral("CTA")));
    QVERIFY(hint->text().isEmpty());
    clickNext(wizard);
    QTRY_VERIFY(!wizard->isBusy());
    QCOMPARE(wizard->checked().plan.valid(), 2);
    clickNext(wizard);
    QTRY_COMPARE(wizard->currentId(), int(ImportWizard::ResultStep));
    QCOMPARE(libraryCount(), 240);
    ExampleQuery q;
    q.text = QStringLiteral("planner");
    q.source = ExampleSource::Import;
    const QList<Example> found = m_workspace->examples().find(q).value();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().script.hook, QStringLiteral("Three apps that replaced my planner"));
    QCOMPARE(found.first().script.cta, QStringLiteral("Follow for the setup video"));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
}

void TestExamplesPage::garbageFileIsRefusedWithAClearMessage()
{
    openPage();
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 7919) % 256));
    ImportWizard* wizard = startImport(writeTemp(QStringLiteral("photo.csv"), garbage));
    REEL_FIND(error, QLabel, wizard, "importFileError");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(u"“photo.csv” is not a text file in UTF-8."), qPrintable(error->text()));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QCOMPARE(libraryCount(), 238);

    // An empty file is named as such.
    wizard = startImport(writeTemp(QStringLiteral("empty.jsonl"), "\n\n"));
    REEL_FIND(emptyError, QLabel, wizard, "importFileError");
    QTRY_COMPARE(emptyError->text(), QStringLiteral("“empty.jsonl” is empty."));
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QCOMPARE(libraryCount(), 238);
}

void TestExamplesPage::brokenJsonNamesTheLine()
{
    openPage();
    const QByteArray json = "[\n  {\"hook\": \"One\", \"body\": \"Two\"},\n  {\"hook\": \"Three\",, }\n]\n";
    ImportWizard* wizard = startImport(writeTemp(QStringLiteral("broken.json"), json));
    REEL_FIND(error, QLabel, wizard, "importFileError");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"“broken.json” cannot be read as JSON"), qPrintable(error->text()));
    QVERIFY2(error->text().contains(u"line 3"), qPrintable(error->text()));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QCOMPARE(libraryCount(), 238);
}

// --- export ---

void TestExamplesPage::exportThenImportRoundTrip_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("json") << QStringLiteral("out.json");
    QTest::newRow("jsonl") << QStringLiteral("out.jsonl");
    QTest::newRow("csv") << QStringLiteral("out.csv");
}

void TestExamplesPage::exportThenImportRoundTrip()
{
    QFETCH(QString, fileName);
    // Text that tests quoting: commas, quotes, a line break, non-Latin script; and engagement figures.
    Example tricky = sample(42, QStringLiteral("travel"));
    tricky.script.hook = QStringLiteral("\"Pack light,\" they said; nobody said how");
    tricky.script.body = QStringLiteral("Line one, with a comma.\nLine two — with “quotes” and 日本語.");
    tricky.ctaStyle = QStringLiteral("soft");
    tricky.scriptLength = 45;
    tricky.engagement.views = 90000;
    tricky.engagement.saves = 1200;
    QVERIFY(m_workspace->examples().add(tricky).ok());
    openPage();
    REEL_FIND(sector, QComboBox, m_page.get(), "sectorFilter");
    sector->setCurrentIndex(sector->findText(QStringLiteral("Travel")));
    QCOMPARE(m_page->model()->matchCount(), 21);
    const QList<Example> before = m_workspace->examples().find(m_page->model()->query()).value();

    const QString path = m_dir->filePath(fileName);
    m_prompter->savePaths.append(path);
    m_page->exportAllAction()->trigger();
    QTRY_VERIFY(!m_page->isExporting());
    QVERIFY(QFile::exists(path));
    QCOMPARE(m_prompter->saveSuggestions.value(0),
             QDir(m_workspace->exportsFolder()).filePath(QStringLiteral("examples.json")));

    // Remove them, then bring them back from the file.
    for (const Example& e : before)
        QVERIFY(m_workspace->examples().remove(e.id).ok());
    QCOMPARE(libraryCount(), 239 - 21);
    ImportWizard* wizard = startImport(path);
    clickNext(wizard);
    clickNext(wizard);
    QTRY_VERIFY(!wizard->isBusy());
    QCOMPARE(wizard->checked().plan.invalid(), 0);
    clickNext(wizard);
    QTRY_COMPARE(wizard->currentId(), int(ImportWizard::ResultStep));
    QCOMPARE(wizard->addedCount(), 21);
    QCOMPARE(libraryCount(), 239);
    for (const Example& original : before) {
        auto back = m_workspace->examples().findDuplicate([&] {
            Example probe = original;
            probe.id = 0;
            return probe;
        }());
        QVERIFY(back.ok() && back.value());
        const Example& e = *back.value();
        QCOMPARE(e.script.hook, original.script.hook);
        QCOMPARE(e.script.body, original.script.body);
        QCOMPARE(e.script.cta, original.script.cta);
        QCOMPARE(e.script.caption, original.script.caption);
        QCOMPARE(e.script.hashtags, original.script.hashtags);
        QCOMPARE(e.language, original.language);
        QCOMPARE(e.sector, original.sector);
        QCOMPARE(e.hookType, original.hookType);
        QCOMPARE(e.emotion, original.emotion);
        QCOMPARE(e.goal, original.goal);
        QCOMPARE(e.ctaStyle, original.ctaStyle);
        QCOMPARE(e.scriptLength, original.scriptLength);
        QCOMPARE(e.engagement, original.engagement);
        QCOMPARE(e.source, ExampleSource::Import);
    }
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
}

// --- the index panel ---

void TestExamplesPage::rebuildShowsProgressAndReachesUpToDate()
{
    addMany(600);
    openPage();
    waitForIndex();
    REEL_FIND(state, QLabel, m_page.get(), "indexStateLabel");
    REEL_FIND(rebuild, QPushButton, m_page.get(), "rebuildIndexButton");
    REEL_FIND(cancel, QPushButton, m_page.get(), "cancelRebuildButton");
    REEL_FIND(bar, QProgressBar, m_page.get(), "indexProgress");
    REEL_FIND(progressText, QLabel, m_page.get(), "indexProgressText");
    QCOMPARE(state->text(), QStringLiteral("Up to date"));
    QVERIFY(rebuild->isEnabled());
    QVERIFY(!cancel->isEnabled());

    QSignalSpy values(bar, &QProgressBar::valueChanged);
    QStringList texts;
    connect(m_index.get(), &IndexService::progress, this, [&] { texts.append(progressText->text()); });
    QTest::mouseClick(rebuild, Qt::LeftButton);
    QCOMPARE(state->text(), QStringLiteral("Rebuilding…"));
    QVERIFY(cancel->isEnabled());
    QVERIFY(!rebuild->isEnabled());
    QVERIFY(bar->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(state->text(), QStringLiteral("Up to date"), kIndexTimeoutMs);
    QVERIFY(!values.isEmpty());
    QCOMPARE(bar->maximum(), 838);
    QCOMPARE(bar->value(), 838);
    QVERIFY(!texts.isEmpty());
    QCOMPARE(texts.last(), QStringLiteral("838 / 838"));
    // It says what it did.
    REEL_FIND(result, QLabel, m_page.get(), "indexResultLabel");
    QVERIFY(result->isVisible());
    QVERIFY2(QRegularExpression(QStringLiteral("^Index rebuilt: 838 examples in \\d+(\\.\\d)? s$"))
                     .match(result->text())
                     .hasMatch(),
             qPrintable(result->text()));
    QVERIFY(!bar->isVisible());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(rebuild->isEnabled());
}

void TestExamplesPage::cancelDuringRebuildLeavesTheIndexStale()
{
    // Big enough that reading and weighing the library takes far longer than the click on Cancel.
    addMany(4000);
    openPage();
    waitForIndex();
    REEL_FIND(state, QLabel, m_page.get(), "indexStateLabel");
    REEL_FIND(rebuild, QPushButton, m_page.get(), "rebuildIndexButton");
    REEL_FIND(cancel, QPushButton, m_page.get(), "cancelRebuildButton");
    QTest::mouseClick(rebuild, Qt::LeftButton);
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_index->state(), IndexService::State::Stale, kIndexTimeoutMs);
    QCOMPARE(state->text(), QStringLiteral("Out of date"));
    REEL_FIND(result, QLabel, m_page.get(), "indexResultLabel");
    QVERIFY(!result->isVisible()); // a cancelled rebuild claims nothing
    QVERIFY(!cancel->isEnabled());
    QVERIFY(rebuild->isEnabled());
    // A rebuild afterwards brings it back.
    QTest::mouseClick(rebuild, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(state->text(), QStringLiteral("Up to date"), kIndexTimeoutMs);
}

void TestExamplesPage::failedIndexSaysWhy()
{
    // The index folder cannot be created: a file sits where its parent should be.
    const QString blocker = writeTemp(QStringLiteral("blocker"), "not a folder");
    openPage(blocker + QStringLiteral("/index"));
    REEL_FIND(state, QLabel, m_page.get(), "indexStateLabel");
    QTRY_COMPARE_WITH_TIMEOUT(m_index->state(), IndexService::State::Failed, kIndexTimeoutMs);
    QVERIFY2(state->text().startsWith(u"Failed: Cannot write"), qPrintable(state->text()));
    QVERIFY(state->text().contains(u"blocker"));
}

void TestExamplesPage::embedderIsNamedInWords()
{
    openPage();
    REEL_FIND(embedder, QLabel, m_page.get(), "embedderLabel");
    QCOMPARE(embedder->text(), QStringLiteral("Embedder: Lexical (offline, 512 dimensions)"));
    QCOMPARE(ExampleText::embedderName(QStringLiteral("openai:text-embedding-3-small/1536/v1")),
             QStringLiteral("OpenAI-compatible: text-embedding-3-small (1,536 dimensions)"));
    QCOMPARE(ExampleText::embedderName(QStringLiteral("openai:org/model-x/384/v1")),
             QStringLiteral("OpenAI-compatible: org/model-x (384 dimensions)"));
    QCOMPARE(ExampleText::embedderName(QStringLiteral("something")), QStringLiteral("something"));
}

void TestExamplesPage::keyboardShortcuts()
{
    openPage();
    REEL_FIND(search, QLineEdit, m_page.get(), "searchEdit");
    REEL_FIND(table, QTableView, m_page.get(), "examplesTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());

    // Delete in the search field edits the text; in the table it deletes examples.
    QTest::keyClicks(search, QStringLiteral("ab"));
    QTest::keyClick(search, Qt::Key_Home);
    QTest::keyClick(search, Qt::Key_Delete);
    QCOMPARE(search->text(), QStringLiteral("b"));
    QVERIFY(m_prompter->confirmQuestions.isEmpty());
    QTest::keyClick(search, Qt::Key_Escape);

    QVERIFY(uitest::clickRow(table, table->model()->index(0, 0).data().toString()));
    m_prompter->confirmAnswers.append(false);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_prompter->confirmQuestions.size(), 1);

    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
    ExampleDialog* form = m_page->exampleDialog();
    QVERIFY(form && form->isVisible());
    QVERIFY(form->isNew());
    QTest::keyClick(form, Qt::Key_Escape); // nothing typed: closes without asking
    QVERIFY(!form->isVisible());

    m_prompter->openPaths.append(QString()); // the file dialog is cancelled
    QTest::keyClick(table, Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(m_prompter->openPaths.size(), 0);
    QVERIFY(!m_page->importWizard());
}

void TestExamplesPage::switchesLanguageAtRunTime()
{
    openPage();
    REEL_FIND(count, QLabel, m_page.get(), "countLabel");
    REEL_FIND(sector, QComboBox, m_page.get(), "sectorFilter");
    REEL_FIND(state, QLabel, m_page.get(), "indexStateLabel");
    REEL_FIND(rebuild, QPushButton, m_page.get(), "rebuildIndexButton");
    QVERIFY(LanguageManager::apply(QStringLiteral("de")));
    QTRY_COMPARE(m_page->windowTitle(), QStringLiteral("Beispiele"));
    QCOMPARE(count->text(), QStringLiteral("238 Beispiele"));
    QCOMPARE(sector->itemText(0), QStringLiteral("Alle Branchen"));
    QCOMPARE(m_page->model()->headerData(ExampleTableModel::SectorColumn, Qt::Horizontal).toString(),
             QStringLiteral("Branche"));
    QCOMPARE(m_page->model()->index(0, ExampleTableModel::SourceColumn).data().toString(),
             QStringLiteral("Mitgeliefert"));
    QCOMPARE(rebuild->text(), QStringLiteral("Index &neu aufbauen"));
    waitForIndex();
    QCOMPARE(state->text(), QStringLiteral("Aktuell"));
    QVERIFY(LanguageManager::apply(QStringLiteral("en")));
    QTRY_COMPARE(m_page->windowTitle(), QStringLiteral("Examples"));
    QCOMPARE(count->text(), QStringLiteral("238 examples"));
}

QTEST_MAIN(TestExamplesPage)
#include "tst_examplespage.moc"
