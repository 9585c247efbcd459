#include "history/HistoryTableModel.h"

#include "common/CatalogText.h"
#include "common/WorkflowText.h"
#include "history/HistoryText.h"
#include "store/ScriptStore.h"

#include <QLocale>

namespace reel::ui {

HistoryTableModel::HistoryTableModel(Database& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    // Empty until the page is shown: its showEvent reads the first page (read once, not twice).
}

void HistoryTableModel::setFilter(const ScriptQuery& filter)
{
    m_filter = filter;
    m_filter.offset = 0;
    refresh();
}

ScriptQuery HistoryTableModel::query() const
{
    ScriptQuery q = m_filter;
    q.sort = sortKey(m_sortColumn).value_or(ScriptQuery::Sort::Created);
    q.descending = m_sortOrder == Qt::DescendingOrder;
    return q;
}

std::optional<ScriptQuery::Sort> HistoryTableModel::sortKey(int column)
{
    switch (column) {
    case CreatedColumn:
        return ScriptQuery::Sort::Created;
    case TitleColumn:
        return ScriptQuery::Sort::Title;
    case BrandColumn:
        return ScriptQuery::Sort::Brand;
    case StatusColumn:
        return ScriptQuery::Sort::Status;
    case RatingColumn:
        return ScriptQuery::Sort::Rating;
    case ScoreColumn:
        return ScriptQuery::Sort::Score;
    case CostColumn:
        return ScriptQuery::Sort::Cost;
    default:
        return std::nullopt;
    }
}

void HistoryTableModel::sort(int column, Qt::SortOrder order)
{
    if (!sortKey(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

qint64 HistoryTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

const ScriptSummary* HistoryTableModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int HistoryTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int HistoryTableModel::loadUntil(qint64 id)
{
    int row = rowOf(id);
    while (row < 0 && canFetchMore({})) {
        const int before = int(m_rows.size());
        fetchMore({});
        if (m_rows.size() == before)
            break;
        for (int r = before; r < m_rows.size() && row < 0; ++r) {
            if (m_rows.at(r).id == id)
                row = r;
        }
    }
    return row;
}

bool HistoryTableModel::readCounts()
{
    const ScriptStore store(m_database);
    auto total = store.count();
    auto matches = store.countMatching(m_filter);
    if (!total || !matches) {
        emit loadFailed(total ? matches.error() : total.error());
        return false;
    }
    m_total = total.value();
    m_matches = matches.value();
    return true;
}

bool HistoryTableModel::read(int offset, int count, QList<ScriptSummary>& out)
{
    ScriptQuery q = query();
    q.offset = offset;
    q.limit = count;
    auto found = ScriptStore(m_database).search(q);
    if (!found) {
        emit loadFailed(found.error());
        return false;
    }
    out.append(found.value());
    return true;
}

void HistoryTableModel::refresh()
{
    // As many rows as the view had, so that its scroll position still means the same place.
    const int keep = std::max<int>(kPageSize, int(m_rows.size()));
    QList<ScriptSummary> rows;
    const bool ok = readCounts() && read(0, keep, rows);
    beginResetModel();
    if (ok)
        m_rows = std::move(rows);
    endResetModel();
    emit countsChanged();
}

void HistoryTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int HistoryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTableModel::display(const ScriptSummary& s, int column) const
{
    const QLocale locale;
    switch (column) {
    case CreatedColumn:
        return HistoryText::when(s.createdAt);
    case TitleColumn:
        return s.title.section(u'\n', 0, 0);
    case BrandColumn:
        return s.brand;
    case StatusColumn:
        return WorkflowText::statusName(s.status);
    case RatingColumn:
        return HistoryText::averageRating(s.rating, s.ratingCount);
    case ScoreColumn:
        return locale.toString(s.score);
    case LanguageColumn:
        return CatalogText::label(CatalogKind::Language, s.language);
    case ProviderColumn:
        return HistoryText::providerName(s.provider);
    case CostColumn:
        return HistoryText::cost(s.costUsd);
    default:
        return {};
    }
}

QVariant HistoryTableModel::value(const ScriptSummary& s, int column) const
{
    switch (column) {
    case CreatedColumn:
        return s.createdAt;
    case TitleColumn:
        return s.title;
    case BrandColumn:
        return s.brand;
    case StatusColumn:
        return s.status;
    case RatingColumn:
        return s.rating ? QVariant(*s.rating) : QVariant();
    case ScoreColumn:
        return s.score;
    case LanguageColumn:
        return s.language;
    case ProviderColumn:
        return s.provider;
    case CostColumn:
        return s.costUsd;
    default:
        return {};
    }
}

QVariant HistoryTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScriptSummary& s = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return s.id;
    case ValueRole:
        return value(s, index.column());
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(s, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn || index.column() == CostColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return s.title;
        if (index.column() == RatingColumn && s.ratingCount > 0)
            //: %n ratings, %1 their average stars
            return (s.ratingCount == 1 ? tr("%n rating, %1 stars", nullptr, s.ratingCount)
                                       : tr("%n ratings, %1 stars on average", nullptr, s.ratingCount))
                    .arg(QLocale().toString(s.rating.value_or(0), 'f', 1));
        if (index.column() == ProviderColumn && !s.model.isEmpty())
            return s.model;
        return {};
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::InitialSortOrderRole) {
        // The newest, the best rated, the highest scored and the costliest first; names from A.
        const bool descending = section == CreatedColumn || section == RatingColumn || section == ScoreColumn
                                || section == CostColumn;
        return descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
    if (role == Qt::ToolTipRole) {
        if (section == ScoreColumn)
            return tr("0–100: how well the script did in the platform's checks");
        return sortKey(section) ? tr("Click to sort by this column") : tr("This column cannot be sorted");
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn:
        return tr("Created");
    case TitleColumn:
        return tr("Title");
    case BrandColumn:
        return tr("Brand");
    case StatusColumn:
        return tr("Status");
    case RatingColumn:
        return tr("Rating");
    case ScoreColumn:
        return tr("Score");
    case LanguageColumn:
        return tr("Language");
    case ProviderColumn:
        return tr("Provider");
    case CostColumn:
        return tr("Cost");
    default:
        return {};
    }
}

bool HistoryTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_matches;
}

void HistoryTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    QList<ScriptSummary> more;
    if (!read(int(m_rows.size()), kPageSize, more) || more.isEmpty()) {
        // Scripts went away under us: what is loaded is all there is.
        m_matches = m_rows.size();
        emit countsChanged();
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

} // namespace reel::ui
