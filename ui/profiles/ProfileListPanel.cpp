#include "profiles/ProfileListPanel.h"

#include "profiles/ProfileItemDelegate.h"
#include "profiles/ProfileListModel.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace reel::ui {

namespace {

QToolButton* makeButton(QAction* action, const QString& objectName, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

} // namespace

ProfileListPanel::ProfileListPanel(ProfileListModel& model, const Actions& actions, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_noMatch(new QLabel(this))
{
    m_proxy->setSourceModel(&m_model);
    m_proxy->setSortRole(ProfileListModel::NameRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterRole(ProfileListModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);
    m_proxy->sort(0);

    m_search->setObjectName(QStringLiteral("profileSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/reelstudio/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);

    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setModel(m_proxy);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setItemDelegate(new ProfileItemDelegate(m_list));
    // Delete removes a profile only while the list (or the Delete button) has the focus.
    m_list->addAction(actions.remove);

    m_noMatch->setObjectName(QStringLiteral("noMatchLabel"));
    m_noMatch->setWordWrap(true);
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setForegroundRole(QPalette::PlaceholderText);
    m_noMatch->setVisible(false);

    auto* buttons = new QGridLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(makeButton(actions.create, QStringLiteral("newProfileButton"), this), 0, 0);
    buttons->addWidget(makeButton(actions.duplicate, QStringLiteral("duplicateProfileButton"), this), 0, 1);
    buttons->addWidget(makeButton(actions.remove, QStringLiteral("deleteProfileButton"), this), 0, 2);
    buttons->addWidget(makeButton(actions.importFile, QStringLiteral("importProfileButton"), this), 1, 0);
    buttons->addWidget(makeButton(actions.exportFile, QStringLiteral("exportProfileButton"), this), 1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_noMatch);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        // Filtering moves the list's current row when it hides it; that is not the user
        // choosing another profile, so keep quiet and show the profile again once it matches.
        m_syncing = true;
        m_proxy->setFilterFixedString(text.trimmed());
        const int sourceRow = m_model.rowOf(m_currentId);
        const QModelIndex index = sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model.index(sourceRow));
        if (index.isValid())
            m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        else
            m_list->selectionModel()->clear();
        m_syncing = false;
        updateNoMatch();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (m_syncing)
            return;
        m_currentId = current.isValid() ? current.data(ProfileListModel::IdRole).toLongLong() : 0;
        emit currentIdChanged(m_currentId);
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ProfileListPanel::updateNoMatch);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ProfileListPanel::updateNoMatch);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ProfileListPanel::updateNoMatch);
    retranslateUi();
}

qint64 ProfileListPanel::currentId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(ProfileListModel::IdRole).toLongLong() : 0;
}

void ProfileListPanel::setCurrentId(qint64 id)
{
    const QSignalBlocker blocker(this);
    m_syncing = true;
    m_currentId = id;
    const int sourceRow = m_model.rowOf(id);
    QModelIndex index = sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model.index(sourceRow));
    if (sourceRow >= 0 && !index.isValid()) {
        m_search->clear(); // the search hides the profile the user is working on
        index = m_proxy->mapFromSource(m_model.index(sourceRow));
    }
    if (index.isValid()) {
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_list->scrollTo(index);
    } else {
        m_list->selectionModel()->clear();
    }
    m_syncing = false;
}

qint64 ProfileListPanel::idNearRow(int proxyRow) const
{
    const int count = m_proxy->rowCount();
    if (count == 0)
        return 0;
    return m_proxy->index(std::clamp(proxyRow, 0, count - 1), 0).data(ProfileListModel::IdRole).toLongLong();
}

int ProfileListPanel::rowOf(qint64 id) const
{
    const int sourceRow = m_model.rowOf(id);
    return sourceRow < 0 ? -1 : m_proxy->mapFromSource(m_model.index(sourceRow)).row();
}

int ProfileListPanel::visibleCount() const
{
    return m_proxy->rowCount();
}

void ProfileListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ProfileListPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model.retranslate();
    }
}

bool ProfileListPanel::eventFilter(QObject* watched, QEvent* event)
{
    // Down in the search box moves into the results; Escape clears the search.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_list->setFocus(Qt::TabFocusReason);
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProfileListPanel::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search by name or sector"));
    m_search->setAccessibleName(tr("Search brand profiles"));
    m_search->setToolTip(tr("Filter the list by brand name or sector (%1)")
                                 .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_list->setAccessibleName(tr("Brand profiles"));
    updateNoMatch();
}

void ProfileListPanel::updateNoMatch()
{
    const bool noMatch = m_model.rowCount() > 0 && m_proxy->rowCount() == 0;
    m_noMatch->setText(noMatch ? tr("No profile matches “%1”.").arg(m_search->text().trimmed()) : QString());
    m_noMatch->setVisible(noMatch);
}

} // namespace reel::ui
