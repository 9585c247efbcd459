#include "examples/ExampleTableModel.h"

#include "common/CatalogText.h"
#include "examples/ExampleText.h"

#include <QLocale>

namespace reel::ui {

ExampleTableModel::ExampleTableModel(ExampleLibrary& library, QObject* parent)
    : QAbstractTableModel(parent)
    , m_library(library)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ExampleTableModel::refresh);
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(0);
    connect(&m_countTimer, &QTimer::timeout, this, [this] {
        if (readCounts())
            emit countsChanged();
    });
    connect(&m_library, &ExampleLibrary::exampleAdded, this, &ExampleTableModel::scheduleRefresh);
    connect(&m_library, &ExampleLibrary::exampleChanged, this, &ExampleTableModel::scheduleRefresh);
    connect(&m_library, &ExampleLibrary::exampleRemoved, this, &ExampleTableModel::onRemoved);
    refresh();
}

void ExampleTableModel::setFilter(const ExampleQuery& filter)
{
    m_query = filter;
    m_query.limit = -1;
    m_query.offset = 0;
    refresh();
}

ExampleQuery ExampleTableModel::query() const
{
    ExampleQuery q = m_query;
    q.sort = sortKey(m_sortColumn).value_or(ExampleQuery::Sort::Updated);
    q.ascending = m_sortOrder == Qt::AscendingOrder;
    return q;
}

std::optional<ExampleQuery::Sort> ExampleTableModel::sortKey(int column)
{
    switch (column) {
    case SectorColumn:
        return ExampleQuery::Sort::Sector;
    case HookTypeColumn:
        return ExampleQuery::Sort::HookType;
    case LanguageColumn:
        return ExampleQuery::Sort::Language;
    case QualityColumn:
        return ExampleQuery::Sort::Quality;
    case UpdatedColumn:
        return ExampleQuery::Sort::Updated;
    default:
        return std::nullopt;
    }
}

void ExampleTableModel::sort(int column, Qt::SortOrder order)
{
    if (!sortKey(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

qint64 ExampleTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ExampleTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int ExampleTableModel::loadUntil(qint64 id)
{
    int row = rowOf(id);
    while (row < 0 && canFetchMore({})) {
        const int before = int(m_rows.size());
        fetchMore({});
        if (m_rows.size() == before)
            break;
        for (int r = before; r < m_rows.size(); ++r) {
            if (m_rows.at(r).id == id) {
                row = r;
                break;
            }
        }
    }
    return row;
}

bool ExampleTableModel::readCounts()
{
    ExampleQuery all;
    auto total = m_library.count(all);
    auto matches = m_library.count(m_query);
    if (!total || !matches) {
        emit loadFailed(total ? matches.error() : total.error());
        return false;
    }
    m_total = total.value();
    m_matches = matches.value();
    return true;
}

bool ExampleTableModel::read(int offset, int count, QList<Row>& out)
{
    ExampleQuery q = query();
    q.offset = offset;
    q.limit = count;
    auto found = m_library.find(q);
    if (!found) {
        emit loadFailed(found.error());
        return false;
    }
    out.reserve(out.size() + found->size());
    for (const Example& e : found.value())
        out.append(rowFrom(e));
    return true;
}

void ExampleTableModel::refresh()
{
    m_refreshTimer.stop();
    m_countTimer.stop();
    // As many rows as the view had, so that its scroll position still means the same place.
    const int keep = std::max<int>(kPageSize, int(m_rows.size()));
    QList<Row> rows;
    const bool counted = readCounts();
    const bool read = counted && this->read(0, keep, rows);
    beginResetModel();
    if (read)
        m_rows = std::move(rows);
    endResetModel();
    emit countsChanged();
}

void ExampleTableModel::scheduleRefresh()
{
    m_refreshTimer.start();
}

void ExampleTableModel::onRemoved(qint64 id)
{
    // Loaded rows are a prefix of the sorted matches, so dropping one keeps later offsets right.
    const int row = rowOf(id);
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    m_countTimer.start();
}

void ExampleTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

ExampleTableModel::Row ExampleTableModel::rowFrom(const Example& e)
{
    return Row{e.id,   e.script.hook, e.sector, e.hookType, e.emotion,
               e.goal, e.language,    e.source, e.quality,  e.updatedAt};
}

int ExampleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExampleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExampleTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == QualityColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == HookColumn)
        return r.hook;
    if (role != Qt::DisplayRole && role != ValueRole && role != Qt::AccessibleTextRole)
        return {};
    const bool value = role == ValueRole;
    switch (index.column()) {
    case HookColumn:
        return value ? r.hook : ExampleText::firstLine(r.hook);
    case SectorColumn:
        return value ? r.sector : CatalogText::label(CatalogKind::Sector, r.sector);
    case HookTypeColumn:
        return value ? r.hookType : CatalogText::label(CatalogKind::HookType, r.hookType);
    case EmotionColumn:
        return value ? r.emotion : CatalogText::label(CatalogKind::Emotion, r.emotion);
    case GoalColumn:
        return value ? r.goal : CatalogText::label(CatalogKind::Goal, r.goal);
    case LanguageColumn:
        return value ? r.language : CatalogText::label(CatalogKind::Language, r.language);
    case SourceColumn:
        return value ? QVariant(sourceKey(r.source)) : QVariant(ExampleText::sourceName(r.source));
    case QualityColumn:
        return value ? QVariant(r.quality) : QVariant(QLocale().toString(r.quality, 'f', 0));
    case UpdatedColumn:
        return value ? QVariant(r.updatedAt)
                     : QVariant(QLocale().toString(r.updatedAt.toLocalTime(), QLocale::ShortFormat));
    default:
        return {};
    }
}

QVariant ExampleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::InitialSortOrderRole)
        // The best and the newest first; names from A.
        return section == QualityColumn || section == UpdatedColumn ? Qt::DescendingOrder : Qt::AscendingOrder;
    if (role == Qt::ToolTipRole) {
        if (section == QualityColumn)
            return tr("0–100: how complete the script is and, when known, how well the Reel did");
        return sortKey(section) ? tr("Click to sort by this column") : tr("This column cannot be sorted");
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HookColumn:
        return tr("Hook");
    case SectorColumn:
        return tr("Sector");
    case HookTypeColumn:
        return tr("Hook type");
    case EmotionColumn:
        return tr("Emotion");
    case GoalColumn:
        return tr("Goal");
    case LanguageColumn:
        return tr("Language");
    case SourceColumn:
        return tr("Source");
    case QualityColumn:
        return tr("Quality");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

bool ExampleTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_matches;
}

void ExampleTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    QList<Row> more;
    if (!read(int(m_rows.size()), kPageSize, more) || more.isEmpty()) {
        // The library shrank under us: what is loaded is all there is.
        m_matches = int(m_rows.size());
        emit countsChanged();
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

} // namespace reel::ui
