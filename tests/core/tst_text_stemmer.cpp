// Snowball stems: the banned-word and keyword checks match on stems, so inflections match
// ("runs" finds "run") while unrelated words that share letters do not ("fat" never finds "fathom").
// Expected stems are the real Snowball 2.2 outputs.

#include "text/Stemmer.h"

#include <QTest>

using namespace reel::text;
using namespace Qt::StringLiterals;

class TestTextStemmer : public QObject
{
    Q_OBJECT

private slots:
    void stems_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("stem");
        QTest::newRow("en running") << u"en"_s << u"running"_s << u"run"_s;
        QTest::newRow("en Running (case)") << u"en"_s << u"Running"_s << u"run"_s;
        QTest::newRow("en runs") << u"en"_s << u"runs"_s << u"run"_s;
        QTest::newRow("en RUN") << u"en"_s << u"RUN"_s << u"run"_s;
        QTest::newRow("en lazy") << u"en"_s << u"lazy"_s << u"lazi"_s;
        QTest::newRow("en laziness") << u"en"_s << u"laziness"_s << u"lazi"_s;
        QTest::newRow("en fat") << u"en"_s << u"fat"_s << u"fat"_s;
        QTest::newRow("en fats") << u"en"_s << u"fats"_s << u"fat"_s;
        QTest::newRow("en fathom") << u"en"_s << u"fathom"_s << u"fathom"_s;
        QTest::newRow("en fatigue") << u"en"_s << u"fatigue"_s << u"fatigu"_s;
        QTest::newRow("en motivation") << u"en"_s << u"motivation"_s << u"motiv"_s;
        QTest::newRow("en typographic apostrophe") << u"en"_s << u"Don’t"_s << u"don't"_s;
        QTest::newRow("es entrenamiento") << u"es"_s << u"entrenamiento"_s << u"entren"_s;
        QTest::newRow("es entrenar") << u"es"_s << u"Entrenar"_s << u"entren"_s;
        QTest::newRow("es corriendo") << u"es"_s << u"corriendo"_s << u"corr"_s;
        QTest::newRow("fr entraînement") << u"fr"_s << u"entraînement"_s << u"entraîn"_s;
        QTest::newRow("fr entraîner") << u"fr"_s << u"entraîner"_s << u"entraîn"_s;
        QTest::newRow("fr rapidement") << u"fr"_s << u"rapidement"_s << u"rapid"_s;
        QTest::newRow("de Läufer") << u"de"_s << u"Läufer"_s << u"lauf"_s;
        QTest::newRow("de laufen") << u"de"_s << u"laufen"_s << u"lauf"_s;
        QTest::newRow("de Gesundheit") << u"de"_s << u"Gesundheit"_s << u"gesund"_s;
        QTest::newRow("hi लड़कों") << u"hi"_s << u"लड़कों"_s << u"लड़क"_s;
        QTest::newRow("hi लड़का") << u"hi"_s << u"लड़का"_s << u"लड़क"_s;
        QTest::newRow("hi किताबें") << u"hi"_s << u"किताबें"_s << u"किताब"_s;
        QTest::newRow("ja lower-cased only") << u"ja"_s << u"Reels動画"_s << u"reels動画"_s;
        QTest::newRow("empty") << u"en"_s << QString() << QString();
    }

    void stems()
    {
        QFETCH(QString, language);
        QFETCH(QString, word);
        QFETCH(QString, stem);
        const Stemmer stemmer(language);
        QCOMPARE(stemmer.stem(word), stem);
    }

    void fatIsNotFathomNorFatigue()
    {
        const Stemmer en(u"en"_s);
        const QString fat = en.stem(u"fat"_s);
        QVERIFY(fat != en.stem(u"fathom"_s));
        QVERIFY(fat != en.stem(u"fatigue"_s));
        QVERIFY(fat != en.stem(u"fatty"_s));
        QCOMPARE(en.stem(u"FATS"_s), fat);
    }

    void availability()
    {
        for (const QString& language : {u"en"_s, u"es"_s, u"fr"_s, u"de"_s, u"hi"_s})
            QVERIFY2(Stemmer(language).isAvailable(), qPrintable(language));
        QVERIFY(!Stemmer(u"ja"_s).isAvailable());
        QVERIFY(Stemmer(u"unknown"_s).isAvailable()); // unknown codes act as English
    }
};

QTEST_GUILESS_MAIN(TestTextStemmer)
#include "tst_text_stemmer.moc"
