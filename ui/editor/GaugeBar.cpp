#include "editor/GaugeBar.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace reel::ui {

namespace {

constexpr int kBarHeight = 8;
constexpr int kSpacing = 8;

} // namespace

GaugeBar::GaugeBar(QWidget* parent)
    : QWidget(parent)
    , m_color(palette().color(QPalette::Highlight))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void GaugeBar::setValue(double value, double maximum, const QColor& color)
{
    m_value = value;
    m_maximum = maximum > 0 ? maximum : 1;
    m_color = color;
    update();
}

void GaugeBar::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    setAccessibleDescription(text);
    updateGeometry();
    update();
}

void GaugeBar::setTextWidth(int pixels)
{
    m_textWidth = pixels;
    updateGeometry();
}

QSize GaugeBar::sizeHint() const
{
    const int textWidth = std::max(m_textWidth, fontMetrics().horizontalAdvance(m_text));
    return {120 + kSpacing + textWidth, std::max(fontMetrics().height(), kBarHeight) + 4};
}

QSize GaugeBar::minimumSizeHint() const
{
    const int textWidth = std::max(m_textWidth, fontMetrics().horizontalAdvance(m_text));
    return {48 + kSpacing + textWidth, std::max(fontMetrics().height(), kBarHeight) + 4};
}

void GaugeBar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int textWidth = std::max(m_textWidth, fontMetrics().horizontalAdvance(m_text));
    const QRect textRect(width() - textWidth, 0, textWidth, height());
    const QRectF track(0.5, (height() - kBarHeight) / 2.0, std::max(0, width() - textWidth - kSpacing) - 1.0,
                       kBarHeight);
    const auto x = [&](double v) { return track.left() + track.width() * std::clamp(v / m_maximum, 0.0, 1.0); };

    const QColor base = palette().color(QPalette::Mid);
    QColor trackColor = base;
    trackColor.setAlpha(60);
    QPainterPath rounded;
    rounded.addRoundedRect(track, kBarHeight / 2.0, kBarHeight / 2.0);
    p.setClipPath(rounded);
    p.fillRect(track, trackColor);
    if (m_band) {
        QColor band(0x18, 0x80, 0x38);
        band.setAlpha(55);
        p.fillRect(QRectF(QPointF(x(m_band->first), track.top()), QPointF(x(m_band->second), track.bottom())), band);
    }
    if (m_value > 0)
        p.fillRect(QRectF(track.topLeft(), QPointF(x(m_value), track.bottom())), m_color);
    p.setClipping(false);
    p.setPen(QPen(base, 1));
    p.setBrush(Qt::NoBrush);
    p.drawPath(rounded);
    if (m_marker) {
        p.setPen(QPen(palette().color(QPalette::WindowText), 1.5));
        const double mx = x(*m_marker);
        p.drawLine(QPointF(mx, track.top() - 3), QPointF(mx, track.bottom() + 3));
    }
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, m_text);
}

} // namespace reel::ui
