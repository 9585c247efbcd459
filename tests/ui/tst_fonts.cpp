// Every translated string of the interface can be drawn: laid out with the application's font,
// no character falls back to the "missing glyph" box (glyph 0) in any language, Hindi and
// Japanese included, and Qt reports no missing OpenType support while shaping them.
#include "common/LanguageManager.h"

#include <QApplication>
#include <QFile>
#include <QGlyphRun>
#include <QRawFont>
#include <QTest>
#include <QTextLayout>
#include <QXmlStreamReader>

using reel::ui::LanguageManager;

namespace {

/// The translations of one .ts file, as the translator wrote them.
QStringList translationsOf(const QString& language)
{
    QFile file(QStringLiteral(REEL_SOURCE_DIR "/translations/reelstudio_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement
            && (xml.name() == u"translation" || xml.name() == u"numerusform")) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.isEmpty())
                out.append(text);
        }
    }
    return out;
}

/// The characters of `text` drawn as the missing-glyph box with `font` (after font fallback).
QString missingGlyphs(const QString& text, const QFont& font)
{
    QString line = text;
    line.replace(u'\n', u' ');
    QTextLayout layout(line, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QString missing;
    for (const QGlyphRun& run : layout.glyphRuns()) {
        const QList<quint32> glyphs = run.glyphIndexes();
        if (std::find(glyphs.cbegin(), glyphs.cend(), 0u) != glyphs.cend())
            missing += run.rawFont().familyName() + QStringLiteral(" in “") + line + QStringLiteral("”; ");
    }
    return missing;
}

} // namespace

class TestFonts : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // Qt warns once per font and script it cannot shape ("OpenType support missing for …").
        QTest::failOnWarning(QRegularExpression(QStringLiteral("OpenType support missing")));
    }

    void everyLanguageNameInTheMenuIsDrawable()
    {
        for (const auto& language : LanguageManager::available())
            QVERIFY2(missingGlyphs(language.nativeName, QApplication::font()).isEmpty(),
                     qPrintable(missingGlyphs(language.nativeName, QApplication::font())));
    }

    void everyTranslationIsDrawable_data()
    {
        QTest::addColumn<QString>("language");
        for (const auto& language : LanguageManager::available()) {
            if (language.code != u"en")
                QTest::newRow(qPrintable(language.code)) << language.code;
        }
    }

    void everyTranslationIsDrawable()
    {
        QFETCH(QString, language);
        const QStringList texts = translationsOf(language);
        QVERIFY2(texts.size() > 1000, "the translation file is missing or nearly empty");
        QFont bold = QApplication::font();
        bold.setBold(true);
        QStringList problems;
        for (const QString& text : texts) {
            for (const QFont& font : {QApplication::font(), bold}) {
                if (const QString missing = missingGlyphs(text, font); !missing.isEmpty())
                    problems.append(missing);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(u'\n')));
    }

    void hindiAndJapaneseAreShapedByFontsThatCoverThem()
    {
        // A check that the test itself can fail: a private-use character no font draws.
        QVERIFY(!missingGlyphs(QString(QChar(0xE000)), QApplication::font()).isEmpty());
        for (const QString& text : {QStringLiteral("हिन्दी में स्क्रिप्ट लिखें"), QStringLiteral("日本語でスクリプトを書く")}) {
            QTextLayout layout(text, QApplication::font());
            layout.beginLayout();
            layout.createLine();
            layout.endLayout();
            const QList<QGlyphRun> runs = layout.glyphRuns();
            QVERIFY(!runs.isEmpty());
            for (const QGlyphRun& run : runs) {
                const QRawFont font = run.rawFont();
                QVERIFY2(font.isValid(), qPrintable(text));
                QVERIFY2(font.familyName() != u"DejaVu Sans", qPrintable(font.familyName()));
            }
            QVERIFY2(missingGlyphs(text, QApplication::font()).isEmpty(), qPrintable(text));
        }
    }
};

QTEST_MAIN(TestFonts)
#include "tst_fonts.moc"
