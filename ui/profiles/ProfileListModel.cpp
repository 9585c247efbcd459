#include "profiles/ProfileListModel.h"

#include "common/CatalogText.h"
#include "store/ProfileStore.h"

namespace reel::ui {

ProfileListModel::ProfileListModel(reel::ProfileStore& store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(&m_store, &ProfileStore::profileAdded, this, &ProfileListModel::onAdded);
    connect(&m_store, &ProfileStore::profileChanged, this, &ProfileListModel::onChanged);
    connect(&m_store, &ProfileStore::profileRemoved, this, &ProfileListModel::onRemoved);
    reload();
}

int ProfileListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProfileListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case NameRole:
        return row.name;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        //: Tooltip of a profile in the list; %1 the sector
        return tr("Sector: %1").arg(CatalogText::label(CatalogKind::Sector, row.sector));
    case IdRole:
        return row.id;
    case SectorRole:
        return row.sector;
    case SectorLabelRole:
        return CatalogText::label(CatalogKind::Sector, row.sector);
    case SearchTextRole:
        return QString(row.name + u'\n' + CatalogText::label(CatalogKind::Sector, row.sector) + u'\n' + row.sector);
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfileListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "profileId");
    names.insert(NameRole, "name");
    names.insert(SectorRole, "sector");
    names.insert(SectorLabelRole, "sectorLabel");
    names.insert(SearchTextRole, "searchText");
    return names;
}

int ProfileListModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

qint64 ProfileListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

void ProfileListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    // A failed read leaves the list empty; the page reports store errors where they happen.
    if (const auto profiles = m_store.list()) {
        for (const StoredProfile& p : profiles.value())
            m_rows.append({p.id, p.profile.brandName, p.profile.sector});
    }
    endResetModel();
}

void ProfileListModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1),
                         {Qt::ToolTipRole, Qt::AccessibleDescriptionRole, SectorLabelRole, SearchTextRole});
}

void ProfileListModel::onAdded(qint64 id)
{
    if (rowOf(id) >= 0)
        return onChanged(id);
    const auto stored = m_store.get(id);
    if (!stored)
        return;
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_rows.append({id, stored->profile.brandName, stored->profile.sector});
    endInsertRows();
}

void ProfileListModel::onChanged(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return onAdded(id);
    const auto stored = m_store.get(id);
    if (!stored)
        return;
    m_rows[row].name = stored->profile.brandName;
    m_rows[row].sector = stored->profile.sector;
    emit dataChanged(index(row), index(row));
}

void ProfileListModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace reel::ui
