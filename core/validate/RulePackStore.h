#pragma once

#include "common/Result.h"
#include "validate/RulePack.h"

#include <QList>
#include <QString>

#include <memory>

namespace reel {

/// The rule pack a workspace uses: the built-in one, or an updated pack the user loaded, kept as
/// `<workspace>/rules/<platform>.json`. Loading checks the file first; a malformed pack is
/// refused and the pack in use stays as it was.
class RulePackStore
{
public:
    explicit RulePackStore(QString workspaceFolder);

    /// The pack in force: the loaded one when there is a valid one, else the built-in pack.
    const RulePack& current() const;
    bool usesLoadedPack() const { return m_loaded != nullptr; }
    /// Why a stored pack was ignored at start-up (it is damaged or from a newer version); empty if not.
    const std::optional<Error>& startupProblem() const { return m_startupProblem; }

    /// Checks `file` and, when valid, copies it into the workspace and uses it from now on.
    Result<void> load(const QString& file);
    /// Goes back to the built-in pack (the stored copy is removed).
    Result<void> reset();

    QString storedPath() const { return storedPathIn(m_folder); }
    /// Where a workspace folder keeps its loaded pack.
    static QString storedPathIn(const QString& workspaceFolder);

private:
    QString m_folder;
    std::shared_ptr<RulePack> m_loaded;
    /// Packs replaced during this run stay alive: a Validator on a worker thread may still use one.
    QList<std::shared_ptr<RulePack>> m_retired;
    std::optional<Error> m_startupProblem;
};

} // namespace reel
