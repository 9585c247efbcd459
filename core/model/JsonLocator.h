#pragma once

#include "model/FieldError.h"

#include <QByteArray>
#include <QString>

namespace reel {

/// Finds where a JSON path (`settings.hashtags.max`, `items[3].name`) sits in a document's
/// text, so that errors found after parsing can name the line. For a member that is absent,
/// the line of the object that should hold it. 0 when the text is not valid JSON.
int lineOfJsonPath(const QByteArray& json, const QString& path);

/// Fills FieldError::line for every error with a path.
void locateErrors(const QByteArray& json, FieldErrors& errors);

} // namespace reel
