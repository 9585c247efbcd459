#include "profiles/ProfileCommands.h"

namespace reel::ui {

ProfileCommandHost::~ProfileCommandHost() = default;

AddProfileCommand::AddProfileCommand(ProfileCommandHost& host, reel::StoredProfile added, const QString& text)
    : QUndoCommand(text)
    , m_host(host)
    , m_profile(std::move(added))
{}

void AddProfileCommand::undo()
{
    // Keep the latest saved version: the profile may have been edited since it was added.
    if (auto current = m_host.profileStore().get(m_profile.id))
        m_profile = std::move(current).value();
    if (auto removed = m_host.profileStore().remove(m_profile.id); !removed) {
        setObsolete(true);
        m_host.undoStepFailed(removed.error());
    }
}

void AddProfileCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    auto restored = m_host.profileStore().restore(m_profile);
    if (!restored) {
        setObsolete(true);
        m_host.undoStepFailed(restored.error());
        return;
    }
    m_host.revealProfile(m_profile.id);
}

DeleteProfileCommand::DeleteProfileCommand(ProfileCommandHost& host, reel::StoredProfile removed, const QString& text)
    : QUndoCommand(text)
    , m_host(host)
    , m_profile(std::move(removed))
{}

void DeleteProfileCommand::undo()
{
    auto restored = m_host.profileStore().restore(m_profile);
    if (!restored) {
        // E.g. another profile took the name meanwhile: the step cannot be undone any more.
        setObsolete(true);
        m_host.undoStepFailed(restored.error());
        return;
    }
    m_host.revealProfile(m_profile.id);
}

void DeleteProfileCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    if (auto current = m_host.profileStore().get(m_profile.id))
        m_profile = std::move(current).value();
    if (auto removed = m_host.profileStore().remove(m_profile.id); !removed) {
        setObsolete(true);
        m_host.undoStepFailed(removed.error());
    }
}

} // namespace reel::ui
