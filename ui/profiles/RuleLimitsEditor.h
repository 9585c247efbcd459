#pragma once

#include <QMap>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace reel {
class RulePack;
} // namespace reel

namespace reel::ui {

/// The brand's own thresholds: every limit of the platform's rule pack with the pack's value,
/// and a checkbox to give this brand its own value instead.
class RuleLimitsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RuleLimitsEditor(QWidget* parent = nullptr);

    /// The pack whose limits are listed (its values on today's date).
    void setPack(const reel::RulePack& pack);
    void setOverrides(const QMap<QString, double>& overrides);
    /// Only the limits the user switched on; unknown keys given to setOverrides() are kept.
    QMap<QString, double> overrides() const;

signals:
    void overridesEdited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void retranslateUi();

    QTableWidget* m_table = nullptr;
    QLabel* m_hint = nullptr;
    QMap<QString, double> m_packValues;
    QMap<QString, double> m_overrides;
    bool m_filling = false;
};

} // namespace reel::ui
