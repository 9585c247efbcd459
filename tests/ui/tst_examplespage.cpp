// The Examples page driven through its real widgets over a real workspace: the paged table,
// search, filters and sorting, the add/edit form with its checks and duplicate guards, delete,
// the index panel over a real IndexService, shortcuts and the language switch. Import and
// export are in tst_examplesfiles.cpp.

#include "ExamplesPageFixture.h"
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
using namespace examplestest;

class TestExamplesPage : public QObject, private ExamplesPageFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { setUpWorkspace(); }
    void cleanup() { tearDown(); }

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
    void rebuildShowsProgressAndReachesUpToDate();
    void cancelDuringRebuildLeavesTheIndexStale();
    void failedIndexSaysWhy();
    void embedderIsNamedInWords();
    void keyboardShortcuts();
    void switchesLanguageAtRunTime();
};

void TestExamplesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WithsocioTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_examplespage"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
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
