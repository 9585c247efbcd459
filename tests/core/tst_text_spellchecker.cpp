// Hunspell spelling: the editor underlines what the dictionary does not know, but never names,
// hashtags, handles, links or numbers, and suggestions come on demand.

#include "text/SpellChecker.h"

#include <QTest>

using namespace reel::text;
using namespace Qt::StringLiterals;

namespace {

QString joined(const QList<Word>& words)
{
    QStringList parts;
    for (const Word& w : words)
        parts << w.text;
    return parts.join(u'|');
}

} // namespace

class TestTextSpellChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!SpellChecker(u"en"_s).isAvailable())
            QSKIP("no Hunspell dictionaries installed (Debian: hunspell-en-us hunspell-es hunspell-fr …)");
    }

    void availability()
    {
        for (const QString& language : {u"en"_s, u"es"_s, u"fr"_s, u"de"_s, u"hi"_s})
            QVERIFY2(SpellChecker(language).isAvailable(), qPrintable(language));
        const SpellChecker ja(u"ja"_s);
        QVERIFY(!ja.isAvailable());
        QVERIFY(ja.misspelled(u"今日はジムへ行こう"_s).isEmpty());
        QVERIFY(ja.isCorrect(u"なんでも"_s)); // nothing to check against: never flagged
        QVERIFY(ja.suggestions(u"なんでも"_s).isEmpty());
    }

    void recieve()
    {
        const SpellChecker en(u"en"_s);
        QVERIFY(!en.isCorrect(u"recieve"_s));
        QVERIFY(en.isCorrect(u"receive"_s));
        QVERIFY(en.isCorrect(u"Receive"_s));
        QVERIFY(en.suggestions(u"recieve"_s).contains(u"receive"_s));
        QVERIFY(en.suggestions(u"recieve"_s, 1).size() <= 1);
        QVERIFY(en.suggestions(u"recieve"_s, 0).isEmpty());
    }

    void misspelled_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << u"en"_s << u"You will recieve a fre workout."_s << u"recieve|fre"_s;
        QTest::newRow("en contractions") << u"en"_s << u"Don't wait, you’re ready. It's time."_s << QString();
        QTest::newRow("en hyphenated") << u"en"_s << u"Your well-being matters"_s << QString();
        QTest::newRow("hashtags handles links") << u"en"_s
                                                << u"#Fitspo with @coachanna at withsocio.com or https://x.io/abcxyz "
                                                   "www.gymmz.net mail hi@qwzz.com"_s
                                                << QString();
        QTest::newRow("numbers and one letter") << u"en"_s << u"3x faster in 2026, x marks it"_s << QString();
        QTest::newRow("acronyms") << u"en"_s << u"DM us for the CTA and ROI"_s << QString();
        QTest::newRow("shouting is still checked") << u"en"_s << u"STOPP SCROLLING"_s << u"STOPP"_s;
        QTest::newRow("es") << u"es"_s << u"Empieza tu entrenamento hoy mismo"_s << u"entrenamento"_s;
        QTest::newRow("fr") << u"fr"_s << u"L’entraînement commence aujourd’hui, c'est magnifiqe"_s << u"magnifiqe"_s;
        QTest::newRow("de") << u"de"_s << u"Dein Trainingsplan für die Wochee"_s << u"Wochee"_s;
        QTest::newRow("hi") << u"hi"_s << u"आज से शुरू करें"_s << QString();
        // Short words of a script without case are words, not acronyms.
        QTest::newRow("hi misspelled") << u"hi"_s << u"आज सो शरू करें"_s << u"शरू"_s;
    }

    void misspelled()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const SpellChecker checker(language);
        const QList<Word> wrong = checker.misspelled(text);
        QCOMPARE(joined(wrong), expected);
        for (const Word& w : wrong)
            QCOMPARE(text.mid(w.span.start, w.span.length), w.text);
    }

    void taughtWordsAreAccepted()
    {
        SpellChecker en(u"en"_s);
        QVERIFY(!en.isCorrect(u"Withsocio"_s));
        en.addWord(u"Withsocio"_s);
        QVERIFY(en.isCorrect(u"Withsocio"_s));
        QVERIFY(en.misspelled(u"Withsocio helps"_s).isEmpty());
        // Only this checker learnt it.
        QVERIFY(!SpellChecker(u"en"_s).isCorrect(u"Withsocio"_s));
    }

    void germanSuggestions()
    {
        const SpellChecker de(u"de"_s);
        QVERIFY(de.suggestions(u"Wochee"_s).contains(u"Woche"_s));
    }
};

QTEST_GUILESS_MAIN(TestTextSpellChecker)
#include "tst_text_spellchecker.moc"
