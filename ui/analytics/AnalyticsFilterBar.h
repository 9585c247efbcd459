#pragma once

#include "store/Analytics.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace reel::ui {

/// Which scripts the Analytics page counts: a period (a preset or two dates) and a brand.
class AnalyticsFilterBar : public QWidget
{
    Q_OBJECT

public:
    enum class Preset
    {
        Last30Days,
        Last90Days,
        ThisYear,
        AllTime,
        Custom
    };

    explicit AnalyticsFilterBar(QWidget* parent = nullptr);

    reel::AnalyticsFilter filter() const;
    /// The period and brand in words, e.g. "Nov 1, 2026 – Nov 25, 2026 · All brands".
    QString description() const;

    Preset preset() const;
    /// Sets the dates for `preset` (Custom keeps them) and signals a change.
    void setPreset(Preset preset);
    /// Sets both dates (the preset becomes Custom) and signals a change. A null `from` means
    /// from the first script on.
    void setRange(const QDate& from, const QDate& to);
    /// Moves a relative preset along with the calendar ("last 30 days" on a later day).
    /// Signals a change only when the dates moved.
    void updateToday();

    /// Replaces the brands offered after "All brands", keeping the one chosen.
    void setBrands(const QStringList& brands);
    /// Chooses `brand` (empty: all brands) and signals a change.
    void setBrand(const QString& brand);

    QComboBox* presetCombo() const { return m_preset; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* brandCombo() const { return m_brand; }

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    /// The dates `preset` stands for today.
    void applyPreset(Preset preset);
    void onDateEdited(bool fromEdited);

    QLabel* m_periodLabel;
    QComboBox* m_preset;
    QLabel* m_fromLabel;
    QDateEdit* m_from;
    QLabel* m_toLabel;
    QDateEdit* m_to;
    QLabel* m_brandLabel;
    QComboBox* m_brand;
    bool m_updating = false;
};

} // namespace reel::ui
