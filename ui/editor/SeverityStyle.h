#pragma once

#include "validate/Finding.h"

#include <QColor>
#include <QIcon>

namespace reel::ui::SeverityStyle {

/// The underline and icon colour of a severity: red errors, amber warnings, blue notes.
QColor color(reel::Severity severity);
/// A small round icon in the severity's colour with its sign (!, !, i).
QIcon icon(reel::Severity severity);
/// Higher for more severe findings (errors win where underlines overlap).
int rank(reel::Severity severity);

/// Gauge colours: inside the target, short of it, past it.
QColor good();
QColor low();
QColor high();

} // namespace reel::ui::SeverityStyle
