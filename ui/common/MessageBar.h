#pragma once

#include <QFrame>
#include <QList>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace reel::ui {

/// A message inside a page (never a modal box): an icon, the text and the buttons that act on
/// it ("Open Settings", "Try Again"…), with a close button. Hidden while there is nothing to say.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information,
        Warning,
        Error
    };

    explicit MessageBar(QWidget* parent = nullptr);

    /// Shows `text` (plain) and removes the buttons of the previous message.
    void showMessage(Kind kind, const QString& text);
    /// Adds a button to the message shown; `action` runs when it is clicked.
    QPushButton* addButton(const QString& text, const QString& objectName, const std::function<void()>& action);
    /// Hides the bar.
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;
    QList<QPushButton*> buttons() const { return m_buttons; }

signals:
    /// The user closed the message.
    void dismissed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateStyle();
    void removeButtons();

    Kind m_kind = Kind::Information;
    QLabel* m_icon;
    QLabel* m_text;
    QHBoxLayout* m_buttonLayout;
    QToolButton* m_close;
    QList<QPushButton*> m_buttons;
};

} // namespace reel::ui
