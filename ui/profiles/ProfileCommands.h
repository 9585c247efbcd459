#pragma once

#include "common/Error.h"
#include "store/ProfileStore.h"

#include <QUndoCommand>

namespace reel::ui {

/// What the profile commands need from the page that pushes them.
class ProfileCommandHost
{
public:
    virtual ~ProfileCommandHost();
    virtual reel::ProfileStore& profileStore() = 0;
    /// Show profile `id` (after it came back through undo or redo).
    virtual void revealProfile(qint64 id) = 0;
    /// An undo or redo step could not be carried out.
    virtual void undoStepFailed(const reel::Error& error) = 0;
};

// The page performs the first step itself (so it can react to errors) and pushes an
// already-done command; the first redo() that QUndoStack::push() calls does nothing.

/// Undo of a profile that was added (created, duplicated or imported).
class AddProfileCommand : public QUndoCommand
{
public:
    AddProfileCommand(ProfileCommandHost& host, reel::StoredProfile added, const QString& text);

    void undo() override;
    void redo() override;

private:
    ProfileCommandHost& m_host;
    reel::StoredProfile m_profile;
    bool m_firstRedo = true;
};

/// Undo of a deleted profile: restore() puts it back with its id, uuid and dates.
class DeleteProfileCommand : public QUndoCommand
{
public:
    DeleteProfileCommand(ProfileCommandHost& host, reel::StoredProfile removed, const QString& text);

    void undo() override;
    void redo() override;

private:
    ProfileCommandHost& m_host;
    reel::StoredProfile m_profile;
    bool m_firstRedo = true;
};

} // namespace reel::ui
