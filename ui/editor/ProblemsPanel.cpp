#include "editor/ProblemsPanel.h"

#include "editor/FindingText.h"
#include "editor/ProblemsModel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace reel::ui {

ProblemsPanel::ProblemsPanel(ProblemsModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_details(new QLabel(this))
    , m_fixText(new QLabel(this))
    , m_fixButton(new QPushButton(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setBuddy(m_view);
    m_summary->setObjectName(QStringLiteral("problemsSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->header()->setStretchLastSection(true);
    // Fixed widths, not ResizeToContents: that measures every row again on each change of the list.
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);

    m_details->setObjectName(QStringLiteral("problemDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fixText->setObjectName(QStringLiteral("fixText"));
    m_fixText->setWordWrap(true);
    m_fixText->setTextFormat(Qt::PlainText);
    m_fixButton->setObjectName(QStringLiteral("fixButton"));
    m_fixButton->setEnabled(false);

    const auto reveal = [this](const QModelIndex& index) {
        if (index.isValid())
            emit revealRequested(index.data(ProblemsModel::IdRole).toULongLong());
    };
    connect(m_view, &QTreeView::clicked, this, reveal);
    connect(m_view, &QTreeView::activated, this, reveal);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &ProblemsPanel::showMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProblemsPanel::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ProblemsPanel::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProblemsPanel::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProblemsPanel::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProblemsPanel::updateState);
    connect(m_fixButton, &QPushButton::clicked, this, [this] {
        if (const quint64 id = currentId())
            emit fixRequested(id);
    });

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_summary);
    auto* fixRow = new QHBoxLayout;
    fixRow->addWidget(m_fixText, 1);
    fixRow->addWidget(m_fixButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addLayout(fixRow);
    retranslateUi();
}

quint64 ProblemsPanel::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ProblemsModel::IdRole).toULongLong() : 0;
}

quint64 ProblemsPanel::step(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return 0;
    const QModelIndex current = m_view->currentIndex();
    int row = current.isValid() ? current.row() + delta : (delta > 0 ? 0 : rows - 1);
    row = ((row % rows) + rows) % rows;
    const QModelIndex next = m_model->index(row, 0);
    m_view->setCurrentIndex(next);
    m_view->scrollTo(next);
    return next.data(ProblemsModel::IdRole).toULongLong();
}

void ProblemsPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ProblemsPanel::retranslateUi()
{
    m_title->setText(tr("P&roblems"));
    const QFontMetrics metrics = m_view->fontMetrics();
    const int icon = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 16;
    int sectionWidth = 0;
    for (const ScriptField field : kEditorFields)
        sectionWidth = std::max(sectionWidth, metrics.horizontalAdvance(FindingText::sectionName(field)));
    m_view->header()->resizeSection(ProblemsModel::SeverityColumn, icon);
    m_view->header()->resizeSection(ProblemsModel::SectionColumn, sectionWidth + 16);
    m_view->setAccessibleName(tr("Problems"));
    m_fixButton->setText(tr("&Fix"));
    m_fixButton->setAccessibleName(tr("Fix the selected problem"));
    updateState();
}

void ProblemsPanel::updateState()
{
    const QModelIndex current = m_view->currentIndex();
    const bool hasFix = current.isValid() && current.data(ProblemsModel::HasFixRole).toBool();
    m_fixButton->setEnabled(hasFix);
    m_fixText->setText(hasFix ? current.data(ProblemsModel::FixTextRole).toString() : QString());
    m_fixButton->setToolTip(hasFix ? current.data(ProblemsModel::FixTextRole).toString()
                                   : tr("The selected problem has no automatic fix"));
    // The whole message of the selected problem (the list cuts long ones short).
    if (current.isValid()) {
        m_details->setText(m_model->index(current.row(), ProblemsModel::MessageColumn).data().toString());
        m_details->setForegroundRole(QPalette::WindowText);
    } else if (m_model->rowCount() == 0) {
        m_details->setText(tr("Problems show up here while you write."));
        m_details->setForegroundRole(QPalette::PlaceholderText);
    } else {
        m_details->setText(tr("Select a problem to see it in the script. F8 goes to the next one, Shift+F8 back."));
        m_details->setForegroundRole(QPalette::PlaceholderText);
    }

    const int errors = m_model->count(Severity::Error);
    const int warnings = m_model->count(Severity::Warning);
    const int notes = m_model->count(Severity::Info);
    if (errors + warnings + notes == 0) {
        m_summary->setText(tr("No problems"));
    } else {
        //: Counts of problems by severity
        m_summary->setText(
                tr("Errors: %1 · Warnings: %2 · Notes: %3")
                        .arg(QLocale().toString(errors), QLocale().toString(warnings), QLocale().toString(notes)));
    }
}

void ProblemsPanel::showMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    const quint64 id = index.data(ProblemsModel::IdRole).toULongLong();
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (index.data(ProblemsModel::HasFixRole).toBool()) {
        QAction* fix = menu->addAction(index.data(ProblemsModel::FixTextRole).toString());
        connect(fix, &QAction::triggered, this, [this, id] { emit fixRequested(id); });
    }
    QAction* go = menu->addAction(tr("&Go to Problem"));
    connect(go, &QAction::triggered, this, [this, id] { emit revealRequested(id); });
    const QString message = m_model->index(index.row(), ProblemsModel::MessageColumn).data().toString();
    QAction* copy = menu->addAction(tr("&Copy Message"));
    connect(copy, &QAction::triggered, this, [message] { QApplication::clipboard()->setText(message); });
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

} // namespace reel::ui
