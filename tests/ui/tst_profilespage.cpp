// The Brand Profiles page driven through its real widgets over a real workspace.

#include "FakePrompter.h"
#include "UiTestHelpers.h"
#include "common/ErrorText.h"
#include "common/StringListEditor.h"
#include "model/JsonCodec.h"
#include "profiles/ProfileEditor.h"
#include "profiles/ProfileListModel.h"
#include "profiles/ProfilesPage.h"
#include "store/CatalogStore.h"
#include "store/ProfileStore.h"
#include "store/Workspace.h"
#include "support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace reel;
using namespace reel::ui;
using uitest::profile;

class TestProfilesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStateCreatesFirstProfile();
    void createProfileByTyping();
    void newProfileHasDefaultsAndIsListedOnlyWhenSaved();
    void customSectorJoinsTheCatalog();
    void emptyBrandNameShowsInlineErrorAndDisablesSave();
    void duplicateNameIsShownOnTheNameField();
    void duplicateAddsCopy();
    void deleteAndUndo();
    void deleteKeyInListDeletes();
    void undoAsksBeforeLeavingUnsavedEdits();
    void unsavedChangesCancelKeepsEdit();
    void unsavedChangesDiscardDropsEdit();
    void unsavedChangesSaveStoresEdit();
    void importOriginalRequestFile();
    void importNameClashGetsUniqueName();
    void importInvalidFileListsEveryError();
    void exportWritesTheProfile();
    void searchFiltersTheList();
    void searchKeepsTheProfileBeingEdited();
    void listEditorRefusesEmptyAndDuplicates();
    void hashtagsAreNormalisedOrRefusedAsTyped();
    void ageRangeIsChecked_data();
    void ageRangeIsChecked();
    void tabOrderFollowsTheForm();
    void listModelPassesModelTester();
    void brandOverridesARuleLimit();

private:
    void openPage();
    StoredProfile store(const BrandProfile& p);
    QString writeTemp(const QString& name, const QByteArray& bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<FakePrompter> m_prompter;
    std::unique_ptr<ProfilesPage> m_page;
};

void TestProfilesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WithsocioTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_profilespage"));
}

void TestProfilesPage::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto ws = Workspace::open(m_dir->filePath(QStringLiteral("workspace")));
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toEnglish()));
    m_workspace = std::move(ws).value();
    m_prompter = std::make_unique<FakePrompter>();
}

void TestProfilesPage::cleanup()
{
    if (m_prompter)
        QCOMPARE(m_prompter->unexpected, 0);
    m_page.reset();
    m_workspace.reset();
    m_prompter.reset();
    m_dir.reset();
}

void TestProfilesPage::openPage()
{
    m_page = std::make_unique<ProfilesPage>(*m_workspace, *m_prompter);
    m_page->resize(1100, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

StoredProfile TestProfilesPage::store(const BrandProfile& p)
{
    auto stored = m_workspace->profiles().create(p);
    if (!stored)
        qFatal("cannot store a test profile: %s", qPrintable(stored.error().toEnglish()));
    return stored.value();
}

QString TestProfilesPage::writeTemp(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(name);
    if (!reel::test::writeFile(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestProfilesPage::emptyStateCreatesFirstProfile()
{
    openPage();
    REEL_FIND(stack, QStackedWidget, m_page.get(), "profileDetailStack");
    REEL_FIND(empty, QWidget, m_page.get(), "emptyState");
    REEL_FIND(create, QPushButton, m_page.get(), "createFirstProfileButton");
    QCOMPARE(stack->currentWidget(), empty);
    QVERIFY(create->isVisible());
    QVERIFY(!create->text().isEmpty());

    QTest::mouseClick(create, Qt::LeftButton);
    REEL_FIND(name, QLineEdit, m_page.get(), "brandNameEdit");
    QVERIFY(name->isVisible());
    QVERIFY(m_page->isEditingNewProfile());
    QTRY_VERIFY(name->hasFocus());
}

void TestProfilesPage::createProfileByTyping()
{
    store(profile(QStringLiteral("Zeta Bank"), QStringLiteral("finance")));
    openPage();
    REEL_FIND(newButton, QToolButton, m_page.get(), "newProfileButton");
    REEL_FIND(saveButton, QToolButton, m_page.get(), "saveProfileButton");
    REEL_FIND(list, QListView, m_page.get(), "profileList");
    REEL_FIND(name, QLineEdit, m_page.get(), "brandNameEdit");
    REEL_FIND(sector, QComboBox, m_page.get(), "sectorCombo");
    REEL_FIND(age, QLineEdit, m_page.get(), "ageRangeEdit");
    REEL_FIND(gender, QComboBox, m_page.get(), "genderCombo");
    REEL_FIND(location, QLineEdit, m_page.get(), "locationEdit");
    REEL_FIND(painPoints, StringListEditor, m_page.get(), "painPointsEditor");
    REEL_FIND(voices, QListWidget, m_page.get(), "voiceList");
    REEL_FIND(offer, QPlainTextEdit, m_page.get(), "offerEdit");
    REEL_FIND(doNotUse, StringListEditor, m_page.get(), "doNotUseEditor");
    REEL_FIND(hashtags, StringListEditor, m_page.get(), "requiredHashtagsEditor");
    REEL_FIND(language, QComboBox, m_page.get(), "defaultLanguageCombo");

    QTest::mouseClick(newButton, Qt::LeftButton);
    QVERIFY(!saveButton->isEnabled());
    QTest::keyClicks(name, QStringLiteral("FitLife Studio"));
    QTest::keyClicks(sector->lineEdit(), QStringLiteral("Fitness"));
    QTest::keyClicks(age, QStringLiteral("25-40"));
    QTest::keyClicks(gender->lineEdit(), QStringLiteral("Female"));
    QTest::keyClicks(location, QStringLiteral("Mumbai"));
    QTest::keyClicks(painPoints->entryEdit(), QStringLiteral("No time to cook"));
    QTest::keyClick(painPoints->entryEdit(), Qt::Key_Return);
    QTest::keyClicks(painPoints->entryEdit(), QStringLiteral("Gyms are far"));
    QTest::mouseClick(painPoints->addButton(), Qt::LeftButton);
    const auto friendly = voices->findItems(QStringLiteral("Friendly"), Qt::MatchExactly);
    QCOMPARE(friendly.size(), 1);
    QTest::mouseClick(voices->viewport(), Qt::LeftButton, {}, voices->visualItemRect(friendly.first()).center());
    QTest::keyClick(voices, Qt::Key_Space);
    QCOMPARE(friendly.first()->checkState(), Qt::Checked);
    QTest::keyClicks(offer, QStringLiteral("Free trial"));
    QTest::keyClicks(doNotUse->entryEdit(), QStringLiteral("cheap"));
    QTest::keyClick(doNotUse->entryEdit(), Qt::Key_Return);
    QTest::keyClicks(hashtags->entryEdit(), QStringLiteral("#FitLife"));
    QTest::keyClick(hashtags->entryEdit(), Qt::Key_Enter);
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down); // "Decided per request" → the first language
    QCOMPARE(language->currentText(), QStringLiteral("English"));
    // Not listed before it is saved.
    QCOMPARE(uitest::rowTexts(list), QStringList{QStringLiteral("Zeta Bank")});
    QVERIFY(m_page->isModified());

    QVERIFY(saveButton->isEnabled());
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(!m_page->isModified());
    QCOMPARE(uitest::rowTexts(list), (QStringList{QStringLiteral("FitLife Studio"), QStringLiteral("Zeta Bank")}));
    QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("FitLife Studio"));

    const auto saved = m_workspace->profiles().findByName(QStringLiteral("FitLife Studio"));
    QVERIFY(saved.ok());
    const BrandProfile& p = saved->profile;
    QCOMPARE(p.sector, QStringLiteral("fitness"));
    QCOMPARE(p.platform, QStringLiteral("instagram"));
    QCOMPARE(p.targetAudience.ageRange, QStringLiteral("25-40"));
    QCOMPARE(p.targetAudience.gender, QStringLiteral("female"));
    QCOMPARE(p.targetAudience.location, QStringLiteral("Mumbai"));
    QCOMPARE(p.targetAudience.painPoints,
             (QStringList{QStringLiteral("No time to cook"), QStringLiteral("Gyms are far")}));
    QCOMPARE(p.brandVoice, QStringList{QStringLiteral("friendly")});
    QCOMPARE(p.offer, QStringLiteral("Free trial"));
    QCOMPARE(p.ctaStyle, QStringLiteral("direct"));
    QCOMPARE(p.doNotUse, QStringList{QStringLiteral("cheap")});
    QCOMPARE(p.requiredHashtags, QStringList{QStringLiteral("#FitLife")});
    QCOMPARE(p.defaultLanguage, QStringLiteral("en"));

    // Away and back: every value is read back into the widgets.
    QVERIFY(uitest::clickRow(list, QStringLiteral("Zeta Bank")));
    QCOMPARE(name->text(), QStringLiteral("Zeta Bank"));
    QCOMPARE(sector->currentText(), QStringLiteral("Finance"));
    QVERIFY(uitest::clickRow(list, QStringLiteral("FitLife Studio")));
    QCOMPARE(name->text(), QStringLiteral("FitLife Studio"));
    QCOMPARE(sector->currentText(), QStringLiteral("Fitness"));
    QCOMPARE(age->text(), QStringLiteral("25-40"));
    QCOMPARE(gender->currentText(), QStringLiteral("Female"));
    QCOMPARE(location->text(), QStringLiteral("Mumbai"));
    QCOMPARE(uitest::listItems(painPoints->listWidget()),
             (QStringList{QStringLiteral("No time to cook"), QStringLiteral("Gyms are far")}));
    QCOMPARE(uitest::listItems(voices, true), QStringList{QStringLiteral("Friendly")});
    QCOMPARE(offer->toPlainText(), QStringLiteral("Free trial"));
    QCOMPARE(uitest::listItems(doNotUse->listWidget()), QStringList{QStringLiteral("cheap")});
    QCOMPARE(uitest::listItems(hashtags->listWidget()), QStringList{QStringLiteral("#FitLife")});
    QCOMPARE(language->currentText(), QStringLiteral("English"));
    QVERIFY(!m_page->isModified());
    QCOMPARE(m_prompter->unsavedQuestions.size(), 0);
}

void TestProfilesPage::newProfileHasDefaultsAndIsListedOnlyWhenSaved()
{
    store(profile(QStringLiteral("Acme")));
    openPage();
    REEL_FIND(list, QListView, m_page.get(), "profileList");
    REEL_FIND(name, QLineEdit, m_page.get(), "brandNameEdit");
    REEL_FIND(platform, QComboBox, m_page.get(), "platformCombo");
    REEL_FIND(cta, QComboBox, m_page.get(), "ctaStyleCombo");
    REEL_FIND(language, QComboBox, m_page.get(), "defaultLanguageCombo");
    REEL_FIND(nameError, QLabel, m_page.get(), "brandNameError");
    REEL_FIND(title, QLabel, m_page.get(), "editorTitle");

    QCOMPARE(name->text(), QStringLiteral("Acme"));
    QTest::keyClick(m_page.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(m_page->isEditingNewProfile());
    QCOMPARE(name->text(), QString());
    QCOMPARE(platform->currentText(), QStringLiteral("Instagram"));
    QCOMPARE(cta->currentText(), QStringLiteral("Direct"));
    QCOMPARE(language->currentText(), QStringLiteral("Decided per request"));
    QVERIFY(!title->text().isEmpty());
    QVERIFY(!list->currentIndex().isValid());
    QCOMPARE(m_page->model()->rowCount(), 1);
    // A fresh form does not shout at the user before they typed anything.
    QVERIFY(!nameError->isVisible());
}

void TestProfilesPage::customSectorJoinsTheCatalog()
{
    openPage();
    REEL_FIND(name, QLineEdit, m_page.get(), "brandNameEdit");
    REEL_FIND(sector, QComboBox, m_page.get(), "sectorCombo");
    m_page->newProfile();
    QTest::keyClicks(name, QStringLiteral("Crumbs"));
    QTest::keyClicks(sector->lineEdit(), QStringLiteral("Bakery"));
    QVERIFY(!m_workspace->catalog().catalog().contains(CatalogKind::Sector, QStringLiteral("Bakery")));
    QTest::keyClick(m_page.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_workspace->profiles().findByName(QStringLiteral("Crumbs"))->profile.sector, QStringLiteral("Bakery"));
    QVERIFY(m_workspace->catalog().catalog().contains(CatalogKind::Sector, QStringLiteral("Bakery")));
    QVERIFY(sector->findText(QStringLiteral("Bakery")) >= 0);
    QCOMPARE(sector->currentText(), QStringLiteral("Bakery"));
    QVERIFY(!m_page->isModified());
}

void TestProfilesPage::emptyBrandNameShowsInlineErrorAndDisablesSave()
{
    store(profile(QStringLiteral("Acme")));
    openPage();
    REEL_FIND(name, QLineEdit, m_page.get(), "brandNameEdit");
    REEL_FIND(nameError, QLabel, m_page.get(), "brandNameError");
    REEL_FIND(saveButton, QToolButton, m_page.get(), "saveProfileButton");
    REEL_FIND(hint, QLabel, m_page.get(), "saveHint");
    QVERIFY(!nameError->isVisible());

    name->setFocus();
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    QCOMPARE(name->text(), QString());
    QVERIFY(nameError->isVisible());
    QVERIFY(!nameError->text().isEmpty());
    QCOMPARE(nameError->text(), ErrorText::reason(FieldError{QStringLiteral("brand_name"), FieldErrorKind::Empty, {}}));
    QVERIFY(!saveButton->isEnabled());
    QVERIFY(hint->text().contains(QStringLiteral("Brand name")));
    // Ctrl+S does not save an invalid form either.
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_workspace->profiles().list()->first().profile.brandName, QStringLiteral("Acme"));

    QTest::keyClicks(name, QStringLiteral("Acme 2"));
    QVERIFY(!nameError->isVisible());
    QVERIFY(saveButton->isEnabled());
}

void TestProfilesPage::duplicateNameIsShownOnTheNameField()
{
    store(profile(QStringLiteral("Acme")));
    store(profile(QStringLiteral("Bolt")));
    openPage();
    REEL_FIND(list, QListView, m_page.get(), "profileList");
    REEL_FIND(name, QLineEdit, m_page.get(), "brandNameEdit");
    REEL_FIND(nameError, QLabel, m_page.get(), "brandNameError");
    REEL_FIND(saveButton, QToolButton, m_page.get(), "saveProfileButton");
    QVERIFY(uitest::clickRow(list, QStringLiteral("Bolt")));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("ACME"));
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(nameError->isVisible());
    QCOMPARE(nameError->text(), ErrorText::message(Error::make(ErrorCode::DuplicateName, {QStringLiteral("ACME")})));
    QVERIFY(!saveButton->isEnabled());
    QVERIFY(m_workspace->profiles().findByName(QStringLiteral("Bolt")).ok());
    QTest::keyClicks(name, QStringLiteral(" Two"));
    QVERIFY(!nameError->isVisible());
    QVERIFY(saveButton->isEnabled());
}

void TestProfilesPage::duplicateAddsCopy()
{
    const StoredProfile original = store(profile(QStringLiteral("Acme")));
    openPage();
    REEL_FIND(list, QListView, m_page.get(), "profileList");
    REEL_FIND(duplicate, QToolButton, m_page.get(), "duplicateProfileButton");
    REEL_FIND(name, QLineEdit, m_page.get(), "brandNameEdit");
    QTest::mouseClick(duplicate, Qt::LeftButton);
    QCOMPARE(uitest::rowTexts(list), (QStringList{QStringLiteral("Acme"), QStringLiteral("Acme (copy)")}));
    QCOMPARE(name->text(), QStringLiteral("Acme (copy)"));
    QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("Acme (copy)"));
    auto copy = m_workspace->profiles().findByName(QStringLiteral("Acme (copy)"));
    QVERIFY(copy.ok());
    BrandProfile expected = original.profile;
    expected.brandName = QStringLiteral("Acme (copy)");
    QCOMPARE(copy->profile, expected);

    m_page->undoStack()->undo();
    QCOMPARE(uitest::rowTexts(list), QStringList{QStringLiteral("Acme")});
    QVERIFY(!m_workspace->profiles().findByName(QStringLiteral("Acme (copy)")).ok());
    QCOMPARE(name->text(), QStringLiteral("Acme"));
}

void TestProfilesPage::deleteAndUndo()
{
    const StoredProfile acme = store(profile(QStringLiteral("Acme")));
    store(profile(QStringLiteral("Bolt"), QStringLiteral("finance")));
    openPage();
    REEL_FIND(list, QListView, m_page.get(), "profileList");
    REEL_FIND(deleteButton, QToolButton, m_page.get(), "deleteProfileButton");
    REEL_FIND(name, QLineEdit, m_page.get(), "brandNameEdit");
    QSignalSpy statusSpy(m_page.get(), &ProfilesPage::statusMessage);

    QVERIFY(uitest::clickRow(list, QStringLiteral("Acme")));
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QCOMPARE(uitest::rowTexts(list), QStringList{QStringLiteral("Bolt")});
    QVERIFY(!m_workspace->profiles().get(acme.id).ok());
    QCOMPARE(name->text(), QStringLiteral("Bolt"));
    QVERIFY(!statusSpy.isEmpty());
    const QString status = statusSpy.last().at(0).toString();
    QVERIFY2(status.contains(QStringLiteral("Deleted “Acme”")) && status.contains(QStringLiteral("Ctrl+Z")),
             qPrintable(status));

    QVERIFY(m_page->undoStack()->canUndo());
    m_page->undoStack()->undo();
    QCOMPARE(uitest::rowTexts(list), (QStringList{QStringLiteral("Acme"), QStringLiteral("Bolt")}));
    const auto back = m_workspace->profiles().get(acme.id);
    QVERIFY(back.ok());
    QCOMPARE(back->profile, acme.profile);
    QCOMPARE(back->uuid, acme.uuid);
    QTRY_COMPARE(name->text(), QStringLiteral("Acme"));
    QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("Acme"));

    m_page->undoStack()->redo();
    QCOMPARE(uitest::rowTexts(list), QStringList{QStringLiteral("Bolt")});
    QVERIFY(!m_workspace->profiles().get(acme.id).ok());
}

void TestProfilesPage::deleteKeyInListDeletes()
{
    store(profile(QStringLiteral("Acme")));
    openPage();
    REEL_FIND(list, QListView, m_page.get(), "profileList");
    REEL_FIND(name, QLineEdit, m_page.get(), "brandNameEdit");
    REEL_FIND(stack, QStackedWidget, m_page.get(), "profileDetailStack");
    REEL_FIND(empty, QWidget, m_page.get(), "emptyState");
    // Delete in a text field deletes characters, not the profile.
    name->setFocus();
    name->setCursorPosition(0);
    QTest::keyClick(name, Qt::Key_Delete);
    QCOMPARE(name->text(), QStringLiteral("cme"));
    QCOMPARE(m_workspace->profiles().list()->size(), 1);
    m_page->revert();

    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(m_workspace->profiles().list()->size(), 0);
    QCOMPARE(stack->currentWidget(), empty);
    m_page->undoStack()->undo();
    QCOMPARE(uitest::rowTexts(list), QStringList{QStringLiteral("Acme")});
    QTRY_COMPARE(name->text(), QStringLiteral("Acme"));
}

void TestProfilesPage::undoAsksBeforeLeavingUnsavedEdits()
{
    store(profile(QStringLiteral("Acme")));
    openPage();
    REEL_FIND(list, QListView, m_page.get(), "profileList");
    REEL_FIND(name, QLineEdit, m_page.get(), "brandNameEdit");
    REEL_FIND(sector, QComboBox, m_page.get(), "sectorCombo");
    m_page->deleteProfile();
    m_page->newProfile();
    QTest::keyClicks(name, QStringLiteral("Cove"));
    QTest::keyClicks(sector->lineEdit(), QStringLiteral("Travel"));

    // Undo brings the profile back but leaves the unsaved new one on screen when told so.
    m_prompter->setNextAnswer(Prompter::UnsavedAnswer::Cancel);
    m_page->undoStack()->undo();
    QCOMPARE(uitest::rowTexts(list), QStringList{QStringLiteral("Acme")});
    QTRY_COMPARE(m_prompter->unsavedQuestions.size(), 1);
    QVERIFY(m_page->isEditingNewProfile());
    QCOMPARE(name->text(), QStringLiteral("Cove"));

    // Saved on request: the new profile is stored and its creation is the next undo step.
    m_page->undoStack()->redo();
    QCOMPARE(uitest::rowTexts(list), QStringList{});
    m_prompter->setNextAnswer(Prompter::UnsavedAnswer::Save);
    m_page->undoStack()->undo();
    QTRY_COMPARE(name->text(), QStringLiteral("Acme"));
    QCOMPARE(m_prompter->unsavedQuestions.size(), 2);
    QCOMPARE(uitest::rowTexts(list), (QStringList{QStringLiteral("Acme"), QStringLiteral("Cove")}));
    QCOMPARE(m_page->undoStack()->undoText(), QStringLiteral("Create “Cove”"));
    QCOMPARE(m_page->undoStack()->count(), 1); // a new step drops the redo history
}

void TestProfilesPage::unsavedChangesCancelKeepsEdit()
{
    store(profile(QStringLiteral("Acme")));
    store(profile(QStringLiteral("Bolt")));
    openPage();
    REEL_FIND(list, QListView, m_page.get(), "profileList");
    REEL_FIND(name, QLineEdit, m_page.get(), "brandNameEdit");
    REEL_FIND(newButton, QToolButton, m_page.get(), "newProfileButton");
    QCOMPARE(name->text(), QStringLiteral("Acme"));
    QTest::keyClicks(name, QStringLiteral(" Labs"));
    QVERIFY(m_page->isModified());

    m_prompter->setNextAnswer(Prompter::UnsavedAnswer::Cancel);
    QVERIFY(uitest::clickRow(list, QStringLiteral("Bolt")));
    QCOMPARE(m_prompter->unsavedQuestions.size(), 1);
    QVERIFY(m_prompter->unsavedQuestions.first().contains(QStringLiteral("Acme")));
    QCOMPARE(name->text(), QStringLiteral("Acme Labs"));
    QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("Acme"));
    QVERIFY(m_page->isModified());

    m_prompter->setNextAnswer(Prompter::UnsavedAnswer::Cancel);
    QTest::mouseClick(newButton, Qt::LeftButton);
    QCOMPARE(m_prompter->unsavedQuestions.size(), 2);
    QVERIFY(!m_page->isEditingNewProfile());
    QCOMPARE(name->text(), QStringLiteral("Acme Labs"));
}

void TestProfilesPage::unsavedChangesDiscardDropsEdit()
{
    store(profile(QStringLiteral("Acme")));
    store(profile(QStringLiteral("Bolt")));
    openPage();
    REEL_FIND(list, QListView, m_page.get(), "profileList");
    REEL_FIND(name, QLineEdit, m_page.get(), "brandNameEdit");
    QTest::keyClicks(name, QStringLiteral(" Labs"));
    m_prompter->setNextAnswer(Prompter::UnsavedAnswer::Discard);
    QVERIFY(uitest::clickRow(list, QStringLiteral("Bolt")));
    QCOMPARE(m_prompter->unsavedQuestions.size(), 1);
    QCOMPARE(name->text(), QStringLiteral("Bolt"));
    QVERIFY(!m_page->isModified());
    QVERIFY(m_workspace->profiles().findByName(QStringLiteral("Acme")).ok());
    QVERIFY(!m_workspace->profiles().findByName(QStringLiteral("Acme Labs")).ok());
    QVERIFY(uitest::clickRow(list, QStringLiteral("Acme")));
    QCOMPARE(name->text(), QStringLiteral("Acme"));
}

void TestProfilesPage::unsavedChangesSaveStoresEdit()
{
    store(profile(QStringLiteral("Acme")));
    store(profile(QStringLiteral("Bolt")));
    openPage();
    REEL_FIND(list, QListView, m_page.get(), "profileList");
    REEL_FIND(name, QLineEdit, m_page.get(), "brandNameEdit");
    QTest::keyClicks(name, QStringLiteral(" Labs"));
    m_prompter->setNextAnswer(Prompter::UnsavedAnswer::Save);
    QVERIFY(uitest::clickRow(list, QStringLiteral("Bolt")));
    QCOMPARE(name->text(), QStringLiteral("Bolt"));
    QVERIFY(m_workspace->profiles().findByName(QStringLiteral("Acme Labs")).ok());
    QCOMPARE(uitest::rowTexts(list), (QStringList{QStringLiteral("Acme Labs"), QStringLiteral("Bolt")}));
}

void TestProfilesPage::importOriginalRequestFile()
{
    store(profile(QStringLiteral("Acme")));
    openPage();
    const QString path = writeTemp(QStringLiteral("request.json"), QByteArrayLiteral(R"({
  "brand_profile": {
    "brand_name": "GreenLeaf Organics",
    "sector": "food",
    "target_audience": {"age_range": "30-50", "gender": "any", "location": "Bengaluru",
                        "pain_points": ["pesticides", "high prices"], "income": "upper middle"},
    "brand_voice": ["authentic", "Warm"],
    "offer": "10% off the first box",
    "platform": "instagram",
    "cta_style": "soft",
    "do_not_use": ["chemical-free"],
    "mascot": "Leafy"
  },
  "script_request": {"goal": "awareness", "hook_type": "question", "emotion": "curiosity", "script_length": 30}
})"));
    m_prompter->openPaths.append(path);
    REEL_FIND(importButton, QToolButton, m_page.get(), "importProfileButton");
    REEL_FIND(list, QListView, m_page.get(), "profileList");
    REEL_FIND(name, QLineEdit, m_page.get(), "brandNameEdit");
    REEL_FIND(sector, QComboBox, m_page.get(), "sectorCombo");
    REEL_FIND(voices, QListWidget, m_page.get(), "voiceList");
    REEL_FIND(doNotUse, StringListEditor, m_page.get(), "doNotUseEditor");
    QTest::mouseClick(importButton, Qt::LeftButton);

    QCOMPARE(m_prompter->messages.size(), 0);
    QCOMPARE(uitest::rowTexts(list), (QStringList{QStringLiteral("Acme"), QStringLiteral("GreenLeaf Organics")}));
    QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("GreenLeaf Organics"));
    QCOMPARE(name->text(), QStringLiteral("GreenLeaf Organics"));
    QCOMPARE(sector->currentText(), QStringLiteral("Food"));
    QCOMPARE(uitest::listItems(voices, true), (QStringList{QStringLiteral("Authentic"), QStringLiteral("Warm")}));
    QCOMPARE(uitest::listItems(doNotUse->listWidget()), QStringList{QStringLiteral("chemical-free")});
    QVERIFY(!m_page->isModified());

    const auto stored = m_workspace->profiles().findByName(QStringLiteral("GreenLeaf Organics"));
    QVERIFY(stored.ok());
    QCOMPARE(stored->profile.brandVoice, (QStringList{QStringLiteral("authentic"), QStringLiteral("Warm")}));
    // Members Reel Studio does not know survive.
    const QByteArray json = codec::encodeProfile(stored->profile);
    QVERIFY(json.contains("mascot"));
    QVERIFY(json.contains("upper middle"));
    // Undoable like any other addition.
    m_page->undoStack()->undo();
    QVERIFY(!m_workspace->profiles().findByName(QStringLiteral("GreenLeaf Organics")).ok());
}

void TestProfilesPage::importNameClashGetsUniqueName()
{
    const StoredProfile acme = store(profile(QStringLiteral("Acme")));
    openPage();
    const QString path = writeTemp(QStringLiteral("acme.json"),
                                   codec::encodeProfileFile(profile(QStringLiteral("Acme"))));
    m_prompter->openPaths.append(path);
    REEL_FIND(list, QListView, m_page.get(), "profileList");
    m_page->importAction()->trigger();
    QCOMPARE(uitest::rowTexts(list), (QStringList{QStringLiteral("Acme"), QStringLiteral("Acme (2)")}));
    const QStringList info = m_prompter->messageTexts(QStringLiteral("information"));
    QCOMPARE(info.size(), 1);
    QVERIFY2(info.first().contains(QStringLiteral("Acme (2)")), qPrintable(info.first()));
    QCOMPARE(m_workspace->profiles().get(acme.id)->profile, acme.profile);
}

void TestProfilesPage::importInvalidFileListsEveryError()
{
    openPage();
    const QString path = writeTemp(QStringLiteral("bad.json"), QByteArrayLiteral(R"({
  "brand_profile": {"brand_name": 42, "brand_voice": "friendly", "do_not_use": ["ok", ""]}
})"));
    m_prompter->openPaths.append(path);
    REEL_FIND(importButton, QPushButton, m_page.get(), "importFirstProfileButton");
    QTest::mouseClick(importButton, Qt::LeftButton);
    QCOMPARE(m_workspace->profiles().list()->size(), 0);
    const QStringList warnings = m_prompter->messageTexts(QStringLiteral("warning"));
    QCOMPARE(warnings.size(), 1);
    const QString text = warnings.first();
    QVERIFY2(text.contains(QStringLiteral("bad.json")), qPrintable(text));
    // Every problem is listed with its place in the file, in the UI's words.
    for (const QString& expected :
         {QStringLiteral("brand_profile.brand_name: "), QStringLiteral("brand_profile.sector: "),
          QStringLiteral("brand_profile.brand_voice: "), QStringLiteral("brand_profile.do_not_use[1]: ")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in: ") + text));
    QVERIFY(text.contains(ErrorText::reason(FieldError{{}, FieldErrorKind::Missing, {}})));
    QVERIFY(text.contains(ErrorText::typeWord(QStringLiteral("list_of_strings")))
            || text.contains(ErrorText::typeWord(QStringLiteral("list"))));
}

void TestProfilesPage::exportWritesTheProfile()
{
    const StoredProfile acme = store(profile(QStringLiteral("Acme: Gym/Studio")));
    openPage();
    const QString path = m_dir->filePath(QStringLiteral("out/acme"));
    QDir().mkpath(m_dir->filePath(QStringLiteral("out")));
    m_prompter->savePaths.append(path);
    REEL_FIND(exportButton, QToolButton, m_page.get(), "exportProfileButton");
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QCOMPARE(m_prompter->messages.size(), 0);
    QCOMPARE(m_prompter->saveSuggestions.size(), 1);
    QVERIFY2(m_prompter->saveSuggestions.first().endsWith(QStringLiteral("/Acme- Gym-Studio.json")),
             qPrintable(m_prompter->saveSuggestions.first()));
    QFile file(path + QStringLiteral(".json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto decoded = codec::decodeProfileFile(file.readAll());
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value, acme.profile);
}

void TestProfilesPage::searchFiltersTheList()
{
    store(profile(QStringLiteral("FitLife"), QStringLiteral("fitness")));
    store(profile(QStringLiteral("Money Matters"), QStringLiteral("finance")));
    store(profile(QStringLiteral("Paws"), QStringLiteral("pets")));
    openPage();
    REEL_FIND(search, QLineEdit, m_page.get(), "profileSearch");
    REEL_FIND(list, QListView, m_page.get(), "profileList");
    REEL_FIND(noMatch, QLabel, m_page.get(), "noMatchLabel");
    QCOMPARE(list->model()->rowCount(), 3);

    QTest::keyClicks(search, QStringLiteral("fit"));
    QCOMPARE(uitest::rowTexts(list), QStringList{QStringLiteral("FitLife")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("FINANCE")); // the sector's label, any case
    QCOMPARE(uitest::rowTexts(list), QStringList{QStringLiteral("Money Matters")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zzz"));
    QCOMPARE(list->model()->rowCount(), 0);
    QVERIFY(noMatch->isVisible());
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(list->model()->rowCount(), 3);
    QVERIFY(!noMatch->isVisible());

    // Ctrl+F reaches the search box; Down moves into the results.
    QTest::keyClick(m_page.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Down);
    QTRY_VERIFY(list->hasFocus());
}

void TestProfilesPage::searchKeepsTheProfileBeingEdited()
{
    store(profile(QStringLiteral("Acme")));
    store(profile(QStringLiteral("Bolt"), QStringLiteral("finance")));
    store(profile(QStringLiteral("Cove")));
    openPage();
    REEL_FIND(search, QLineEdit, m_page.get(), "profileSearch");
    REEL_FIND(list, QListView, m_page.get(), "profileList");
    REEL_FIND(name, QLineEdit, m_page.get(), "brandNameEdit");
    QVERIFY(uitest::clickRow(list, QStringLiteral("Bolt")));
    QTest::keyClicks(name, QStringLiteral(" Bank"));

    // Hiding the edited profile neither asks about it nor opens another one.
    QTest::keyClicks(search, QStringLiteral("fitness"));
    QCOMPARE(uitest::rowTexts(list), (QStringList{QStringLiteral("Acme"), QStringLiteral("Cove")}));
    QVERIFY(m_prompter->unsavedQuestions.isEmpty());
    QCOMPARE(name->text(), QStringLiteral("Bolt Bank"));
    QCOMPARE(m_page->currentProfileId(), m_workspace->profiles().findByName(QStringLiteral("Bolt"))->id);
    QVERIFY(!list->currentIndex().isValid());

    search->clear();
    QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("Bolt"));
    QCOMPARE(name->text(), QStringLiteral("Bolt Bank"));
    QVERIFY(m_page->isModified());
}

void TestProfilesPage::listEditorRefusesEmptyAndDuplicates()
{
    store(profile(QStringLiteral("Acme")));
    openPage();
    REEL_FIND(painPoints, StringListEditor, m_page.get(), "painPointsEditor");
    QLineEdit* entry = painPoints->entryEdit();
    QListWidget* items = painPoints->listWidget();
    QCOMPARE(uitest::listItems(items), (QStringList{QStringLiteral("no time"), QStringLiteral("gym is expensive")}));
    QVERIFY(!items->accessibleName().isEmpty());
    QVERIFY(!entry->accessibleName().isEmpty());

    QTest::keyClicks(entry, QStringLiteral("   "));
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(items->count(), 2);
    entry->clear();
    QTest::keyClicks(entry, QStringLiteral("NO TIME"));
    QVERIFY(!painPoints->addButton()->isEnabled());
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(items->count(), 2);
    REEL_FIND(hint, QLabel, painPoints, "hintLabel");
    QVERIFY(hint->isVisible());
    QVERIFY(!m_page->isModified());

    // In-place edit to a duplicate is refused and the entry keeps its text.
    items->editItem(items->item(1));
    auto* editor = items->viewport()->findChild<QLineEdit*>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("No Time"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY2(painPoints->hint().contains(QStringLiteral("No Time")), qPrintable(painPoints->hint()));
    QCOMPARE(uitest::listItems(items), (QStringList{QStringLiteral("no time"), QStringLiteral("gym is expensive")}));

    // Delete on the list removes the selected entry.
    items->setFocus();
    items->setCurrentRow(0);
    QTest::keyClick(items, Qt::Key_Delete);
    QCOMPARE(uitest::listItems(items), QStringList{QStringLiteral("gym is expensive")});
    QVERIFY(m_page->isModified());
    QCOMPARE(m_page->editor()->profile().targetAudience.painPoints, QStringList{QStringLiteral("gym is expensive")});
}

void TestProfilesPage::hashtagsAreNormalisedOrRefusedAsTyped()
{
    store(profile(QStringLiteral("Lumen Coffee")));
    openPage();
    REEL_FIND(hashtags, StringListEditor, m_page.get(), "requiredHashtagsEditor");
    REEL_FIND(rule, QLabel, m_page.get(), "requiredHashtagsRule");
    QVERIFY(rule->isVisible());
    QVERIFY(rule->text().contains(u'#'));
    QLineEdit* entry = hashtags->entryEdit();
    QListWidget* items = hashtags->listWidget();
    const int before = items->count();

    // A space is refused while it is typed, with the reason, and Enter adds nothing.
    QTest::keyClicks(entry, QStringLiteral("Lumen Coffee"));
    QVERIFY(hashtags->hint().contains(QStringLiteral("Lumen Coffee")));
    QVERIFY(!hashtags->addButton()->isEnabled());
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(items->count(), before);
    QVERIFY(!m_page->isModified());

    // One word without "#" gets it.
    entry->clear();
    QVERIFY(hashtags->hint().isEmpty());
    QTest::keyClicks(entry, QStringLiteral("LumenCoffee"));
    QVERIFY(hashtags->addButton()->isEnabled());
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(items->count(), before + 1);
    QCOMPARE(m_page->editor()->profile().requiredHashtags.constLast(), QStringLiteral("#LumenCoffee"));

    // Editing an entry in place into two words is refused too; it keeps its text.
    items->editItem(items->item(items->count() - 1));
    auto* editor = items->viewport()->findChild<QLineEdit*>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("fresh roast!"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The view hands the edit over once the editor has closed.
    QTRY_VERIFY2(hashtags->hint().contains(QStringLiteral("fresh roast!")), qPrintable(hashtags->hint()));
    QCOMPARE(items->item(items->count() - 1)->text(), QStringLiteral("#LumenCoffee"));

    // The store refuses what the form refuses, whoever asks (an import, the CLI).
    BrandProfile p = profile(QStringLiteral("Tagged"));
    p.requiredHashtags = {QStringLiteral("Lumen Coffee")};
    const auto refused = m_workspace->profiles().create(p);
    QVERIFY(!refused);
    QCOMPARE(refused.error().fields.value(0).kind, FieldErrorKind::NotAHashtag);
    QCOMPARE(refused.error().fields.value(0).path, QStringLiteral("required_hashtags[0]"));
}

void TestProfilesPage::ageRangeIsChecked_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("range") << QStringLiteral("25-40") << true;
    QTest::newRow("en dash and spaces") << QStringLiteral("25 – 40") << true;
    QTest::newRow("open ended") << QStringLiteral("55+") << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("reversed") << QStringLiteral("40-25") << false;
    QTest::newRow("words") << QStringLiteral("lots of people") << false;
    QTest::newRow("too young") << QStringLiteral("8-12") << false;
    QTest::newRow("too old") << QStringLiteral("60-120") << false;
}

void TestProfilesPage::ageRangeIsChecked()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    BrandProfile stored = profile(QStringLiteral("Lumen Coffee"));
    stored.targetAudience.ageRange = QStringLiteral("18-24");
    store(stored);
    openPage();
    REEL_FIND(age, QLineEdit, m_page.get(), "ageRangeEdit");
    REEL_FIND(error, QLabel, m_page.get(), "ageRangeError");
    REEL_FIND(rule, QLabel, m_page.get(), "ageRangeRule");
    REEL_FIND(saveButton, QToolButton, m_page.get(), "saveProfileButton");
    QVERIFY(rule->isVisible());
    age->setFocus();
    age->selectAll();
    QTest::keyClick(age, Qt::Key_Backspace);
    uitest::typeText(age, typed);
    QCOMPARE(age->text(), typed);
    QCOMPARE(error->isVisible(), !accepted);
    QCOMPARE(saveButton->isEnabled(), accepted);
    if (!accepted)
        QVERIFY2(error->text().contains(typed.trimmed()), qPrintable(error->text()));
}

void TestProfilesPage::tabOrderFollowsTheForm()
{
    store(profile(QStringLiteral("Acme")));
    openPage();
    REEL_FIND(name, QLineEdit, m_page.get(), "brandNameEdit");
    REEL_FIND(sector, QComboBox, m_page.get(), "sectorCombo");
    REEL_FIND(platform, QComboBox, m_page.get(), "platformCombo");
    REEL_FIND(age, QLineEdit, m_page.get(), "ageRangeEdit");
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(sector->isAncestorOf(QApplication::focusWidget()) || QApplication::focusWidget() == sector);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), platform);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), age);
    // Every field has a name for assistive technology and a label that focuses it.
    for (const char* field :
         {"brandNameEdit", "sectorCombo", "platformCombo", "ageRangeEdit", "genderCombo", "locationEdit", "voiceList",
          "offerEdit", "ctaStyleCombo", "defaultLanguageCombo", "notesEdit"}) {
        auto* widget = m_page->findChild<QWidget*>(QLatin1String(field));
        QVERIFY2(widget && !widget->accessibleName().isEmpty(), field);
    }
    const QList<QLabel*> labels = m_page->editor()->findChildren<QLabel*>();
    const bool nameHasBuddy = std::any_of(labels.begin(), labels.end(), [&](QLabel* l) { return l->buddy() == name; });
    QVERIFY(nameHasBuddy);
}

void TestProfilesPage::listModelPassesModelTester()
{
    ProfileListModel model(m_workspace->profiles());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const StoredProfile a = store(profile(QStringLiteral("Acme")));
    const StoredProfile b = store(profile(QStringLiteral("Bolt"), QStringLiteral("finance")));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(model.rowOf(b.id)).data(ProfileListModel::SectorLabelRole).toString(),
             QStringLiteral("Finance"));
    QCOMPARE(model.index(model.rowOf(b.id)).data(ProfileListModel::IdRole).toLongLong(), b.id);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    BrandProfile renamed = a.profile;
    renamed.brandName = QStringLiteral("Acme Labs");
    QVERIFY(m_workspace->profiles().update(a.id, renamed).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(model.rowOf(a.id)).data().toString(), QStringLiteral("Acme Labs"));

    QVERIFY(m_workspace->profiles().duplicate(b.id).ok());
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(m_workspace->profiles().remove(a.id).ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(a.id), -1);
    QVERIFY(m_workspace->profiles().restore(a).ok());
    QCOMPARE(model.rowCount(), 3);
    model.retranslate();
    model.reload();
    QCOMPARE(model.rowCount(), 3);
}

void TestProfilesPage::brandOverridesARuleLimit()
{
    store(profile(QStringLiteral("Acme")));
    openPage();
    REEL_FIND(table, QTableWidget, m_page.get(), "ruleLimitsTable");
    REEL_FIND(saveButton, QToolButton, m_page.get(), "saveProfileButton");
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->toolTip() == u"hashtags.max")
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(table->item(row, 1)->text(), QStringLiteral("5")); // the platform's value today
    auto* spin = qobject_cast<QDoubleSpinBox*>(table->cellWidget(row, 2));
    QVERIFY(spin);
    QVERIFY(!spin->isEnabled());
    table->item(row, 0)->setCheckState(Qt::Checked);
    QVERIFY(spin->isEnabled());
    spin->setValue(3);
    QVERIFY(saveButton->isEnabled());
    QTest::mouseClick(saveButton, Qt::LeftButton);
    const auto saved = m_workspace->profiles().findByName(QStringLiteral("Acme"));
    QVERIFY(saved.ok());
    QCOMPARE(saved->profile.ruleOverrides.value(QStringLiteral("hashtags.max")), 3.0);
    QCOMPARE(saved->profile.ruleOverrides.size(), 1);

    // Unticking gives the limit back to the platform.
    table->item(row, 0)->setCheckState(Qt::Unchecked);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(m_workspace->profiles().findByName(QStringLiteral("Acme"))->profile.ruleOverrides.isEmpty());
}

QTEST_MAIN(TestProfilesPage)
#include "tst_profilespage.moc"
