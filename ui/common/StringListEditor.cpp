#include "common/StringListEditor.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace reel::ui {

namespace {

// The accepted text of an entry, to put back when an in-place edit is refused.
constexpr int kCommittedRole = Qt::UserRole + 1;

} // namespace

StringListEditor::StringListEditor(QWidget* parent)
    : QWidget(parent)
    , m_entry(new QLineEdit(this))
    , m_addButton(new QToolButton(this))
    , m_list(new QListWidget(this))
    , m_removeButton(new QToolButton(this))
    , m_hint(new QLabel(this))
    , m_removeAction(new QAction(this))
{
    m_entry->setObjectName(QStringLiteral("entryEdit"));
    m_entry->setClearButtonEnabled(true);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setIcon(QIcon(QStringLiteral(":/reelstudio/icons/add.svg")));
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_list->setObjectName(QStringLiteral("itemList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    // Room for about five entries; longer lists scroll.
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 5 + 2 * m_list->frameWidth() + 4);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setIcon(QIcon(QStringLiteral(":/reelstudio/icons/delete.svg")));
    m_removeButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setVisible(false);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    // Delete removes entries only while the list itself has the focus: in the line edit the
    // key must keep deleting characters.
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_removeAction);

    auto* entryRow = new QHBoxLayout;
    entryRow->setContentsMargins(0, 0, 0, 0);
    entryRow->addWidget(m_entry, 1);
    entryRow->addWidget(m_addButton);
    auto* listRow = new QHBoxLayout;
    listRow->setContentsMargins(0, 0, 0, 0);
    listRow->addWidget(m_list, 1);
    listRow->addWidget(m_removeButton, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(entryRow);
    layout->addWidget(m_hint);
    layout->addLayout(listRow);
    setFocusProxy(m_entry);

    connect(m_entry, &QLineEdit::returnPressed, this, [this] {
        if (addItem(m_entry->text()))
            m_entry->clear();
    });
    connect(m_addButton, &QToolButton::clicked, this, [this] {
        if (addItem(m_entry->text()))
            m_entry->clear();
        m_entry->setFocus();
    });
    connect(m_entry, &QLineEdit::textChanged, this, [this](const QString& text) {
        const QString value = normalised(text);
        QString problem = m_check && !value.isEmpty() ? m_check(value) : QString();
        if (problem.isEmpty() && contains(value))
            problem = tr("“%1” is already in the list.").arg(value);
        showHint(problem);
        updateButtons();
    });
    connect(m_removeButton, &QToolButton::clicked, this, &StringListEditor::removeSelected);
    connect(m_removeAction, &QAction::triggered, this, &StringListEditor::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &StringListEditor::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, &StringListEditor::onItemChanged);

    retranslateUi();
    updateButtons();
}

QStringList StringListEditor::items() const
{
    QStringList out;
    out.reserve(m_list->count());
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->data(kCommittedRole).toString());
    return out;
}

void StringListEditor::setItems(const QStringList& items)
{
    m_loading = true;
    m_list->clear();
    for (const QString& text : items) {
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(kCommittedRole, text);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_loading = false;
    m_entry->clear();
    showHint({});
    updateButtons();
}

QString StringListEditor::normalised(const QString& text) const
{
    const QString value = text.trimmed();
    return m_normaliser && !value.isEmpty() ? m_normaliser(value) : value;
}

QString StringListEditor::hint() const
{
    return m_hint->isVisible() ? m_hint->text() : QString();
}

bool StringListEditor::addItem(const QString& text)
{
    const QString value = normalised(text);
    if (value.isEmpty())
        return false;
    if (const QString problem = m_check ? m_check(value) : QString(); !problem.isEmpty()) {
        showHint(problem);
        return false;
    }
    if (contains(value)) {
        showHint(tr("“%1” is already in the list.").arg(value));
        return false;
    }
    m_loading = true;
    auto* item = new QListWidgetItem(value, m_list);
    item->setData(kCommittedRole, value);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_loading = false;
    m_list->scrollToItem(item);
    showHint({});
    updateButtons();
    emit itemsChanged();
    return true;
}

void StringListEditor::removeSelected()
{
    const QList<QListWidgetItem*> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    int nextRow = m_list->row(selected.first());
    for (QListWidgetItem* item : selected)
        delete m_list->takeItem(m_list->row(item));
    if (m_list->count() > 0) {
        nextRow = std::min(nextRow, m_list->count() - 1);
        m_list->setCurrentRow(nextRow);
    }
    updateButtons();
    emit itemsChanged();
}

void StringListEditor::setSubject(const QString& subject)
{
    m_subject = subject;
    retranslateUi();
}

void StringListEditor::setPlaceholderText(const QString& text)
{
    m_entry->setPlaceholderText(text);
}

void StringListEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void StringListEditor::retranslateUi()
{
    m_addButton->setText(tr("Add"));
    m_removeButton->setText(tr("Remove"));
    m_removeAction->setText(tr("Remove"));
    if (m_subject.isEmpty()) {
        m_entry->setAccessibleName(tr("New entry"));
        m_list->setAccessibleName(tr("Entries"));
        m_addButton->setAccessibleName(tr("Add entry"));
        m_removeButton->setAccessibleName(tr("Remove selected entries"));
    } else {
        //: %1 the list, e.g. "Pain points"
        m_entry->setAccessibleName(tr("New entry for %1").arg(m_subject));
        m_list->setAccessibleName(m_subject);
        m_addButton->setAccessibleName(tr("Add to %1").arg(m_subject));
        m_removeButton->setAccessibleName(tr("Remove selected from %1").arg(m_subject));
    }
    m_addButton->setToolTip(tr("Add the typed entry (Enter)"));
    m_removeButton->setToolTip(tr("Remove the selected entries (Delete)"));
    m_list->setToolTip(tr("Double-click an entry to edit it"));
}

void StringListEditor::updateButtons()
{
    const QString text = normalised(m_entry->text());
    m_addButton->setEnabled(!text.isEmpty() && !contains(text) && (!m_check || m_check(text).isEmpty()));
    m_removeButton->setEnabled(!m_list->selectedItems().isEmpty());
}

void StringListEditor::onItemChanged(QListWidgetItem* item)
{
    if (m_loading)
        return;
    const QString committed = item->data(kCommittedRole).toString();
    const QString value = normalised(item->text());
    if (value == committed) {
        if (item->text() != value) {
            const QSignalBlocker blocker(m_list);
            item->setText(value);
        }
        return;
    }
    QString refusal;
    if (value.isEmpty())
        refusal = tr("An entry cannot be empty; use Remove to delete it.");
    else if (m_check)
        refusal = m_check(value);
    if (refusal.isEmpty() && contains(value, item))
        refusal = tr("“%1” is already in the list.").arg(value);
    const QSignalBlocker blocker(m_list);
    if (!refusal.isEmpty()) {
        item->setText(committed);
        showHint(refusal);
        return;
    }
    item->setText(value);
    item->setData(kCommittedRole, value);
    showHint({});
    emit itemsChanged();
}

bool StringListEditor::contains(const QString& text, const QListWidgetItem* except) const
{
    if (text.isEmpty())
        return false;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        if (item != except && item->data(kCommittedRole).toString().compare(text, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void StringListEditor::showHint(const QString& text)
{
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

} // namespace reel::ui
