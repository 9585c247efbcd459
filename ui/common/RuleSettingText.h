#pragma once

#include <QCoreApplication>
#include <QString>

namespace reel::ui {

/// Translated names of the rule pack's thresholds ("hashtags.max" → "Hashtags (most)").
class RuleSettingText
{
    Q_DECLARE_TR_FUNCTIONS(reel::ui::RuleSettingText)

public:
    /// The name of a setting; the key itself for one this version does not know.
    static QString label(const QString& key);
    /// Whether the setting is a fraction (shown with decimals) rather than a count.
    static bool isFraction(const QString& key);
};

} // namespace reel::ui
