#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QSortFilterProxyModel;
class QToolButton;

namespace reel::ui {

class ProfileListModel;

/// The left side of the Profiles page: a search box over the sorted list of profiles and the
/// buttons for the list's actions. Reports which profile the user moves to; the page decides.
class ProfileListPanel : public QWidget
{
    Q_OBJECT

public:
    struct Actions
    {
        QAction* create;
        QAction* duplicate;
        QAction* remove;
        QAction* importFile;
        QAction* exportFile;
    };

    ProfileListPanel(ProfileListModel& model, const Actions& actions, QWidget* parent = nullptr);

    /// The profile under the list's current index (0 when none).
    qint64 currentId() const;
    /// Makes `id` current (0 clears) without signalling; clears the search if it hides `id`.
    void setCurrentId(qint64 id);
    /// The id of the row nearest to `proxyRow` in the list as shown (0 when the list is empty).
    qint64 idNearRow(int proxyRow) const;
    int rowOf(qint64 id) const;
    int visibleCount() const;

    QListView* listView() const { return m_list; }
    QLineEdit* searchEdit() const { return m_search; }
    void focusSearch();

signals:
    /// The user moved to another profile (0: the list has no current profile any more).
    void currentIdChanged(qint64 id);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void updateNoMatch();

    ProfileListModel& m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QListView* m_list;
    QLabel* m_noMatch;
    qint64 m_currentId = 0; ///< the profile the page shows, also while the search hides it
    bool m_syncing = false;
};

} // namespace reel::ui
