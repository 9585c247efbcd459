#include "history/PdfExport.h"

#include "history/DocumentText.h"
#include "history/HistoryExport.h"

#include <QBuffer>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QUrl>
#include <QVariant>

namespace reel::ui {

namespace {

constexpr qreal kMarginMm = 15.0;

/// A document that never loads anything (a style sheet named in raw HTML, say): a script's text,
/// from a model or an imported file, is not allowed to reach into this machine.
class InertDocument final : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl& name) override
    {
        Q_UNUSED(type)
        Q_UNUSED(name)
        return {};
    }
};

/// Takes every image out of `document`, leaving its name as text. A script may hold
/// `![](/home/user/private.jpg)` or `<img src=…>`; QTextDocument would read that file from disk
/// even when loadResource() refuses, and a PDF meant for a client must not carry it.
void removeImages(QTextDocument& document)
{
    struct Image
    {
        int position;
        int length;
        QString name;
    };
    QList<Image> images;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().isImageFormat())
                images.append({fragment.position(), fragment.length(), fragment.charFormat().toImageFormat().name()});
        }
    }
    QTextCursor cursor(&document);
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        cursor.insertText(QStringLiteral("[%1]").arg(QUrl(it->name).fileName()), QTextCharFormat());
    }
}

} // namespace

QByteArray PdfExport::render(const QString& markdown, const QString& title)
{
    QByteArray bytes;
    {
        // Into memory first: QPdfWriter closes the device it is given, which QSaveFile forbids.
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Withsocio Reel Studio"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        InertDocument document;
        document.setMarkdown(markdown);
        removeImages(document);
        document.setMetaInformation(QTextDocument::DocumentTitle, title);
        document.print(&writer);
    }
    return bytes;
}

Result<void> PdfExport::write(const QList<HistoryEntry>& entries, const QString& path, const QString& title)
{
    const QByteArray pdf = render(QString::fromUtf8(history::toMarkdown(entries, DocumentText::words())), title);
    QSaveFile file(path);
    if (pdf.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return Error::make(ErrorCode::FileUnwritable,
                           {path, pdf.isEmpty() ? QStringLiteral("the PDF could not be drawn") : file.errorString()});
    return {};
}

} // namespace reel::ui
