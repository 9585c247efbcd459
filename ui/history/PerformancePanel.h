#pragma once

#include "store/HistoryTypes.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace reel {
class Workspace;
} // namespace reel

namespace reel::ui {

class FieldErrorLabel;

/// How a published Reel did: views, likes, comments, shares and saves (blank when not known) and
/// the day it went out. Figures belong to published scripts only; for any other the fields are
/// shown disabled with a line saying why.
class PerformancePanel : public QWidget
{
    Q_OBJECT

public:
    explicit PerformancePanel(reel::Workspace& workspace, QWidget* parent = nullptr);

    void setScript(qint64 id, const QString& status, const std::optional<reel::Performance>& performance);
    /// Stores the figures typed; false (with the reason shown) when refused.
    bool save();

    QLineEdit* viewsEdit() const { return m_views; }
    QLineEdit* likesEdit() const { return m_likes; }
    QLineEdit* commentsEdit() const { return m_comments; }
    QLineEdit* sharesEdit() const { return m_shares; }
    QLineEdit* savesEdit() const { return m_saves; }
    QCheckBox* postedOnCheck() const { return m_postedOnCheck; }
    QDateEdit* postedOnEdit() const { return m_postedOn; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* hintLabel() const { return m_hint; }
    FieldErrorLabel* errorLabel() const { return m_error; }

signals:
    void performanceSaved(qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showFigures();
    void updateState();
    QList<QLineEdit*> figureEdits() const;

    reel::Workspace& m_workspace;
    qint64 m_id = 0;
    QString m_status;
    std::optional<reel::Performance> m_performance;

    QLabel* m_hint;
    QLineEdit* m_views;
    QLineEdit* m_likes;
    QLineEdit* m_comments;
    QLineEdit* m_shares;
    QLineEdit* m_saves;
    QCheckBox* m_postedOnCheck;
    QDateEdit* m_postedOn;
    QLabel* m_labels[5];
    FieldErrorLabel* m_error;
    QLabel* m_updated;
    QPushButton* m_save;
};

} // namespace reel::ui
