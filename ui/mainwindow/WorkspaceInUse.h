#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace reel {
struct Error;
} // namespace reel

namespace reel::ui {

/// What the app says when its workspace is already open in another window: who holds it, and
/// the choice of another workspace folder or quitting.
class WorkspaceInUse
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceInUse)

public:
    /// Shows `error` (WorkspaceLocked) and asks for another folder; empty when the user quits.
    static QString chooseAnother(const reel::Error& error, const QString& current, QWidget* parent = nullptr);
};

} // namespace reel::ui
