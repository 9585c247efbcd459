#include "editor/DurationGauges.h"

#include "editor/GaugeBar.h"
#include "editor/SeverityStyle.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace reel::ui {

namespace {

QString seconds(double value)
{
    //: A duration in seconds, e.g. "24.8 s"
    return QCoreApplication::translate("reel::ui::DurationGauges", "%1 s").arg(QLocale().toString(value, 'f', 1));
}

// A limit as it was set: "30 s", "3 s", "2.5 s".
QString limit(double value)
{
    return QCoreApplication::translate("reel::ui::DurationGauges", "%1 s").arg(QLocale().toString(value, 'g', 4));
}

} // namespace

DurationGauges::DurationGauges(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_totalLabel(new QLabel(this))
    , m_hookLabel(new QLabel(this))
    , m_bodyLabel(new QLabel(this))
    , m_ctaLabel(new QLabel(this))
    , m_total(new GaugeBar(this))
    , m_hookGauge(new GaugeBar(this))
    , m_bodySeconds(new QLabel(this))
    , m_ctaSeconds(new QLabel(this))
    , m_targetNote(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("durationTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_total->setObjectName(QStringLiteral("totalGauge"));
    m_hookGauge->setObjectName(QStringLiteral("hookGauge"));
    m_bodySeconds->setObjectName(QStringLiteral("bodySeconds"));
    m_ctaSeconds->setObjectName(QStringLiteral("ctaSeconds"));
    m_targetNote->setObjectName(QStringLiteral("targetNote"));
    m_targetNote->setForegroundRole(QPalette::PlaceholderText);
    m_targetNote->setWordWrap(true);
    const int textWidth = fontMetrics().horizontalAdvance(QStringLiteral("188.8 s / 180 s")) + 4;
    m_total->setTextWidth(textWidth);
    m_hookGauge->setTextWidth(textWidth);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_title, 0, 0, 1, 2);
    grid->addWidget(m_totalLabel, 1, 0);
    grid->addWidget(m_total, 1, 1);
    grid->addWidget(m_targetNote, 2, 1);
    grid->addWidget(m_hookLabel, 3, 0);
    grid->addWidget(m_hookGauge, 3, 1);
    grid->addWidget(m_bodyLabel, 4, 0);
    grid->addWidget(m_bodySeconds, 4, 1);
    grid->addWidget(m_ctaLabel, 5, 0);
    grid->addWidget(m_ctaSeconds, 5, 1);
    grid->setColumnStretch(1, 1);
    retranslateUi();
}

void DurationGauges::setLimits(int targetSeconds, double tolerance, double hookLimitSeconds)
{
    m_target = targetSeconds;
    m_tolerance = tolerance;
    m_hookLimit = hookLimitSeconds;
    refresh();
}

void DurationGauges::setSeconds(double hook, double body, double cta)
{
    m_hook = hook;
    m_body = body;
    m_cta = cta;
    refresh();
}

void DurationGauges::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void DurationGauges::retranslateUi()
{
    m_title->setText(tr("Spoken length"));
    m_totalLabel->setText(tr("Total"));
    m_hookLabel->setText(tr("Hook"));
    m_bodyLabel->setText(tr("Body"));
    //: The call to action section of a script
    m_ctaLabel->setText(tr("CTA"));
    m_total->setAccessibleName(tr("Total spoken length"));
    m_hookGauge->setAccessibleName(tr("Hook length"));
    m_bodySeconds->setAccessibleName(tr("Body length"));
    m_ctaSeconds->setAccessibleName(tr("CTA length"));
    refresh();
}

void DurationGauges::refresh()
{
    const double total = totalSeconds();
    const double low = m_target * (1.0 - m_tolerance);
    const double high = m_target * (1.0 + m_tolerance);
    QColor color = SeverityStyle::good();
    if (total > high)
        color = SeverityStyle::high();
    else if (total < low)
        color = SeverityStyle::low();
    // The scale leaves room past the band, and grows with a script that runs long.
    const double scale = std::max(high * 1.2, total * 1.05);
    m_total->setValue(total, scale, color);
    m_total->setBand(std::make_pair(low, high));
    m_total->setMarker(double(m_target));
    //: %1 the estimated duration, %2 the Reel's length, e.g. "24.8 s / 30 s"
    m_total->setText(tr("%1 / %2").arg(seconds(total), limit(m_target)));
    //: %1 the estimated duration, %2 the Reel's length
    m_total->setToolTip(tr("About %1 to say; the Reel is %2 long.").arg(seconds(total), limit(m_target)));
    //: %1 and %2 the range that fits the Reel, %3 the tolerance in percent
    m_targetNote->setText(tr("Fits between %1 and %2 (±%3 %)")
                                  .arg(seconds(low), seconds(high), QLocale().toString(qRound(m_tolerance * 100))));

    m_hookGauge->setValue(m_hook, std::max(m_hookLimit * 1.5, m_hook),
                          m_hook > m_hookLimit ? SeverityStyle::low() : SeverityStyle::good());
    m_hookGauge->setMarker(m_hookLimit);
    m_hookGauge->setText(tr("%1 / %2").arg(seconds(m_hook), limit(m_hookLimit)));
    m_hookGauge->setToolTip(tr("The hook should land within %1.").arg(limit(m_hookLimit)));
    m_bodySeconds->setText(seconds(m_body));
    m_ctaSeconds->setText(seconds(m_cta));
}

} // namespace reel::ui
