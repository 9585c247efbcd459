#pragma once

#include <QWidget>

class QLabel;

namespace reel::ui {

class GaugeBar;

/// How long the script takes to say: the total against the Reel's length with its tolerance
/// band (green inside, amber short, red long), the hook against its limit, and each spoken
/// section's seconds.
class DurationGauges : public QWidget
{
    Q_OBJECT

public:
    explicit DurationGauges(QWidget* parent = nullptr);

    void setLimits(int targetSeconds, double tolerance, double hookLimitSeconds);
    void setSeconds(double hook, double body, double cta);

    double totalSeconds() const { return m_hook + m_body + m_cta; }
    double hookSeconds() const { return m_hook; }
    double bodySeconds() const { return m_body; }
    double ctaSeconds() const { return m_cta; }
    GaugeBar* totalGauge() const { return m_total; }
    GaugeBar* hookGauge() const { return m_hookGauge; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();

    double m_hook = 0;
    double m_body = 0;
    double m_cta = 0;
    int m_target = 30;
    double m_tolerance = 0.15;
    double m_hookLimit = 3;

    QLabel* m_title;
    QLabel* m_totalLabel;
    QLabel* m_hookLabel;
    QLabel* m_bodyLabel;
    QLabel* m_ctaLabel;
    GaugeBar* m_total;
    GaugeBar* m_hookGauge;
    QLabel* m_bodySeconds;
    QLabel* m_ctaSeconds;
    QLabel* m_targetNote;
};

} // namespace reel::ui
