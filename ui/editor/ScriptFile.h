#pragma once

#include "common/Result.h"
#include "model/ReelScript.h"
#include "model/ScriptRequest.h"

#include <QCoreApplication>
#include <QString>

namespace reel::ui {

/// Script files, the way scripts move between people until the history lands: a bare script
/// JSON, or the original service's answer envelope ({"script", "validation", "metadata"}).
/// The editor always writes the envelope; members it does not know are kept.
class ScriptFile
{
    Q_DECLARE_TR_FUNCTIONS(reel::ui::ScriptFile)

public:
    /// Larger files are refused (a script is a few kilobytes).
    static constexpr qint64 kMaxBytes = 16 * 1024 * 1024;

    struct Opened
    {
        reel::AnswerEnvelope answer; ///< a bare script comes back wrapped, with empty metadata
        bool wasEnvelope = false;
    };

    /// Reads `path`. Errors: FileUnreadable (with the system's reason) or InvalidInput with every
    /// field problem of the document.
    static reel::Result<Opened> read(const QString& path);
    /// Writes `answer` to `path` atomically (QSaveFile). Error: FileUnwritable.
    static reel::Result<void> write(const QString& path, const reel::AnswerEnvelope& answer);

    /// Reel Studio's own members of `metadata` (language, emotion, topic), kept beside the
    /// original service's in metadata's unknown members.
    static reel::ScriptRequest requestOf(const reel::AnswerMetadata& metadata);
    static void setRequest(reel::AnswerMetadata& metadata, const reel::ScriptRequest& request);
};

} // namespace reel::ui
