// The word diff behind "compare versions": both texts can be rebuilt from the spans, a changed
// word shows as one removal and one addition, and a long script with one edit stays one edit.

#include "history/TextDiff.h"

#include <QElapsedTimer>
#include <QTest>

using namespace reel::history;
using Op = DiffSpan::Op;

namespace {

QString rebuild(const QList<DiffSpan>& spans, Op skipped)
{
    QString out;
    for (const DiffSpan& s : spans) {
        if (s.op != skipped)
            out += s.text;
    }
    return out;
}

int countOf(const QList<DiffSpan>& spans, Op op)
{
    return static_cast<int>(std::count_if(spans.cbegin(), spans.cend(), [&](const DiffSpan& s) { return s.op == op; }));
}

QString words(int count)
{
    static const QStringList vocabulary = {QStringLiteral("morning"), QStringLiteral("coffee"),
                                           QStringLiteral("habit"),   QStringLiteral("stretch"),
                                           QStringLiteral("focus"),   QStringLiteral("walk"),
                                           QStringLiteral("breathe"), QStringLiteral("again"),
                                           QStringLiteral("today")};
    QStringList out;
    for (int i = 0; i < count; ++i) {
        QString w = vocabulary.at(i % vocabulary.size()) + QString::number(i % 7);
        if (i % 13 == 12)
            w += u'.';
        out.append(w);
    }
    return out.join(u' ');
}

} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT

private slots:
    void rebuildsBothTexts_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("identical") << QStringLiteral("Stop scrolling. Your back will thank you.")
                                   << QStringLiteral("Stop scrolling. Your back will thank you.");
        QTest::newRow("both empty") << QString() << QString();
        QTest::newRow("empty to text") << QString() << QStringLiteral("Three stretches before coffee.");
        QTest::newRow("text to empty") << QStringLiteral("Three stretches before coffee.") << QString();
        QTest::newRow("word replaced") << QStringLiteral("Do three stretches before your coffee.")
                                       << QStringLiteral("Do five stretches before your coffee.");
        QTest::newRow("whitespace only") << QStringLiteral("Do three  stretches\nbefore coffee.")
                                         << QStringLiteral("Do three stretches before  coffee. ");
        QTest::newRow("leading spaces") << QStringLiteral("  indented start") << QStringLiteral("indented start");
        QTest::newRow("unicode") << QStringLiteral("Café ☕ für dich — naïve 🚀 idea")
                                 << QStringLiteral("Café 🍵 für euch — naïve 🚀 idea");
        QTest::newRow("japanese") << QStringLiteral("毎朝コーヒーの前にストレッチ。")
                                  << QStringLiteral("毎晩コーヒーの後にストレッチ。");
        QTest::newRow("reordered") << QStringLiteral("a b c d e f") << QStringLiteral("f e d c b a");
        QTest::newRow("unrelated") << QStringLiteral("one two three") << QStringLiteral("four five six seven");
    }

    void rebuildsBothTexts()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        const QList<DiffSpan> spans = diffWords(before, after);
        QCOMPARE(rebuild(spans, Op::Added), before);
        QCOMPARE(rebuild(spans, Op::Removed), after);
        for (qsizetype i = 0; i < spans.size(); ++i) {
            QVERIFY2(!spans.at(i).text.isEmpty(), "no empty spans");
            if (i > 0)
                QVERIFY2(spans.at(i).op != spans.at(i - 1).op, "adjacent spans of one kind are merged");
        }
    }

    void identicalIsOneEqualSpan()
    {
        const QString text = QStringLiteral("Stop scrolling. Your back will thank you.");
        QCOMPARE(diffWords(text, text), (QList<DiffSpan>{{Op::Equal, text}}));
        QVERIFY(diffWords(QString(), QString()).isEmpty());
        QCOMPARE(diffWords(QString(), text), (QList<DiffSpan>{{Op::Added, text}}));
        QCOMPARE(diffWords(text, QString()), (QList<DiffSpan>{{Op::Removed, text}}));
    }

    void replacedWordIsOneRemovalAndOneAddition()
    {
        const auto spans = diffWords(QStringLiteral("Do three stretches before your coffee."),
                                     QStringLiteral("Do five stretches before your coffee."));
        const QList<DiffSpan> expected = {{Op::Equal, QStringLiteral("Do ")},
                                          {Op::Removed, QStringLiteral("three ")},
                                          {Op::Added, QStringLiteral("five ")},
                                          {Op::Equal, QStringLiteral("stretches before your coffee.")}};
        QCOMPARE(spans, expected);
    }

    void whitespaceChangeIsShown()
    {
        const auto spans = diffWords(QStringLiteral("one two three"), QStringLiteral("one two  three"));
        const QList<DiffSpan> expected = {{Op::Equal, QStringLiteral("one ")},
                                          {Op::Removed, QStringLiteral("two ")},
                                          {Op::Added, QStringLiteral("two  ")},
                                          {Op::Equal, QStringLiteral("three")}};
        QCOMPARE(spans, expected);
    }

    void japaneseDiffsByCharacter()
    {
        const auto spans = diffWords(QStringLiteral("毎朝ストレッチ"), QStringLiteral("毎晩ストレッチ"));
        const QList<DiffSpan> expected = {{Op::Equal, QStringLiteral("毎")},
                                          {Op::Removed, QStringLiteral("朝")},
                                          {Op::Added, QStringLiteral("晩")},
                                          {Op::Equal, QStringLiteral("ストレッチ")}};
        QCOMPARE(spans, expected);
    }

    void longTextWithOneChange()
    {
        const QString before = words(3000);
        QStringList tokens = before.split(u' ');
        QCOMPARE(tokens.size(), 3000);
        const QString old = tokens.at(1500);
        tokens[1500] = QStringLiteral("sprint");
        const QString after = tokens.join(u' ');

        QElapsedTimer timer;
        timer.start();
        const auto spans = diffWords(before, after);
        QVERIFY2(timer.elapsed() < 2000, "a one-word edit of a long script is quick");
        QCOMPARE(countOf(spans, Op::Removed), 1);
        QCOMPARE(countOf(spans, Op::Added), 1);
        QCOMPARE(spans.size(), 4);
        QCOMPARE(spans.at(1).text, old + u' ');
        QCOMPARE(spans.at(2).text, QStringLiteral("sprint "));
        QCOMPARE(rebuild(spans, Op::Added), before);
        QCOMPARE(rebuild(spans, Op::Removed), after);
    }

    void scatteredEditsInLongText()
    {
        // Several edits far apart: the middle-snake search must still find every common run.
        const QString before = words(3000);
        QStringList tokens = before.split(u' ');
        tokens[100] = QStringLiteral("NEW1");
        tokens.removeAt(1500);
        tokens.insert(2500, QStringLiteral("NEW2"));
        const QString after = tokens.join(u' ');
        const auto spans = diffWords(before, after);
        QCOMPARE(rebuild(spans, Op::Added), before);
        QCOMPARE(rebuild(spans, Op::Removed), after);
        QCOMPARE(countOf(spans, Op::Removed), 2);
        QCOMPARE(countOf(spans, Op::Added), 2);
    }

    void unrelatedLongTextsStayFast()
    {
        const QString before = words(3000);
        QString after = before;
        after.replace(u'o', u'0'); // almost every token changes
        QElapsedTimer timer;
        timer.start();
        const auto spans = diffWords(before, after);
        QVERIFY2(timer.elapsed() < 10000, "the worst case stays usable");
        QCOMPARE(rebuild(spans, Op::Added), before);
        QCOMPARE(rebuild(spans, Op::Removed), after);
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
