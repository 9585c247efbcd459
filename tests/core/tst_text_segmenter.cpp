// Word, sentence, grapheme and emoji segmentation for the six languages: what the word counts,
// the duration estimate, banned-word matching and the caption counter are built on.

#include "text/Segmenter.h"

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

QString joined(const QString& text, const QList<Span>& spans)
{
    QStringList parts;
    for (const Span& s : spans)
        parts << text.mid(s.start, s.length);
    return parts.join(u'|');
}

} // namespace

class TestTextSegmenter : public QObject
{
    Q_OBJECT

private slots:
    void words_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain") << u"en"_s << u"Stop scrolling, start moving."_s << u"Stop|scrolling|start|moving"_s;
        QTest::newRow("apostrophes") << u"en"_s << u"Don't quit — you’re close. 'Quoted'"_s
                                     << u"Don't|quit|you’re|close|Quoted"_s;
        QTest::newRow("hyphens") << u"en"_s << u"well-being in 15-minute blocks - no gym"_s
                                 << u"well-being|in|15-minute|blocks|no|gym"_s;
        QTest::newRow("percent") << u"en"_s << u"Save 100% today"_s << u"Save|100|today"_s;
        QTest::newRow("hashtags and handles")
                << u"en"_s << u"#Fit life with @coach_ana"_s << u"Fit|life|with|coach_ana"_s;
        QTest::newRow("numbers") << u"en"_s << u"1,000 reps in 3.5 days, 3x faster"_s
                                 << u"1,000|reps|in|3.5|days|3x|faster"_s;
        QTest::newRow("accented es") << u"es"_s << u"¿Está tu rutina lista? ¡Mañana empieza!"_s
                                     << u"Está|tu|rutina|lista|Mañana|empieza"_s;
        QTest::newRow("accented fr") << u"fr"_s << u"L'entraînement, c'est la clé « maintenant »"_s
                                     << u"L'entraînement|c'est|la|clé|maintenant"_s;
        QTest::newRow("accented de") << u"de"_s << u"Größer, schöner, Übung macht's."_s
                                     << u"Größer|schöner|Übung|macht's"_s;
        QTest::newRow("devanagari") << u"hi"_s << u"नमस्ते दुनिया"_s << u"नमस्ते|दुनिया"_s;
        QTest::newRow("devanagari with danda")
                << u"hi"_s << u"आज से शुरू करें। क्या आप तैयार हैं?"_s << u"आज|से|शुरू|करें|क्या|आप|तैयार|हैं"_s;
        QTest::newRow("japanese") << u"ja"_s << u"今日はジムへ行こう！"_s << u"今日|は|ジム|へ|行|こう"_s;
        QTest::newRow("japanese long vowel") << u"ja"_s << u"すごーいコーヒー"_s << u"すごーい|コーヒー"_s;
        QTest::newRow("japanese mixed scripts") << u"ja"_s << u"Reels用の動画3本"_s << u"Reels|用|の|動画|3|本"_s;
        QTest::newRow("arabic") << u"en"_s << u"مرحبا بالعالم"_s << u"مرحبا|بالعالم"_s;
        QTest::newRow("hebrew") << u"en"_s << u"שלום עולם"_s << u"שלום|עולם"_s;
        QTest::newRow("emoji between words") << u"en"_s << u"Go🔥now 💪Fit Join👇#Fit"_s << u"Go|now|Fit|Join|Fit"_s;
        QTest::newRow("emoji before devanagari")
                << u"hi"_s << u"👍🏽 नमस्ते🔥दुनिया 🇮🇳"_s << u"नमस्ते|दुनिया"_s;
        QTest::newRow("keycap is not a word") << u"en"_s << u"Top 1️⃣ tip"_s << u"Top|tip"_s;
        QTest::newRow("only punctuation") << u"en"_s << u"!!! ... 🔥🔥"_s << QString();
        QTest::newRow("empty") << u"en"_s << QString() << QString();
    }

    void words()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(joined(Segmenter::words(text, language)), expected);
    }

    void wordSpansPointIntoTheText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("hashtag") << u"Try #FitLife2026 now"_s << u"en"_s;
        QTest::newRow("arabic") << u"قل مرحبا للعالم"_s << u"en"_s;
        QTest::newRow("hebrew in english") << u"Say שלום to all"_s << u"en"_s;
        QTest::newRow("emoji") << u"👩‍👩‍👧 family time 🇫🇷"_s << u"en"_s;
        QTest::newRow("japanese") << u"毎日コーヒーを飲む"_s << u"ja"_s;
    }

    void wordSpansPointIntoTheText()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        const QList<Word> words = Segmenter::words(text, language);
        QVERIFY(!words.isEmpty());
        qsizetype previousEnd = 0;
        for (const Word& w : words) {
            QCOMPARE(text.mid(w.span.start, w.span.length), w.text);
            QVERIFY(w.span.start >= previousEnd);
            previousEnd = w.span.end();
        }
    }

    void hashtagSpanExcludesTheHash()
    {
        const QString text = u"Try #FitLife2026 now"_s;
        const QList<Word> words = Segmenter::words(text, u"en"_s);
        QCOMPARE(words.size(), 3);
        QCOMPARE(words[1].text, u"FitLife2026"_s);
        QCOMPARE(words[1].span, (Span{5, 11}));
        QVERIFY(words[1].hasDigit);
        QVERIFY(!words[1].allLetters);
        QVERIFY(words[0].allLetters);
    }

    void rightToLeftSpans()
    {
        const QString text = u"Say שלום to مرحبا"_s;
        const QList<Word> words = Segmenter::words(text, u"en"_s);
        QCOMPARE(words.size(), 4);
        QCOMPARE(words[1].span, (Span{4, 4}));
        QCOMPARE(words[3].span, (Span{12, 5}));
    }

    void digitsAreFlagged()
    {
        const QList<Word> words = Segmenter::words(u"100% of 2026"_s, u"en"_s);
        QCOMPARE(words.size(), 3);
        QCOMPARE(words[0].text, u"100"_s);
        QVERIFY(words[0].hasDigit);
        QVERIFY(!words[1].hasDigit);
        QVERIFY(words[2].hasDigit);
    }

    void sentences_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("basic") << u"en"_s << u"Stop. Breathe! Ready? Go"_s << u"Stop.|Breathe!|Ready?|Go"_s;
        QTest::newRow("lower-case start") << u"en"_s << u"so good. then rest."_s << u"so good.|then rest."_s;
        QTest::newRow("ellipsis") << u"en"_s << u"Wait… what?! Yes..."_s << u"Wait…|what?!|Yes..."_s;
        QTest::newRow("decimals and domains")
                << u"en"_s << u"Lose 3.5 kg with withsocio.com today."_s << u"Lose 3.5 kg with withsocio.com today."_s;
        QTest::newRow("abbreviation") << u"en"_s << u"Ask Dr. Lee, e.g. today. Done."_s
                                      << u"Ask Dr. Lee, e.g. today.|Done."_s;
        QTest::newRow("closing quote") << u"en"_s << u"She said \"go.\" Then left."_s
                                       << u"She said \"go.\"|Then left."_s;
        QTest::newRow("line breaks") << u"en"_s << u"Hook line\nBody line\r\n\r\nCTA line   \n"_s
                                     << u"Hook line|Body line|CTA line"_s;
        QTest::newRow("emoji line is not a sentence") << u"en"_s << u"Let's go! 🔥🔥\n💪"_s << u"Let's go!"_s;
        QTest::newRow("japanese") << u"ja"_s << u"今日は晴れ。走ろう！本当？"_s << u"今日は晴れ。|走ろう！|本当？"_s;
        QTest::newRow("hindi danda") << u"hi"_s << u"आज से शुरू करें। तैयार?"_s << u"आज से शुरू करें।|तैयार?"_s;
        QTest::newRow("spanish") << u"es"_s << u"¿Listo? ¡Vamos!"_s << u"¿Listo?|¡Vamos!"_s;
        QTest::newRow("empty") << u"en"_s << u"   "_s << QString();
    }

    void sentences()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(joined(text, Segmenter::sentences(text, language)), expected);
    }

    void sentenceSpansExcludeTrailingSpace()
    {
        const QString text = u"  One.   Two!  "_s;
        const QList<Span> spans = Segmenter::sentences(text, u"en"_s);
        QCOMPARE(spans.size(), 2);
        QCOMPARE(spans[0], (Span{2, 4}));
        QCOMPARE(spans[1], (Span{9, 4}));
    }

    void graphemes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("count");
        QTest::newRow("ascii") << u"Reels"_s << qsizetype(5);
        QTest::newRow("combining accent") << u"cafe\u0301"_s << qsizetype(4);
        QTest::newRow("zwj family") << u"👩‍👩‍👧"_s << qsizetype(1);
        QTest::newRow("zwj family then flag") << u"👩‍👩‍👧🇫🇷"_s << qsizetype(2);
        QTest::newRow("two flags") << u"🇫🇷🇩🇪"_s << qsizetype(2);
        QTest::newRow("three regional indicators") << u"🇫🇷🇩"_s << qsizetype(2);
        QTest::newRow("skin tone") << u"👍🏽!"_s << qsizetype(2);
        QTest::newRow("heart with selector") << u"❤️"_s << qsizetype(1);
        QTest::newRow("keycap") << u"1️⃣"_s << qsizetype(1);
        QTest::newRow("devanagari conjunct") << u"नमस्ते"_s << qsizetype(3);
        QTest::newRow("emoji before devanagari")
                << u"👩‍👩‍👧🇫🇷👍🏽❤️1️⃣नमस्ते"_s << qsizetype(8);
        QTest::newRow("hangul jamo") << u"\u1100\u1161\u11A8"_s << qsizetype(1);
        QTest::newRow("crlf") << u"a\r\nb"_s << qsizetype(3);
        QTest::newRow("empty") << QString() << qsizetype(0);
    }

    void graphemes()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, count);
        QCOMPARE(Segmenter::graphemeCount(text), count);
    }

    void emoji_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << u"No emoji here, © aside"_s << u"©"_s;
        QTest::newRow("zwj family") << u"Family 👩‍👩‍👧 time"_s << u"👩‍👩‍👧"_s;
        QTest::newRow("flags") << u"🇫🇷🇩🇪 trip"_s << u"🇫🇷|🇩🇪"_s;
        QTest::newRow("skin tone and selector") << u"👍🏽 ❤️ ok"_s << u"👍🏽|❤️"_s;
        QTest::newRow("keycap") << u"Step 1️⃣"_s << u"1️⃣"_s;
        QTest::newRow("glued to words") << u"Go🔥now‼"_s << u"🔥|‼"_s;
        QTest::newRow("symbols") << u"☀️⏰⭐"_s << u"☀️|⏰|⭐"_s;
        QTest::newRow("plain text") << u"Just words."_s << QString();
    }

    void emoji()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(joined(text, Segmenter::emoji(text)), expected);
    }

    void unknownLanguageActsAsEnglish()
    {
        QCOMPARE(joined(Segmenter::words(u"well-being now"_s, u"xx"_s)), u"well-being|now"_s);
    }

    void longTextDoesNotCrash()
    {
        // 50,000+ characters mixing scripts and emoji: nothing is lost and spans stay ordered.
        const QString chunk =
                u"Stop scrolling! Ваш день 👩‍👩‍👧 नमस्ते दुनिया। 今日はジムへ行こう。 well-being 100% #Fit\n"_s;
        QString text;
        while (text.size() < 50000)
            text += chunk;
        const QList<Word> words = Segmenter::words(text, u"en"_s);
        const QList<Span> sentences = Segmenter::sentences(text, u"en"_s);
        QVERIFY(words.size() > 5000);
        QVERIFY(sentences.size() > 1000);
        QVERIFY(Segmenter::graphemeCount(text) < text.size());
        QCOMPARE(Segmenter::emoji(text).size(), text.count(chunk));
        for (qsizetype i = 1; i < words.size(); ++i)
            QVERIFY(words[i].span.start >= words[i - 1].span.end());

        // 60,000 kana and kanji without a single space or stop: one run per script change
        // ("…ですね" runs on into the next "きょうは…").
        QString japanese;
        while (japanese.size() < 60000)
            japanese += u"きょうはとてもいい天気ですね"_s;
        const QList<Word> runs = Segmenter::words(japanese, u"ja"_s);
        QCOMPARE(runs.size(), 2 * japanese.count(u"天気"_s) + 1);
        QCOMPARE(Segmenter::sentences(japanese, u"ja"_s).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTextSegmenter)
#include "tst_text_segmenter.moc"
