// The Examples page's files, driven through its real widgets: the import wizard (CSV with a bad
// row, nothing imported, a renamed column, garbage and broken JSON refused) and export in every
// format, imported back whole.

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

class TestExamplesFiles : public QObject, private ExamplesPageFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { setUpWorkspace(); }
    void cleanup() { tearDown(); }

    void importCsvWithABadRow();
    void importNothingAddsNothing();
    void importMapsARenamedColumn();
    void garbageFileIsRefusedWithAClearMessage();
    void brokenJsonNamesTheLine();
    void exportThenImportRoundTrip_data();
    void exportThenImportRoundTrip();
};

void TestExamplesFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WithsocioTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_examplesfiles"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
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

void TestExamplesFiles::importCsvWithABadRow()
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

void TestExamplesFiles::importNothingAddsNothing()
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

void TestExamplesFiles::importMapsARenamedColumn()
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

void TestExamplesFiles::garbageFileIsRefusedWithAClearMessage()
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

void TestExamplesFiles::brokenJsonNamesTheLine()
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

void TestExamplesFiles::exportThenImportRoundTrip_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("json") << QStringLiteral("out.json");
    QTest::newRow("jsonl") << QStringLiteral("out.jsonl");
    QTest::newRow("csv") << QStringLiteral("out.csv");
}

void TestExamplesFiles::exportThenImportRoundTrip()
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

QTEST_MAIN(TestExamplesFiles)
#include "tst_examplesfiles.moc"
