#include "history/PerformancePanel.h"

#include "common/ErrorText.h"
#include "common/FieldErrorLabel.h"
#include "common/WorkflowText.h"
#include "history/HistoryText.h"
#include "history/Promotion.h"
#include "store/ScriptStore.h"
#include "store/Workspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace reel::ui {

namespace {

QLineEdit* figureEdit(const char* name, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setAlignment(Qt::AlignRight);
    edit->setClearButtonEnabled(true);
    // Whole numbers; separators as people paste them ("12,400") are dropped when reading.
    edit->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9][0-9 ,.'\u00a0]{0,20}")), edit));
    return edit;
}

std::optional<qint64> figureOf(const QLineEdit* edit)
{
    QString digits;
    for (const QChar c : edit->text()) {
        if (c.isDigit())
            digits.append(c);
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

PerformancePanel::PerformancePanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_hint(new QLabel(this))
    , m_views(figureEdit("viewsEdit", this))
    , m_likes(figureEdit("likesEdit", this))
    , m_comments(figureEdit("commentsEdit", this))
    , m_shares(figureEdit("sharesEdit", this))
    , m_saves(figureEdit("savesEdit", this))
    , m_postedOnCheck(new QCheckBox(this))
    , m_postedOn(new QDateEdit(this))
    , m_labels{new QLabel(this), new QLabel(this), new QLabel(this), new QLabel(this), new QLabel(this)}
    , m_error(new FieldErrorLabel(nullptr, this))
    , m_updated(new QLabel(this))
    , m_save(new QPushButton(this))
{
    setObjectName(QStringLiteral("performancePanel"));
    m_hint->setObjectName(QStringLiteral("performanceHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_postedOnCheck->setObjectName(QStringLiteral("postedOnCheck"));
    m_postedOn->setObjectName(QStringLiteral("postedOnEdit"));
    m_postedOn->setCalendarPopup(true);
    m_postedOn->setDate(QDate::currentDate());
    m_error->setObjectName(QStringLiteral("performanceError"));
    m_updated->setObjectName(QStringLiteral("performanceUpdatedLabel"));
    m_save->setObjectName(QStringLiteral("savePerformanceButton"));
    connect(m_postedOnCheck, &QCheckBox::toggled, this, &PerformancePanel::updateState);
    connect(m_save, &QPushButton::clicked, this, &PerformancePanel::save);

    auto* form = new QFormLayout;
    const QList<QLineEdit*> edits = figureEdits();
    for (int i = 0; i < edits.size(); ++i) {
        m_labels[i]->setBuddy(edits.at(i));
        form->addRow(m_labels[i], edits.at(i));
    }
    form->addRow(m_postedOnCheck, m_postedOn);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_updated, 1);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addStretch(1);
    retranslateUi();
    updateState();
}

QList<QLineEdit*> PerformancePanel::figureEdits() const
{
    return {m_views, m_likes, m_comments, m_shares, m_saves};
}

void PerformancePanel::setScript(qint64 id, const QString& status, const std::optional<Performance>& performance)
{
    const bool same = id == m_id && status == m_status && performance == m_performance;
    m_id = id;
    m_status = status;
    m_performance = performance;
    if (!same) {
        m_error->clearError();
        showFigures();
    }
    updateState();
}

void PerformancePanel::showFigures()
{
    const Engagement figures = m_performance ? m_performance->figures : Engagement{};
    const auto show = [&](QLineEdit* edit, const std::optional<qint64>& v) {
        edit->setText(v ? QString::number(*v) : QString());
    };
    show(m_views, figures.views);
    show(m_likes, figures.likes);
    show(m_comments, figures.comments);
    show(m_shares, figures.shares);
    show(m_saves, figures.saves);
    const std::optional<QDate> posted = m_performance ? m_performance->postedOn : std::nullopt;
    m_postedOnCheck->setChecked(posted.has_value());
    m_postedOn->setDate(posted.value_or(QDate::currentDate()));
    m_updated->setText(m_performance && m_performance->updatedAt.isValid()
                               ? tr("Last saved %1").arg(HistoryText::when(m_performance->updatedAt))
                               : QString());
}

bool PerformancePanel::save()
{
    if (m_id == 0)
        return false;
    Performance p;
    p.figures.views = figureOf(m_views);
    p.figures.likes = figureOf(m_likes);
    p.figures.comments = figureOf(m_comments);
    p.figures.shares = figureOf(m_shares);
    p.figures.saves = figureOf(m_saves);
    if (m_postedOnCheck->isChecked())
        p.postedOn = m_postedOn->date();
    auto saved = history::recordPerformance(m_workspace, m_id, p);
    if (!saved) {
        m_error->setError(ErrorText::message(saved.error()));
        return false;
    }
    m_error->clearError();
    m_performance = saved.value();
    showFigures();
    emit performanceSaved(m_id);
    return true;
}

void PerformancePanel::updateState()
{
    const bool editable = m_id != 0 && m_status == QLatin1String(Workflow::kPublished);
    for (QLineEdit* edit : figureEdits())
        edit->setEnabled(editable);
    m_postedOnCheck->setEnabled(editable);
    m_postedOn->setEnabled(editable && m_postedOnCheck->isChecked());
    m_save->setEnabled(editable);
    if (m_id == 0 || editable) {
        m_hint->setText(tr("How the Reel did on Instagram. Leave a figure blank when you do not know it."));
    } else {
        //: %1 the script's status, e.g. "Approved"
        m_hint->setText(tr("Figures can be entered once the script is published. It is “%1” now.")
                                .arg(WorkflowText::statusName(m_status)));
    }
}

void PerformancePanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PerformancePanel::retranslateUi()
{
    m_labels[0]->setText(tr("Views:"));
    m_labels[1]->setText(tr("Likes:"));
    m_labels[2]->setText(tr("Comments:"));
    m_labels[3]->setText(tr("Shares:"));
    m_labels[4]->setText(tr("Saves:"));
    for (QLineEdit* edit : figureEdits())
        edit->setPlaceholderText(tr("not known"));
    m_postedOnCheck->setText(tr("Posted on:"));
    m_save->setText(tr("Save Figures"));
    if (m_performance && m_performance->updatedAt.isValid())
        m_updated->setText(tr("Last saved %1").arg(HistoryText::when(m_performance->updatedAt)));
    updateState();
}

} // namespace reel::ui
