#include "analytics/AnalyticsFilterBar.h"

#include "common/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>

namespace reel::ui {

namespace {

constexpr auto kPresetKey = "analytics/preset";
/// The "from" date that stands for "from the first script on".
const QDate kEarliest(2000, 1, 1);
const QDate kLatest(2100, 12, 31);

QDate today()
{
    return Clock::nowUtc().toLocalTime().date();
}

} // namespace

AnalyticsFilterBar::AnalyticsFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_periodLabel(new QLabel(this))
    , m_preset(new QComboBox(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_brandLabel(new QLabel(this))
    , m_brand(new QComboBox(this))
{
    setObjectName(QStringLiteral("analyticsFilterBar"));
    m_preset->setObjectName(QStringLiteral("periodCombo"));
    for (const Preset p : {Preset::Last30Days, Preset::Last90Days, Preset::ThisYear, Preset::AllTime, Preset::Custom})
        m_preset->addItem(QString(), int(p));
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDateRange(kEarliest, kLatest);
    }
    m_brand->setObjectName(QStringLiteral("brandCombo"));
    m_brand->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_brand->setMinimumContentsLength(12);
    m_brand->addItem(QString(), QString());
    m_periodLabel->setBuddy(m_preset);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_brandLabel->setBuddy(m_brand);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_periodLabel);
    layout->addWidget(m_preset);
    layout->addSpacing(8);
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(m_brandLabel);
    layout->addWidget(m_brand);
    layout->addStretch(1);

    retranslateUi();
    const int saved = QSettings().value(QLatin1String(kPresetKey), int(Preset::Last30Days)).toInt();
    const int index = m_preset->findData(saved);
    const Preset start = index >= 0 && saved != int(Preset::Custom) ? Preset(saved) : Preset::Last30Days;
    m_preset->setCurrentIndex(m_preset->findData(int(start)));
    applyPreset(start);

    connect(m_preset, &QComboBox::activated, this,
            [this](int chosen) { setPreset(Preset(m_preset->itemData(chosen).toInt())); });
    connect(m_from, &QDateEdit::dateChanged, this, [this] { onDateEdited(true); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { onDateEdited(false); });
    connect(m_brand, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            emit filterChanged();
    });
}

void AnalyticsFilterBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void AnalyticsFilterBar::retranslateUi()
{
    m_periodLabel->setText(tr("&Period:"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_brandLabel->setText(tr("&Brand:"));
    const auto name = [](Preset p) {
        switch (p) {
        case Preset::Last30Days:
            return tr("Last 30 days");
        case Preset::Last90Days:
            return tr("Last 90 days");
        case Preset::ThisYear:
            return tr("This year");
        case Preset::AllTime:
            return tr("All time");
        case Preset::Custom:
            return tr("Custom range");
        }
        return QString();
    };
    for (int i = 0; i < m_preset->count(); ++i)
        m_preset->setItemText(i, name(Preset(m_preset->itemData(i).toInt())));
    //: shown in the "From" date field when the period starts with the first script
    m_from->setSpecialValueText(tr("First script"));
    //: date format of the period fields (Qt date format)
    const QString format = tr("MMM d, yyyy");
    m_from->setDisplayFormat(format);
    m_to->setDisplayFormat(format);
    m_brand->setItemText(0, tr("All brands"));
    m_preset->setToolTip(tr("The period whose scripts are counted"));
    m_brand->setToolTip(tr("Count the scripts of one brand only"));
}

AnalyticsFilter AnalyticsFilterBar::filter() const
{
    AnalyticsFilter f;
    if (m_from->date() != kEarliest)
        f.from = m_from->date();
    f.to = m_to->date();
    f.brand = m_brand->currentData().toString();
    return f;
}

QString AnalyticsFilterBar::description() const
{
    const QLocale locale;
    //: date format of the period in the copied summary (Qt date format)
    const QString format = tr("MMM d, yyyy");
    const QString to = locale.toString(m_to->date(), format);
    //: a period: %1 first day, %2 last day
    const QString period = m_from->date() == kEarliest ? tr("until %1").arg(to)
                                                       : tr("%1 – %2").arg(locale.toString(m_from->date(), format), to);
    const QString brand = m_brand->currentData().toString();
    return period + QStringLiteral(" · ") + (brand.isEmpty() ? tr("All brands") : brand);
}

AnalyticsFilterBar::Preset AnalyticsFilterBar::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

void AnalyticsFilterBar::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    QSettings().setValue(QLatin1String(kPresetKey), int(preset));
    applyPreset(preset);
    emit filterChanged();
}

void AnalyticsFilterBar::setRange(const QDate& from, const QDate& to)
{
    m_updating = true;
    m_from->setDate(from.isValid() ? from : kEarliest);
    m_to->setDate(to);
    m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    m_updating = false;
    emit filterChanged();
}

void AnalyticsFilterBar::updateToday()
{
    const AnalyticsFilter before = filter();
    applyPreset(preset());
    const AnalyticsFilter after = filter();
    if (before.from != after.from || before.to != after.to)
        emit filterChanged();
}

void AnalyticsFilterBar::applyPreset(Preset preset)
{
    const QDate now = today();
    QDate from;
    switch (preset) {
    case Preset::Last30Days:
        from = now.addDays(-29);
        break;
    case Preset::Last90Days:
        from = now.addDays(-89);
        break;
    case Preset::ThisYear:
        from = QDate(now.year(), 1, 1);
        break;
    case Preset::AllTime:
        from = kEarliest;
        break;
    case Preset::Custom:
        return;
    }
    m_updating = true;
    m_from->setDate(from);
    m_to->setDate(now);
    m_updating = false;
}

void AnalyticsFilterBar::onDateEdited(bool fromEdited)
{
    if (m_updating)
        return;
    m_updating = true;
    // Keep the period the right way round: moving one end past the other moves both.
    if (fromEdited && m_from->date() > m_to->date())
        m_to->setDate(m_from->date());
    else if (!fromEdited && m_to->date() < m_from->date())
        m_from->setDate(m_to->date());
    m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    m_updating = false;
    emit filterChanged();
}

void AnalyticsFilterBar::setBrands(const QStringList& brands)
{
    const QString current = m_brand->currentData().toString();
    m_updating = true;
    while (m_brand->count() > 1)
        m_brand->removeItem(1);
    QStringList shown = brands;
    // A brand chosen before its last script went stays chosen (the figures then show nothing).
    if (!current.isEmpty() && !shown.contains(current))
        shown.append(current);
    for (const QString& brand : std::as_const(shown)) {
        if (!brand.isEmpty())
            m_brand->addItem(brand, brand);
    }
    m_brand->setCurrentIndex(std::max(0, m_brand->findData(current)));
    m_updating = false;
}

void AnalyticsFilterBar::setBrand(const QString& brand)
{
    int index = m_brand->findData(brand);
    if (index < 0) {
        m_updating = true;
        m_brand->addItem(brand, brand);
        m_updating = false;
        index = m_brand->count() - 1;
    }
    if (index == m_brand->currentIndex())
        return;
    m_brand->setCurrentIndex(index); // signals filterChanged
}

} // namespace reel::ui
