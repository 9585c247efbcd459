// Every core error, field problem and built-in catalog id has user-facing text, and the
// shipped translations load.

#include "catalog/Catalog.h"
#include "common/CatalogText.h"
#include "common/ErrorText.h"
#include "common/LanguageManager.h"
#include "common/WorkflowText.h"
#include "history/DocumentText.h"

#include <QFile>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace reel;
using namespace reel::ui;

class TestUiText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyErrorCodeHasText_data();
    void everyErrorCodeHasText();
    void everyFieldErrorKindHasText();
    void typeWordsAreTranslatedPhrases();
    void everyBuiltInCatalogIdHasALabel();
    void userValuesShowAsTyped();
    void everyLanguageShipsATranslation();
    void spanishTranslatesErrorsAndLabels();
    void exportedDocumentsSpeakTheInterfaceLanguage();
};

void TestUiText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WithsocioTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_uitext"));
    QSettings().clear();
    LanguageManager::apply(QStringLiteral("en"));
}

void TestUiText::cleanup()
{
    LanguageManager::apply(QStringLiteral("en"));
}

void TestUiText::everyErrorCodeHasText_data()
{
    QTest::addColumn<int>("code");
    for (int c = int(ErrorCode::FileUnreadable); c <= int(ErrorCode::FileExists); ++c)
        QTest::addRow("%d", c) << c;
}

void TestUiText::everyErrorCodeHasText()
{
    QFETCH(int, code);
    Error error = Error::make(ErrorCode(code), {QStringLiteral("ARG0"), QStringLiteral("7"), QStringLiteral("ARG2")});
    if (error.code == ErrorCode::InvalidInput)
        error.fields = {FieldError{QStringLiteral("brand_name"), FieldErrorKind::Empty, {}}};
    const QString text = ErrorText::message(error);
    QVERIFY(!text.isEmpty());
    if (error.code == ErrorCode::InvalidInput)
        QVERIFY(text.contains(QStringLiteral("brand_name")));
    else if (error.code == ErrorCode::Api || error.code == ErrorCode::StatusNotAllowed)
        QVERIFY(text.size() > 10); // their arguments are a failure kind and workflow ids, shown as words
    else
        QVERIFY2(text.contains(QStringLiteral("ARG0")), qPrintable(text)); // what it is about is named
}

void TestUiText::everyFieldErrorKindHasText()
{
    QSet<QString> seen;
    for (int k = int(FieldErrorKind::Syntax); k <= int(FieldErrorKind::NotAnAgeRange); ++k) {
        const FieldError e{QStringLiteral("do_not_use[2]"),
                           FieldErrorKind(k),
                           {QStringLiteral("5"), QStringLiteral("180"), QStringLiteral("500"),
                            QStringLiteral("seconds")}};
        const QString reason = ErrorText::reason(e);
        QVERIFY2(!reason.isEmpty(), qPrintable(QString::number(k)));
        seen.insert(reason);
        if (e.kind != FieldErrorKind::Syntax && e.kind != FieldErrorKind::TooDeep)
            QVERIFY(ErrorText::withPath(e).startsWith(QStringLiteral("do_not_use[2]")));
    }
    QCOMPARE(seen.size(), int(FieldErrorKind::NotAnAgeRange) + 1);
    FieldErrors many;
    for (int i = 0; i < 25; ++i)
        many.append({QStringLiteral("x"), FieldErrorKind::Missing, {}});
    QCOMPARE(ErrorText::lines(many, 20).size(), 21);
}

void TestUiText::typeWordsAreTranslatedPhrases()
{
    QSet<QString> seen;
    for (const char* word : {"string", "integer", "number", "boolean", "list", "list_of_strings", "object", "null"}) {
        const QString phrase = ErrorText::typeWord(QLatin1String(word));
        QVERIFY(!phrase.isEmpty());
        QVERIFY2(phrase != QLatin1String(word) || QLatin1String(word) == u"null", word);
        seen.insert(phrase);
    }
    QCOMPARE(seen.size(), 8);
}

void TestUiText::everyBuiltInCatalogIdHasALabel()
{
    const Catalog& catalog = Catalog::builtIn();
    for (CatalogKind kind : kAllCatalogKinds) {
        QVERIFY(!catalog.entries(kind).isEmpty());
        for (const CatalogEntry& e : catalog.entries(kind)) {
            QVERIFY2(CatalogText::isBuiltIn(kind, e.id), qPrintable(Catalog::kindKey(kind) + u'/' + e.id));
            // English labels match the catalog's; languages show their native names.
            QCOMPARE(CatalogText::label(kind, e.id), e.label);
        }
    }
    QCOMPARE(CatalogText::label(CatalogKind::Language, QStringLiteral("ja")), QStringLiteral("日本語"));
}

void TestUiText::userValuesShowAsTyped()
{
    QCOMPARE(CatalogText::label(CatalogKind::Sector, QStringLiteral("Bakery")), QStringLiteral("Bakery"));
    QCOMPARE(CatalogText::label(CatalogKind::Voice, QStringLiteral("witty")), QStringLiteral("witty"));
    QVERIFY(!CatalogText::isBuiltIn(CatalogKind::Sector, QStringLiteral("Bakery")));
}

void TestUiText::everyLanguageShipsATranslation()
{
    const QList<UiLanguage> languages = LanguageManager::available();
    QCOMPARE(languages.size(), 6);
    QCOMPARE(languages.first().code, QStringLiteral("en"));
    for (const UiLanguage& l : languages) {
        QVERIFY(!l.nativeName.isEmpty());
        if (l.code != u"en") {
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/reelstudio_%1.qm").arg(l.code)), qPrintable(l.code));
            QVERIFY(LanguageManager::apply(l.code));
            QCOMPARE(LanguageManager::activeLanguage(), l.code);
        }
    }
    QCOMPARE(LanguageManager::resolve(QStringLiteral("xx")), LanguageManager::resolve(QString()));
}

void TestUiText::spanishTranslatesErrorsAndLabels()
{
    const FieldError empty{QStringLiteral("brand_name"), FieldErrorKind::Empty, {}};
    const QString english = ErrorText::reason(empty);
    const QString fitness = CatalogText::label(CatalogKind::Sector, QStringLiteral("real_estate"));
    QVERIFY(LanguageManager::apply(QStringLiteral("es")));
    QVERIFY(ErrorText::reason(empty) != english);
    QVERIFY(CatalogText::label(CatalogKind::Sector, QStringLiteral("real_estate")) != fitness);
    QCOMPARE(CatalogText::label(CatalogKind::Language, QStringLiteral("en")), QStringLiteral("English"));
    QVERIFY(LanguageManager::apply(QStringLiteral("en")));
    QCOMPARE(ErrorText::reason(empty), english);
}

void TestUiText::exportedDocumentsSpeakTheInterfaceLanguage()
{
    reel::HistoryEntry entry;
    reel::GenerationRecord& r = entry.record;
    r.title = QStringLiteral("Still skipping workouts?");
    r.profile.brandName = QStringLiteral("FitLife");
    r.status = QStringLiteral("in_review");
    r.request.goal = QStringLiteral("awareness");
    r.request.hookType = QStringLiteral("question");
    r.request.emotion = QStringLiteral("curiosity");
    r.request.scriptLength = 30;
    r.language = QStringLiteral("en");
    r.provider = QStringLiteral("offline");
    r.createdAt = QDateTime::currentDateTimeUtc();
    r.script.hook = QStringLiteral("Still skipping workouts?");
    r.script.body = QStringLiteral("Fifteen minutes at home.");
    r.script.cta = QStringLiteral("Follow for more.");
    r.script.caption = QStringLiteral("No gym needed.");
    r.script.hashtags = {QStringLiteral("#FitLife")};
    r.script.onScreenText = {QStringLiteral("15 minutes")};
    r.script.shots = {reel::Shot{0, 3, QStringLiteral("Face to camera"), QStringLiteral("Still skipping workouts?")}};
    r.script.thumbnailText = QStringLiteral("15 minutes");
    entry.performance = reel::Performance{};
    entry.performance->figures.views = 1000;

    // Every heading the document writes is one the translators get.
    reel::history::DocumentWords words = reel::ui::DocumentText::words();
    QStringList asked;
    words.label = [&asked](const QString& english) {
        asked.append(english);
        return english;
    };
    reel::history::toMarkdown({entry}, words);
    QVERIFY(asked.size() >= 15);
    for (const QString& heading : std::as_const(asked))
        QVERIFY2(reel::ui::DocumentText::headings().contains(heading), qPrintable(heading));

    // In German: translated headings, state and catalog values; no ids.
    QVERIFY(reel::ui::LanguageManager::apply(QStringLiteral("de")));
    const QString md = QString::fromUtf8(reel::history::toMarkdown({entry}, reel::ui::DocumentText::words()));
    QVERIFY2(!md.contains(QStringLiteral("in_review")) && !md.contains(QStringLiteral("awareness")), qPrintable(md));
    QVERIFY2(!md.contains(QStringLiteral("**Brand:**")) && !md.contains(QStringLiteral("## Body\n")), qPrintable(md));
    QVERIFY2(md.contains(reel::ui::WorkflowText::statusName(QStringLiteral("in_review"))), qPrintable(md));
}

QTEST_MAIN(TestUiText)
#include "tst_uitext.moc"
