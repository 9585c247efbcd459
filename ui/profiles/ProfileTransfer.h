#pragma once

#include "common/Result.h"
#include "store/ProfileStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace reel {
class Workspace;
} // namespace reel

namespace reel::ui {

class Prompter;

/// Importing profiles from JSON files and exporting them, with the questions and messages
/// that go with it. Remembers the last folder used.
class ProfileTransfer
{
    Q_DECLARE_TR_FUNCTIONS(reel::ui::ProfileTransfer)

public:
    /// Larger files are refused before parsing: a profile is a few kilobytes.
    static constexpr qint64 kMaxImportBytes = 16 * 1024 * 1024;
    static constexpr auto kFolderKey = "profiles/lastFolder";

    ProfileTransfer(reel::Workspace& workspace, Prompter& prompter);

    struct Imported
    {
        reel::StoredProfile stored;
        QString fileName;
        bool renamed = false;
    };
    /// Asks for a file and stores the profile it holds (renamed if the name is taken). Problems
    /// are shown to the user; nullopt when nothing was imported.
    std::optional<Imported> importProfile(QWidget* parent);
    /// Asks where to write `profile` and writes it. Returns the path, or empty.
    QString exportProfile(QWidget* parent, const reel::BrandProfile& profile);

    /// A file name for `brandName`: characters that file systems refuse become "-".
    static QString suggestedFileName(const QString& brandName);
    /// The whole file, or FileUnreadable with the system's reason.
    static reel::Result<QByteArray> read(const QString& path);
    /// Writes atomically (QSaveFile): the old file stays intact when anything fails.
    static reel::Result<void> write(const QString& path, const QByteArray& bytes);

private:
    QString folder() const;
    void rememberFolder(const QString& filePath);
    QString fileFilter() const;

    reel::Workspace& m_workspace;
    Prompter& m_prompter;
};

} // namespace reel::ui
