// The built-in catalog: never smaller than the original service's lists, languages resolve
// from names and codes, and a malformed catalog file is refused with its paths.

#include "catalog/Catalog.h"

#include <QTest>

using namespace reel;

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void holdsEverythingTheOriginalHad_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("original");
        const auto list = [](const char* csv) { return QString::fromLatin1(csv).split(u','); };
        QTest::newRow("sectors") << int(CatalogKind::Sector)
                                 << list("fitness,finance,fashion,beauty,productivity,pets,education,wellness,"
                                         "technology,food,travel,real_estate");
        QTest::newRow("hook types") << int(CatalogKind::HookType)
                                    << list("question,bold_claim,relatable,shocking,curiosity,statistic,story");
        QTest::newRow("emotions") << int(CatalogKind::Emotion)
                                  << list("excitement,curiosity,urgency,inspiration,fear,joy,surprise,frustration");
        QTest::newRow("voices") << int(CatalogKind::Voice)
                                << list("professional,friendly,energetic,motivational,authentic,casual,humorous,"
                                        "authoritative");
        QTest::newRow("goals") << int(CatalogKind::Goal) << list("awareness,conversion,engagement");
        QTest::newRow("cta styles") << int(CatalogKind::CtaStyle) << list("direct,soft,question,command");
        QTest::newRow("languages") << int(CatalogKind::Language) << list("en,es,fr,de,hi,ja");
        QTest::newRow("platforms") << int(CatalogKind::Platform) << list("instagram");
    }

    void holdsEverythingTheOriginalHad()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, original);
        const QStringList ids = Catalog::builtIn().ids(static_cast<CatalogKind>(kind));
        for (const QString& id : original)
            QVERIFY2(ids.contains(id), qPrintable(id));
    }

    void languagesResolve_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::newRow("original default") << QStringLiteral("english") << QStringLiteral("en");
        QTest::newRow("capitalised") << QStringLiteral("Spanish") << QStringLiteral("es");
        QTest::newRow("native") << QStringLiteral("Français") << QStringLiteral("fr");
        QTest::newRow("code") << QStringLiteral("de") << QStringLiteral("de");
        QTest::newRow("region") << QStringLiteral("en-GB") << QStringLiteral("en");
        QTest::newRow("devanagari") << QStringLiteral("हिन्दी") << QStringLiteral("hi");
        QTest::newRow("japanese") << QStringLiteral("日本語") << QStringLiteral("ja");
        QTest::newRow("unsupported") << QStringLiteral("klingon") << QString();
    }

    void languagesResolve()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        QCOMPARE(Catalog::builtIn().resolveLanguage(input).value_or(QString()), code);
    }

    void unsupportedLanguageIsAFieldError()
    {
        const FieldErrors errors = checkRequestAgainstCatalog(QStringLiteral("klingon"), Catalog::builtIn(),
                                                              QStringLiteral("script_request.language"));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().toEnglish(),
                 QStringLiteral("script_request.language: must be one of en, es, fr, de, hi, ja, got \"klingon\""));
        QVERIFY(checkRequestAgainstCatalog(QStringLiteral("english"), Catalog::builtIn(), QString()).isEmpty());
    }

    void userValuesOnlyWhereExtendable()
    {
        Catalog c = Catalog::builtIn();
        QVERIFY(c.addUserValue(CatalogKind::Sector, QStringLiteral("Yoga retreats")));
        QVERIFY(!c.addUserValue(CatalogKind::Sector, QStringLiteral("yoga RETREATS")));
        QVERIFY(!c.addUserValue(CatalogKind::Sector, QStringLiteral("  ")));
        QVERIFY(!c.addUserValue(CatalogKind::Language, QStringLiteral("tlh")));
        QVERIFY(!c.addUserValue(CatalogKind::Platform, QStringLiteral("myspace")));
        QVERIFY(c.contains(CatalogKind::Sector, QStringLiteral("yoga retreats")));
        QVERIFY(!Catalog::builtIn().contains(CatalogKind::Sector, QStringLiteral("yoga retreats")));
    }

    void malformedCatalogIsRefused()
    {
        auto bad = Catalog::fromJson(R"({"format_version": 1, "sectors": [{"label": "No id"}], "hook_types": 3})");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        const QString text = bad.error().toEnglish();
        QVERIFY2(text.contains(u"sectors[0].id: is required"), qPrintable(text));
        QVERIFY2(text.contains(u"hook_types: must be a list, got a whole number"), qPrintable(text));
        QVERIFY2(text.contains(u"emotions: is required"), qPrintable(text));

        auto future = Catalog::fromJson(R"({"format_version": 2})");
        QVERIFY(!future.ok());
        QCOMPARE(future.error().code, ErrorCode::FormatTooNew);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
