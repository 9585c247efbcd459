// Voice-over duration and readability: the numbers behind "fits in 30 s" and the Flesch badge.

#include "text/Readability.h"
#include "text/SpeakingRate.h"
#include "text/Syllables.h"

#include <QTest>

using namespace reel::text;
using namespace Qt::StringLiterals;

namespace {

QString repeated(const QString& unit, int times)
{
    QStringList parts;
    for (int i = 0; i < times; ++i)
        parts << unit;
    return parts.join(u' ');
}

} // namespace

class TestTextSpeakingRate : public QObject
{
    Q_OBJECT

private slots:
    void defaults_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("unit");
        QTest::addColumn<double>("perMinute");
        // es/fr/de: 150 × (syllable rate / 6.19) × (1.4 / syllables per word).
        QTest::newRow("en") << u"en"_s << int(RateUnit::WordsPerMinute) << 150.0;
        QTest::newRow("es") << u"es"_s << int(RateUnit::WordsPerMinute) << 150.0 * 7.82 / 6.19 * 1.4 / 1.9;
        QTest::newRow("fr") << u"fr"_s << int(RateUnit::WordsPerMinute) << 150.0 * 7.18 / 6.19 * 1.4 / 1.5;
        QTest::newRow("de") << u"de"_s << int(RateUnit::WordsPerMinute) << 150.0 * 5.97 / 6.19 * 1.4 / 1.7;
        QTest::newRow("hi") << u"hi"_s << int(RateUnit::WordsPerMinute) << 130.0;
        QTest::newRow("ja") << u"ja"_s << int(RateUnit::CharactersPerMinute) << 300.0;
        QTest::newRow("unknown is en") << u"tlh"_s << int(RateUnit::WordsPerMinute) << 150.0;
    }

    void defaults()
    {
        QFETCH(QString, language);
        QFETCH(int, unit);
        QFETCH(double, perMinute);
        const SpeakingRate rate = SpeakingRates::defaultFor(language);
        QCOMPARE(int(rate.unit), unit);
        QCOMPARE(rate.perMinute, perMinute);
    }

    void defaultValuesAreSensible()
    {
        // Rounded, for the record: es ≈ 140, fr ≈ 162, de ≈ 119 words per minute.
        QCOMPARE(qRound(SpeakingRates::defaultFor(u"es"_s).perMinute), 140);
        QCOMPARE(qRound(SpeakingRates::defaultFor(u"fr"_s).perMinute), 162);
        QCOMPARE(qRound(SpeakingRates::defaultFor(u"de"_s).perMinute), 119);
    }

    void englishWords()
    {
        const QString text = repeated(u"word"_s, 150);
        QCOMPARE(SpeakingRates::unitsOf(text, u"en"_s, RateUnit::WordsPerMinute), 150.0);
        QCOMPARE(SpeakingRates::seconds(text, u"en"_s), 60.0);
        QCOMPARE(SpeakingRates::seconds(u"Stop scrolling. 🔥 #Fit"_s, u"en"_s), 3 * 60.0 / 150.0);
    }

    void japaneseCharacters()
    {
        // 300 spoken characters; spaces, punctuation and emoji are not counted.
        QString text;
        for (int i = 0; i < 30; ++i)
            text += u"今日はジムへ行こう、"_s;            // 9 characters and a comma
        text += repeated(u"ありがとう"_s, 6) + u"！ 🔥"_s; // 30 characters
        QCOMPARE(SpeakingRates::unitsOf(text, u"ja"_s, RateUnit::CharactersPerMinute), 300.0);
        QCOMPARE(SpeakingRates::seconds(text, u"ja"_s), 60.0);
    }

    void charactersAreUserPerceived()
    {
        // A Devanagari akshara counts once, with its vowel signs; digits and Latin letters count.
        QCOMPARE(SpeakingRates::unitsOf(u"नमस्ते"_s, u"hi"_s, RateUnit::CharactersPerMinute), 3.0);
        QCOMPARE(SpeakingRates::unitsOf(u"Go 2 ジム!"_s, u"ja"_s, RateUnit::CharactersPerMinute), 5.0);
    }

    void calibrationOverrides()
    {
        const QString english = repeated(u"word"_s, 150);
        QCOMPARE(SpeakingRates::seconds(english, u"en"_s, SpeakingRate{RateUnit::WordsPerMinute, 120.0}), 75.0);
        // A calibration may also change the unit: 600 letters at 900 characters per minute.
        QCOMPARE(SpeakingRates::seconds(english, u"en"_s, SpeakingRate{RateUnit::CharactersPerMinute, 900.0}), 40.0);
        const QString japanese = repeated(u"ありがとう"_s, 60);
        QCOMPARE(SpeakingRates::seconds(japanese, u"ja"_s, SpeakingRate{RateUnit::CharactersPerMinute, 360.0}), 50.0);
        // Nonsense calibrations fall back to the default.
        QCOMPARE(SpeakingRates::seconds(english, u"en"_s, SpeakingRate{RateUnit::WordsPerMinute, 0.0}), 60.0);
        QCOMPARE(SpeakingRates::seconds(english, u"en"_s, SpeakingRate{RateUnit::WordsPerMinute, -5.0}), 60.0);
    }

    void emptyTextTakesNoTime()
    {
        QCOMPARE(SpeakingRates::seconds(QString(), u"en"_s), 0.0);
        QCOMPARE(SpeakingRates::seconds(u" … "_s, u"ja"_s), 0.0);
    }

    // Hand-computed Flesch scores (each language's published Flesch constants, as in Readability.cpp).
    void flesch_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");
        QTest::addColumn<int>("sentences");
        QTest::addColumn<double>("syllablesPerWord");
        QTest::addColumn<double>("score");
        // 9 words, 2 sentences, 10 syllables (hap-py).
        QTest::newRow("en") << u"en"_s << u"The cat sat on the mat. It was happy."_s << 9 << 2 << 10.0 / 9
                            << 206.835 - 1.015 * 4.5 - 84.6 * 10.0 / 9;
        // 6 words, 2 sentences, 8 syllables (lau-fen, heu-te).
        QTest::newRow("de") << u"de"_s << u"Das ist gut. Wir laufen heute."_s << 6 << 2 << 8.0 / 6
                            << 180.0 - 3.0 - 58.5 * 8.0 / 6;
        // 4 words, 2 sentences, 8 syllables (ho-la a-mi-go va-mos ya).
        QTest::newRow("es") << u"es"_s << u"Hola amigo. Vamos ya."_s << 4 << 2 << 2.0 << 206.84 - 1.02 * 2 - 60.0 * 2;
        // 4 words, 2 sentences, 6 syllables (bon-jour à tous mer-ci).
        QTest::newRow("fr") << u"fr"_s << u"Bonjour à tous. Merci."_s << 4 << 2 << 1.5
                            << 207.0 - 1.015 * 2 - 73.6 * 1.5;
    }

    void flesch()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(int, words);
        QFETCH(int, sentences);
        QFETCH(double, syllablesPerWord);
        QFETCH(double, score);
        const Syllables syllables(language);
        const std::optional<ReadabilityScore> r = Readability::flesch(text, language, syllables);
        QVERIFY(r);
        QCOMPARE(r->words, words);
        QCOMPARE(r->sentences, sentences);
        QCOMPARE(r->wordsPerSentence, double(words) / sentences);
        QCOMPARE(r->syllablesPerWord, syllablesPerWord);
        QCOMPARE(r->fleschReadingEase, score);
    }

    void longestSentence()
    {
        const Syllables en(u"en"_s);
        const auto r = Readability::flesch(u"One two three. Four five six seven eight! Nine."_s, u"en"_s, en);
        QVERIFY(r);
        QCOMPARE(r->longestSentenceWords, 5);
        QCOMPARE(r->sentences, 3);
        // No terminator at all: one sentence.
        const auto single = Readability::flesch(u"no full stop here at all"_s, u"en"_s, en);
        QVERIFY(single);
        QCOMPARE(single->sentences, 1);
        QCOMPARE(single->longestSentenceWords, 6);
    }

    void notAvailable()
    {
        QVERIFY(!Readability::flesch(u"नमस्ते दुनिया।"_s, u"hi"_s, Syllables(u"hi"_s)));
        QVERIFY(!Readability::flesch(u"今日は晴れ。"_s, u"ja"_s, Syllables(u"ja"_s)));
        QVERIFY(!Readability::flesch(u"  🔥 !!! "_s, u"en"_s, Syllables(u"en"_s)));
    }
};

QTEST_GUILESS_MAIN(TestTextSpeakingRate)
#include "tst_text_speakingrate.moc"
