#include "history/VersionsPanel.h"

#include "common/ErrorText.h"
#include "common/Prompter.h"
#include "history/HistoryText.h"
#include "history/VersionDiffDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace reel::ui {

VersionsPanel::VersionsPanel(Database& database, Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_prompter(prompter)
    , m_list(new QTreeWidget(this))
    , m_compare(new QPushButton(this))
    , m_restore(new QPushButton(this))
    , m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("versionsPanel"));
    m_list->setObjectName(QStringLiteral("versionsList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setColumnCount(ColumnCount);
    m_list->header()->setStretchLastSection(true);
    m_compare->setObjectName(QStringLiteral("compareVersionsButton"));
    m_restore->setObjectName(QStringLiteral("restoreVersionButton"));
    m_open->setObjectName(QStringLiteral("openVersionInEditorButton"));
    connect(m_list, &QTreeWidget::currentItemChanged, this, &VersionsPanel::updateState);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &VersionsPanel::compareVersions);
    connect(m_compare, &QPushButton::clicked, this, &VersionsPanel::compareVersions);
    connect(m_restore, &QPushButton::clicked, this, &VersionsPanel::restoreVersion);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_id != 0)
            emit openRequested(m_id);
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_compare);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    retranslateUi();
}

void VersionsPanel::setScript(qint64 id, const QString& title, int currentVersion, const QList<ScriptVersion>& versions)
{
    // The version chosen stays chosen while the script and its current version are the same.
    const int selected = id == m_id && currentVersion == m_current ? selectedNumber() : 0;
    m_id = id;
    m_title = title;
    m_current = currentVersion;
    m_versions = versions;
    fillList();
    selectVersion(selected > 0 ? selected : currentVersion);
    // An open compare dialog shows another script's versions no more.
    if (m_dialog && m_dialog->isVisible() && id == 0)
        m_dialog->close();
    updateState();
}

VersionDiffDialog* VersionsPanel::diffDialog() const
{
    return m_dialog;
}

int VersionsPanel::selectedNumber() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(NumberColumn, Qt::UserRole).toInt() : 0;
}

void VersionsPanel::selectVersion(int number)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(NumberColumn, Qt::UserRole).toInt() == number) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

void VersionsPanel::fillList()
{
    m_list->clear();
    const QLocale locale;
    for (auto it = m_versions.crbegin(); it != m_versions.crend(); ++it) {
        const ScriptVersion& v = *it;
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(NumberColumn, Qt::UserRole, v.number);
        item->setText(NumberColumn, v.number == m_current
                                            //: the version now in use, e.g. "3 (current)"
                                            ? tr("%1 (current)").arg(locale.toString(v.number))
                                            : locale.toString(v.number));
        item->setText(KindColumn, v.autosaved
                                          //: %1 a version kind; the editor's autosave wrote it
                                          ? tr("%1, autosaved").arg(HistoryText::versionKind(v.kind))
                                          : HistoryText::versionKind(v.kind));
        item->setText(AuthorColumn, v.author);
        item->setText(WhenColumn, HistoryText::when(v.createdAt));
        item->setText(NoteColumn, v.note);
        item->setToolTip(NoteColumn, v.note);
        if (v.number == m_current) {
            QFont bold = item->font(NumberColumn);
            bold.setBold(true);
            item->setFont(NumberColumn, bold);
        }
    }
    for (int c = 0; c < NoteColumn; ++c)
        m_list->resizeColumnToContents(c);
}

void VersionsPanel::compareVersions()
{
    if (m_id == 0 || m_versions.isEmpty())
        return;
    int right = selectedNumber() > 0 ? selectedNumber() : m_current;
    int left = 0;
    // The version before the one selected; for the first version, compare it with the current.
    for (const ScriptVersion& v : std::as_const(m_versions)) {
        if (v.number < right)
            left = std::max(left, v.number);
    }
    if (left == 0) {
        left = right;
        right = m_current;
    }
    if (!m_dialog) {
        m_dialog = new VersionDiffDialog(this);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    m_dialog->setVersions(m_title, m_versions, left, right);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

bool VersionsPanel::restoreVersion()
{
    const int number = selectedNumber();
    if (m_id == 0 || number == 0 || number == m_current)
        return false;
    const QLocale locale;
    //: %1 the version to restore, %2 the number it will get
    const QString text = tr("Make version %1 current again? It is saved as a new version %2; the versions in between "
                            "stay in the history.")
                                 .arg(locale.toString(number), locale.toString(m_current + 1));
    if (!m_prompter.confirm(this, tr("Restore Version"), text, tr("Restore")))
        return false;
    auto made = ScriptStore(m_database).restore(m_id, number, HistoryText::savedAuthor());
    if (!made) {
        m_prompter.error(this, tr("Could Not Restore the Version"), ErrorText::message(made.error()));
        return false;
    }
    emit restored(m_id, made.value());
    return true;
}

void VersionsPanel::updateState()
{
    const int number = selectedNumber();
    m_compare->setEnabled(m_id != 0 && m_versions.size() > 1);
    m_restore->setEnabled(m_id != 0 && number != 0 && number != m_current);
    m_open->setEnabled(m_id != 0);
}

void VersionsPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void VersionsPanel::retranslateUi()
{
    m_list->setHeaderLabels({tr("Version"), tr("Kind"), tr("By"), tr("Saved"), tr("Note")});
    m_list->setAccessibleName(tr("Versions"));
    m_compare->setText(tr("Compare…"));
    m_compare->setToolTip(tr("Show two versions side by side with the changes marked"));
    m_restore->setText(tr("Restore"));
    m_restore->setToolTip(tr("Make the selected version current again (kept as a new version)"));
    m_open->setText(tr("Open in Editor"));
    if (m_id != 0) {
        const int selected = selectedNumber();
        fillList();
        selectVersion(selected);
    }
    updateState();
}

} // namespace reel::ui
