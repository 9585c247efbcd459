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

namespace examplestest {

Example sample(int n, const QString& sector)
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

void ExamplesPageFixture::setUpWorkspace()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto ws = Workspace::open(m_dir->filePath(QStringLiteral("workspace")));
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toEnglish()));
    m_workspace = std::move(ws).value();
    m_prompter = std::make_unique<FakePrompter>();
}

void ExamplesPageFixture::tearDown()
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

void ExamplesPageFixture::openPage(const QString& indexFolder)
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

void ExamplesPageFixture::waitForIndex()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_index->state(), IndexService::State::UpToDate, kIndexTimeoutMs);
}

QList<Example> ExamplesPageFixture::english() const
{
    ExampleQuery q;
    q.language = QStringLiteral("en");
    return m_workspace->examples().find(q).value();
}

int ExamplesPageFixture::libraryCount() const
{
    return m_workspace->examples().count({}).value();
}

QString ExamplesPageFixture::writeTemp(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(name);
    if (!reel::test::writeFile(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void ExamplesPageFixture::addMany(int count)
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

ExampleDialog* ExamplesPageFixture::openNewForm()
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

void ExamplesPageFixture::fillForm(ExampleDialog* form, const Example& e)
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

ImportWizard* ExamplesPageFixture::startImport(const QString& path)
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

void ExamplesPageFixture::clickNext(ImportWizard* wizard)
{
    QAbstractButton* next = wizard->currentPage()->isCommitPage() ? wizard->button(QWizard::CommitButton)
                                                                  : wizard->button(QWizard::NextButton);
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

} // namespace examplestest
