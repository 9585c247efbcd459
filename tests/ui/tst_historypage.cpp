// The History page driven through its real widgets over a real workspace: the paged table,
// full-text search, the filters, sorting by the header, the details of the script chosen, opening
// it in the editor, rating it, moving it through the workflow and its performance figures.
// Versions, files, deleting and promoting: tst_historypage_actions.cpp.

#include "FakePrompter.h"
#include "HistorySeeds.h"
#include "UiTestHelpers.h"
#include "common/FieldErrorLabel.h"
#include "history/HistoryFilterBar.h"
#include "history/HistoryPage.h"
#include "history/HistoryTableModel.h"
#include "history/PerformancePanel.h"
#include "history/RatingPanel.h"
#include "history/ScriptDetailPanel.h"
#include "history/StatusPanel.h"
#include "history/VersionsPanel.h"
#include "store/ScriptStore.h"
#include "store/Workspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUuid>

#include <memory>

using namespace reel;
using namespace reel::ui;
using namespace uitest::history;

namespace {

QStringList columnValues(const QAbstractItemModel* model, int column)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, column).data(HistoryTableModel::ValueRole).toString());
    return out;
}

} // namespace

class TestHistoryPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tableListsScriptsNewestFirst();
    void tableFetchesPagesAndPassesModelTester();
    void searchNarrowsRowsAfterAPause();
    void filtersNarrowRows();
    void ratingAndDateFilters();
    void headerClickSorts();
    void selectingShowsDetails();
    void openEmitsOpenRequested();
    void ratingIsStoredAndAveraged();
    void statusMovesThroughTheWorkflow();
    void rejectWithoutCommentIsRefused();
    void onlyAllowedStatusesAreOffered();
    void performanceOnlyOncePublished();
    void emptyStatesSayWhy();
    void showingThePageReadsNewScripts();
    void keyboardShortcuts();

private:
    void seed();
    void openPage();
    qint64 idOf(const QString& title) const;
    void select(qint64 id);
    void clickHeader(int column);
    ScriptDetailPanel* detail() const { return m_page->detailPanel(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<FakePrompter> m_prompter;
    std::unique_ptr<HistoryPage> m_page;
    QHash<QString, qint64> m_ids;
};

void TestHistoryPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WithsocioTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_historypage"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestHistoryPage::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto ws = Workspace::open(m_dir->filePath(QStringLiteral("workspace")));
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toEnglish()));
    m_workspace = std::move(ws).value();
    m_prompter = std::make_unique<FakePrompter>();
    m_ids.clear();
}

void TestHistoryPage::cleanup()
{
    if (m_prompter)
        QCOMPARE(m_prompter->unexpected, 0);
    m_page.reset();
    m_workspace.reset();
    m_prompter.reset();
    m_dir.reset();
}

void TestHistoryPage::seed()
{
    ScriptStore store(m_workspace->database());
    for (const Seed& s : seeds()) {
        auto added = store.add(recordOf(s));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toEnglish()));
        m_ids.insert(s.title, added->id);
        QTest::qWait(2); // distinct creation times: newest first is well defined
    }
    HistoryEntry old;
    old.record = recordOf(oldSeed());
    old.record.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    old.record.createdAt = QDateTime(QDate(2024, 3, 12), QTime(10, 30), Qt::UTC);
    old.record.updatedAt = old.record.createdAt;
    auto imported = store.importEntries({old});
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toEnglish()));
    QCOMPARE(imported->added, 1);
    ScriptQuery q;
    q.text = QStringLiteral("teaser");
    const auto found = store.search(q);
    QVERIFY(found.ok() && found->size() == 1);
    m_ids.insert(oldSeed().title, found->first().id);
}

void TestHistoryPage::openPage()
{
    m_page = std::make_unique<HistoryPage>(*m_workspace, *m_prompter);
    m_page->resize(1400, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

qint64 TestHistoryPage::idOf(const QString& title) const
{
    return m_ids.value(title);
}

void TestHistoryPage::select(qint64 id)
{
    QTableView* table = m_page->table();
    const int row = m_page->model()->rowOf(id);
    QVERIFY2(row >= 0, "the script is not in the table");
    const QModelIndex index = m_page->model()->index(row, HistoryTableModel::TitleColumn);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(m_page->currentId(), id);
    QCOMPARE(detail()->scriptId(), id);
}

void TestHistoryPage::clickHeader(int column)
{
    QHeaderView* header = m_page->table()->horizontalHeader();
    const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
}

// --- the table ---

void TestHistoryPage::tableListsScriptsNewestFirst()
{
    seed();
    openPage();
    REEL_FIND(count, QLabel, m_page.get(), "historyCountLabel");
    REEL_FIND(table, QTableView, m_page.get(), "historyTable");
    QCOMPARE(count->text(), QStringLiteral("6 scripts"));
    const QStringList headers = {QStringLiteral("Created"),  QStringLiteral("Title"),    QStringLiteral("Brand"),
                                 QStringLiteral("Status"),   QStringLiteral("Rating"),   QStringLiteral("Score"),
                                 QStringLiteral("Language"), QStringLiteral("Provider"), QStringLiteral("Cost")};
    for (int c = 0; c < headers.size(); ++c)
        QCOMPARE(table->model()->headerData(c, Qt::Horizontal).toString(), headers.at(c));
    const QStringList titles = columnValues(table->model(), HistoryTableModel::TitleColumn);
    QCOMPARE(titles,
             (QStringList{QStringLiteral("Meal prep for lazy Sundays"), QStringLiteral("Glow routine in five minutes"),
                          QStringLiteral("Tu perro te habla con la cola"),
                          QStringLiteral("Three budgeting apps that actually work"),
                          QStringLiteral("Stop skipping leg day"), oldSeed().title}));
    // Labels, not ids.
    const auto cell = [&](const QString& title, int column) {
        return table->model()->index(m_page->model()->rowOf(idOf(title)), column).data().toString();
    };
    const QString budget = QStringLiteral("Three budgeting apps that actually work");
    QCOMPARE(cell(budget, HistoryTableModel::StatusColumn), QStringLiteral("In review"));
    QCOMPARE(cell(budget, HistoryTableModel::ProviderColumn), QStringLiteral("OpenAI"));
    QCOMPARE(cell(budget, HistoryTableModel::CostColumn), QStringLiteral("$0.0123"));
    QCOMPARE(cell(budget, HistoryTableModel::ScoreColumn), QStringLiteral("91"));
    QCOMPARE(cell(budget, HistoryTableModel::RatingColumn), QStringLiteral("—"));
    QCOMPARE(cell(QStringLiteral("Tu perro te habla con la cola"), HistoryTableModel::LanguageColumn),
             QStringLiteral("Español"));
    QCOMPARE(cell(QStringLiteral("Stop skipping leg day"), HistoryTableModel::ProviderColumn),
             QStringLiteral("Offline composer"));
    QCOMPARE(cell(oldSeed().title, HistoryTableModel::CreatedColumn),
             QLocale().toString(QDateTime(QDate(2024, 3, 12), QTime(10, 30), Qt::UTC).toLocalTime(),
                                QLocale::ShortFormat));
    QVERIFY(table->selectionMode() == QAbstractItemView::ExtendedSelection);
}

void TestHistoryPage::tableFetchesPagesAndPassesModelTester()
{
    seed();
    {
        ScriptStore store(m_workspace->database());
        for (int i = 0; i < 230; ++i) {
            Seed s = seeds().at(i % 5);
            s.title = QStringLiteral("Bulk script %1").arg(i);
            QVERIFY(store.add(recordOf(s)).ok());
        }
    }
    openPage();
    HistoryTableModel* model = m_page->model();
    QCOMPARE(model->matchCount(), 236);
    QCOMPARE(model->rowCount(), HistoryTableModel::kPageSize); // not everything at once
    // Scrolling to the end reads the next page.
    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(), Qt::Key_End, Qt::ControlModifier);
    QTRY_COMPARE(model->rowCount(), 236);
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->idAt(row));
    QCOMPARE(ids.size(), 236);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->sort(HistoryTableModel::ScoreColumn, Qt::AscendingOrder);
    ScriptQuery q;
    q.brand = QStringLiteral("PawPals");
    model->setFilter(q);
    QCOMPARE(model->matchCount(), 47);
    model->refresh();
}

void TestHistoryPage::searchNarrowsRowsAfterAPause()
{
    seed();
    openPage();
    REEL_FIND(search, QLineEdit, m_page.get(), "historySearchEdit");
    REEL_FIND(count, QLabel, m_page.get(), "historyCountLabel");
    // A word of the body only: full-text search over the script's sections.
    QTest::keyClicks(search, QStringLiteral("zebras"));
    QCOMPARE(m_page->model()->rowCount(), 6); // debounced: not yet
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->idAt(0), idOf(QStringLiteral("Stop skipping leg day")));
    QCOMPARE(count->text(), QStringLiteral("1 of 6 scripts"));
    // The last word matches as a prefix, as you type.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("spread"));
    QTRY_COMPARE(m_page->model()->idAt(0), idOf(QStringLiteral("Three budgeting apps that actually work")));
    QCOMPARE(m_page->model()->rowCount(), 1);
    // A brand name finds its scripts.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("fitlife"));
    QTest::keyClick(search, Qt::Key_Return); // at once
    QCOMPARE(m_page->model()->rowCount(), 2);
    // Escape clears the search at once.
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(m_page->model()->rowCount(), 6);
    QCOMPARE(count->text(), QStringLiteral("6 scripts"));
}

void TestHistoryPage::filtersNarrowRows()
{
    seed();
    openPage();
    HistoryFilterBar* bar = m_page->filterBar();
    REEL_FIND(brand, QComboBox, m_page.get(), "brandFilter");
    REEL_FIND(status, QComboBox, m_page.get(), "statusFilter");
    REEL_FIND(language, QComboBox, m_page.get(), "languageFilter");
    REEL_FIND(provider, QComboBox, m_page.get(), "providerFilter");
    REEL_FIND(sector, QComboBox, m_page.get(), "sectorFilter");
    REEL_FIND(hookType, QComboBox, m_page.get(), "hookTypeFilter");
    REEL_FIND(clear, QToolButton, m_page.get(), "clearHistoryFiltersButton");
    QVERIFY(!clear->isEnabled());
    // The values the workspace uses, by name.
    QStringList brands;
    for (int i = 0; i < brand->count(); ++i)
        brands.append(brand->itemText(i));
    QCOMPARE(brands, (QStringList{QStringLiteral("All brands"), QStringLiteral("FitLife"), QStringLiteral("GlowUp"),
                                  QStringLiteral("MoneyWise"), QStringLiteral("PawPals")}));
    QVERIFY(provider->findText(QStringLiteral("Offline composer")) > 0);
    QVERIFY(sector->findText(QStringLiteral("Beauty")) > 0);
    QVERIFY(hookType->findText(QStringLiteral("Bold claim")) > 0);
    QCOMPARE(language->findText(QStringLiteral("Deutsch")), -1); // only languages in use

    brand->setCurrentIndex(brand->findText(QStringLiteral("FitLife")));
    QCOMPARE(m_page->model()->rowCount(), 2);
    const QStringList shownBrands = columnValues(m_page->model(), HistoryTableModel::BrandColumn);
    QCOMPARE(QSet<QString>(shownBrands.begin(), shownBrands.end()), QSet<QString>{QStringLiteral("FitLife")});
    QVERIFY(clear->isEnabled());
    hookType->setCurrentIndex(hookType->findText(QStringLiteral("Story")));
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->idAt(0), idOf(QStringLiteral("Meal prep for lazy Sundays")));
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(m_page->model()->rowCount(), 6);
    QCOMPARE(brand->currentIndex(), 0);

    status->setCurrentIndex(status->findText(QStringLiteral("Published")));
    QCOMPARE(m_page->model()->rowCount(), 2);
    const QStringList statuses = columnValues(m_page->model(), HistoryTableModel::StatusColumn);
    QCOMPARE(QSet<QString>(statuses.begin(), statuses.end()), QSet<QString>{QStringLiteral("published")});
    bar->clear();

    language->setCurrentIndex(language->findText(QStringLiteral("Español")));
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->idAt(0), idOf(QStringLiteral("Tu perro te habla con la cola")));
    bar->clear();

    provider->setCurrentIndex(provider->findText(QStringLiteral("OpenAI")));
    QCOMPARE(m_page->model()->rowCount(), 3);
    sector->setCurrentIndex(sector->findText(QStringLiteral("Finance")));
    QCOMPARE(m_page->model()->rowCount(), 2);
    REEL_FIND(count, QLabel, m_page.get(), "historyCountLabel");
    QCOMPARE(count->text(), QStringLiteral("2 of 6 scripts"));
}

void TestHistoryPage::ratingAndDateFilters()
{
    seed();
    Rating four;
    four.stars = 4;
    Rating two;
    two.stars = 2;
    ScriptStore store(m_workspace->database());
    QVERIFY(store.rate(idOf(QStringLiteral("Three budgeting apps that actually work")), four).ok());
    QVERIFY(store.rate(idOf(QStringLiteral("Tu perro te habla con la cola")), two).ok());
    openPage();
    REEL_FIND(rating, QComboBox, m_page.get(), "ratingFilter");
    QCOMPARE(rating->itemText(0), QStringLiteral("Any rating"));
    rating->setCurrentIndex(rating->findText(QStringLiteral("★★★☆☆ or more")));
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->idAt(0), idOf(QStringLiteral("Three budgeting apps that actually work")));
    rating->setCurrentIndex(rating->findText(QStringLiteral("★★☆☆☆ or more")));
    QCOMPARE(m_page->model()->rowCount(), 2);
    rating->setCurrentIndex(rating->findText(QStringLiteral("Unrated")));
    QCOMPARE(m_page->model()->rowCount(), 4);
    rating->setCurrentIndex(0);

    REEL_FIND(anyDate, QCheckBox, m_page.get(), "anyDateCheck");
    REEL_FIND(from, QDateEdit, m_page.get(), "fromDateEdit");
    REEL_FIND(to, QDateEdit, m_page.get(), "toDateEdit");
    QVERIFY(anyDate->isChecked());
    QVERIFY(!from->isEnabled());
    from->setDate(QDate(2024, 3, 1));
    to->setDate(QDate(2024, 3, 31));
    QCOMPARE(m_page->model()->rowCount(), 6); // "Any date" still ticked
    QTest::mouseClick(anyDate, Qt::LeftButton, {}, QPoint(8, anyDate->height() / 2));
    QVERIFY(!anyDate->isChecked());
    QVERIFY(from->isEnabled());
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->idAt(0), idOf(oldSeed().title));
    from->setDate(QDate::currentDate());
    to->setDate(QDate::currentDate());
    QCOMPARE(m_page->model()->rowCount(), 5);
    to->setDate(QDate(2024, 3, 11)); // before the old one, after nothing
    from->setDate(QDate(2024, 1, 1));
    QCOMPARE(m_page->model()->rowCount(), 0);
    REEL_FIND(empty, QLabel, m_page.get(), "historyEmptyLabel");
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No script matches the search and filters."));
}

void TestHistoryPage::headerClickSorts()
{
    seed();
    openPage();
    QHeaderView* header = m_page->table()->horizontalHeader();
    QCOMPARE(m_page->model()->sortColumn(), int(HistoryTableModel::CreatedColumn));

    clickHeader(HistoryTableModel::TitleColumn);
    QStringList titles = columnValues(m_page->model(), HistoryTableModel::TitleColumn);
    QCOMPARE(titles.first(), QStringLiteral("Glow routine in five minutes"));
    QCOMPARE(titles.last(), QStringLiteral("Tu perro te habla con la cola"));
    clickHeader(HistoryTableModel::TitleColumn); // again: the other way round
    titles = columnValues(m_page->model(), HistoryTableModel::TitleColumn);
    QCOMPARE(titles.first(), QStringLiteral("Tu perro te habla con la cola"));

    // Scores and costs start with the highest.
    clickHeader(HistoryTableModel::ScoreColumn);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(columnValues(m_page->model(), HistoryTableModel::ScoreColumn),
             (QStringList{QStringLiteral("91"), QStringLiteral("88"), QStringLiteral("82"), QStringLiteral("75"),
                          QStringLiteral("70"), QStringLiteral("65")}));
    clickHeader(HistoryTableModel::CostColumn);
    QCOMPARE(m_page->model()->idAt(0), idOf(QStringLiteral("Glow routine in five minutes")));
    // Status sorts in workflow order.
    clickHeader(HistoryTableModel::StatusColumn);
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(columnValues(m_page->model(), HistoryTableModel::StatusColumn).first(), QStringLiteral("draft"));
    QCOMPARE(columnValues(m_page->model(), HistoryTableModel::StatusColumn).last(), QStringLiteral("published"));

    // The provider column cannot be sorted: the order and the indicator stay.
    const qint64 top = m_page->model()->idAt(0);
    clickHeader(HistoryTableModel::ProviderColumn);
    QCOMPARE(header->sortIndicatorSection(), int(HistoryTableModel::StatusColumn));
    QCOMPARE(m_page->model()->idAt(0), top);
}

// --- details ---

void TestHistoryPage::selectingShowsDetails()
{
    seed();
    openPage();
    REEL_FIND(placeholder, QLabel, m_page.get(), "detailPlaceholder");
    QVERIFY(placeholder->isVisible());
    select(idOf(QStringLiteral("Three budgeting apps that actually work")));
    REEL_FIND(title, QLabel, m_page.get(), "detailTitleLabel");
    REEL_FIND(facts, QLabel, m_page.get(), "detailFactsLabel");
    REEL_FIND(provenance, QLabel, m_page.get(), "detailProvenanceLabel");
    REEL_FIND(script, QTextBrowser, m_page.get(), "detailScriptView");
    QVERIFY(title->isVisible());
    QCOMPARE(title->text(), QStringLiteral("Three budgeting apps that actually work"));
    QVERIFY2(facts->text().startsWith(u"MoneyWise · In review · English · Created "), qPrintable(facts->text()));
    QVERIFY2(provenance->text().contains(u"OpenAI, gpt-4o-mini"), qPrintable(provenance->text()));
    QVERIFY(provenance->text().contains(u"1,200 + 340 tokens"));
    QVERIFY(provenance->text().contains(u"$0.0123"));
    QVERIFY(provenance->text().contains(u"2.4 s"));
    const QString text = script->toPlainText();
    QVERIFY(text.contains(u"Forget the spreadsheet."));
    QVERIFY(text.contains(u"Follow MoneyWise for more."));
    QVERIFY(text.contains(u"#moneywise"));
    // Another row, another script.
    select(idOf(QStringLiteral("Glow routine in five minutes")));
    QCOMPARE(title->text(), QStringLiteral("Glow routine in five minutes"));
    QVERIFY(script->toPlainText().contains(u"sunscreen"));
}

void TestHistoryPage::openEmitsOpenRequested()
{
    seed();
    openPage();
    QSignalSpy spy(m_page.get(), &HistoryPage::openRequested);
    const qint64 id = idOf(QStringLiteral("Meal prep for lazy Sundays"));
    select(id);
    QTest::keyClick(m_page->table(), Qt::Key_Return);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), id);
    const QModelIndex index = m_page->model()->index(m_page->model()->rowOf(id), HistoryTableModel::TitleColumn);
    QTest::mouseDClick(m_page->table()->viewport(), Qt::LeftButton, {}, m_page->table()->visualRect(index).center());
    QCOMPARE(spy.size(), 2);
    REEL_FIND(open, QToolButton, m_page.get(), "openScriptButton");
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(spy.size(), 3);
    REEL_FIND(fromVersions, QPushButton, m_page.get(), "openVersionInEditorButton");
    detail()->tabs()->setCurrentWidget(detail()->versionsPanel());
    QTest::mouseClick(fromVersions, Qt::LeftButton);
    QCOMPARE(spy.size(), 4);
    QCOMPARE(spy.at(3).at(0).toLongLong(), id);
}

void TestHistoryPage::ratingIsStoredAndAveraged()
{
    seed();
    openPage();
    const qint64 id = idOf(QStringLiteral("Stop skipping leg day"));
    select(id);
    RatingPanel* panel = detail()->ratingPanel();
    detail()->tabs()->setCurrentWidget(panel);
    QVERIFY(!panel->addButton()->isEnabled()); // nothing chosen yet
    QTest::mouseClick(panel->starButton(4), Qt::LeftButton);
    QCOMPARE(panel->stars(), 4);
    QVERIFY(panel->starButton(3)->isChecked());
    QVERIFY(!panel->starButton(5)->isChecked());
    QVERIFY(panel->tagButton(QStringLiteral("weak_hook")) == nullptr); // reasons come with a thumb
    QTest::mouseClick(panel->thumbDownButton(), Qt::LeftButton);
    QToolButton* weakHook = panel->tagButton(QStringLiteral("weak_hook"));
    QVERIFY(weakHook);
    QCOMPARE(weakHook->text(), QStringLiteral("Weak hook"));
    QVERIFY(panel->tagButton(QStringLiteral("strong_hook")) == nullptr); // an "up" reason
    QTest::mouseClick(weakHook, Qt::LeftButton);
    QTest::keyClicks(panel->commentEdit(), QStringLiteral("Open with the zebra fact."));
    panel->authorEdit()->clear();
    QTest::keyClicks(panel->authorEdit(), QStringLiteral("Priya"));
    QTest::mouseClick(panel->addButton(), Qt::LeftButton);

    const QList<Rating> stored = ScriptStore(m_workspace->database()).ratings(id).value();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().stars, std::optional<int>(4));
    QCOMPARE(stored.first().thumb, Thumb::Down);
    QCOMPARE(stored.first().tags, QStringList{QStringLiteral("weak_hook")});
    QCOMPARE(stored.first().comment, QStringLiteral("Open with the zebra fact."));
    QCOMPARE(stored.first().author, QStringLiteral("Priya"));
    // The form starts over; the list and the table show it.
    QCOMPARE(panel->stars(), 0);
    QVERIFY(panel->commentEdit()->toPlainText().isEmpty());
    QCOMPARE(panel->ratingsList()->count(), 1);
    const QString item = panel->ratingsList()->item(0)->text();
    QVERIFY2(item.startsWith(u"★★★★☆ · Thumbs down: Weak hook"), qPrintable(item));
    QVERIFY(item.contains(u"“Open with the zebra fact.”"));
    QVERIFY(item.contains(u"Priya, "));
    const auto ratingCell = [&] {
        return m_page->model()->index(m_page->model()->rowOf(id), HistoryTableModel::RatingColumn).data().toString();
    };
    QCOMPARE(ratingCell(), QStringLiteral("★ 4.0 (1)"));
    QCOMPARE(m_page->currentId(), id); // still selected after the table was read again

    // A second rating: two stars and nothing else.
    QTest::mouseClick(panel->starButton(2), Qt::LeftButton);
    QTest::mouseClick(panel->addButton(), Qt::LeftButton);
    QCOMPARE(ScriptStore(m_workspace->database()).ratings(id).value().size(), 2);
    QCOMPARE(ratingCell(), QStringLiteral("★ 3.0 (2)"));
    QCOMPARE(panel->averageLabel()->text(), QStringLiteral("★ 3.0 average of 2 ratings"));
    QCOMPARE(panel->ratingsList()->count(), 2);
    QVERIFY(panel->ratingsList()->item(0)->text().startsWith(u"★★☆☆☆")); // newest first
    // The name is remembered for the next script.
    select(idOf(QStringLiteral("Meal prep for lazy Sundays")));
    QCOMPARE(panel->authorEdit()->text(), QStringLiteral("Priya"));
}

void TestHistoryPage::statusMovesThroughTheWorkflow()
{
    seed();
    openPage();
    const qint64 id = idOf(QStringLiteral("Stop skipping leg day"));
    select(id);
    StatusPanel* panel = detail()->statusPanel();
    detail()->tabs()->setCurrentWidget(panel);
    QCOMPARE(panel->currentLabel()->text(), QStringLiteral("Draft"));
    QCOMPARE(panel->authorEdit()->text(), ScriptStore::defaultAuthor());
    panel->nextCombo()->setCurrentIndex(panel->nextCombo()->findData(QStringLiteral("in_review")));
    panel->authorEdit()->clear();
    QTest::keyClicks(panel->authorEdit(), QStringLiteral("Priya"));
    QTest::keyClicks(panel->commentEdit(), QStringLiteral("Ready for Anna"));
    QTest::mouseClick(panel->applyButton(), Qt::LeftButton);
    QCOMPARE(panel->currentLabel()->text(), QStringLiteral("In review"));
    QCOMPARE(ScriptStore(m_workspace->database()).get(id)->status, QStringLiteral("in_review"));

    panel->nextCombo()->setCurrentIndex(panel->nextCombo()->findData(QStringLiteral("approved")));
    QCOMPARE(panel->authorEdit()->text(), QStringLiteral("Priya")); // kept for the next move
    QTest::keyClicks(panel->commentEdit(), QStringLiteral("Good to go"));
    QTest::mouseClick(panel->applyButton(), Qt::LeftButton);
    QCOMPARE(panel->currentLabel()->text(), QStringLiteral("Approved"));

    const QList<StatusChange> history = ScriptStore(m_workspace->database()).statusHistory(id).value();
    QVERIFY(history.size() >= 2);
    const StatusChange& review = history.at(history.size() - 2);
    QCOMPARE(review.from, QStringLiteral("draft"));
    QCOMPARE(review.to, QStringLiteral("in_review"));
    QCOMPARE(review.author, QStringLiteral("Priya"));
    QCOMPARE(review.comment, QStringLiteral("Ready for Anna"));
    QCOMPARE(history.last().from, QStringLiteral("in_review"));
    QCOMPARE(history.last().to, QStringLiteral("approved"));
    QCOMPARE(history.last().comment, QStringLiteral("Good to go"));
    // The list shows them newest first; the table and the status filter follow.
    QVERIFY2(panel->historyList()->item(0)->text().startsWith(u"In review → Approved\nPriya, "),
             qPrintable(panel->historyList()->item(0)->text()));
    QVERIFY(panel->historyList()->item(1)->text().contains(u"“Ready for Anna”"));
    QCOMPARE(m_page->model()->index(m_page->model()->rowOf(id), HistoryTableModel::StatusColumn).data().toString(),
             QStringLiteral("Approved"));
    // The author is remembered across sessions.
    QCOMPARE(QSettings().value(QStringLiteral("history/author")).toString(), QStringLiteral("Priya"));
}

void TestHistoryPage::rejectWithoutCommentIsRefused()
{
    seed();
    openPage();
    const qint64 id = idOf(QStringLiteral("Meal prep for lazy Sundays"));
    select(id);
    StatusPanel* panel = detail()->statusPanel();
    detail()->tabs()->setCurrentWidget(panel);
    const int changesBefore = int(ScriptStore(m_workspace->database()).statusHistory(id)->size());
    panel->nextCombo()->setCurrentIndex(panel->nextCombo()->findData(QStringLiteral("rejected")));
    QVERIFY(panel->commentEdit()->placeholderText().startsWith(u"Required"));
    QTest::mouseClick(panel->applyButton(), Qt::LeftButton);
    QVERIFY(panel->commentError()->isVisible());
    QCOMPARE(panel->commentError()->text(), QStringLiteral("Say why the script is rejected: the writer reads this."));
    QCOMPARE(ScriptStore(m_workspace->database()).get(id)->status, QStringLiteral("draft"));
    QCOMPARE(ScriptStore(m_workspace->database()).statusHistory(id)->size(), changesBefore);
    QCOMPARE(panel->currentLabel()->text(), QStringLiteral("Draft"));
    // Blank space is no reason either; a real one goes through.
    QTest::keyClicks(panel->commentEdit(), QStringLiteral("   "));
    QTest::mouseClick(panel->applyButton(), Qt::LeftButton);
    QCOMPARE(ScriptStore(m_workspace->database()).get(id)->status, QStringLiteral("draft"));
    QTest::keyClicks(panel->commentEdit(), QStringLiteral("Off brand: FitLife never says lazy"));
    QVERIFY(!panel->commentError()->isVisible());
    QTest::mouseClick(panel->applyButton(), Qt::LeftButton);
    QCOMPARE(ScriptStore(m_workspace->database()).get(id)->status, QStringLiteral("rejected"));
    QCOMPARE(ScriptStore(m_workspace->database()).statusHistory(id)->last().comment,
             QStringLiteral("Off brand: FitLife never says lazy"));
}

void TestHistoryPage::onlyAllowedStatusesAreOffered()
{
    seed();
    openPage();
    StatusPanel* panel = detail()->statusPanel();
    const auto offered = [panel] {
        QStringList out;
        for (int i = 0; i < panel->nextCombo()->count(); ++i)
            out.append(panel->nextCombo()->itemData(i).toString());
        return out;
    };
    select(idOf(QStringLiteral("Stop skipping leg day")));
    QCOMPARE(offered(), Workflow::nextStatuses(QStringLiteral("draft")));
    QVERIFY(!offered().contains(QStringLiteral("published")));
    QVERIFY(!offered().contains(QStringLiteral("approved")));
    QCOMPARE(panel->nextCombo()->itemText(0), QStringLiteral("In review"));
    select(idOf(QStringLiteral("Tu perro te habla con la cola")));
    QCOMPARE(offered(), Workflow::nextStatuses(QStringLiteral("approved")));
    // Published is final: nothing to offer, and the panel says so.
    select(idOf(QStringLiteral("Glow routine in five minutes")));
    detail()->tabs()->setCurrentWidget(panel);
    QCOMPARE(panel->nextCombo()->count(), 0);
    QVERIFY(!panel->applyButton()->isEnabled());
    REEL_FIND(final, QLabel, panel, "statusFinalLabel");
    QVERIFY(final->isVisible());
}

void TestHistoryPage::performanceOnlyOncePublished()
{
    seed();
    openPage();
    const qint64 id = idOf(QStringLiteral("Tu perro te habla con la cola")); // approved
    select(id);
    PerformancePanel* panel = detail()->performancePanel();
    detail()->tabs()->setCurrentWidget(panel);
    QVERIFY(!panel->viewsEdit()->isEnabled());
    QVERIFY(!panel->saveButton()->isEnabled());
    QCOMPARE(panel->hintLabel()->text(),
             QStringLiteral("Figures can be entered once the script is published. It is “Approved” now."));

    StatusPanel* status = detail()->statusPanel();
    detail()->tabs()->setCurrentWidget(status);
    status->nextCombo()->setCurrentIndex(status->nextCombo()->findData(QStringLiteral("published")));
    QTest::mouseClick(status->applyButton(), Qt::LeftButton);
    detail()->tabs()->setCurrentWidget(panel);
    QVERIFY(panel->viewsEdit()->isEnabled());
    QVERIFY(panel->saveButton()->isEnabled());
    QTest::keyClicks(panel->viewsEdit(), QStringLiteral("12,400"));
    QTest::keyClicks(panel->likesEdit(), QStringLiteral("930"));
    QTest::keyClicks(panel->savesEdit(), QStringLiteral("41"));
    QTest::mouseClick(panel->postedOnCheck(), Qt::LeftButton, {}, QPoint(8, panel->postedOnCheck()->height() / 2));
    panel->postedOnEdit()->setDate(QDate(2026, 2, 3));
    QTest::mouseClick(panel->saveButton(), Qt::LeftButton);

    const auto stored = ScriptStore(m_workspace->database()).performance(id).value();
    QVERIFY(stored.has_value());
    QCOMPARE(stored->figures.views, std::optional<qint64>(12400));
    QCOMPARE(stored->figures.likes, std::optional<qint64>(930));
    QCOMPARE(stored->figures.saves, std::optional<qint64>(41));
    QCOMPARE(stored->figures.comments, std::optional<qint64>());
    QCOMPARE(stored->postedOn, std::optional<QDate>(QDate(2026, 2, 3)));
    // Shown again when the script is chosen again.
    select(idOf(QStringLiteral("Stop skipping leg day")));
    QVERIFY(panel->viewsEdit()->text().isEmpty());
    select(id);
    QCOMPARE(panel->viewsEdit()->text(), QStringLiteral("12400"));
    QVERIFY(panel->postedOnCheck()->isChecked());
}

// --- states and keys ---

void TestHistoryPage::emptyStatesSayWhy()
{
    openPage();
    REEL_FIND(empty, QLabel, m_page.get(), "historyEmptyLabel");
    REEL_FIND(count, QLabel, m_page.get(), "historyCountLabel");
    QVERIFY(empty->isVisible());
    QVERIFY(!m_page->table()->isVisible());
    QVERIFY2(empty->text().startsWith(u"Scripts you generate appear here"), qPrintable(empty->text()));
    QCOMPARE(count->text(), QStringLiteral("0 scripts"));
    QVERIFY(!m_page->exportAllAction()->isEnabled());
    QVERIFY(!m_page->deleteAction()->isEnabled());
    QVERIFY(!m_page->promoteAction()->isEnabled());
}

void TestHistoryPage::showingThePageReadsNewScripts()
{
    seed();
    openPage();
    const qint64 id = idOf(QStringLiteral("Tu perro te habla con la cola"));
    select(id);
    m_page->hide();
    Seed extra = seeds().at(0);
    extra.title = QStringLiteral("Written on the Generate page");
    QVERIFY(ScriptStore(m_workspace->database()).add(recordOf(extra)).ok());
    QCOMPARE(m_page->model()->totalCount(), 6);
    m_page->show();
    QCOMPARE(m_page->model()->totalCount(), 7);
    QCOMPARE(m_page->model()->index(0, HistoryTableModel::TitleColumn).data().toString(),
             QStringLiteral("Written on the Generate page"));
    QCOMPARE(m_page->currentId(), id); // the selection stays
    QCOMPARE(m_page->selectedIds(), QList<qint64>{id});
}

void TestHistoryPage::keyboardShortcuts()
{
    seed();
    openPage();
    REEL_FIND(search, QLineEdit, m_page.get(), "historySearchEdit");
    QTableView* table = m_page->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    // Delete in the search field edits the text; in the table it deletes scripts (after asking).
    QTest::keyClicks(search, QStringLiteral("ab"));
    QTest::keyClick(search, Qt::Key_Home);
    QTest::keyClick(search, Qt::Key_Delete);
    QCOMPARE(search->text(), QStringLiteral("b"));
    QVERIFY(m_prompter->confirmQuestions.isEmpty());
    QTest::keyClick(search, Qt::Key_Escape);
    select(idOf(QStringLiteral("Stop skipping leg day")));
    m_prompter->confirmAnswers.append(false);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_prompter->confirmQuestions.size(), 1);
    QVERIFY(m_prompter->confirmQuestions.first().startsWith(u"Delete the script “Stop skipping leg day”?"));
    QCOMPARE(ScriptStore(m_workspace->database()).count().value(), 6);
}

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
