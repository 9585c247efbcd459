#include "history/StatusPanel.h"

#include "common/ErrorText.h"
#include "common/FieldErrorLabel.h"
#include "common/WorkflowText.h"
#include "history/HistoryText.h"
#include "store/ScriptStore.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace reel::ui {

StatusPanel::StatusPanel(Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_currentCaption(new QLabel(this))
    , m_current(new QLabel(this))
    , m_nextCaption(new QLabel(this))
    , m_next(new QComboBox(this))
    , m_authorCaption(new QLabel(this))
    , m_author(new QLineEdit(this))
    , m_commentCaption(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
    , m_commentError(new FieldErrorLabel(m_comment, this))
    , m_final(new QLabel(this))
    , m_apply(new QPushButton(this))
    , m_historyCaption(new QLabel(this))
    , m_history(new QListWidget(this))
{
    setObjectName(QStringLiteral("statusPanel"));
    m_current->setObjectName(QStringLiteral("currentStatusLabel"));
    QFont bold = m_current->font();
    bold.setBold(true);
    m_current->setFont(bold);
    m_next->setObjectName(QStringLiteral("nextStatusCombo"));
    m_author->setObjectName(QStringLiteral("statusAuthorEdit"));
    m_comment->setObjectName(QStringLiteral("statusCommentEdit"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(m_comment->fontMetrics().lineSpacing() * 4 + 12);
    m_commentError->setObjectName(QStringLiteral("statusCommentError"));
    m_final->setObjectName(QStringLiteral("statusFinalLabel"));
    m_final->setWordWrap(true);
    m_apply->setObjectName(QStringLiteral("changeStatusButton"));
    m_history->setObjectName(QStringLiteral("statusHistoryList"));
    m_history->setWordWrap(true);
    m_history->setAlternatingRowColors(true);
    for (QLabel* caption : {m_currentCaption, m_nextCaption, m_authorCaption, m_commentCaption})
        caption->setTextFormat(Qt::PlainText);
    m_nextCaption->setBuddy(m_next);
    m_authorCaption->setBuddy(m_author);
    m_commentCaption->setBuddy(m_comment);

    connect(m_next, &QComboBox::currentIndexChanged, this, [this] {
        m_commentError->clearError();
        updateState();
    });
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_comment->toPlainText().trimmed().isEmpty())
            m_commentError->clearError();
    });
    connect(m_apply, &QPushButton::clicked, this, &StatusPanel::applyChange);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_currentCaption, m_current);
    form->addRow(m_nextCaption, m_next);
    form->addRow(m_authorCaption, m_author);
    auto* commentBox = new QVBoxLayout;
    commentBox->setSpacing(2);
    commentBox->addWidget(m_comment);
    commentBox->addWidget(m_commentError);
    form->addRow(m_commentCaption, commentBox);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_final, 1);
    buttons->addStretch();
    buttons->addWidget(m_apply);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_historyCaption);
    layout->addWidget(m_history, 1);
    retranslateUi();
}

void StatusPanel::setScript(qint64 id, const QString& status, const QList<StatusChange>& history)
{
    const bool same = id == m_id;
    m_id = id;
    m_status = status;
    m_changes = history;
    if (!same) {
        m_comment->clear();
        m_commentError->clearError();
        m_author->setText(HistoryText::savedAuthor());
    }
    m_current->setText(WorkflowText::statusName(status));
    fillNext();
    fillHistory();
    updateState();
}

bool StatusPanel::applyChange()
{
    const QString to = m_next->currentData().toString();
    if (m_id == 0 || to.isEmpty())
        return false;
    const QString comment = m_comment->toPlainText().trimmed();
    if (Workflow::needsComment(m_status, to) && comment.isEmpty()) {
        m_commentError->setError(to == QLatin1String(Workflow::kRejected)
                                         ? tr("Say why the script is rejected: the writer reads this.")
                                         : tr("Say why the script goes back: the writer reads this."));
        m_comment->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const QString author = m_author->text().trimmed().isEmpty() ? ScriptStore::defaultAuthor() : m_author->text();
    auto changed = ScriptStore(m_database).setStatus(m_id, to, comment, author.trimmed());
    if (!changed) {
        m_commentError->setError(ErrorText::message(changed.error()));
        return false;
    }
    HistoryText::saveAuthor(author);
    m_comment->clear();
    m_commentError->clearError();
    emit statusChanged(m_id, to);
    return true;
}

void StatusPanel::fillNext()
{
    const QString chosen = m_next->currentData().toString();
    const QSignalBlocker block(m_next);
    m_next->clear();
    for (const QString& s : Workflow::nextStatuses(m_status))
        m_next->addItem(WorkflowText::statusName(s), s);
    m_next->setCurrentIndex(std::max(0, m_next->findData(chosen)));
}

void StatusPanel::fillHistory()
{
    m_history->clear();
    // Newest first: the change that matters most is on top.
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it) {
        const StatusChange& c = *it;
        //: a status change: %1 from, %2 to
        QString text = c.from.isEmpty()
                               ? WorkflowText::statusName(c.to)
                               : tr("%1 → %2").arg(WorkflowText::statusName(c.from), WorkflowText::statusName(c.to));
        //: who changed the status and when: %1 name, %2 date and time
        text += u'\n' + tr("%1, %2").arg(c.author, HistoryText::when(c.at));
        if (!c.comment.isEmpty())
            text += u'\n' + tr("“%1”").arg(c.comment);
        auto* item = new QListWidgetItem(text, m_history);
        item->setData(Qt::UserRole, c.to);
    }
    if (m_changes.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No status changes yet."), m_history);
        item->setFlags(Qt::NoItemFlags);
    }
}

void StatusPanel::updateState()
{
    const bool canMove = m_id != 0 && m_next->count() > 0;
    const QString to = m_next->currentData().toString();
    m_next->setEnabled(canMove);
    m_author->setEnabled(canMove);
    m_comment->setEnabled(canMove);
    m_apply->setEnabled(canMove);
    m_final->setVisible(m_id != 0 && !canMove);
    const bool required = canMove && Workflow::needsComment(m_status, to);
    m_comment->setPlaceholderText(required ? tr("Required: why this move?") : tr("Optional note for the team"));
    m_commentCaption->setText(required ? tr("Reason:") : tr("Comment:"));
}

void StatusPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void StatusPanel::retranslateUi()
{
    m_currentCaption->setText(tr("Status:"));
    m_nextCaption->setText(tr("Move to:"));
    m_authorCaption->setText(tr("By:"));
    m_author->setPlaceholderText(ScriptStore::defaultAuthor());
    m_author->setToolTip(tr("Your name, kept with the change (remembered for next time)"));
    m_apply->setText(tr("Change Status"));
    m_final->setText(tr("Published scripts stay published."));
    m_historyCaption->setText(tr("Status history"));
    m_history->setAccessibleName(tr("Status history"));
    if (m_id != 0) {
        m_current->setText(WorkflowText::statusName(m_status));
        fillNext();
        fillHistory();
    }
    updateState();
}

} // namespace reel::ui
