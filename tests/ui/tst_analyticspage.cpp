// The Analytics page over a real workspace seeded through ScriptStore: the summary tiles, the
// chart series, the brand and period filters, CSV export and Copy, the empty state, reflow at
// narrow widths, stale results and the language switch.

#include "FakePrompter.h"
#include "UiTestHelpers.h"
#include "analytics/AnalyticsCharts.h"
#include "analytics/AnalyticsFilterBar.h"
#include "analytics/AnalyticsPage.h"
#include "analytics/ChartCard.h"
#include "analytics/StatTile.h"
#include "analytics/SummaryTiles.h"
#include "common/CatalogText.h"
#include "common/Csv.h"
#include "common/LanguageManager.h"
#include "settings/ProviderText.h"
#include "store/Database.h"
#include "store/ScriptStore.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QBarSet>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace reel;
using namespace reel::ui;

namespace {

constexpr int kTimeoutMs = 20000;

struct Seed
{
    QString brand;
    QString sector;
    QString hookType;
    QString provider;
    qint64 latencyMs = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    double costUsd = 0;
    int firstAttemptErrors = 0;
    int errors = 0;
};

QDate today()
{
    return QDate::currentDate();
}

QDate mondayOf(const QDate& day)
{
    return day.addDays(1 - day.dayOfWeek());
}

QList<double> values(const QBarSet* set)
{
    QList<double> out;
    for (int i = 0; i < set->count(); ++i)
        out.append(set->at(i));
    return out;
}

} // namespace

class TestAnalyticsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tilesShowTheInsertedTotals();
    void weeklyBarsMatchTheInsertedScripts();
    void providerPieMatchesTheProviders();
    void ratingBarsMatchTheInsertedRatings();
    void rankingsUseCatalogNames();
    void brandTableListsCostPerBrand();
    void brandFilterNarrowsTheFigures();
    void dateRangeChangesTheFigures_data();
    void dateRangeChangesTheFigures();
    void longPeriodsShowWeeksAsALine();
    void exportedCsvHoldsTheFigures();
    void exportCancelledWritesNothing();
    void exportToAnUnwritableFolderSaysSo();
    void copyPutsTheSummaryOnTheClipboard();
    void emptyWorkspaceShowsTheEmptyState();
    void emptyPeriodShowsTheEmptyState();
    void ratingsPlaceholderWhenNothingIsRated();
    void showingThePageAgainCountsNewScripts();
    void staleResultsAreIgnored();
    void gridReflowsAtNarrowWidths();
    void switchesLanguageAtRunTime();

private:
    qint64 add(const Seed& seed);
    void setCreated(qint64 id, const QDateTime& utc);
    void rate(qint64 id, std::optional<int> stars, Thumb thumb = Thumb::None);
    void seedStandard();
    void openPage();
    void waitForReport();
    QString tileValue(SummaryTiles::Tile tile) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<FakePrompter> m_prompter;
    std::unique_ptr<AnalyticsPage> m_page;
    qint64 m_old = 0; ///< the standard seed's script of 60 days ago
};

void TestAnalyticsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WithsocioTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_analyticspage"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestAnalyticsPage::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto ws = Workspace::open(m_dir->filePath(QStringLiteral("workspace")));
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toEnglish()));
    m_workspace = std::move(ws).value();
    m_prompter = std::make_unique<FakePrompter>();
}

void TestAnalyticsPage::cleanup()
{
    LanguageManager::apply(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    if (m_prompter)
        QCOMPARE(m_prompter->unexpected, 0);
    m_page.reset();
    m_workspace.reset();
    m_prompter.reset();
    m_dir.reset();
}

qint64 TestAnalyticsPage::add(const Seed& seed)
{
    GenerationRecord r;
    r.profile = uitest::profile(seed.brand, seed.sector);
    r.request.hookType = seed.hookType;
    r.request.emotion = QStringLiteral("curiosity");
    r.request.goal = QStringLiteral("awareness");
    r.language = QStringLiteral("en");
    r.provider = seed.provider;
    r.model = seed.provider == u"offline" ? QString() : QStringLiteral("test-model");
    r.latencyMs = seed.latencyMs;
    r.usage.prompt = seed.promptTokens;
    r.usage.completion = seed.completionTokens;
    r.usage.total = seed.promptTokens + seed.completionTokens;
    r.costUsd = seed.costUsd;
    r.firstAttemptErrors = seed.firstAttemptErrors;
    r.errors = seed.errors;
    r.script.hook = QStringLiteral("Why does %1 love %2?").arg(seed.brand, seed.sector);
    r.script.body = QStringLiteral("Because the body of this script says so.");
    r.script.cta = QStringLiteral("Follow for more.");
    auto added = ScriptStore(m_workspace->database()).add(r, QStringLiteral("tester"));
    if (!added)
        qFatal("cannot add a script: %s", qPrintable(added.error().toEnglish()));
    return added->id;
}

void TestAnalyticsPage::setCreated(qint64 id, const QDateTime& utc)
{
    QSqlQuery q(m_workspace->database().connection());
    q.prepare(QStringLiteral("UPDATE script SET created_at = ? WHERE id = ?"));
    q.addBindValue(utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
    q.addBindValue(id);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QCOMPARE(q.numRowsAffected(), 1);
}

void TestAnalyticsPage::rate(qint64 id, std::optional<int> stars, Thumb thumb)
{
    Rating rating;
    rating.stars = stars;
    rating.thumb = thumb;
    rating.author = QStringLiteral("tester");
    auto rated = ScriptStore(m_workspace->database()).rate(id, rating);
    QVERIFY2(rated.ok(), qPrintable(rated.ok() ? QString() : rated.error().toEnglish()));
}

// Four scripts in the last 30 days (three this week, one two weeks ago) and one 60 days ago:
//   A Acme Gyms  fitness question   openai  4.0 s  1000+500  $0.0125  first 2 errors, repaired  ★5 👍
//   B Acme Gyms  fitness bold_claim openai  6.0 s  2000+800  $0.0250  first 1 error, still 1    ★3
//   C Bean Cafe  food    question   offline 0.05 s 0+0       $0                                  👎
//   D Bean Cafe  food    story      ollama  3.0 s  1500+700  $0       (two weeks ago)             ★5
//   E Acme Gyms  fitness question   openai  5.0 s  3000+1000 $0.0400  (60 days ago)               ★4
void TestAnalyticsPage::seedStandard()
{
    const QString acme = QStringLiteral("Acme Gyms");
    const QString bean = QStringLiteral("Bean Cafe");
    const QString fitness = QStringLiteral("fitness");
    const QString food = QStringLiteral("food");
    const QString openai = QStringLiteral("openai");
    const qint64 a = add({acme, fitness, QStringLiteral("question"), openai, 4000, 1000, 500, 0.0125, 2, 0});
    const qint64 b = add({acme, fitness, QStringLiteral("bold_claim"), openai, 6000, 2000, 800, 0.025, 1, 1});
    const qint64 c = add({bean, food, QStringLiteral("question"), QStringLiteral("offline"), 50, 0, 0, 0, 0, 0});
    const qint64 d = add({bean, food, QStringLiteral("story"), QStringLiteral("ollama"), 3000, 1500, 700, 0, 0, 0});
    m_old = add({acme, fitness, QStringLiteral("question"), openai, 5000, 3000, 1000, 0.04, 0, 0});
    setCreated(d, QDateTime(mondayOf(today()).addDays(-12), QTime(10, 0), Qt::UTC));
    setCreated(m_old, QDateTime(today().addDays(-60), QTime(10, 0), Qt::UTC));
    rate(a, 5, Thumb::Up);
    rate(b, 3);
    rate(c, std::nullopt, Thumb::Down);
    rate(d, 5);
    rate(m_old, 4);
}

void TestAnalyticsPage::openPage()
{
    m_page = std::make_unique<AnalyticsPage>(*m_workspace, *m_prompter);
    m_page->resize(1300, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    waitForReport();
}

void TestAnalyticsPage::waitForReport()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_page->hasReport() && !m_page->isUpdating(), kTimeoutMs);
}

QString TestAnalyticsPage::tileValue(SummaryTiles::Tile tile) const
{
    return m_page->tiles()->tile(tile)->value();
}

void TestAnalyticsPage::tilesShowTheInsertedTotals()
{
    seedStandard();
    openPage();
    QCOMPARE(m_page->filterBar()->preset(), AnalyticsFilterBar::Preset::Last30Days);
    QVERIFY(!m_page->isEmptyStateShown());
    QCOMPARE(m_page->report().scripts, 4);
    QCOMPARE(tileValue(SummaryTiles::Scripts), QStringLiteral("4"));
    QCOMPARE(tileValue(SummaryTiles::Providers), QStringLiteral("3 / 1"));
    QCOMPARE(m_page->tiles()->tile(SummaryTiles::Providers)->detail(), QStringLiteral("75% written by a model"));
    // (4000 + 6000 + 50 + 3000) / 4 ms
    QCOMPARE(tileValue(SummaryTiles::GenerationTime), QStringLiteral("3.3 s"));
    QCOMPARE(tileValue(SummaryTiles::FirstAttemptFailures), QStringLiteral("50%"));
    QCOMPARE(m_page->tiles()->tile(SummaryTiles::FirstAttemptFailures)->detail(), QStringLiteral("2 of 4 scripts"));
    QCOMPARE(tileValue(SummaryTiles::FailuresAfterRepair), QStringLiteral("25%"));
    QCOMPARE(tileValue(SummaryTiles::Tokens), QStringLiteral("6,500"));
    QCOMPARE(m_page->tiles()->tile(SummaryTiles::Tokens)->detail(), QStringLiteral("Prompt 4,500 · completion 2,000"));
    QCOMPARE(tileValue(SummaryTiles::Cost), QStringLiteral("$0.0375"));
    QCOMPARE(tileValue(SummaryTiles::Rated), QStringLiteral("4"));
    // Tiles are found by name too, and read out whole by screen readers.
    REEL_FIND(costTile, StatTile, m_page.get(), "costTile");
    QVERIFY(costTile->accessibleName().contains(QStringLiteral("$0.0375")));
}

void TestAnalyticsPage::weeklyBarsMatchTheInsertedScripts()
{
    seedStandard();
    openPage();
    AnalyticsCharts* charts = m_page->charts();
    QBarSet* set = charts->weeklyScripts();
    QVERIFY(set);
    const QList<WeekFigures>& weeks = m_page->report().weeks;
    QCOMPARE(set->count(), weeks.size());
    QCOMPARE(charts->categories(AnalyticsCharts::Weeks).size(), weeks.size());
    const QDate thisWeek = mondayOf(today());
    const QHash<QDate, double> inserted{{thisWeek, 3}, {thisWeek.addDays(-14), 1}};
    double sum = 0;
    for (int i = 0; i < set->count(); ++i) {
        QCOMPARE(set->at(i), inserted.value(weeks.at(i).weekStart, 0));
        sum += set->at(i);
    }
    QCOMPARE(sum, 4.0);
    QVERIFY(weeks.size() >= 3); // the empty week between is shown as zero
    // The generation time line has a point for each week with scripts, in seconds.
    QLineSeries* latency = charts->weeklyGenerationTime();
    QVERIFY(latency);
    QCOMPARE(latency->count(), 2);
    QCOMPARE(latency->at(latency->count() - 1).y(), (4000.0 + 6000 + 50) / 3 / 1000);
    QCOMPARE(latency->at(0).y(), 3.0);
    QVERIFY(!charts->card(AnalyticsCharts::Weeks)->isShowingPlaceholder());

    // Tokens per month: every inserted token is in the stacked bars.
    double prompt = 0;
    double completion = 0;
    for (const double v : values(charts->promptTokens()))
        prompt += v;
    for (const double v : values(charts->completionTokens()))
        completion += v;
    QCOMPARE(prompt, 4500.0);
    QCOMPARE(completion, 2000.0);
    double cost = 0;
    for (const QPointF& p : charts->monthlyCost()->points())
        cost += p.y();
    QVERIFY(qAbs(cost - 0.0375) < 1e-9);
}

void TestAnalyticsPage::providerPieMatchesTheProviders()
{
    seedStandard();
    openPage();
    QPieSeries* pie = m_page->charts()->providers();
    QVERIFY(pie);
    QHash<QString, double> byName;
    for (const QPieSlice* slice : pie->slices())
        byName.insert(slice->label().section(u':', 0, 0), slice->value());
    const QHash<QString, double> expected{{ProviderText::name(QStringLiteral("openai")), 2},
                                          {ProviderText::offlineComposer(), 1},
                                          {ProviderText::name(QStringLiteral("ollama")), 1}};
    QCOMPARE(byName, expected);
    QCOMPARE(pie->sum(), 4.0);
}

void TestAnalyticsPage::ratingBarsMatchTheInsertedRatings()
{
    seedStandard();
    openPage();
    AnalyticsCharts* charts = m_page->charts();
    QVERIFY(charts->stars());
    QVERIFY(charts->thumbs());
    QCOMPARE(values(charts->stars()), QList<double>({0, 0, 1, 0, 2, 0, 0}));
    QCOMPARE(values(charts->thumbs()), QList<double>({0, 0, 0, 0, 0, 1, 1}));
    const QStringList categories = charts->categories(AnalyticsCharts::Ratings);
    QCOMPARE(categories.size(), 7);
    QCOMPARE(categories.first(), QStringLiteral("1★"));
    QCOMPARE(categories.at(4), QStringLiteral("5★"));
    QCOMPARE(categories.at(5), QStringLiteral("Up"));
    QCOMPARE(categories.at(6), QStringLiteral("Down"));
}

void TestAnalyticsPage::rankingsUseCatalogNames()
{
    seedStandard();
    openPage();
    AnalyticsCharts* charts = m_page->charts();
    // Drawn bottom-up: the most used is last, so it shows on top.
    const QStringList hooks = charts->categories(AnalyticsCharts::HookTypes);
    QCOMPARE(hooks.last(), CatalogText::label(CatalogKind::HookType, QStringLiteral("question")));
    QCOMPARE(charts->hookTypes()->at(int(hooks.size()) - 1), 2.0);
    QVERIFY(hooks.contains(CatalogText::label(CatalogKind::HookType, QStringLiteral("bold_claim"))));
    QVERIFY(hooks.contains(QStringLiteral("Story")));
    QStringList sectors = charts->categories(AnalyticsCharts::Sectors);
    sectors.sort();
    QCOMPARE(sectors, QStringList({QStringLiteral("Fitness"), QStringLiteral("Food")}));
    QCOMPARE(values(charts->sectors()), QList<double>({2, 2}));
}

void TestAnalyticsPage::brandTableListsCostPerBrand()
{
    seedStandard();
    openPage();
    QTableWidget* table = m_page->charts()->brandTable();
    QCOMPARE(table->rowCount(), 2);
    // Costliest first.
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Acme Gyms"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("2"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("4,300"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("$0.0375"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Bean Cafe"));
    QCOMPARE(table->item(1, 3)->text(), QStringLiteral("$0.00"));
}

void TestAnalyticsPage::brandFilterNarrowsTheFigures()
{
    seedStandard();
    openPage();
    QComboBox* brand = m_page->filterBar()->brandCombo();
    QCOMPARE(brand->itemText(0), QStringLiteral("All brands"));
    QCOMPARE(brand->count(), 3);
    const int acme = brand->findText(QStringLiteral("Acme Gyms"));
    QVERIFY(acme > 0);
    QSignalSpy shown(m_page.get(), &AnalyticsPage::reportShown);
    brand->setCurrentIndex(acme);
    QVERIFY(m_page->isUpdating());
    waitForReport();
    QCOMPARE(shown.count(), 1);
    QCOMPARE(m_page->report().scripts, 2);
    QCOMPARE(tileValue(SummaryTiles::Scripts), QStringLiteral("2"));
    QCOMPARE(tileValue(SummaryTiles::Tokens), QStringLiteral("4,300"));
    QCOMPARE(tileValue(SummaryTiles::Cost), QStringLiteral("$0.0375"));
    QCOMPARE(tileValue(SummaryTiles::Rated), QStringLiteral("2"));
    QCOMPARE(tileValue(SummaryTiles::Providers), QStringLiteral("2 / 0"));
    QCOMPARE(m_page->charts()->providers()->count(), 1);
    QCOMPARE(values(m_page->charts()->stars()), QList<double>({0, 0, 1, 0, 1, 0, 0}));

    m_page->filterBar()->setBrand(QStringLiteral("Bean Cafe"));
    waitForReport();
    QCOMPARE(tileValue(SummaryTiles::Scripts), QStringLiteral("2"));
    QCOMPARE(tileValue(SummaryTiles::Providers), QStringLiteral("1 / 1"));
    QCOMPARE(tileValue(SummaryTiles::Cost), QStringLiteral("$0.00"));

    m_page->filterBar()->setBrand({});
    waitForReport();
    QCOMPARE(tileValue(SummaryTiles::Scripts), QStringLiteral("4"));
}

void TestAnalyticsPage::dateRangeChangesTheFigures_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<int>("scripts");
    QTest::addColumn<QString>("tokens");
    QTest::addColumn<QString>("cost");
    QTest::addColumn<QList<double>>("stars");

    using P = AnalyticsFilterBar::Preset;
    QTest::newRow("last 30 days") << int(P::Last30Days) << 4 << QStringLiteral("6,500") << QStringLiteral("$0.0375")
                                  << QList<double>{0, 0, 1, 0, 2, 0, 0};
    QTest::newRow("last 90 days") << int(P::Last90Days) << 5 << QStringLiteral("10,500") << QStringLiteral("$0.0775")
                                  << QList<double>{0, 0, 1, 1, 2, 0, 0};
    QTest::newRow("all time") << int(P::AllTime) << 5 << QStringLiteral("10,500") << QStringLiteral("$0.0775")
                              << QList<double>{0, 0, 1, 1, 2, 0, 0};
}

void TestAnalyticsPage::dateRangeChangesTheFigures()
{
    QFETCH(int, preset);
    QFETCH(int, scripts);
    QFETCH(QString, tokens);
    QFETCH(QString, cost);
    QFETCH(QList<double>, stars);
    seedStandard();
    openPage();
    // Chosen as a user would, from the period box.
    QComboBox* period = m_page->filterBar()->presetCombo();
    const int index = period->findData(preset);
    QVERIFY(index >= 0);
    period->setCurrentIndex(index);
    emit period->activated(index);
    waitForReport();
    QCOMPARE(m_page->report().scripts, qint64(scripts));
    QCOMPARE(tileValue(SummaryTiles::Scripts), QString::number(scripts));
    QCOMPARE(tileValue(SummaryTiles::Tokens), tokens);
    QCOMPARE(tileValue(SummaryTiles::Cost), cost);
    QCOMPARE(values(m_page->charts()->stars()), stars);
    double weekly = 0;
    for (const double v : values(m_page->charts()->weeklyScripts()))
        weekly += v;
    QCOMPARE(weekly, double(scripts));
}

void TestAnalyticsPage::longPeriodsShowWeeksAsALine()
{
    seedStandard();
    const qint64 early = add({QStringLiteral("Bean Cafe"), QStringLiteral("food"), QStringLiteral("story"),
                              QStringLiteral("offline"), 30, 0, 0, 0, 0, 0});
    setCreated(early, QDateTime(today().addDays(-300), QTime(10, 0), Qt::UTC));
    openPage();
    m_page->filterBar()->setPreset(AnalyticsFilterBar::Preset::AllTime);
    waitForReport();
    QVERIFY(m_page->report().weeks.size() > AnalyticsCharts::kMaxWeekBars);
    AnalyticsCharts* charts = m_page->charts();
    // Forty-odd bars would be unreadable: the same counts as a line over dates.
    QVERIFY(!charts->weeklyScripts());
    QLineSeries* line = charts->weeklyScriptsLine();
    QVERIFY(line);
    QCOMPARE(line->count(), m_page->report().weeks.size());
    double sum = 0;
    for (const QPointF& p : line->points())
        sum += p.y();
    QCOMPARE(sum, 6.0);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(line->at(0).x())).date(), mondayOf(today().addDays(-300)));
}

void TestAnalyticsPage::exportedCsvHoldsTheFigures()
{
    seedStandard();
    openPage();
    const QString path = m_dir->filePath(QStringLiteral("figures.csv"));
    m_prompter->savePaths = {path};
    QSignalSpy status(m_page.get(), &AnalyticsPage::statusMessage);
    QVERIFY(m_page->exportButton()->isEnabled());
    QTest::mouseClick(m_page->exportButton(), Qt::LeftButton);
    QCOMPARE(m_prompter->saveSuggestions.size(), 1);
    QVERIFY(m_prompter->saveSuggestions.first().startsWith(m_workspace->exportsFolder()));
    QVERIFY(m_prompter->saveSuggestions.first().endsWith(QStringLiteral(".csv")));
    QCOMPARE(status.count(), 1);
    QVERIFY(status.first().first().toString().contains(QStringLiteral("figures.csv")));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(file.readAll());
    QVERIFY(rows.size() > 1);
    QCOMPARE(rows.first(), QStringList({QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("metric"),
                                        QStringLiteral("value")}));
    QHash<QString, QString> cells;
    for (const QStringList& row : rows.mid(1)) {
        QCOMPARE(row.size(), 4);
        cells.insert(row.mid(0, 3).join(u'|'), row.at(3));
    }
    const auto cell = [&cells](const char* section, const QString& key, const char* metric) {
        return cells.value(QLatin1String(section) + u'|' + key + u'|' + QLatin1String(metric));
    };
    QCOMPARE(cell("summary", {}, "scripts"), QStringLiteral("4"));
    QCOMPARE(cell("summary", {}, "offline_scripts"), QStringLiteral("1"));
    QCOMPARE(cell("summary", {}, "prompt_tokens"), QStringLiteral("4500"));
    QCOMPARE(cell("summary", {}, "completion_tokens"), QStringLiteral("2000"));
    QCOMPARE(cell("summary", {}, "cost_usd").toDouble(), 0.0375);
    QCOMPARE(cell("summary", {}, "first_attempt_failure_rate").toDouble(), 0.5);
    QCOMPARE(cell("summary", {}, "rated_scripts"), QStringLiteral("4"));
    QCOMPARE(cell("week", mondayOf(today()).toString(Qt::ISODate), "scripts"), QStringLiteral("3"));
    QCOMPARE(cell("provider", QStringLiteral("openai"), "scripts"), QStringLiteral("2"));
    QCOMPARE(cell("rating", QStringLiteral("5"), "ratings"), QStringLiteral("2"));
    QCOMPARE(cell("rating", QStringLiteral("thumb_down"), "ratings"), QStringLiteral("1"));
    QCOMPARE(cell("brand", QStringLiteral("Acme Gyms"), "cost_usd").toDouble(), 0.0375);
    QCOMPARE(cell("sector", QStringLiteral("food"), "scripts"), QStringLiteral("2"));
}

void TestAnalyticsPage::exportCancelledWritesNothing()
{
    seedStandard();
    openPage();
    m_prompter->savePaths = {QString()}; // the user cancelled the dialog
    QSignalSpy status(m_page.get(), &AnalyticsPage::statusMessage);
    m_page->exportCsv();
    QCOMPARE(status.count(), 0);
    QVERIFY(m_prompter->messages.isEmpty());
}

void TestAnalyticsPage::exportToAnUnwritableFolderSaysSo()
{
    seedStandard();
    openPage();
    const QString blocker = m_dir->filePath(QStringLiteral("a-file"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    // A folder path through a plain file cannot be created.
    m_prompter->savePaths = {blocker + QStringLiteral("/figures.csv")};
    m_page->exportCsv();
    const QStringList errors = m_prompter->messageTexts(QStringLiteral("error"));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("figures.csv")), qPrintable(errors.first()));
}

void TestAnalyticsPage::copyPutsTheSummaryOnTheClipboard()
{
    seedStandard();
    openPage();
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(m_page->copyButton(), Qt::LeftButton);
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.contains(QStringLiteral("Scripts: 4")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Cost: $0.0375")));
    QVERIFY(text.contains(QStringLiteral("All brands")));
    QVERIFY(text.contains(QStringLiteral("Acme Gyms: 2 scripts, 4,300 tokens, $0.0375")));
}

void TestAnalyticsPage::emptyWorkspaceShowsTheEmptyState()
{
    openPage();
    QVERIFY(m_page->isEmptyStateShown());
    QCOMPARE(m_page->report().scripts, 0);
    QVERIFY(m_page->emptyLabel()->isVisible());
    QVERIFY(m_page->emptyLabel()->text().startsWith(QStringLiteral("No scripts yet.")));
    // Nothing of the charts is on screen: no empty axes.
    QVERIFY(!m_page->charts()->isVisible());
    QVERIFY(!m_page->tiles()->isVisible());
    QCOMPARE(m_page->filterBar()->brandCombo()->count(), 1);
}

void TestAnalyticsPage::emptyPeriodShowsTheEmptyState()
{
    seedStandard();
    openPage();
    QVERIFY(!m_page->isEmptyStateShown());
    m_page->filterBar()->setRange(QDate(2020, 1, 1), QDate(2020, 12, 31));
    QCOMPARE(m_page->filterBar()->preset(), AnalyticsFilterBar::Preset::Custom);
    waitForReport();
    QVERIFY(m_page->isEmptyStateShown());
    QVERIFY(m_page->emptyLabel()->isVisible());
    QVERIFY2(m_page->emptyLabel()->text().startsWith(QStringLiteral("No script was created in this period.")),
             qPrintable(m_page->emptyLabel()->text()));

    // Only the old script's day.
    const QDate old = today().addDays(-60);
    m_page->filterBar()->setRange(old, old);
    waitForReport();
    QVERIFY(!m_page->isEmptyStateShown());
    QCOMPARE(tileValue(SummaryTiles::Scripts), QStringLiteral("1"));
    QCOMPARE(tileValue(SummaryTiles::Cost), QStringLiteral("$0.04"));
}

void TestAnalyticsPage::ratingsPlaceholderWhenNothingIsRated()
{
    add({QStringLiteral("Acme Gyms"), QStringLiteral("fitness"), QStringLiteral("question"), QStringLiteral("offline"),
         40, 0, 0, 0, 0, 0});
    openPage();
    AnalyticsCharts* charts = m_page->charts();
    QVERIFY(charts->card(AnalyticsCharts::Ratings)->isShowingPlaceholder());
    QVERIFY(!charts->card(AnalyticsCharts::Ratings)->placeholderText().isEmpty());
    QVERIFY(!charts->stars());
    // Offline scripts use no tokens: no empty token axes either.
    QVERIFY(charts->card(AnalyticsCharts::Months)->isShowingPlaceholder());
    QVERIFY(!charts->card(AnalyticsCharts::Weeks)->isShowingPlaceholder());
    QCOMPARE(tileValue(SummaryTiles::Cost), QStringLiteral("$0.00"));
    QCOMPARE(tileValue(SummaryTiles::GenerationTime), QStringLiteral("40 ms"));
}

void TestAnalyticsPage::showingThePageAgainCountsNewScripts()
{
    seedStandard();
    openPage();
    QCOMPARE(m_page->report().scripts, 4);
    m_page->hide();
    add({QStringLiteral("Cora Clinic"), QStringLiteral("beauty"), QStringLiteral("story"), QStringLiteral("openai"),
         2000, 100, 50, 0.001, 0, 0});
    m_page->show();
    waitForReport();
    QCOMPARE(m_page->report().scripts, 5);
    QCOMPARE(tileValue(SummaryTiles::Scripts), QStringLiteral("5"));
    QVERIFY(m_page->filterBar()->brandCombo()->findText(QStringLiteral("Cora Clinic")) > 0);
}

void TestAnalyticsPage::staleResultsAreIgnored()
{
    seedStandard();
    openPage();
    QSignalSpy shown(m_page.get(), &AnalyticsPage::reportShown);
    // Two computations in flight; the first one's figures (Acme only) must never be shown.
    m_page->filterBar()->setBrand(QStringLiteral("Acme Gyms"));
    m_page->refresh();
    m_page->filterBar()->setBrand(QStringLiteral("Bean Cafe"));
    m_page->refresh();
    waitForReport();
    QTest::qWait(100);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(m_page->report().scripts, 2);
    QCOMPARE(m_page->report().offlineScripts, 1);
    QCOMPARE(m_page->filterBar()->filter().brand, QStringLiteral("Bean Cafe"));
}

void TestAnalyticsPage::gridReflowsAtNarrowWidths()
{
    seedStandard();
    openPage();
    AnalyticsCharts* charts = m_page->charts();
    const auto columns = [charts] {
        QSet<int> xs;
        for (int i = 0; i < AnalyticsCharts::ChartCount; ++i)
            xs.insert(charts->card(AnalyticsCharts::Chart(i))->geometry().x());
        return xs.size();
    };
    QTRY_VERIFY(columns() >= 2);
    m_page->resize(520, 700);
    QTRY_COMPARE(columns(), 1);
    // One column: the cards are stacked and the page scrolls rather than squeezing them.
    const QRect weeks = charts->card(AnalyticsCharts::Weeks)->geometry();
    const QRect months = charts->card(AnalyticsCharts::Months)->geometry();
    QVERIFY(months.top() > weeks.bottom());
    QVERIFY(weeks.width() <= m_page->width());
    QVERIFY(charts->height() > m_page->height());
    m_page->resize(1300, 900);
    QTRY_VERIFY(columns() >= 2);
}

void TestAnalyticsPage::switchesLanguageAtRunTime()
{
    seedStandard();
    openPage();
    QVERIFY(LanguageManager::apply(QStringLiteral("de")));
    // Figures are written the German way; the charts are rebuilt and keep their values.
    QTRY_COMPARE(tileValue(SummaryTiles::Tokens), QStringLiteral("6.500"));
    QCOMPARE(m_page->filterBar()->brandCombo()->itemText(0),
             QCoreApplication::translate("reel::ui::AnalyticsFilterBar", "All brands"));
    QCOMPARE(values(m_page->charts()->stars()), QList<double>({0, 0, 1, 0, 2, 0, 0}));
    QCOMPARE(m_page->charts()->providers()->sum(), 4.0);
    QVERIFY(LanguageManager::apply(QStringLiteral("en")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QTRY_COMPARE(m_page->windowTitle(), QStringLiteral("Analytics"));
    QCOMPARE(m_page->filterBar()->brandCombo()->itemText(0), QStringLiteral("All brands"));
}

QTEST_MAIN(TestAnalyticsPage)
#include "tst_analyticspage.moc"
