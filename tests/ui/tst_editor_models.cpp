// The editor's building blocks on their own: span shifting, joined-text mapping, the Problems
// and Shots models (with QAbstractItemModelTester) and the highlighter's per-block refresh.

#include "editor/FindingHighlighter.h"
#include "editor/FindingSpans.h"
#include "editor/ProblemsModel.h"
#include "editor/SeverityStyle.h"
#include "editor/ShotsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace reel;
using namespace reel::ui;
using reel::text::Span;

namespace {

Finding finding(const QString& code, ScriptField field, QList<Span> spans, Severity severity = Severity::Error)
{
    Finding f;
    f.ruleId = QStringLiteral("test.") + code;
    f.code = code;
    f.field = field;
    f.severity = severity;
    f.spans = std::move(spans);
    return f;
}

ProblemsModel::Entry entry(quint64 id, const Finding& f)
{
    return {f.field, ShownFinding{id, f, false}};
}

} // namespace

class TestEditorModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void shiftedSpan_data();
    void shiftedSpan();
    void shiftDropsAFixWhoseTextChanged();
    void joinedTextMapsBack();
    void minusIsAMultisetDifference();

    void problemsModelMergesRowByRow();
    void problemsModelFallsBackToResetWhenRowsSwap();
    void shotsModelEditsAndChecks();

    void highlighterShiftsWhileTyping();
    void highlighterRefreshesOnlyChangedBlocks();
};

void TestEditorModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestEditorModels::shiftedSpan_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("newStart"); // -1: gone
    QTest::addColumn<int>("newLength");
    // The span [10, 13) — "fat" in "Skip the  fat days".
    QTest::newRow("typed before") << 10 << 3 << 2 << 0 << 4 << 14 << 3;
    QTest::newRow("typed after") << 10 << 3 << 20 << 0 << 1 << 10 << 3;
    QTest::newRow("typed right after: not part of it") << 10 << 3 << 13 << 0 << 1 << 10 << 3;
    QTest::newRow("typed at its start: pushed") << 10 << 3 << 10 << 0 << 2 << 12 << 3;
    QTest::newRow("typed inside: joins it") << 10 << 3 << 11 << 0 << 2 << 10 << 5;
    QTest::newRow("deleted before") << 10 << 3 << 0 << 4 << 0 << 6 << 3;
    QTest::newRow("deleted its tail") << 10 << 3 << 12 << 1 << 0 << 10 << 2;
    QTest::newRow("deleted its head") << 10 << 3 << 9 << 2 << 0 << 9 << 2;
    QTest::newRow("deleted entirely") << 10 << 3 << 10 << 3 << 0 << -1 << 0;
    QTest::newRow("deleted with its neighbours") << 10 << 3 << 8 << 8 << 0 << -1 << 0;
    QTest::newRow("replaced entirely") << 10 << 3 << 10 << 3 << 4 << -1 << 0;
    QTest::newRow("replaced inside") << 10 << 3 << 11 << 1 << 3 << 10 << 5;
}

void TestEditorModels::shiftedSpan()
{
    QFETCH(int, start);
    QFETCH(int, length);
    QFETCH(int, position);
    QFETCH(int, removed);
    QFETCH(int, added);
    QFETCH(int, newStart);
    QFETCH(int, newLength);
    const auto moved = spans::shifted(Span{start, length}, position, removed, added);
    if (newStart < 0) {
        QVERIFY(!moved);
        return;
    }
    QVERIFY(moved);
    QCOMPARE(moved->start, newStart);
    QCOMPARE(moved->length, newLength);
}

void TestEditorModels::shiftDropsAFixWhoseTextChanged()
{
    Finding f = finding(QStringLiteral("banned_word"), ScriptField::Body, {{9, 3}});
    f.fix = QuickFix{QStringLiteral("remove"), {QStringLiteral("fat")}, {{ScriptField::Body, {9, 4}, QString()}}};
    QVERIFY(spans::shift(f, 0, 0, 2)); // typed before: the fix moves along
    QCOMPARE(f.spans.constFirst().start, 11);
    QCOMPARE(f.fix->edits.constFirst().span.start, 11);
    QVERIFY(spans::shift(f, 12, 0, 1)); // typed inside: the fix no longer knows what it removes
    QVERIFY(!f.fix);
    QCOMPARE(f.spans.constFirst().length, 4);
    QVERIFY(!spans::shift(f, 11, 4, 0)); // its word deleted: the finding goes

    Finding whole = finding(QStringLiteral("cta_no_action"), ScriptField::Cta, {});
    QVERIFY(spans::shift(whole, 0, 5, 0)); // about the field as a whole: stays
}

void TestEditorModels::joinedTextMapsBack()
{
    const spans::JoinedText tags(QStringLiteral("  #a,#bb   #ccc "), spans::JoinedText::Kind::Words);
    QCOMPARE(tags.joined(), QStringLiteral("#a #bb #ccc"));
    QCOMPARE(tags.toEditor(Span{3, 3}).start, 5); // #bb
    QCOMPARE(tags.toEditor(Span{3, 3}).length, 3);
    // "remove #bb" with the space after it: up to the next tag in the editor.
    QCOMPARE(tags.toEditor(Span{3, 4}).start, 5);
    QCOMPARE(tags.toEditor(Span{3, 4}).length, 6);
    // Appending at the end: after the last tag.
    QCOMPARE(tags.toEditor(Span{11, 0}).start, 15);

    const spans::JoinedText lines(QStringLiteral("one\n\n\ntwo\n"), spans::JoinedText::Kind::Lines);
    QCOMPARE(lines.joined(), QStringLiteral("one\ntwo"));
    QCOMPARE(lines.toEditor(Span{4, 3}).start, 6);

    Finding f = finding(QStringLiteral("hashtag_duplicate"), ScriptField::Hashtags, {{7, 4}});
    f.fix = QuickFix{QStringLiteral("remove"), {QStringLiteral("#ccc")}, {{ScriptField::Hashtags, {6, 5}, QString()}}};
    const Finding mapped = tags.toEditor(f);
    QCOMPARE(mapped.spans.constFirst().start, 11);
    QCOMPARE(mapped.fix->edits.constFirst().span.start, 8);
}

void TestEditorModels::minusIsAMultisetDifference()
{
    const Finding a = finding(QStringLiteral("word_repeated"), ScriptField::Body, {{1, 2}});
    const Finding b = finding(QStringLiteral("word_repeated"), ScriptField::Body, {{5, 2}});
    const Finding c = finding(QStringLiteral("duration_too_short"), ScriptField::Body, {}, Severity::Warning);
    QCOMPARE(spans::minus({a, a, b, c}, {a, c}), (QList<Finding>{a, b}));
    QCOMPARE(spans::minus({a}, {}), QList<Finding>{a});
    QCOMPARE(spans::minus({}, {a}), QList<Finding>{});
}

void TestEditorModels::problemsModelMergesRowByRow()
{
    ProblemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Finding hookBan = finding(QStringLiteral("banned_word"), ScriptField::Hook, {{8, 4}});
    const Finding bodyBan = finding(QStringLiteral("banned_word"), ScriptField::Body, {{0, 3}});
    const Finding bodyLong = finding(QStringLiteral("duration_too_long"), ScriptField::Body, {}, Severity::Warning);
    const Finding tags = finding(QStringLiteral("hashtags_none"), ScriptField::Hashtags, {}, Severity::Info);

    model.setEntries({entry(3, tags), entry(1, bodyBan), entry(2, hookBan)});
    QCOMPARE(model.rowCount(), 3);
    // Reading order: section, then position.
    QCOMPARE(model.entryAt(0)->shown.id, 2u);
    QCOMPARE(model.entryAt(1)->shown.id, 1u);
    QCOMPARE(model.entryAt(2)->shown.id, 3u);
    QCOMPARE(model.index(0, ProblemsModel::SectionColumn).data().toString(), QStringLiteral("Hook"));
    QCOMPARE(model.index(2, ProblemsModel::SeverityColumn).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Note"));
    QVERIFY(!model.index(0, ProblemsModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.count(Severity::Error), 2);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QPersistentModelIndex hookRow = model.index(0, 0);
    // New ids and moved spans for the same findings, one gone, one new.
    Finding movedBodyBan = bodyBan;
    movedBodyBan.spans = {{4, 3}};
    model.setEntries({entry(10, hookBan), entry(11, movedBodyBan), entry(12, bodyLong)});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(hookRow.isValid());
    QCOMPARE(hookRow.row(), 0);
    QCOMPARE(model.rowOfId(11), 2); // the spanless warning sorts first in the body
    QCOMPARE(model.rowOfId(12), 1);
    QCOMPARE(model.rowOfId(1), -1);

    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
    model.retranslate();
}

void TestEditorModels::problemsModelFallsBackToResetWhenRowsSwap()
{
    ProblemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Finding a = finding(QStringLiteral("banned_word"), ScriptField::Body, {{0, 3}});
    Finding b = finding(QStringLiteral("competitor"), ScriptField::Body, {{10, 3}}, Severity::Warning);
    model.setEntries({entry(1, a), entry(2, b)});
    b.spans = {{0, 0}};
    Finding movedA = a;
    movedA.spans = {{20, 3}};
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setEntries({entry(3, movedA), entry(4, b)});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.entryAt(0)->shown.finding.code, QStringLiteral("competitor"));
}

void TestEditorModels::shotsModelEditsAndChecks()
{
    ShotsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy edited(&model, &ShotsModel::edited);
    QVERIFY(model.insertRows(0, 2));
    QCOMPARE(model.shots().at(1).startS, 3.0);
    QVERIFY(model.setData(model.index(0, ShotsModel::VoiceoverColumn), QStringLiteral("Hello\nthere")));
    QCOMPARE(model.shots().at(0).voiceover, QStringLiteral("Hello there")); // one line per shot
    QVERIFY(!model.setData(model.index(0, ShotsModel::EndColumn), -1.0));
    QVERIFY(!model.setData(model.index(0, ShotsModel::EndColumn), 500.0));
    QVERIFY(model.setData(model.index(1, ShotsModel::EndColumn), 2.0));
    QCOMPARE(model.index(1, ShotsModel::EndColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("The shot must end after it starts."));
    QCOMPARE(model.index(1, ShotsModel::EndColumn).data().toString(), QStringLiteral("2.0"));
    QCOMPARE(model.voiceoverPosition(7), (std::pair<int, int>{0, 7}));
    QCOMPARE(model.voiceoverPosition(12), (std::pair<int, int>{1, 0}));
    QVERIFY(model.removeRows(0, 1));
    QVERIFY(!model.removeRows(3, 1));
    QCOMPARE(edited.size(), 4);
    const quint64 revision = model.revision();
    model.setShots({Shot{0, 1, QStringLiteral("door"), {}}});
    QVERIFY(model.revision() > revision);
    QCOMPARE(edited.size(), 4); // loading is not an edit
}

void TestEditorModels::highlighterShiftsWhileTyping()
{
    QTextDocument doc(QStringLiteral("Skip the fat days"));
    doc.documentLayout(); // as an editor's document has: a document without one reports no edits
    FindingHighlighter highlighter(&doc);
    QTRY_COMPARE(highlighter.highlightedBlocks(), 1); // the initial pass
    highlighter.setFindings(
            {ShownFinding{1, finding(QStringLiteral("banned_word"), ScriptField::Body, {{9, 3}}), false}});
    const auto waves = [&] {
        QList<std::pair<int, int>> out;
        for (const QTextLayout::FormatRange& r : doc.firstBlock().layout()->formats()) {
            if (r.format.underlineStyle() == QTextCharFormat::WaveUnderline)
                out.append({r.start, r.length});
        }
        return out;
    };
    QCOMPARE(waves(), (QList<std::pair<int, int>>{{9, 3}}));
    const quint64 revision = highlighter.revision();

    QTextCursor cursor(&doc);
    cursor.insertText(QStringLiteral("Now "));
    QCOMPARE(highlighter.revision(), revision + 1);
    QCOMPARE(waves(), (QList<std::pair<int, int>>{{13, 3}})); // still on "fat"
    QCOMPARE(highlighter.findingsAt(14).size(), 1);
    QCOMPARE(highlighter.findingsAt(12).size(), 0);
    cursor.setPosition(13);
    cursor.setPosition(16, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    QVERIFY(waves().isEmpty());
    QVERIFY(highlighter.findings().isEmpty());
}

void TestEditorModels::highlighterRefreshesOnlyChangedBlocks()
{
    QStringList lines;
    for (int i = 0; i < 50; ++i)
        lines << QStringLiteral("Line %1 with a few words").arg(i);
    QTextDocument doc(lines.join(u'\n'));
    FindingHighlighter highlighter(&doc);
    QTRY_COMPARE(highlighter.highlightedBlocks(), 50);
    const auto at = [&](int block, int offset, int length, Severity severity = Severity::Error) {
        return finding(QStringLiteral("x"), ScriptField::Body,
                       {{doc.findBlockByNumber(block).position() + offset, length}}, severity);
    };
    QList<ShownFinding> findings{{1, at(3, 0, 4), false}, {2, at(30, 5, 2, Severity::Warning), false}};
    highlighter.setFindings(findings);
    QCOMPARE(highlighter.highlightedBlocks(), 52);
    // Same underlines, new ids: nothing to redraw.
    highlighter.setFindings({{7, findings.at(0).finding, false}, {8, findings.at(1).finding, false}});
    QCOMPARE(highlighter.highlightedBlocks(), 52);
    // One underline moves within block 30: that block only.
    highlighter.setFindings({{9, findings.at(0).finding, false}, {10, at(30, 8, 2, Severity::Warning), false}});
    QCOMPARE(highlighter.highlightedBlocks(), 53);
    // An underline over blocks 10–12; block 11 in full.
    Finding wide = at(10, 5, 0);
    wide.spans.first().length = doc.findBlockByNumber(12).position() + 4 - wide.spans.first().start;
    highlighter.setFindings(
            {{11, findings.at(0).finding, false}, {12, at(30, 8, 2, Severity::Warning), false}, {13, wide, false}});
    QCOMPARE(highlighter.highlightedBlocks(), 56);
    const QList<QTextLayout::FormatRange> middle = doc.findBlockByNumber(11).layout()->formats();
    QCOMPARE(middle.size(), 1);
    QCOMPARE(middle.constFirst().start, 0);
    QCOMPARE(middle.constFirst().length, doc.findBlockByNumber(11).length() - 1);
    QCOMPARE(middle.constFirst().format.underlineColor(), SeverityStyle::color(Severity::Error));
    // Overlapping underlines: the error wins where they meet.
    highlighter.setFindings({{14, at(3, 0, 10, Severity::Info), false}, {15, at(3, 2, 3, Severity::Error), false}});
    const QList<QTextLayout::FormatRange> overlap = doc.findBlockByNumber(3).layout()->formats();
    QCOMPARE(overlap.size(), 3);
    QCOMPARE(overlap.at(1).start, 2);
    QCOMPARE(overlap.at(1).format.underlineColor(), SeverityStyle::color(Severity::Error));
}

QTEST_MAIN(TestEditorModels)
#include "tst_editor_models.moc"
