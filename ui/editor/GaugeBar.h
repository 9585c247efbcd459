#pragma once

#include <QColor>
#include <QWidget>

#include <optional>

namespace reel::ui {

/// A thin horizontal bar with its figure beside it: a value against a scale, an optional band
/// (the target range, drawn on the track) and an optional marker (a limit or a fold).
class GaugeBar : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(double value READ value)
    Q_PROPERTY(QString text READ text)

public:
    explicit GaugeBar(QWidget* parent = nullptr);

    double value() const { return m_value; }
    QString text() const { return m_text; }
    QColor color() const { return m_color; }

    /// `value` on a scale from 0 to `maximum`, filled in `color`.
    void setValue(double value, double maximum, const QColor& color);
    void setBand(std::optional<std::pair<double, double>> band)
    {
        m_band = band;
        update();
    }
    void setMarker(std::optional<double> at)
    {
        m_marker = at;
        update();
    }
    /// The figure shown beside the bar (also its accessible description).
    void setText(const QString& text);
    /// Room reserved for the text, so that gauges in a column line up.
    void setTextWidth(int pixels);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double m_value = 0;
    double m_maximum = 1;
    QColor m_color;
    std::optional<std::pair<double, double>> m_band;
    std::optional<double> m_marker;
    QString m_text;
    int m_textWidth = 0;
};

} // namespace reel::ui
