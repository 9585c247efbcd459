// VADER sentiment: the published examples of VADER's README (Hutto & Gilbert) must come out the
// same here, since the UI shows the compound score and its positive/neutral/negative label.

#include "text/Sentiment.h"

#include <QTest>

#include <cmath>

using namespace reel::text;
using namespace Qt::StringLiterals;

class TestTextSentiment : public QObject
{
    Q_OBJECT

private slots:
    void compound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("compound");
        // VADER's README examples and their published compound scores.
        QTest::newRow("positive") << u"VADER is smart, handsome, and funny."_s << 0.8316;
        QTest::newRow("exclamation") << u"VADER is smart, handsome, and funny!"_s << 0.8439;
        QTest::newRow("booster") << u"VADER is very smart, handsome, and funny."_s << 0.8545;
        QTest::newRow("all caps") << u"VADER is VERY SMART, handsome, and FUNNY."_s << 0.9227;
        QTest::newRow("caps and !!!") << u"VADER is VERY SMART, handsome, and FUNNY!!!"_s << 0.9342;
        QTest::newRow("everything") << u"VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!"_s << 0.9469;
        QTest::newRow("negation") << u"VADER is not smart, handsome, nor funny."_s << -0.7424;
        QTest::newRow("plain") << u"The book was good."_s << 0.4404;
        QTest::newRow("at least") << u"At least it isn't a horrible book."_s << 0.431;
        QTest::newRow("kind of") << u"The book was kind of good."_s << 0.3832;
        QTest::newRow("only kind of") << u"The book was only kind of good."_s << 0.3832;
        QTest::newRow("but") << u"The plot was good, but the characters are uncompelling and the dialog is not great."_s
                             << -0.7042;
        QTest::newRow("slang caps") << u"Today SUX!"_s << -0.5461;
        QTest::newRow("kinda and but") << u"Today only kinda sux! But I'll get by, lol"_s << 0.5249;
        QTest::newRow("emoticons") << u"Make sure you :) or :D today!"_s << 0.8633;
        QTest::newRow("emoji") << u"Catch utf-8 emoji such as 💘 and 💋 and 😁"_s << 0.875;
        QTest::newRow("not bad") << u"Not bad at all"_s << 0.431;
        QTest::newRow("never good") << u"Sentiment analysis has never been good."_s << -0.3412;
        QTest::newRow("never this good") << u"Sentiment analysis has never been this good!"_s << 0.5672;
        QTest::newRow("most ... shit") << u"Most automated sentiment analysis tools are shit."_s << -0.5574;
        QTest::newRow("the shit") << u"With VADER, sentiment analysis is the shit!"_s << 0.6476;
        QTest::newRow("quite bad") << u"Other sentiment analysis tools can be quite bad."_s << -0.5849;
        QTest::newRow("such a badass") << u"VADER is such a badass!"_s << 0.4003;
        QTest::newRow("not such a badass") << u"Not such a badass after all."_s << -0.2584;
        QTest::newRow("most compelling") << u"Roger Dodger is one of the most compelling variations on this theme."_s
                                         << 0.2944;
        QTest::newRow("at least compelling")
                << u"Roger Dodger is at least compelling as a variation on the theme."_s << 0.2263;
        QTest::newRow("least compelling")
                << u"Roger Dodger is one of the least compelling variations on this theme."_s << -0.1695;
        // Beyond VADER: typographic apostrophes negate like ASCII ones.
        QTest::newRow("typographic apostrophe") << u"At least it isn’t a horrible book."_s << 0.431;
        // Whole emoji sequences are looked up ("❤️" = red heart + VS16): love 3.2 + heart 3.2.
        QTest::newRow("heart with selector") << u"Love it ❤️"_s << 6.4 / std::sqrt(6.4 * 6.4 + 15);
        QTest::newRow("neutral") << u"Three sets of ten reps."_s << 0.0;
        QTest::newRow("empty") << QString() << 0.0;
    }

    void compound()
    {
        QFETCH(QString, text);
        QFETCH(double, compound);
        const std::optional<SentimentScore> s = Sentiment::builtIn().score(text, u"en"_s);
        QVERIFY(s);
        QVERIFY2(std::abs(s->compound - compound) < 0.00051,
                 qPrintable(u"got %1, expected %2"_s.arg(s->compound, 0, 'f', 4).arg(compound, 0, 'f', 4)));
    }

    void proportions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("positive");
        QTest::addColumn<double>("neutral");
        QTest::addColumn<double>("negative");
        // VADER's README: pos/neu/neg rounded to 3 places.
        QTest::newRow("positive") << u"VADER is smart, handsome, and funny."_s << 0.746 << 0.254 << 0.0;
        QTest::newRow("negation") << u"VADER is not smart, handsome, nor funny."_s << 0.0 << 0.354 << 0.646;
        QTest::newRow("plain") << u"The book was good."_s << 0.492 << 0.508 << 0.0;
        QTest::newRow("emoji") << u"Catch utf-8 emoji such as 💘 and 💋 and 😁"_s << 0.417 << 0.583 << 0.0;
        QTest::newRow("empty") << QString() << 0.0 << 0.0 << 0.0;
    }

    void proportions()
    {
        QFETCH(QString, text);
        QFETCH(double, positive);
        QFETCH(double, neutral);
        QFETCH(double, negative);
        const std::optional<SentimentScore> s = Sentiment::builtIn().score(text, u"en"_s);
        QVERIFY(s);
        QVERIFY(std::abs(s->positive - positive) < 0.0006);
        QVERIFY(std::abs(s->neutral - neutral) < 0.0006);
        QVERIFY(std::abs(s->negative - negative) < 0.0006);
    }

    void englishOnly()
    {
        for (const QString& language : {u"es"_s, u"fr"_s, u"de"_s, u"hi"_s, u"ja"_s})
            QVERIFY2(!Sentiment::builtIn().score(u"Es muy bueno"_s, language), qPrintable(language));
        QVERIFY(Sentiment::builtIn().score(u"good"_s, u"en-GB"_s));
    }

    void labelsFollowTheThresholds()
    {
        const Sentiment& vader = Sentiment::builtIn();
        QVERIFY(vader.score(u"Join now, it's free and fun!"_s, u"en"_s)->compound >= 0.05);
        QVERIFY(vader.score(u"Tired of boring, painful workouts?"_s, u"en"_s)->compound <= -0.05);
    }

    void longTextIsBounded()
    {
        QString text;
        for (int i = 0; i < 2000; ++i)
            text += u"Great workout!!! Love it 💪 "_s;
        const std::optional<SentimentScore> s = Sentiment::builtIn().score(text, u"en"_s);
        QVERIFY(s);
        QVERIFY(s->compound > 0.99 && s->compound <= 1.0);
        QVERIFY(std::abs(s->positive + s->neutral + s->negative - 1.0) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestTextSentiment)
#include "tst_text_sentiment.moc"
