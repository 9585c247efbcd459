#pragma once

#include "common/Error.h"
#include "store/HistoryTypes.h"

#include <QAbstractTableModel>

#include <optional>

namespace reel {
class Database;
} // namespace reel

namespace reel::ui {

/// The scripts of the workspace as a table, read a page at a time (canFetchMore()/fetchMore()):
/// the filters and the header's sort become the ScriptQuery the pages are read with, so sorting
/// and searching happen in the database. ScriptStore sends no signals: the page calls refresh()
/// after its own changes and when it is shown (other pages add scripts).
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CreatedColumn,
        TitleColumn,
        BrandColumn,
        StatusColumn,
        RatingColumn,
        ScoreColumn,
        LanguageColumn,
        ProviderColumn,
        CostColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the script's id (qint64)
        ValueRole,                 ///< the stored value behind the label (id, number, date)
    };
    static constexpr int kPageSize = 200;

    explicit HistoryTableModel(reel::Database& database, QObject* parent = nullptr);

    /// The filters and search text (sort, limit and offset are the model's own).
    void setFilter(const reel::ScriptQuery& filter);
    reel::ScriptQuery filter() const { return m_filter; }
    /// The query the rows are read with, sort included (what "export all shown" writes).
    reel::ScriptQuery query() const;

    /// The sort key a column stands for; nullopt for columns the store cannot sort by.
    static std::optional<reel::ScriptQuery::Sort> sortKey(int column);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Scripts matching the filter, and in the whole workspace.
    qint64 matchCount() const { return m_matches; }
    qint64 totalCount() const { return m_total; }

    qint64 idAt(int row) const;
    const reel::ScriptSummary* summaryAt(int row) const;
    int rowOf(qint64 id) const;
    /// Loads pages until script `id` is loaded or every match is; its row, or -1.
    int loadUntil(qint64 id);

    /// Reads the rows again now (as many as are loaded, at least a page).
    void refresh();
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    /// matchCount() or totalCount() changed.
    void countsChanged();
    /// Reading the scripts failed; the table shows what it had.
    void loadFailed(const reel::Error& error);

private:
    bool readCounts();
    bool read(int offset, int count, QList<reel::ScriptSummary>& out);
    QVariant display(const reel::ScriptSummary& s, int column) const;
    QVariant value(const reel::ScriptSummary& s, int column) const;

    reel::Database& m_database;
    reel::ScriptQuery m_filter;
    int m_sortColumn = CreatedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<reel::ScriptSummary> m_rows;
    qint64 m_matches = 0;
    qint64 m_total = 0;
};

} // namespace reel::ui
