#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace reel::ui {

class ProblemsModel;

/// The list of the script's problems with a Fix button for the selected one. Clicking a row (or
/// Enter) asks to show the problem in its section.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(ProblemsModel* model, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    QPushButton* fixButton() const { return m_fixButton; }
    /// The id of the selected problem (0 when none).
    quint64 currentId() const;
    /// Selects the problem `delta` rows away from the selected one (wrapping) and returns its
    /// id, or 0 when the list is empty.
    quint64 step(int delta);

signals:
    void revealRequested(quint64 id);
    void fixRequested(quint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateState();
    void showMenu(const QPoint& pos);

    ProblemsModel* m_model;
    QLabel* m_title;
    QLabel* m_summary;
    QTreeView* m_view;
    QLabel* m_details;
    QLabel* m_fixText;
    QPushButton* m_fixButton;
};

} // namespace reel::ui
