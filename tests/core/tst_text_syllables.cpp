// Syllable counts (hyphenation patterns + edge heuristics) and where dictionaries are found:
// the readability score and the Spanish/French/German duration estimate depend on them.

#include "text/DictionaryPaths.h"
#include "text/SyllableHeuristics.h"
#include "text/Syllables.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace reel::text;
using namespace Qt::StringLiterals;

class TestTextSyllables : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const QString& language : {u"en"_s, u"es"_s, u"fr"_s, u"de"_s, u"hi"_s}) {
            if (DictionaryPaths::hyphenationFile(language).isEmpty())
                QSKIP(qPrintable(u"no hyphenation patterns for "_s + language
                                 + u" (Debian: hyphen-en-us hyphen-es hyphen-fr hyphen-de hyphen-hi)"_s));
        }
    }

    void counts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("syllables");
        const auto add = [](const char* language, const QString& word, int n) {
            QTest::addRow("%s %s", language, qPrintable(word)) << QString::fromLatin1(language) << word << n;
        };
        // English (Merriam-Webster syllabification).
        add("en", u"beautiful"_s, 3);
        add("en", u"workout"_s, 2);
        add("en", u"the"_s, 1);
        add("en", u"make"_s, 1);
        add("en", u"happy"_s, 2);
        add("en", u"family"_s, 3);
        add("en", u"interesting"_s, 4);
        add("en", u"creature"_s, 2);
        add("en", u"create"_s, 2);
        add("en", u"people"_s, 2);
        add("en", u"table"_s, 2);
        add("en", u"little"_s, 2);
        add("en", u"chocolate"_s, 3);
        add("en", u"naturally"_s, 4);
        add("en", u"about"_s, 2);
        add("en", u"media"_s, 3);
        add("en", u"radio"_s, 3);
        add("en", u"nation"_s, 2);
        add("en", u"social"_s, 2);
        add("en", u"usual"_s, 3);
        add("en", u"being"_s, 2);
        add("en", u"going"_s, 2);
        add("en", u"jumped"_s, 1);
        add("en", u"started"_s, 2);
        add("en", u"makes"_s, 1);
        add("en", u"changes"_s, 2);
        add("en", u"boxes"_s, 2);
        add("en", u"fitness"_s, 2);
        add("en", u"motivation"_s, 4);
        add("en", u"every"_s, 2);
        add("en", u"everyday"_s, 3);
        add("en", u"everyone"_s, 3);
        add("en", u"business"_s, 2);
        add("en", u"minutes"_s, 2);
        add("en", u"Stop"_s, 1);
        add("en", u"don't"_s, 1);
        add("en", u"didn't"_s, 2);
        add("en", u"you’re"_s, 1);
        add("en", u"well-being"_s, 3);
        add("en", u"DM"_s, 2);
        add("en", u"2026"_s, 4);
        add("en", u"3x"_s, 2);
        // Spanish: hyphenation is syllabification; hiatus with a stressed í/ú splits.
        add("es", u"entrenamiento"_s, 5);
        add("es", u"hola"_s, 2);
        add("es", u"ahora"_s, 3);
        add("es", u"día"_s, 2);
        add("es", u"país"_s, 2);
        add("es", u"ciudad"_s, 2);
        add("es", u"bueno"_s, 2);
        add("es", u"rutina"_s, 3);
        add("es", u"que"_s, 1);
        add("es", u"hoy"_s, 1);
        add("es", u"leer"_s, 2);
        add("es", u"increíble"_s, 4);
        add("es", u"energía"_s, 4);
        add("es", u"cuerpo"_s, 2);
        add("es", u"rápido"_s, 3);
        // French: the mute final e is not counted (spoken syllables).
        add("fr", u"magnifique"_s, 3);
        add("fr", u"bonjour"_s, 2);
        add("fr", u"aujourd'hui"_s, 3);
        add("fr", u"entraînement"_s, 4);
        add("fr", u"être"_s, 1);
        add("fr", u"petite"_s, 2);
        // Careful speech: the inner mute e of "ra-pi-de-ment" is counted (casual speech drops it).
        add("fr", u"rapidement"_s, 4);
        add("fr", u"idée"_s, 2);
        add("fr", u"l'entraînement"_s, 4);
        add("fr", u"maintenant"_s, 3);
        add("fr", u"journée"_s, 2);
        add("fr", u"énergie"_s, 3);
        // German (patterns in ISO 8859-1).
        add("de", u"Geschwindigkeit"_s, 4);
        add("de", u"Abend"_s, 2);
        add("de", u"Übung"_s, 2);
        add("de", u"Ernährung"_s, 3);
        add("de", u"Frühstück"_s, 2);
        add("de", u"Motivation"_s, 5);
        add("de", u"Gesundheit"_s, 3);
        add("de", u"heute"_s, 2);
        add("de", u"Straße"_s, 2);
        add("de", u"Trainingsplan"_s, 3);
        add("de", u"Wochenende"_s, 4);
        add("de", u"Ernährungsberater"_s, 6);
        add("de", u"Fitnessstudio"_s, 5);
        add("de", u"Muskelaufbau"_s, 4);
        add("de", u"Kraft"_s, 1);
        // Hindi.
        add("hi", u"नमस्ते"_s, 3);
        add("hi", u"दुनिया"_s, 3);
        add("hi", u"दिन"_s, 1);
        add("hi", u"भारत"_s, 2);
        add("hi", u"सत्य"_s, 2);
        add("hi", u"स्वास्थ्य"_s, 2);
        add("hi", u"क्ष"_s, 1);
        // Japanese morae.
        add("ja", u"ありがとう"_s, 5);
        add("ja", u"きょう"_s, 2);
        add("ja", u"コーヒー"_s, 4);
        add("ja", u"がっこう"_s, 4);
        add("ja", u"日本"_s, 4);
        add("ja", u"動画"_s, 4);
    }

    void counts()
    {
        QFETCH(QString, language);
        QFETCH(QString, word);
        QFETCH(int, syllables);
        const Syllables s(language);
        QCOMPARE(s.count(word), syllables);
    }

    void notAWordIsZero()
    {
        const Syllables en(u"en"_s);
        QCOMPARE(en.count(QString()), 0);
        QCOMPARE(en.count(u"!!!"_s), 0);
        QCOMPARE(en.count(u"🔥"_s), 0);
        QCOMPARE(en.count(u"hmm"_s), 1);
    }

    void patternsAreUsedWhereInstalled()
    {
        for (const QString& language : {u"en"_s, u"es"_s, u"fr"_s, u"de"_s, u"hi"_s})
            QVERIFY2(Syllables(language).isPatternBased(), qPrintable(language));
        QVERIFY(!Syllables(u"ja"_s).isPatternBased());
    }

    // Without patterns the vowel rules count alone; they must still be sensible.
    void heuristicsAlone_data()
    {
        QTest::addColumn<int>("lang");
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("syllables");
        using reel::text::detail::Lang;
        QTest::newRow("en happy") << int(Lang::En) << u"happy"_s << 2;
        QTest::newRow("en make") << int(Lang::En) << u"make"_s << 1;
        QTest::newRow("en table") << int(Lang::En) << u"table"_s << 2;
        QTest::newRow("en queen") << int(Lang::En) << u"queen"_s << 1;
        QTest::newRow("es entrenamiento") << int(Lang::Es) << u"entrenamiento"_s << 5;
        QTest::newRow("es día") << int(Lang::Es) << u"día"_s << 2;
        QTest::newRow("es guerra") << int(Lang::Es) << u"guerra"_s << 2;
        QTest::newRow("fr magnifique") << int(Lang::Fr) << u"magnifique"_s << 3;
        QTest::newRow("de Abend") << int(Lang::De) << u"abend"_s << 2;
        QTest::newRow("de Theater") << int(Lang::De) << u"theater"_s << 3;
        QTest::newRow("de heute") << int(Lang::De) << u"heute"_s << 2;
    }

    void heuristicsAlone()
    {
        QFETCH(int, lang);
        QFETCH(QString, word);
        QFETCH(int, syllables);
        using namespace reel::text::detail;
        QCOMPARE(SyllableHeuristics::latin(word, static_cast<Lang>(lang), true), syllables);
    }

    void dictionariesAreFound()
    {
        QVERIFY(DictionaryPaths::hyphenationFile(u"en"_s).endsWith(u"/hyph_en_US.dic"_s));
        QVERIFY(DictionaryPaths::hyphenationFile(u"de-AT"_s).endsWith(u"/hyph_de_DE.dic"_s));
        QVERIFY(DictionaryPaths::hyphenationFile(u"ja"_s).isEmpty());
        QVERIFY(DictionaryPaths::spellingAffix(u"fr"_s).endsWith(u"/fr_FR.aff"_s));
        QVERIFY(DictionaryPaths::spellingAffix(u"ja"_s).isEmpty());
        QVERIFY(DictionaryPaths::hyphenationFolders().contains(u"/usr/share/hyphen"_s));
        QVERIFY(DictionaryPaths::spellingFolders().contains(u"/usr/share/hunspell"_s));
    }

    void environmentFolderComesFirst()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Another region of Spanish, and an affix file without its word list (not usable).
        QVERIFY(QFile::copy(DictionaryPaths::hyphenationFile(u"es"_s), dir.filePath(u"hyph_es_MX.dic"_s)));
        QFile affOnly(dir.filePath(u"hunspell/en_US.aff"_s));
        QVERIFY(QDir(dir.path()).mkpath(u"hunspell"_s));
        QVERIFY(affOnly.open(QIODevice::WriteOnly));
        affOnly.close();

        const QByteArray previous = qgetenv("REELSTUDIO_DICTIONARY_PATH");
        qputenv("REELSTUDIO_DICTIONARY_PATH", QFile::encodeName(dir.path() + u":/nonexistent"_s));
        const QString es = DictionaryPaths::hyphenationFile(u"es"_s);
        const QString en = DictionaryPaths::spellingAffix(u"en"_s);
        const QStringList folders = DictionaryPaths::hyphenationFolders();
        const int esCount = Syllables(u"es"_s).count(u"entrenamiento"_s);
        if (previous.isNull())
            qunsetenv("REELSTUDIO_DICTIONARY_PATH");
        else
            qputenv("REELSTUDIO_DICTIONARY_PATH", previous);

        QCOMPARE(QFileInfo(es).fileName(), u"hyph_es_MX.dic"_s);
        QCOMPARE(QFileInfo(es).absolutePath(), QDir(dir.path()).absolutePath());
        QVERIFY(en.startsWith(u"/usr/"_s)); // the lone .aff was skipped
        QCOMPARE(folders.value(0), QDir::cleanPath(dir.path()));
        QVERIFY(folders.contains(u"/nonexistent"_s));
        QCOMPARE(esCount, 5);
    }
};

QTEST_GUILESS_MAIN(TestTextSyllables)
#include "tst_text_syllables.moc"
