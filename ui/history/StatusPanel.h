#pragma once

#include "store/HistoryTypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace reel {
class Database;
} // namespace reel

namespace reel::ui {

class FieldErrorLabel;

/// Where a script is in the review workflow: its status, the moves the workflow allows from
/// there (nothing else is offered), who makes the move and why (a rejection or a send-back must
/// say why), and every change so far, newest first.
class StatusPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StatusPanel(reel::Database& database, QWidget* parent = nullptr);

    /// Shows script `id`. What was typed stays when it is the script already shown.
    void setScript(qint64 id, const QString& status, const QList<reel::StatusChange>& history);
    /// Moves the script to the status chosen; false (with the reason shown) when refused.
    bool applyChange();

    QLabel* currentLabel() const { return m_current; }
    QComboBox* nextCombo() const { return m_next; }
    QLineEdit* authorEdit() const { return m_author; }
    QPlainTextEdit* commentEdit() const { return m_comment; }
    FieldErrorLabel* commentError() const { return m_commentError; }
    QPushButton* applyButton() const { return m_apply; }
    QListWidget* historyList() const { return m_history; }

signals:
    /// The status was changed and stored.
    void statusChanged(qint64 id, const QString& status);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillNext();
    void fillHistory();
    void updateState();

    reel::Database& m_database;
    qint64 m_id = 0;
    QString m_status;
    QList<reel::StatusChange> m_changes;

    QLabel* m_currentCaption;
    QLabel* m_current;
    QLabel* m_nextCaption;
    QComboBox* m_next;
    QLabel* m_authorCaption;
    QLineEdit* m_author;
    QLabel* m_commentCaption;
    QPlainTextEdit* m_comment;
    FieldErrorLabel* m_commentError;
    QLabel* m_final;
    QPushButton* m_apply;
    QLabel* m_historyCaption;
    QListWidget* m_history;
};

} // namespace reel::ui
