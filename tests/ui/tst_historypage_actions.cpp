// The History page's actions over a real workspace: versions (compared side by side, restored),
// export in every format (read back), copying, importing a history export and performance
// figures (and refusing damaged files), deleting and promoting to the example library. Browsing and
// reviewing: tst_historypage.cpp.

#include "FakePrompter.h"
#include "HistorySeeds.h"
#include "UiTestHelpers.h"
#include "common/Csv.h"
#include "common/MessageBar.h"
#include "history/HistoryExport.h"
#include "history/HistoryPage.h"
#include "history/HistoryTableModel.h"
#include "history/PdfExport.h"
#include "history/ScriptDetailPanel.h"
#include "history/VersionDiffDialog.h"
#include "history/VersionsPanel.h"
#include "rag/ExampleLibrary.h"
#include "store/ScriptStore.h"
#include "store/Workspace.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QPdfWriter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QUuid>

#include <memory>

using namespace reel;
using namespace reel::ui;
using namespace uitest::history;

namespace {

// The text of `edit` that carries the given mark (strike-through or underline), in order.
QString markedText(const QTextEdit* edit, bool strikeOut)
{
    QString out;
    for (QTextBlock block = edit->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat f = fragment.charFormat();
            if (strikeOut ? f.fontStrikeOut() : f.fontUnderline())
                out += fragment.text();
        }
    }
    return out.simplified();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList titlesOf(const QList<HistoryEntry>& entries)
{
    QStringList out;
    for (const HistoryEntry& e : entries)
        out.append(e.record.title);
    out.sort();
    return out;
}

QStringList seededTitles()
{
    QStringList out;
    for (const Seed& s : seeds())
        out.append(s.title);
    out.append(oldSeed().title);
    out.sort();
    return out;
}

} // namespace

class TestHistoryActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void versionsCompareSideBySide();
    void restoreMakesANewCurrentVersion();
    void exportEveryFormat_data();
    void exportEveryFormat();
    void exportSelectedCaptionsToOneFile();
    void severalCaptionFilesNeverReplaceFilesWithoutAsking();
    void aPdfForAClientCarriesNoFileFromThisMachine();
    void largeExportRunsInTheBackground();
    void copyPutsMarkdownOnTheClipboard();
    void importRestoresScriptsInAFreshWorkspace();
    void damagedImportIsRefusedAndChangesNothing_data();
    void damagedImportIsRefusedAndChangesNothing();
    void importPerformanceFigures();
    void deleteAsksWithTheCount();
    void promoteAddsAnExample();
    void promotingALibraryScriptSaysItIsThere();

private:
    void seed();
    std::unique_ptr<HistoryPage> openPage(Workspace& workspace);
    qint64 idOf(const QString& title) const { return m_ids.value(title); }
    void select(qint64 id, Qt::KeyboardModifiers modifiers = {});
    ScriptDetailPanel* detail() const { return m_page->detailPanel(); }
    QString exportTo(const QString& fileName, bool selectedOnly);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<FakePrompter> m_prompter;
    std::unique_ptr<HistoryPage> m_page;
    QHash<QString, qint64> m_ids;
};

void TestHistoryActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WithsocioTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_historypage_actions"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestHistoryActions::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto ws = Workspace::open(m_dir->filePath(QStringLiteral("workspace")));
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toEnglish()));
    m_workspace = std::move(ws).value();
    m_prompter = std::make_unique<FakePrompter>();
    m_ids.clear();
    seed();
    m_page = openPage(*m_workspace);
}

void TestHistoryActions::cleanup()
{
    if (m_prompter)
        QCOMPARE(m_prompter->unexpected, 0);
    m_page.reset();
    m_workspace.reset();
    m_prompter.reset();
    m_dir.reset();
}

void TestHistoryActions::seed()
{
    ScriptStore store(m_workspace->database());
    for (const Seed& s : seeds()) {
        auto added = store.add(recordOf(s));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toEnglish()));
        m_ids.insert(s.title, added->id);
        QTest::qWait(2);
    }
    HistoryEntry old;
    old.record = recordOf(oldSeed());
    old.record.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    old.record.createdAt = QDateTime(QDate(2024, 3, 12), QTime(10, 30), Qt::UTC);
    old.record.updatedAt = old.record.createdAt;
    QVERIFY(store.importEntries({old}).ok());
    ScriptQuery q;
    q.text = QStringLiteral("teaser");
    const auto found = store.search(q);
    QVERIFY(found.ok() && found->size() == 1);
    m_ids.insert(oldSeed().title, found->first().id);
}

std::unique_ptr<HistoryPage> TestHistoryActions::openPage(Workspace& workspace)
{
    auto page = std::make_unique<HistoryPage>(workspace, *m_prompter);
    page->resize(1400, 900);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        qWarning("the page was not exposed");
    page->activateWindow();
    return page;
}

void TestHistoryActions::select(qint64 id, Qt::KeyboardModifiers modifiers)
{
    QTableView* table = m_page->table();
    const int row = m_page->model()->rowOf(id);
    QVERIFY2(row >= 0, "the script is not in the table");
    const QModelIndex index = m_page->model()->index(row, HistoryTableModel::TitleColumn);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, table->visualRect(index).center());
    QVERIFY(m_page->selectedIds().contains(id));
}

QString TestHistoryActions::exportTo(const QString& fileName, bool selectedOnly)
{
    const QString path = m_dir->filePath(QStringLiteral("out/") + fileName);
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_prompter->savePaths.append(path);
    (selectedOnly ? m_page->exportSelectedAction() : m_page->exportAllAction())->trigger();
    return path;
}

// --- versions ---

void TestHistoryActions::versionsCompareSideBySide()
{
    const qint64 id = idOf(QStringLiteral("Stop skipping leg day"));
    ScriptStore store(m_workspace->database());
    ReelScript v2 = store.get(id)->script;
    v2.body = QStringLiteral("Zebras never skip leg day. Twenty lunges while the kettle boils add up to a stronger "
                             "week.");
    QVERIFY(store.saveVersion(id, v2, QStringLiteral("edit"), QStringLiteral("Priya")).ok());
    ReelScript v3 = v2;
    v3.hook = QStringLiteral("Why do zebras never skip leg day?");
    QVERIFY(store.saveVersion(id, v3, QStringLiteral("edit"), QStringLiteral("Anna"), QStringLiteral("Sharper")).ok());
    m_page->refresh();
    select(id);
    VersionsPanel* panel = detail()->versionsPanel();
    detail()->tabs()->setCurrentWidget(panel);
    QTreeWidget* list = panel->list();
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("3 (current)"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Edit"));
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Anna"));
    QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("Sharper"));
    QCOMPARE(list->topLevelItem(2)->text(1), QStringLiteral("Generated"));
    QCOMPARE(panel->selectedNumber(), 3);

    QTest::mouseClick(panel->compareButton(), Qt::LeftButton);
    VersionDiffDialog* dialog = panel->diffDialog();
    QVERIFY(dialog && dialog->isVisible());
    // The selected version against the one before it.
    QCOMPARE(dialog->leftNumber(), 2);
    QCOMPARE(dialog->rightNumber(), 3);
    REEL_FIND(hookBefore, QTextEdit, dialog, "hookBefore");
    REEL_FIND(hookAfter, QTextEdit, dialog, "hookAfter");
    QCOMPARE(hookBefore->toPlainText(), QStringLiteral("Stop skipping leg day?"));
    QCOMPARE(hookAfter->toPlainText(), v3.hook);
    QVERIFY(markedText(hookAfter, false).contains(u"zebras"));
    QCOMPARE(markedText(dialog->beforeView(VersionDiffDialog::Body), true), QString()); // body the same in 2 and 3

    // Version 1 against 3: the body's changed words, struck through on the left and marked on the right.
    dialog->leftCombo()->setCurrentIndex(dialog->leftCombo()->findData(1));
    QCOMPARE(dialog->leftNumber(), 1);
    QTextEdit* before = dialog->beforeView(VersionDiffDialog::Body);
    QTextEdit* after = dialog->afterView(VersionDiffDialog::Body);
    QCOMPARE(before->toPlainText(), seeds().at(0).body);
    QCOMPARE(after->toPlainText(), v2.body);
    QCOMPARE(markedText(before, true), QStringLiteral("Ten squats"));
    QCOMPARE(markedText(after, false), QStringLiteral("Twenty lunges"));
    QVERIFY(markedText(after, true).isEmpty()); // nothing struck through on the new side
    // Removed words are red, added green.
    const auto colourOf = [](QTextEdit* edit, const QString& word) {
        QTextCursor c = edit->document()->find(word);
        return c.charFormat().foreground().color();
    };
    const QColor removed = colourOf(before, QStringLiteral("squats"));
    const QColor added = colourOf(after, QStringLiteral("lunges"));
    QVERIFY(removed.red() > removed.green() && removed.red() > removed.blue());
    QVERIFY(added.green() > added.red() && added.green() > added.blue());
    REEL_FIND(ctaLabel, QLabel, dialog, "ctaDiffLabel");
    QCOMPARE(ctaLabel->text(), QStringLiteral("Call to action (unchanged)"));
    REEL_FIND(summary, QLabel, dialog, "diffSummaryLabel");
    QCOMPARE(summary->text(), QStringLiteral("2 sections differ."));
    dialog->close();
}

void TestHistoryActions::restoreMakesANewCurrentVersion()
{
    const qint64 id = idOf(QStringLiteral("Three budgeting apps that actually work"));
    ScriptStore store(m_workspace->database());
    const ReelScript original = store.get(id)->script;
    ReelScript edited = original;
    edited.cta = QStringLiteral("Comment APPS and I will send the list.");
    QVERIFY(store.saveVersion(id, edited).ok());
    m_page->refresh();
    select(id);
    VersionsPanel* panel = detail()->versionsPanel();
    detail()->tabs()->setCurrentWidget(panel);
    QVERIFY(!panel->restoreButton()->isEnabled()); // the current version is selected
    panel->selectVersion(1);
    QVERIFY(panel->restoreButton()->isEnabled());

    m_prompter->confirmAnswers.append(false); // Cancel: nothing changes
    QTest::mouseClick(panel->restoreButton(), Qt::LeftButton);
    QCOMPARE(m_prompter->confirmQuestions.size(), 1);
    QVERIFY2(m_prompter->confirmQuestions.first().startsWith(u"Make version 1 current again? It is saved as a new "
                                                             u"version 3"),
             qPrintable(m_prompter->confirmQuestions.first()));
    QCOMPARE(store.get(id)->currentVersion, 2);

    m_prompter->confirmAnswers.append(true);
    QTest::mouseClick(panel->restoreButton(), Qt::LeftButton);
    const GenerationRecord after = store.get(id).value();
    QCOMPARE(after.currentVersion, 3);
    QCOMPARE(after.script.cta, original.cta);
    const QList<ScriptVersion> versions = store.versions(id).value();
    QCOMPARE(versions.size(), 3);
    QCOMPARE(versions.last().kind, QStringLiteral("restore"));
    // The panel and the script view follow.
    QCOMPARE(panel->list()->topLevelItemCount(), 3);
    QCOMPARE(panel->list()->topLevelItem(0)->text(0), QStringLiteral("3 (current)"));
    QCOMPARE(panel->list()->topLevelItem(0)->text(1), QStringLiteral("Restored"));
    QVERIFY(detail()->scriptView()->toPlainText().contains(original.cta));
    QVERIFY(!detail()->scriptView()->toPlainText().contains(edited.cta));
}

// --- export ---

void TestHistoryActions::exportEveryFormat_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("markdown") << QStringLiteral("scripts.md");
    QTest::newRow("pdf") << QStringLiteral("scripts.pdf");
    QTest::newRow("csv") << QStringLiteral("scripts.csv");
    QTest::newRow("json") << QStringLiteral("scripts.json");
    QTest::newRow("teleprompter") << QStringLiteral("scripts.txt");
    QTest::newRow("srt") << QStringLiteral("captions.srt");
}

void TestHistoryActions::exportEveryFormat()
{
    QFETCH(QString, fileName);
    const QString path = exportTo(fileName, false);
    QVERIFY(!m_page->isBusy()); // six scripts: written at once
    QCOMPARE(m_prompter->saveSuggestions.value(0),
             QDir(m_workspace->exportsFolder()).filePath(QStringLiteral("reel-scripts.md")));
    const QStringList titles = seededTitles();
    const QString suffix = QFileInfo(fileName).suffix();
    if (suffix == u"srt") {
        // Captions belong to one video each: one file per script beside the name chosen.
        const QStringList files = QDir(QFileInfo(path).absolutePath())
                                          .entryList({QStringLiteral("captions-*.srt")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 6);
        QVERIFY(!QFile::exists(path));
        const qint64 id = idOf(QStringLiteral("Stop skipping leg day"));
        QVERIFY2(files.contains(QStringLiteral("captions-%1-stop-skipping-leg-day.srt").arg(id)),
                 qPrintable(files.join(u' ')));
        for (const QString& f : files) {
            const QString srt = QString::fromUtf8(readAll(QFileInfo(path).dir().filePath(f)));
            QVERIFY2(srt.startsWith(u"1\n") || srt.startsWith(u"1\r\n"), qPrintable(srt.left(40)));
            QVERIFY(srt.contains(u" --> "));
        }
        REEL_FIND(bar, MessageBar, m_page.get(), "historyMessageBar");
        QVERIFY2(bar->text().startsWith(u"Wrote 6 caption files to "), qPrintable(bar->text()));
        return;
    }
    const QByteArray bytes = readAll(path);
    QVERIFY2(!bytes.isEmpty(), qPrintable(path));
    REEL_FIND(bar, MessageBar, m_page.get(), "historyMessageBar");
    QCOMPARE(bar->text(), QStringLiteral("Exported 6 scripts to %1.").arg(QDir::toNativeSeparators(path)));
    if (suffix == u"json") {
        const auto back = history::fromJson(bytes);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toEnglish()));
        QCOMPARE(titlesOf(back.value()), titles);
    } else if (suffix == u"csv") {
        const QList<QStringList> rows = parseCsv(bytes);
        QCOMPARE(rows.size(), 7); // the header and one row per script
        QStringList found;
        for (int r = 1; r < rows.size(); ++r) {
            for (const QString& t : titles) {
                if (rows.at(r).contains(t))
                    found.append(t);
            }
        }
        found.sort();
        QCOMPARE(found, titles);
    } else if (suffix == u"pdf") {
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.size() > 2000);
    } else if (suffix == u"md") {
        const QString md = QString::fromUtf8(bytes);
        for (const QString& t : titles)
            QVERIFY2(md.contains(t), qPrintable(t));
        QVERIFY(md.contains(u"Forget the spreadsheet."));
    } else if (suffix == u"txt") {
        // Short lines for the presenter: the words are there, maybe broken over lines.
        const QString text = QString::fromUtf8(bytes).simplified();
        for (const QString& t : titles)
            QVERIFY2(text.contains(t), qPrintable(t));
        QVERIFY(text.contains(u"Forget the spreadsheet."));
        QVERIFY(!text.contains(u"gpt-4o-mini")); // no metadata for the presenter
    }
}

void TestHistoryActions::exportSelectedCaptionsToOneFile()
{
    select(idOf(QStringLiteral("Three budgeting apps that actually work")));
    QCOMPARE(m_page->exportSelectedAction()->text(), QStringLiteral("Export &Selected Script…"));
    const QString path = exportTo(QStringLiteral("budget.srt"), true);
    QCOMPARE(m_prompter->saveSuggestions.value(0),
             QDir(m_workspace->exportsFolder()).filePath(QStringLiteral("three-budgeting-apps-that-actually-work.md")));
    const QString srt = QString::fromUtf8(readAll(path));
    QVERIFY(srt.startsWith(u"1"));
    QVERIFY(srt.contains(u" --> "));
    QVERIFY(srt.contains(u"spreadsheet"));
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("*.srt")}, QDir::Files).size(), 1);
    // Two selected: both in one Markdown file, and the folder is remembered.
    select(idOf(QStringLiteral("Glow routine in five minutes")), Qt::ControlModifier);
    QCOMPARE(m_page->exportSelectedAction()->text(), QStringLiteral("Export the 2 &Selected Scripts…"));
    const QString md = exportTo(QStringLiteral("two.md"), true);
    QCOMPARE(m_prompter->saveSuggestions.value(1), QFileInfo(path).dir().filePath(QStringLiteral("reel-scripts.md")));
    const QString text = QString::fromUtf8(readAll(md));
    QVERIFY(text.contains(u"Three budgeting apps that actually work"));
    QVERIFY(text.contains(u"Glow routine in five minutes"));
    QVERIFY(!text.contains(u"Stop skipping leg day"));
}

void TestHistoryActions::severalCaptionFilesNeverReplaceFilesWithoutAsking()
{
    select(idOf(QStringLiteral("Three budgeting apps that actually work")));
    select(idOf(QStringLiteral("Glow routine in five minutes")), Qt::ControlModifier);
    const QString first = exportTo(QStringLiteral("captions.srt"), true);
    const QDir folder = QFileInfo(first).dir();
    const QStringList written = folder.entryList({QStringLiteral("captions-*.srt")}, QDir::Files);
    QCOMPARE(written.size(), 2);
    QVERIFY(folder.entryList({QStringLiteral(".reelstudio-export-*")}, QDir::Dirs | QDir::Hidden).isEmpty());

    // The same export again: the page asks; "Cancel" leaves the files as they were.
    QFile mark(folder.filePath(written.first()));
    QVERIFY(mark.open(QIODevice::WriteOnly) && mark.write("my own edits") > 0);
    mark.close();
    m_prompter->confirmAnswers = {false};
    exportTo(QStringLiteral("captions.srt"), true);
    QCOMPARE(m_prompter->confirmQuestions.size(), 1);
    QVERIFY2(m_prompter->confirmQuestions.first().contains(written.first()),
             qPrintable(m_prompter->confirmQuestions.first()));
    QCOMPARE(readAll(folder.filePath(written.first())), QByteArray("my own edits"));
    // "Replace" writes them all.
    m_prompter->confirmAnswers = {true};
    exportTo(QStringLiteral("captions.srt"), true);
    QCOMPARE(m_prompter->confirmQuestions.size(), 2);
    QVERIFY(readAll(folder.filePath(written.first())).contains(" --> "));
    QCOMPARE(folder.entryList({QStringLiteral("captions-*.srt")}, QDir::Files), written);
    QCOMPARE(m_prompter->messageTexts(QStringLiteral("error")), QStringList());
}

void TestHistoryActions::aPdfForAClientCarriesNoFileFromThisMachine()
{
    // A private picture on this machine, and script text (from a model or an imported history)
    // that points at it in Markdown and in HTML.
    QImage picture(64, 64, QImage::Format_RGB32);
    picture.fill(Qt::red);
    const QString local = m_dir->filePath(QStringLiteral("private-id.png"));
    QVERIFY(picture.save(local));
    const QString markdown = QStringLiteral("# Reel\n\nBody text ![id](%1) and <img src=\"%1\"> more text.\n")
                                     .arg(QUrl::fromLocalFile(local).toString());
    // What any QTextDocument would do: load the picture and embed it.
    QByteArray leaky;
    {
        QBuffer buffer(&leaky);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        QTextDocument document;
        document.setMarkdown(markdown);
        document.print(&writer);
    }
    QVERIFY2(leaky.contains("/Subtype /Image"), "the control PDF should hold the picture");
    // The export does not.
    const QByteArray pdf = PdfExport::render(markdown, QStringLiteral("Reel"));
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(!pdf.contains("/Subtype /Image"));
}

void TestHistoryActions::largeExportRunsInTheBackground()
{
    {
        ScriptStore store(m_workspace->database());
        for (int i = 0; i < 60; ++i) {
            Seed s = seeds().at(i % 5);
            s.title = QStringLiteral("Batch script %1").arg(i);
            QVERIFY(store.add(recordOf(s)).ok());
        }
    }
    m_page->refresh();
    QCOMPARE(m_page->model()->matchCount(), 66);
    const QString path = exportTo(QStringLiteral("all.json"), false);
    QVERIFY(m_page->isBusy()); // on another thread
    QVERIFY(!m_page->exportAllAction()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 30000);
    QVERIFY(m_page->exportAllAction()->isEnabled());
    const auto back = history::fromJson(readAll(path));
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toEnglish()));
    QCOMPARE(back->size(), 66);
    // Newest first, as the table shows them.
    QCOMPARE(back->first().record.title, QStringLiteral("Batch script 59"));
    REEL_FIND(bar, MessageBar, m_page.get(), "historyMessageBar");
    QCOMPARE(bar->text(), QStringLiteral("Exported 66 scripts to %1.").arg(QDir::toNativeSeparators(path)));
    // The PDF is laid out on the worker thread too.
    const QString pdf = exportTo(QStringLiteral("all.pdf"), false);
    QVERIFY(m_page->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 60000);
    QVERIFY(readAll(pdf).startsWith("%PDF"));
    QCOMPARE(m_prompter->messageTexts(QStringLiteral("error")), QStringList());
    // The page still reads the database on its own connection.
    m_page->refresh();
    QCOMPARE(m_page->model()->totalCount(), 66);
}

void TestHistoryActions::copyPutsMarkdownOnTheClipboard()
{
    QGuiApplication::clipboard()->clear();
    select(idOf(QStringLiteral("Meal prep for lazy Sundays")));
    select(idOf(QStringLiteral("Tu perro te habla con la cola")), Qt::ControlModifier);
    QTest::keyClick(m_page->table(), Qt::Key_C, Qt::ControlModifier);
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY(text.contains(u"Meal prep for lazy Sundays"));
    QVERIFY(text.contains(u"Una cola alta y rígida"));
    QVERIFY(!text.contains(u"Stop skipping leg day"));
    QVERIFY(text.contains(u"#")); // Markdown headings
}

// --- import ---

void TestHistoryActions::importRestoresScriptsInAFreshWorkspace()
{
    // Something beyond the script itself: a rating, a second version, a status change.
    const qint64 id = idOf(QStringLiteral("Stop skipping leg day"));
    ScriptStore store(m_workspace->database());
    Rating r;
    r.stars = 5;
    r.comment = QStringLiteral("Love it");
    QVERIFY(store.rate(id, r).ok());
    ReelScript edited = store.get(id)->script;
    edited.cta = QStringLiteral("Save this for Monday.");
    QVERIFY(store.saveVersion(id, edited).ok());
    QVERIFY(store.setStatus(id, QStringLiteral("in_review"), QStringLiteral("Please check")).ok());
    m_page->refresh();
    const QString path = exportTo(QStringLiteral("history.json"), false);
    QVERIFY(QFile::exists(path));

    QTemporaryDir otherDir;
    auto other = Workspace::open(otherDir.filePath(QStringLiteral("fresh")));
    QVERIFY(other.ok());
    std::unique_ptr<Workspace> fresh = std::move(other).value();
    std::unique_ptr<HistoryPage> page = openPage(*fresh);
    QCOMPARE(page->model()->totalCount(), 0);
    m_prompter->openPaths.append(path);
    page->importHistoryAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
    QCOMPARE(page->model()->totalCount(), 6);
    REEL_FIND(bar, MessageBar, page.get(), "historyMessageBar");
    QCOMPARE(bar->text(), QStringLiteral("History imported: 6 added, 0 already there."));
    REEL_FIND(count, QLabel, page.get(), "historyCountLabel");
    QCOMPARE(count->text(), QStringLiteral("6 scripts"));

    ScriptQuery q;
    q.text = QStringLiteral("skipping");
    ScriptStore freshStore(fresh->database());
    const auto found = freshStore.search(q);
    QVERIFY(found.ok() && found->size() == 1);
    const HistoryEntry entry = freshStore.entry(found->first().id).value();
    QCOMPARE(entry.record.script.cta, QStringLiteral("Save this for Monday."));
    QCOMPARE(entry.record.status, QStringLiteral("in_review"));
    QCOMPARE(entry.versions.size(), 2);
    QCOMPARE(entry.ratings.size(), 1);
    QCOMPARE(entry.ratings.first().comment, QStringLiteral("Love it"));
    QCOMPARE(page->model()
                     ->index(page->model()->rowOf(entry.record.id), HistoryTableModel::RatingColumn)
                     .data()
                     .toString(),
             QStringLiteral("★ 5.0 (1)"));

    // Again: nothing doubles.
    m_prompter->openPaths.append(path);
    page->importHistoryAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
    QCOMPARE(bar->text(), QStringLiteral("History imported: 0 added, 6 already there."));
    QCOMPARE(page->model()->totalCount(), 6);
    page.reset();
}

void TestHistoryActions::damagedImportIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not json") << QByteArray("{ \"format\": \"reelstudio-history\", \"version\": 1, \"scripts\": [ {");
    QTest::newRow("foreign") << QByteArray("{\"format\": \"something-else\", \"items\": []}");
    QTest::newRow("newer") << QByteArray("{\"format\": \"reelstudio-history\", \"version\": 99, \"scripts\": []}");
    QTest::newRow("bad script") << QByteArray(
            "{\"format\": \"reelstudio-history\", \"version\": 1, \"scripts\": [{\"script\": 5}]}");
}

void TestHistoryActions::damagedImportIsRefusedAndChangesNothing()
{
    QFETCH(QByteArray, bytes);
    const QString path = m_dir->filePath(QStringLiteral("broken.json"));
    QVERIFY(reel::test::writeFile(path, bytes));
    m_prompter->openPaths.append(path);
    m_page->importHistoryAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 30000);
    const QStringList errors = m_prompter->messageTexts(QStringLiteral("error"));
    QCOMPARE(errors.size(), 1);
    const QString prefix = QStringLiteral("Nothing was imported from “broken.json”.\n\n");
    QVERIFY2(errors.first().startsWith(prefix), qPrintable(errors.first()));
    QVERIFY2(errors.first().size() > prefix.size() + 10, qPrintable(errors.first())); // and why
    QCOMPARE(ScriptStore(m_workspace->database()).count().value(), 6);
    QCOMPARE(m_page->model()->totalCount(), 6);
}

void TestHistoryActions::importPerformanceFigures()
{
    const qint64 glow = idOf(QStringLiteral("Glow routine in five minutes")); // published
    const qint64 draft = idOf(QStringLiteral("Stop skipping leg day"));
    const QString good = m_dir->filePath(QStringLiteral("figures.csv"));
    QVERIFY(reel::test::writeFile(
            good, QStringLiteral("id,views,likes,posted_on\n%1,5000,300,2026-01-15\n").arg(glow).toUtf8()));
    m_prompter->openPaths.append(good);
    m_page->importPerformanceAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 30000);
    REEL_FIND(bar, MessageBar, m_page.get(), "historyMessageBar");
    QCOMPARE(bar->text(), QStringLiteral("Figures saved for 1 script."));
    auto stored = ScriptStore(m_workspace->database()).performance(glow).value();
    QVERIFY(stored.has_value());
    QCOMPARE(stored->figures.views, std::optional<qint64>(5000));
    QCOMPARE(stored->figures.likes, std::optional<qint64>(300));
    QCOMPARE(stored->postedOn, std::optional<QDate>(QDate(2026, 1, 15)));

    // A row for a draft spoils the file: nothing of it is saved.
    const QString bad = m_dir->filePath(QStringLiteral("bad.csv"));
    QVERIFY(reel::test::writeFile(bad, QStringLiteral("id,views\n%1,9999\n%2,100\n").arg(glow).arg(draft).toUtf8()));
    m_prompter->openPaths.append(bad);
    m_page->importPerformanceAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 30000);
    const QStringList errors = m_prompter->messageTexts(QStringLiteral("error"));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(u"No figures were saved from “bad.csv”."), qPrintable(errors.first()));
    QCOMPARE(ScriptStore(m_workspace->database()).performance(glow).value()->figures.views,
             std::optional<qint64>(5000));
}

// --- delete and promote ---

void TestHistoryActions::deleteAsksWithTheCount()
{
    const qint64 a = idOf(QStringLiteral("Meal prep for lazy Sundays"));
    const qint64 b = idOf(QStringLiteral("Stop skipping leg day"));
    select(a);
    select(b, Qt::ControlModifier);
    QCOMPARE(m_page->selectedIds().size(), 2);
    m_prompter->confirmAnswers.append(false);
    QTest::keyClick(m_page->table(), Qt::Key_Delete);
    QCOMPARE(m_prompter->confirmQuestions.size(), 1);
    QVERIFY2(m_prompter->confirmQuestions.first().startsWith(u"Delete 2 scripts?"),
             qPrintable(m_prompter->confirmQuestions.first()));
    QCOMPARE(ScriptStore(m_workspace->database()).count().value(), 6);

    m_prompter->confirmAnswers.append(true);
    REEL_FIND(button, QToolButton, m_page.get(), "deleteScriptsButton");
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_prompter->confirmQuestions.size(), 2);
    ScriptStore store(m_workspace->database());
    QCOMPARE(store.count().value(), 4);
    QVERIFY(!store.get(a).ok());
    QVERIFY(!store.get(b).ok());
    QCOMPARE(m_page->model()->rowOf(a), -1);
    REEL_FIND(count, QLabel, m_page.get(), "historyCountLabel");
    QCOMPARE(count->text(), QStringLiteral("4 scripts"));
    QVERIFY(m_page->selectedIds().isEmpty());
}

void TestHistoryActions::promoteAddsAnExample()
{
    const qint64 id = idOf(QStringLiteral("Three budgeting apps that actually work"));
    ExampleLibrary& library = m_workspace->examples();
    const int before = library.count({}).value();
    REEL_FIND(promote, QToolButton, m_page.get(), "promoteScriptButton");
    QVERIFY(!promote->isEnabled()); // nothing selected
    select(id);
    select(idOf(QStringLiteral("Glow routine in five minutes")), Qt::ControlModifier);
    QVERIFY(!promote->isEnabled()); // one script at a time
    select(id);
    QVERIFY(promote->isEnabled());
    QSignalSpy spy(m_page.get(), &HistoryPage::examplePromoted);
    QTest::mouseClick(promote, Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(library.count({}).value(), before + 1);
    const qint64 exampleId = spy.at(0).at(0).toLongLong();
    const Example example = library.get(exampleId).value();
    QCOMPARE(example.source, ExampleSource::Promoted);
    QCOMPARE(example.script.body,
             QStringLiteral("Forget the spreadsheet. These three apps sort your spending while you sleep."));
    QCOMPARE(example.sector, QStringLiteral("finance"));
    REEL_FIND(bar, MessageBar, m_page.get(), "historyMessageBar");
    QCOMPARE(bar->text(), QStringLiteral("Added to the example library as example %1.").arg(exampleId));
    // Again: the same example is brought up to date, not doubled.
    QTest::mouseClick(promote, Qt::LeftButton);
    QCOMPARE(library.count({}).value(), before + 1);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toLongLong(), exampleId);
    QCOMPARE(bar->text(),
             QStringLiteral("Example %1 in the library was brought up to date with this script.").arg(exampleId));
}

void TestHistoryActions::promotingALibraryScriptSaysItIsThere()
{
    ExampleQuery english;
    english.language = QStringLiteral("en");
    const Example bundled = m_workspace->examples().find(english).value().at(3);
    Seed s = seeds().at(0);
    s.title = QStringLiteral("Copied from the library");
    GenerationRecord r = recordOf(s);
    r.script.hook = bundled.script.hook;
    r.script.body = bundled.script.body;
    r.script.cta = bundled.script.cta;
    r.script.caption = bundled.script.caption;
    r.script.hashtags = bundled.script.hashtags;
    const qint64 id = ScriptStore(m_workspace->database()).add(r)->id;
    m_page->refresh();
    const int before = m_workspace->examples().count({}).value();
    select(id);
    QSignalSpy spy(m_page.get(), &HistoryPage::examplePromoted);
    m_page->promoteAction()->trigger();
    QCOMPARE(spy.size(), 0);
    QCOMPARE(m_workspace->examples().count({}).value(), before);
    REEL_FIND(bar, MessageBar, m_page.get(), "historyMessageBar");
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->text(),
             QStringLiteral("The example library already holds this script (example %1).").arg(bundled.id));
}

QTEST_MAIN(TestHistoryActions)
#include "tst_historypage_actions.moc"
