#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace reel {
class ProfileStore;
} // namespace reel

namespace reel::ui {

/// The workspace's brand profiles as a flat list (unsorted: a proxy sorts and filters).
/// Follows the store's profileAdded/Changed/Removed signals row by row.
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< qint64
        NameRole,                  ///< the brand name (also Qt::DisplayRole)
        SectorRole,                ///< the stored sector value
        SectorLabelRole,           ///< the sector as shown (translated for built-in sectors)
        SearchTextRole,            ///< what the search box matches: name and sector
    };

    explicit ProfileListModel(reel::ProfileStore& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of profile `id`, or -1.
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;

    /// Reads every profile again (also the way to recover after a failed store read).
    void reload();
    /// Sector labels are translated: call after the UI language changed.
    void retranslate();

private:
    struct Row
    {
        qint64 id = 0;
        QString name;
        QString sector;
    };

    void onAdded(qint64 id);
    void onChanged(qint64 id);
    void onRemoved(qint64 id);

    reel::ProfileStore& m_store;
    QList<Row> m_rows;
};

} // namespace reel::ui
