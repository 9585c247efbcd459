#include "editor/SeverityStyle.h"

#include <QPainter>
#include <QPixmap>

namespace reel::ui::SeverityStyle {

QColor color(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xd9, 0x30, 0x25);
    case Severity::Warning:
        return QColor(0xe3, 0x74, 0x00);
    case Severity::Info:
        return QColor(0x1a, 0x73, 0xe8);
    }
    return {};
}

int rank(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return 3;
    case Severity::Warning:
        return 2;
    case Severity::Info:
        return 1;
    }
    return 0;
}

QColor good()
{
    return QColor(0x18, 0x80, 0x38);
}

QColor low()
{
    return color(Severity::Warning);
}

QColor high()
{
    return color(Severity::Error);
}

namespace {

QPixmap draw(Severity severity, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color(severity));
    const QRectF box(1, 1, size - 2, size - 2);
    if (severity == Severity::Warning) {
        // A triangle for warnings, so the three are told apart without colour.
        const QPointF points[] = {
                {box.center().x(), box.top()}, {box.right(), box.bottom()}, {box.left(), box.bottom()}};
        p.drawPolygon(points, 3);
    } else {
        p.drawEllipse(box);
    }
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(int(size * 0.62));
    p.setFont(font);
    p.setPen(Qt::white);
    QRectF textBox = box;
    if (severity == Severity::Warning)
        textBox.adjust(0, size * 0.18, 0, 0);
    p.drawText(textBox, Qt::AlignCenter, severity == Severity::Info ? QStringLiteral("i") : QStringLiteral("!"));
    return pixmap;
}

} // namespace

QIcon icon(Severity severity)
{
    QIcon out;
    for (const int size : {16, 24, 32})
        out.addPixmap(draw(severity, size, 1.0));
    out.addPixmap(draw(severity, 16, 2.0));
    return out;
}

} // namespace reel::ui::SeverityStyle
