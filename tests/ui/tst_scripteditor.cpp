// The Script Editor page driven through its real widgets over a real workspace: live checks on
// the worker thread, underlines, the Problems list and its fixes, gauges, files.

#include "FakePrompter.h"
#include "UiTestHelpers.h"
#include "editor/DurationGauges.h"
#include "editor/FindingHighlighter.h"
#include "editor/GaugeBar.h"
#include "editor/ProblemsModel.h"
#include "editor/ProblemsPanel.h"
#include "editor/RequestBar.h"
#include "editor/ScriptEditorPage.h"
#include "editor/ScriptForm.h"
#include "editor/SectionEditor.h"
#include "editor/SeverityStyle.h"
#include "editor/ShotsModel.h"
#include "editor/ValidationController.h"
#include "editor/ValidationService.h"
#include "model/JsonCodec.h"
#include "store/ProfileStore.h"
#include "store/ScriptStore.h"
#include "store/Workspace.h"
#include "support/TestSupport.h"
#include "validate/RulePack.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace reel;
using namespace reel::ui;

namespace {

constexpr int kCheckTimeoutMs = 20000;

// The sample script of /tmp/s1.json in the brief: banned words, a bad hashtag list, emoji piles.
ReelScript sampleScript()
{
    ReelScript s;
    s.hook = QStringLiteral("Feeling LAZY about workouts?");
    s.body = QStringLiteral(
            "Most people think they need an hour at the gym. You don't. Our fifteen minute home routines fit between "
            "meetings, build real strength, and the the results are guaranteed results for everyone. Fat people and "
            "fit people alike can start. I fathom why you feel fatigue, but consistency beats intensity every single "
            "time!!!");
    s.cta = QStringLiteral("Start your free trial today");
    s.caption = QStringLiteral("Fifteen minutes. No gym. No excuses. Your living room is the gym now 💪🔥🔥🔥🔥");
    s.hashtags = QStringList{QStringLiteral("#HomeWorkout"), QStringLiteral("#fitlife"),
                             QStringLiteral("FitLife"),      QStringLiteral("#followforfollow"),
                             QStringLiteral("#2026"),        QStringLiteral("#fit-life"),
                             QStringLiteral("#homeworkout")};
    return s;
}

} // namespace

class TestScriptEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void bannedWordIsUnderlinedExactly();
    void similarWordsAreNotBanned();
    void quickFixThenUndo();
    void problemsListFollowsEditsAndPassesModelTester();
    void gaugesFollowTyping();
    void japaneseChangesRateAndSpelling();
    void openEnvelopeEditSave();
    void openBareScriptSavesEnvelope();
    void saveWaitsForTheRunningCheck();
    void openingInvalidFileShowsTheError();
    void unsavedChangesCancelKeepsThePage();
    void unsavedChangesDiscardOpensNewScript();
    void toolTipAndContextMenuOfferTheFix();
    void spellingSuggestionsComeFromTheWorker();
    void f8WalksThroughProblems();
    void onlyChangedBlocksAreRehighlighted();
    void editedProfileIsCheckedAgain();
    void shotsCanBeAddedAndRemoved();
    void tabOrderFollowsTheSections();
    void controlsHaveNamesForTestsAndScreenReaders();
    void historyScriptIsAutosavedAsVersions();

private:
    void openPage();
    void waitUpToDate();
    SectionEditor* editor(const char* name) const;
    QString writeTemp(const QString& name, const QByteArray& bytes);
    QList<const ProblemsModel::Entry*> problems(const QString& code) const;
    static bool hasWave(const SectionEditor* editor, int position, int length, const QColor& color);
    static bool hasWaveOver(const SectionEditor* editor, int position, int length, const QColor& color);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<FakePrompter> m_prompter;
    std::unique_ptr<ScriptEditorPage> m_page;
    qint64 m_profileId = 0;
};

void TestScriptEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WithsocioTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_scripteditor"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestScriptEditor::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto ws = Workspace::open(m_dir->filePath(QStringLiteral("workspace")));
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toEnglish()));
    m_workspace = std::move(ws).value();
    // The original service's sample brand: do_not_use holds "fat" and "lazy".
    const auto request = codec::decodeRequestFile(test::readTestData(QStringLiteral("requests/original.json")));
    QVERIFY(request.ok());
    QCOMPARE(request.value.brandProfile.doNotUse, (QStringList{QStringLiteral("fat"), QStringLiteral("lazy")}));
    auto stored = m_workspace->profiles().create(request.value.brandProfile);
    QVERIFY(stored.ok());
    m_profileId = stored->id;
    m_prompter = std::make_unique<FakePrompter>();
}

void TestScriptEditor::cleanup()
{
    if (m_prompter)
        QCOMPARE(m_prompter->unexpected, 0);
    m_page.reset();
    m_workspace.reset();
    m_prompter.reset();
    m_dir.reset();
}

void TestScriptEditor::openPage()
{
    m_page = std::make_unique<ScriptEditorPage>(*m_workspace, *m_prompter);
    m_page->resize(1300, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->validation()->contextInfo().context != 0, kCheckTimeoutMs);
    QCOMPARE(m_page->requestBar()->profileId(), m_profileId);
}

void TestScriptEditor::waitUpToDate()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_page->validation()->isUpToDate(), kCheckTimeoutMs);
}

SectionEditor* TestScriptEditor::editor(const char* name) const
{
    auto* e = m_page->findChild<SectionEditor*>(QLatin1String(name));
    if (!e)
        qFatal("no section editor %s", name);
    return e;
}

QString TestScriptEditor::writeTemp(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(name);
    if (!test::writeFile(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QList<const ProblemsModel::Entry*> TestScriptEditor::problems(const QString& code) const
{
    QList<const ProblemsModel::Entry*> out;
    const ProblemsModel* model = m_page->problemsModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->entryAt(row)->shown.finding.code == code)
            out.append(model->entryAt(row));
    }
    return out;
}

// A wavy underline in `color` exactly over [position, position + length) of the document.
bool TestScriptEditor::hasWave(const SectionEditor* editor, int position, int length, const QColor& color)
{
    const QTextBlock block = editor->document()->findBlock(position);
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    return std::any_of(formats.cbegin(), formats.cend(), [&](const QTextLayout::FormatRange& r) {
        return r.start == position - block.position() && r.length == length
               && r.format.underlineStyle() == QTextCharFormat::WaveUnderline && r.format.underlineColor() == color;
    });
}

// Any wavy underline in `color` touching [position, position + length).
bool TestScriptEditor::hasWaveOver(const SectionEditor* editor, int position, int length, const QColor& color)
{
    const QTextBlock block = editor->document()->findBlock(position);
    const int start = position - block.position();
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    return std::any_of(formats.cbegin(), formats.cend(), [&](const QTextLayout::FormatRange& r) {
        return r.start < start + length && start < r.start + r.length
               && r.format.underlineStyle() == QTextCharFormat::WaveUnderline && r.format.underlineColor() == color;
    });
}

void TestScriptEditor::bannedWordIsUnderlinedExactly()
{
    openPage();
    SectionEditor* body = editor("bodyEdit");
    const QColor red = SeverityStyle::color(Severity::Error);
    QTest::keyClicks(body, QStringLiteral("Skip the fat days"));
    QTRY_VERIFY_WITH_TIMEOUT(hasWave(body, 9, 3, red), kCheckTimeoutMs);
    QVERIFY(!hasWaveOver(body, 0, 9, red));
    QVERIFY(!hasWaveOver(body, 12, 5, red));

    QTRY_COMPARE_WITH_TIMEOUT(problems(QStringLiteral("banned_word")).size(), 1, kCheckTimeoutMs);
    const ProblemsModel::Entry* entry = problems(QStringLiteral("banned_word")).constFirst();
    QCOMPARE(entry->field, ScriptField::Body);
    const QModelIndex row = m_page->problemsModel()->index(m_page->problemsModel()->rowOfId(entry->shown.id), 0);
    QCOMPARE(row.siblingAtColumn(ProblemsModel::SectionColumn).data().toString(), QStringLiteral("Body"));
    QCOMPARE(row.siblingAtColumn(ProblemsModel::MessageColumn).data().toString(),
             QStringLiteral("“fat” is on the brand's do-not-use list."));
    QCOMPARE(row.siblingAtColumn(ProblemsModel::SeverityColumn).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Error"));
    QVERIFY(!row.siblingAtColumn(ProblemsModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
}

void TestScriptEditor::similarWordsAreNotBanned()
{
    openPage();
    SectionEditor* body = editor("bodyEdit");
    QTest::keyClicks(body, QStringLiteral("I fathom your fatigue today"));
    waitUpToDate();
    QVERIFY(problems(QStringLiteral("banned_word")).isEmpty());
    const QColor red = SeverityStyle::color(Severity::Error);
    QVERIFY(!hasWaveOver(body, 2, 6, red));  // fathom
    QVERIFY(!hasWaveOver(body, 14, 7, red)); // fatigue
    // The page did check: the body is too short, and that is listed.
    QCOMPARE(problems(QStringLiteral("too_few_words")).size(), 1);
}

void TestScriptEditor::quickFixThenUndo()
{
    openPage();
    SectionEditor* body = editor("bodyEdit");
    QTest::keyClicks(body, QStringLiteral("Skip the fat days"));
    QTRY_COMPARE_WITH_TIMEOUT(problems(QStringLiteral("banned_word")).size(), 1, kCheckTimeoutMs);
    waitUpToDate();

    QTreeView* view = m_page->problemsPanel()->view();
    REEL_FIND(fixButton, QPushButton, m_page.get(), "fixButton");
    const int row = m_page->problemsModel()->rowOfId(problems(QStringLiteral("banned_word")).constFirst()->shown.id);
    const QModelIndex index = m_page->problemsModel()->index(row, ProblemsModel::MessageColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    // Clicking the row shows the word in the body.
    QTRY_VERIFY(body->hasFocus());
    QCOMPARE(body->textCursor().selectedText(), QStringLiteral("fat"));
    QVERIFY(fixButton->isEnabled());
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("fixText"))->text(), QStringLiteral("Fix: remove “fat”"));
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("problemDetails"))->text(),
             QStringLiteral("“fat” is on the brand's do-not-use list."));

    QTest::mouseClick(fixButton, Qt::LeftButton);
    QCOMPARE(body->toPlainText(), QStringLiteral("Skip the days"));
    QVERIFY(!hasWaveOver(body, 0, 13, SeverityStyle::color(Severity::Error)));
    QTRY_VERIFY_WITH_TIMEOUT(problems(QStringLiteral("banned_word")).isEmpty(), kCheckTimeoutMs);

    // The fixed section has the focus: the undo the status bar offers works with no click first.
    QTRY_VERIFY(body->hasFocus());
    QVERIFY(QApplication::focusWidget() == body);
    // One undo brings the word back, and the check finds it again.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(body->toPlainText(), QStringLiteral("Skip the fat days"));
    QTRY_COMPARE_WITH_TIMEOUT(problems(QStringLiteral("banned_word")).size(), 1, kCheckTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(hasWave(body, 9, 3, SeverityStyle::color(Severity::Error)), kCheckTimeoutMs);
}

void TestScriptEditor::problemsListFollowsEditsAndPassesModelTester()
{
    openPage();
    QAbstractItemModelTester tester(m_page->problemsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    SectionEditor* hook = editor("hookEdit");
    SectionEditor* body = editor("bodyEdit");
    SectionEditor* hashtags = editor("hashtagsEdit");
    QTest::keyClicks(hook, QStringLiteral("Feeling LAZY about workouts?"));
    QTest::keyClicks(body, QStringLiteral("Fat people and fit people alike can start the the plan today!!!"));
    QTest::keyClicks(hashtags, QStringLiteral("#fitlife FitLife #followforfollow"));
    waitUpToDate();
    QCOMPARE(problems(QStringLiteral("banned_word")).size(), 2); // LAZY in the hook, Fat in the body
    QCOMPARE(problems(QStringLiteral("hashtag_no_hash")).size(), 1);
    QCOMPARE(problems(QStringLiteral("hashtag_banned")).size(), 1);
    QCOMPARE(problems(QStringLiteral("word_repeated")).size(), 1);
    QCOMPARE(problems(QStringLiteral("exclamations")).size(), 1);
    // Reading order: hook first, then body.
    QCOMPARE(m_page->problemsModel()->entryAt(0)->field, ScriptField::Hook);

    // A row that stays keeps its place while other rows come and go.
    const quint64 hookBan = problems(QStringLiteral("banned_word")).constFirst()->shown.id;
    QTreeView* view = m_page->problemsPanel()->view();
    view->setCurrentIndex(m_page->problemsModel()->index(m_page->problemsModel()->rowOfId(hookBan), 0));
    QSignalSpy reset(m_page->problemsModel(), &QAbstractItemModel::modelReset);
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" Start now"));
    waitUpToDate();
    QCOMPARE(reset.size(), 0);
    QCOMPARE(view->currentIndex().data(ProblemsModel::CodeRole).toString(), QStringLiteral("banned_word"));
    QCOMPARE(view->currentIndex().data(ProblemsModel::FieldRole).toInt(), int(ScriptField::Hook));

    // Emptying everything empties the list.
    for (SectionEditor* e : {hook, body, hashtags}) {
        e->selectAll();
        QTest::keyClick(e, Qt::Key_Delete);
    }
    waitUpToDate();
    QCOMPARE(m_page->problemsModel()->rowCount(), 0);
}

void TestScriptEditor::gaugesFollowTyping()
{
    openPage();
    REEL_FIND(total, GaugeBar, m_page.get(), "totalGauge");
    REEL_FIND(hookGauge, GaugeBar, m_page.get(), "hookGauge");
    REEL_FIND(caption, GaugeBar, m_page.get(), "captionCounter");
    REEL_FIND(hashtagCounter, GaugeBar, m_page.get(), "hashtagCounter");
    const int cap = int(RulePack::builtIn().settingsOn(QDate::currentDate()).value(QStringLiteral("hashtags.max")));
    QCOMPARE(total->value(), 0.0);
    QTRY_COMPARE(hashtagCounter->text(), QStringLiteral("0 / %1").arg(cap));

    QTest::keyClicks(editor("hookEdit"), QStringLiteral("Why do workouts never stick?"));
    QTRY_VERIFY_WITH_TIMEOUT(hookGauge->value() > 0, kCheckTimeoutMs);
    QTest::keyClicks(editor("bodyEdit"), QStringLiteral("Most people think they need an hour at the gym."));
    QTRY_VERIFY_WITH_TIMEOUT(total->value() > hookGauge->value(), kCheckTimeoutMs);
    const double before = total->value();
    QTest::keyClicks(editor("bodyEdit"), QStringLiteral(" You do not. Fifteen minutes at home, three days a week."));
    QTRY_VERIFY_WITH_TIMEOUT(total->value() > before, kCheckTimeoutMs);
    waitUpToDate();
    QCOMPARE(total->value(), m_page->gauges()->totalSeconds());
    QCOMPARE(total->value(), m_page->validation()->lastOutcome().duration.totalSeconds());
    QVERIFY(total->text().endsWith(QStringLiteral(" / 30 s")));
    // Short of the 30 s Reel: amber.
    QCOMPARE(total->color(), SeverityStyle::low());

    QTest::keyClicks(editor("captionEdit"), QStringLiteral("Hello "));
    editor("captionEdit")->insertPlainText(QStringLiteral("💪")); // as an emoji picker types it
    QTRY_COMPARE_WITH_TIMEOUT(caption->text(), QStringLiteral("7 / 2,200"), kCheckTimeoutMs); // the emoji counts once
    QTest::keyClicks(editor("hashtagsEdit"), QStringLiteral("#one #two  #three"));
    QTRY_COMPARE_WITH_TIMEOUT(hashtagCounter->text(), QStringLiteral("3 / %1").arg(cap), kCheckTimeoutMs);
    // Hashtags written in the caption count towards the cap too.
    QTest::keyClicks(editor("captionEdit"), QStringLiteral(" #four"));
    QTRY_COMPARE_WITH_TIMEOUT(hashtagCounter->text(), QStringLiteral("4 / %1").arg(cap), kCheckTimeoutMs);
}

void TestScriptEditor::japaneseChangesRateAndSpelling()
{
    openPage();
    SectionEditor* body = editor("bodyEdit");
    QTest::keyClicks(body, QStringLiteral("Most people think they need an hour at the gym every single day."));
    waitUpToDate();
    const double english = m_page->gauges()->bodySeconds();
    QVERIFY(english > 0);
    QVERIFY(problems(QStringLiteral("spelling_unavailable")).isEmpty());

    QComboBox* language = m_page->requestBar()->languageCombo();
    QCOMPARE(language->objectName(), QStringLiteral("languageCombo"));
    language->setCurrentIndex(language->findData(QStringLiteral("ja")));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->validation()->contextInfo().language, QStringLiteral("ja"), kCheckTimeoutMs);
    waitUpToDate();
    // Japanese counts characters at 300 a minute: the same text takes another time to say.
    QVERIFY2(qAbs(m_page->gauges()->bodySeconds() - english) > 0.5,
             qPrintable(QStringLiteral("%1 vs %2").arg(m_page->gauges()->bodySeconds()).arg(english)));
    // No Japanese dictionary: the Problems list says spelling is not checked.
    const auto notes = problems(QStringLiteral("spelling_unavailable"));
    QCOMPARE(notes.size(), 1);
    const int row = m_page->problemsModel()->rowOfId(notes.constFirst()->shown.id);
    QCOMPARE(m_page->problemsModel()->index(row, ProblemsModel::MessageColumn).data().toString(),
             QStringLiteral("No spelling dictionary for Japanese: spelling is not checked."));
    QCOMPARE(notes.constFirst()->shown.finding.severity, Severity::Info);
    QCOMPARE(m_page->requestBar()->request().language, QStringLiteral("ja"));

    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->validation()->contextInfo().language, QStringLiteral("en"), kCheckTimeoutMs);
    waitUpToDate();
    QVERIFY(problems(QStringLiteral("spelling_unavailable")).isEmpty());
    QCOMPARE(m_page->gauges()->bodySeconds(), english);
}

void TestScriptEditor::openEnvelopeEditSave()
{
    const QByteArray envelope = QByteArrayLiteral(R"({"script": )") + codec::encodeScript(sampleScript())
                                + QByteArrayLiteral(R"(, "validation": {"is_valid": true, "errors": [], "warnings": []},
        "metadata": {"brand": "FitLife Studio", "sector": "fitness", "goal": "conversion", "hook_type": "question",
                     "script_length": 45}, "request_id": "r-123"})");
    const QString path = writeTemp(QStringLiteral("answer.json"), envelope);
    openPage();
    m_prompter->openPaths << path;
    m_page->openAction()->trigger();
    QCOMPARE(m_page->filePath(), path);
    QCOMPARE(editor("hookEdit")->toPlainText(), QStringLiteral("Feeling LAZY about workouts?"));
    QCOMPARE(editor("hashtagsEdit")->toPlainText(),
             QStringLiteral("#HomeWorkout #fitlife FitLife #followforfollow #2026 #fit-life #homeworkout"));
    QCOMPARE(m_page->requestBar()->request().scriptLength, 45);
    QCOMPARE(m_page->requestBar()->request().hookType, QStringLiteral("question"));
    QVERIFY(!m_page->isModified());
    waitUpToDate();
    QCOMPARE(problems(QStringLiteral("banned_word")).size(), 2);
    QCOMPARE(problems(QStringLiteral("hashtag_banned")).size(), 1);

    SectionEditor* body = editor("bodyEdit");
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" Extra"));
    QVERIFY(m_page->isModified());
    waitUpToDate();
    QVERIFY(m_page->saveAction()->isEnabled());
    QVERIFY(m_page->save());
    QVERIFY(!m_page->isModified());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto saved = codec::decodeAnswer(file.readAll());
    QVERIFY(saved.ok());
    QCOMPARE(saved.value.script, m_page->script());
    QVERIFY(saved.value.script.body.endsWith(QStringLiteral("every single time!!! Extra")));
    QCOMPARE(saved.value.metadata.brand, QStringLiteral("FitLife Studio"));
    QCOMPARE(saved.value.metadata.scriptLength, 45);
    QVERIFY(!saved.value.validation.isValid);
    QVERIFY(saved.value.validation.errors.contains(QStringLiteral("hook: \"LAZY\" is on the brand's do-not-use list")));
    QVERIFY(saved.value.unknownFields.contains("r-123")); // members the editor does not know stay
}

void TestScriptEditor::openBareScriptSavesEnvelope()
{
    const QString path = writeTemp(QStringLiteral("bare.json"), codec::encodeScript(sampleScript()));
    const QString target = m_dir->filePath(QStringLiteral("saved"));
    openPage();
    QVERIFY(m_page->openFile(path));
    QCOMPARE(editor("captionEdit")->toPlainText(),
             QStringLiteral("Fifteen minutes. No gym. No excuses. Your living room is the gym now 💪🔥🔥🔥🔥"));
    waitUpToDate();
    m_prompter->savePaths << target;
    m_page->saveAsAction()->trigger();
    QCOMPARE(m_page->filePath(), target + QStringLiteral(".json")); // the suffix is added
    QFile file(target + QStringLiteral(".json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto saved = codec::decodeAnswer(file.readAll());
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.errors.constFirst().toEnglish()));
    QCOMPARE(saved.value.script.caption, editor("captionEdit")->toPlainText());
    QCOMPARE(saved.value.metadata.brand, QStringLiteral("FitLife Studio"));
}

void TestScriptEditor::saveWaitsForTheRunningCheck()
{
    const QString target = m_dir->filePath(QStringLiteral("quick.json"));
    openPage();
    SectionEditor* body = editor("bodyEdit");
    QTest::keyClicks(body, QStringLiteral("Lazy mornings are over"));
    // Saved at once: the check of these keystrokes is still waiting for the pause.
    m_prompter->savePaths << target;
    QVERIFY(!m_page->validation()->isUpToDate());
    QVERIFY(!m_page->save());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(target), kCheckTimeoutMs);
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto saved = codec::decodeAnswer(file.readAll());
    QVERIFY(saved.ok());
    QCOMPARE(saved.value.script.body, QStringLiteral("Lazy mornings are over"));
    QVERIFY(saved.value.validation.errors.contains(QStringLiteral("body: \"Lazy\" is on the brand's do-not-use list")));
    QVERIFY(!m_page->isModified());
}

void TestScriptEditor::openingInvalidFileShowsTheError()
{
    const QString broken = writeTemp(QStringLiteral("broken.json"), QByteArrayLiteral("{\"hook\": "));
    const QString wrong = writeTemp(QStringLiteral("wrong.json"), QByteArrayLiteral(R"({"hook": 7, "hashtags": "x"})"));
    openPage();
    QTest::keyClicks(editor("hookEdit"), QStringLiteral("Keep me"));
    m_prompter->setNextAnswer(Prompter::UnsavedAnswer::Discard);
    m_prompter->openPaths << broken;
    m_page->openAction()->trigger();
    QCOMPARE(m_prompter->messages.size(), 1);
    QCOMPARE(m_prompter->messages.constFirst().title, QStringLiteral("Could Not Open the Script"));
    QVERIFY2(m_prompter->messages.constFirst().text.contains(QStringLiteral("not valid JSON")),
             qPrintable(m_prompter->messages.constFirst().text));
    QCOMPARE(m_page->filePath(), QString());

    QVERIFY(!m_page->openFile(wrong));
    const QString text = m_prompter->messages.constLast().text;
    QVERIFY2(text.contains(QStringLiteral("hook")) && text.contains(QStringLiteral("hashtags")), qPrintable(text));
    QCOMPARE(editor("hookEdit")->toPlainText(), QStringLiteral("Keep me"));
}

void TestScriptEditor::unsavedChangesCancelKeepsThePage()
{
    openPage();
    SectionEditor* hook = editor("hookEdit");
    QTest::keyClicks(hook, QStringLiteral("Why do workouts never stick?"));
    QVERIFY(m_page->isModified());
    m_prompter->setNextAnswer(Prompter::UnsavedAnswer::Cancel);
    m_page->openAction()->trigger(); // no file is asked for: the prompter would count it
    QCOMPARE(m_prompter->unsavedQuestions, QStringList{QStringLiteral("The new script has not been saved.")});
    QCOMPARE(hook->toPlainText(), QStringLiteral("Why do workouts never stick?"));
    QVERIFY(m_page->isModified());

    m_prompter->setNextAnswer(Prompter::UnsavedAnswer::Cancel);
    m_page->newAction()->trigger();
    QCOMPARE(hook->toPlainText(), QStringLiteral("Why do workouts never stick?"));
    QCOMPARE(m_prompter->unsavedQuestions.size(), 2);
}

void TestScriptEditor::unsavedChangesDiscardOpensNewScript()
{
    openPage();
    QTest::keyClicks(editor("hookEdit"), QStringLiteral("Why do workouts never stick?"));
    m_prompter->setNextAnswer(Prompter::UnsavedAnswer::Discard);
    m_page->newAction()->trigger();
    for (const char* name :
         {"hookEdit", "bodyEdit", "ctaEdit", "captionEdit", "hashtagsEdit", "onScreenEdit", "thumbnailEdit"})
        QVERIFY2(editor(name)->toPlainText().isEmpty(), name);
    QCOMPARE(m_page->form()->shots()->rowCount(), 0);
    QVERIFY(!m_page->isModified());
    waitUpToDate();
    QCOMPARE(m_page->problemsModel()->rowCount(), 0); // nothing written: nothing to complain about
}

void TestScriptEditor::toolTipAndContextMenuOfferTheFix()
{
    openPage();
    SectionEditor* body = editor("bodyEdit");
    QTest::keyClicks(body, QStringLiteral("Skip the fat days"));
    QTRY_VERIFY_WITH_TIMEOUT(hasWave(body, 9, 3, SeverityStyle::color(Severity::Error)), kCheckTimeoutMs);
    QCOMPARE(body->toolTipAt(10), QStringLiteral("“fat” is on the brand's do-not-use list.\nFix: remove “fat”"));
    QCOMPARE(body->toolTipAt(2), QString());

    std::unique_ptr<QMenu> menu(body->createContextMenu(10, QPoint()));
    QAction* fix = nullptr;
    for (QAction* a : menu->actions()) {
        if (a->text() == QStringLiteral("Fix: remove “fat”"))
            fix = a;
    }
    QVERIFY(fix);
    QCOMPARE(menu->actions().constFirst(), fix); // before the usual editing actions
    fix->trigger();
    QCOMPARE(body->toPlainText(), QStringLiteral("Skip the days"));
}

void TestScriptEditor::spellingSuggestionsComeFromTheWorker()
{
    openPage();
    SectionEditor* body = editor("bodyEdit");
    QTest::keyClicks(body, QStringLiteral("Skip the long workot today"));
    waitUpToDate();
    QTRY_COMPARE_WITH_TIMEOUT(problems(QStringLiteral("spelling")).size(), 1, kCheckTimeoutMs);
    std::unique_ptr<QMenu> menu(body->createContextMenu(16, QPoint()));
    auto* suggestions = menu->findChild<QMenu*>(QStringLiteral("spellingSuggestionsMenu"));
    QVERIFY(suggestions);
    QCOMPARE(suggestions->actions().size(), 1);
    QVERIFY(!suggestions->actions().constFirst()->isEnabled()); // "Looking up…"
    QVERIFY(QMetaObject::invokeMethod(suggestions, "aboutToShow"));
    QAction* workout = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (QAction* a : suggestions->actions()) {
                    if (a->text() == QStringLiteral("workout"))
                        workout = a;
                }
                return workout != nullptr;
            }(),
            kCheckTimeoutMs);
    workout->trigger();
    QCOMPARE(body->toPlainText(), QStringLiteral("Skip the long workout today"));
    // One undo step.
    body->undo();
    QCOMPARE(body->toPlainText(), QStringLiteral("Skip the long workot today"));
}

void TestScriptEditor::f8WalksThroughProblems()
{
    openPage();
    SectionEditor* hook = editor("hookEdit");
    SectionEditor* body = editor("bodyEdit");
    QTest::keyClicks(hook, QStringLiteral("Feeling lazy today?"));
    QTest::keyClicks(body, QStringLiteral("Fat chance you skip this one"));
    waitUpToDate();
    const int rows = m_page->problemsModel()->rowCount();
    QVERIFY(rows >= 2);
    QTreeView* view = m_page->problemsPanel()->view();

    // Reading order: the hook's problem first, its word selected in the hook.
    body->setFocus();
    QTRY_VERIFY(body->hasFocus());
    QTest::keyClick(body, Qt::Key_F8);
    QCOMPARE(view->currentIndex().row(), 0);
    QTRY_VERIFY(hook->hasFocus());
    QCOMPARE(hook->textCursor().selectedText(), QStringLiteral("lazy"));
    QTest::keyClick(hook, Qt::Key_F8);
    QCOMPARE(view->currentIndex().row(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(view->currentIndex().row(), 0);
    QTRY_VERIFY(hook->hasFocus());
    // Shift+F8 from the first wraps to the last.
    QTest::keyClick(hook, Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(view->currentIndex().row(), rows - 1);

    // F8 on until the body's banned word: it is selected in the body.
    const quint64 bodyBan = problems(QStringLiteral("banned_word")).constLast()->shown.id;
    for (int i = 0; i < rows && view->currentIndex().data(ProblemsModel::IdRole).toULongLong() != bodyBan; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
    QCOMPARE(view->currentIndex().data(ProblemsModel::IdRole).toULongLong(), bodyBan);
    QTRY_VERIFY(body->hasFocus());
    QCOMPARE(body->textCursor().selectedText(), QStringLiteral("Fat"));
}

void TestScriptEditor::onlyChangedBlocksAreRehighlighted()
{
    // A long body of 40 paragraphs: past the word limit, so an underline runs over most of it.
    QStringList paragraphs;
    for (int i = 0; i < 40; ++i)
        paragraphs << QStringLiteral("Paragraph %1 keeps the routine short and simple for busy people.").arg(i);
    ReelScript script;
    script.hook = QStringLiteral("Why do workouts never stick?");
    script.body = paragraphs.join(u'\n');
    script.cta = QStringLiteral("Start your free trial today");
    const QString path = writeTemp(QStringLiteral("long.json"), codec::encodeScript(script));
    openPage();
    QVERIFY(m_page->openFile(path));
    waitUpToDate();
    SectionEditor* body = editor("bodyEdit");
    QCOMPARE(body->document()->blockCount(), 40);
    QCOMPARE(problems(QStringLiteral("too_many_words")).size(), 1);

    const int before = body->highlighter()->highlightedBlocks();
    // Paragraph 5 lies before the word limit (11 words a paragraph, 150 allowed).
    QTextCursor cursor(body->document()->findBlockByNumber(5));
    cursor.movePosition(QTextCursor::EndOfBlock);
    body->setTextCursor(cursor);
    QTest::keyClicks(body, QStringLiteral(" fat"));
    // Each keystroke re-highlights the block it changed, and nothing else.
    QCOMPARE(body->highlighter()->highlightedBlocks() - before, 4);
    QTRY_COMPARE_WITH_TIMEOUT(problems(QStringLiteral("banned_word")).size(), 1, kCheckTimeoutMs);
    waitUpToDate();
    // The new underline needed paragraph 5 only; the long one kept its look everywhere else.
    QVERIFY2(body->highlighter()->highlightedBlocks() - before <= 6,
             qPrintable(QString::number(body->highlighter()->highlightedBlocks() - before)));
    const QTextBlock block = body->document()->findBlockByNumber(5);
    QVERIFY(hasWave(body, block.position() + block.length() - 4, 3, SeverityStyle::color(Severity::Error)));
}

void TestScriptEditor::editedProfileIsCheckedAgain()
{
    openPage();
    SectionEditor* body = editor("bodyEdit");
    QTest::keyClicks(body, QStringLiteral("Skip the sweaty days"));
    waitUpToDate();
    QVERIFY(problems(QStringLiteral("banned_word")).isEmpty());

    // The profile changes elsewhere (the Profiles page): the editor follows.
    auto stored = m_workspace->profiles().get(m_profileId);
    QVERIFY(stored.ok());
    BrandProfile profile = stored->profile;
    profile.doNotUse << QStringLiteral("sweaty");
    QVERIFY(m_workspace->profiles().update(m_profileId, profile).ok());
    QTRY_COMPARE_WITH_TIMEOUT(problems(QStringLiteral("banned_word")).size(), 1, kCheckTimeoutMs);

    // A second profile appears in the combo box; choosing it checks against it.
    BrandProfile other = uitest::profile(QStringLiteral("Acme"));
    other.doNotUse = {QStringLiteral("skip")};
    QVERIFY(m_workspace->profiles().create(other).ok());
    QComboBox* combo = m_page->requestBar()->profileCombo();
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(0), QStringLiteral("Acme"));
    combo->setCurrentIndex(0);
    QTRY_COMPARE_WITH_TIMEOUT(problems(QStringLiteral("banned_word")).size(), 1, kCheckTimeoutMs);
    waitUpToDate();
    QCOMPARE(problems(QStringLiteral("banned_word")).constFirst()->shown.finding.args.value(0), QStringLiteral("Skip"));
}

void TestScriptEditor::shotsCanBeAddedAndRemoved()
{
    openPage();
    REEL_FIND(table, QTableView, m_page.get(), "shotsTable");
    REEL_FIND(add, QToolButton, m_page.get(), "addShotButton");
    REEL_FIND(remove, QToolButton, m_page.get(), "removeShotButton");
    QVERIFY(!remove->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::mouseClick(add, Qt::LeftButton);
    ShotsModel* shots = m_page->form()->shots();
    QCOMPARE(shots->rowCount(), 2);
    QCOMPARE(shots->shots().at(1).startS, 3.0);
    QCOMPARE(shots->shots().at(1).endS, 6.0);
    QVERIFY(m_page->isModified());
    QVERIFY(shots->setData(shots->index(1, ShotsModel::VoiceoverColumn), QStringLiteral("Fat burns here")));
    QTRY_COMPARE_WITH_TIMEOUT(problems(QStringLiteral("banned_word")).size(), 1, kCheckTimeoutMs);
    QCOMPARE(problems(QStringLiteral("banned_word")).constFirst()->field, ScriptField::Shots);
    // Its fix edits the voice-over of that shot.
    QVERIFY(m_page->validation()->applyFix(problems(QStringLiteral("banned_word")).constFirst()->shown.id));
    QCOMPARE(shots->shots().at(1).voiceover, QStringLiteral("burns here"));

    table->setCurrentIndex(shots->index(0, 0));
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(shots->rowCount(), 1);
    QCOMPARE(shots->shots().constFirst().voiceover, QStringLiteral("burns here"));
}

void TestScriptEditor::tabOrderFollowsTheSections()
{
    openPage();
    SectionEditor* hook = editor("hookEdit");
    hook->setFocus();
    QTRY_VERIFY(hook->hasFocus());
    const QStringList expected = {QStringLiteral("bodyEdit"),     QStringLiteral("ctaEdit"),
                                  QStringLiteral("captionEdit"),  QStringLiteral("hashtagsEdit"),
                                  QStringLiteral("onScreenEdit"), QStringLiteral("shotsTable"),
                                  QStringLiteral("addShotButton")};
    for (const QString& name : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), name);
    }
    // The remove button is disabled without a shot; the thumbnail text comes next.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("thumbnailEdit"));
}

void TestScriptEditor::controlsHaveNamesForTestsAndScreenReaders()
{
    openPage();
    const char* names[] = {"hookEdit",     "bodyEdit",      "ctaEdit",         "captionEdit",    "hashtagsEdit",
                           "onScreenEdit", "shotsTable",    "thumbnailEdit",   "profileCombo",   "hookTypeCombo",
                           "emotionCombo", "goalCombo",     "lengthSpin",      "languageCombo",  "problemsView",
                           "fixButton",    "totalGauge",    "hookGauge",       "captionCounter", "hashtagCounter",
                           "topicEdit",    "addShotButton", "removeShotButton"};
    for (const char* name : names) {
        auto* widget = m_page->findChild<QWidget*>(QLatin1String(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    QCOMPARE(m_page->windowTitle(), QStringLiteral("Script Editor"));
    auto* length = m_page->findChild<QSpinBox*>(QStringLiteral("lengthSpin"));
    QCOMPARE(length->minimum(), 5);
    QCOMPARE(length->maximum(), 180);
    QCOMPARE(m_page->requestBar()->languageCombo()->count(), 6);
}

QTEST_MAIN(TestScriptEditor)
#include "tst_scripteditor.moc"

void TestScriptEditor::historyScriptIsAutosavedAsVersions()
{
    // A script from the workspace's history: edits become versions without any file or question.
    ScriptStore store(m_workspace->database());
    const auto request = codec::decodeRequestFile(test::readTestData(QStringLiteral("requests/original.json")));
    GenerationRecord record;
    record.profile = request.value.brandProfile;
    record.request = request.value.scriptRequest;
    record.provider = QStringLiteral("offline");
    record.script = codec::decodeScript(test::readTestData(QStringLiteral("scripts/clean.json"))).value;
    const qint64 first = store.add(record)->id;
    const qint64 second = store.add(record)->id;

    openPage();
    m_page->setAutosaveInterval(150);
    QVERIFY(m_page->openHistoryScript(first));
    QCOMPARE(m_page->historyId(), first);
    SectionEditor* hook = editor("hookEdit");
    hook->setFocus();
    hook->moveCursor(QTextCursor::End);
    QTest::keyClicks(hook, QStringLiteral(" Really"));
    QTRY_COMPARE_WITH_TIMEOUT(store.versions(first)->size(), 2, 5000);
    QVERIFY(store.versions(first)->constLast().autosaved);
    QTRY_COMPARE_WITH_TIMEOUT(store.get(first)->script.hook, record.script.hook + QStringLiteral(" Really"), 5000);

    // Further typing rewrites the session's version instead of piling up versions.
    QTest::keyClicks(hook, QStringLiteral("?"));
    QTRY_COMPARE_WITH_TIMEOUT(store.get(first)->script.hook, record.script.hook + QStringLiteral(" Really?"), 5000);
    QCOMPARE(store.versions(first)->size(), 2);

    // Save seals the version; nothing is asked and no file is written.
    QVERIFY(m_page->save());
    QVERIFY(!store.versions(first)->constLast().autosaved);
    QVERIFY(m_page->filePath().isEmpty());
    QVERIFY(m_prompter->unsavedQuestions.isEmpty());

    // Leaving the page saves at once, without waiting for the timer.
    m_page->setAutosaveInterval(60000);
    QTest::keyClicks(hook, QStringLiteral("!"));
    m_page->hide();
    QCOMPARE(store.versions(first)->size(), 3);
    QCOMPARE(store.get(first)->script.hook, record.script.hook + QStringLiteral(" Really?!"));
    m_page->show();

    // Opening another script ends the session: its version is sealed, nothing is asked.
    QTest::keyClicks(hook, QStringLiteral("!"));
    QVERIFY(m_page->openHistoryScript(second));
    QVERIFY(m_prompter->unsavedQuestions.isEmpty());
    const auto versions = store.versions(first);
    QCOMPARE(versions->size(), 3);
    QVERIFY(!versions->constLast().autosaved);
    QCOMPARE(versions->constLast().script.hook, record.script.hook + QStringLiteral(" Really?!!"));
    QCOMPARE(m_page->historyId(), second);
    QCOMPARE(hook->toPlainText(), record.script.hook);
    QCOMPARE(store.versions(second)->size(), 1);
}
