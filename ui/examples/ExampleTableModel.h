#pragma once

#include "common/Error.h"
#include "rag/ExampleLibrary.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QTimer>

#include <optional>

namespace reel::ui {

/// The example library as a table, fetched a page at a time (the library may hold 100,000
/// examples): the view asks for more rows as it scrolls (canFetchMore()/fetchMore()).
/// Filters, search and sorting become the ExampleQuery the pages are read with. A removed example
/// leaves its row at once; added and changed ones re-read the rows shown, once per burst of
/// changes (an import adds thousands in one go), keeping as many rows as were loaded.
class ExampleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        HookColumn,
        SectorColumn,
        HookTypeColumn,
        EmotionColumn,
        GoalColumn,
        LanguageColumn,
        SourceColumn,
        QualityColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the example's row id (qint64)
        ValueRole,                 ///< the stored value behind the label (catalog id, number, date)
    };
    static constexpr int kPageSize = 200;

    explicit ExampleTableModel(reel::ExampleLibrary& library, QObject* parent = nullptr);

    /// The filters and search text to show (limit, offset and sort are the model's own).
    void setFilter(const reel::ExampleQuery& filter);
    reel::ExampleQuery filter() const { return m_query; }
    /// The query the rows are read with, sort included (what "export all shown" writes).
    reel::ExampleQuery query() const;

    /// The sort key a column stands for; nullopt for columns the library cannot sort by.
    static std::optional<reel::ExampleQuery::Sort> sortKey(int column);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Examples matching the filter, and in the whole library.
    int matchCount() const { return m_matches; }
    int totalCount() const { return m_total; }

    qint64 idAt(int row) const;
    /// The row of example `id` among the rows loaded so far, or -1.
    int rowOf(qint64 id) const;
    /// Loads pages until example `id` is loaded or every match is; its row, or -1.
    int loadUntil(qint64 id);

    /// Reads the rows again now (as many as are loaded, at least a page).
    void refresh();
    /// Column titles and labels in the current UI language.
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
    /// Reading the library failed; the table shows what it had.
    void loadFailed(const reel::Error& error);

private:
    struct Row
    {
        qint64 id = 0;
        QString hook;
        QString sector;
        QString hookType;
        QString emotion;
        QString goal;
        QString language;
        reel::ExampleSource source = reel::ExampleSource::User;
        double quality = 0;
        QDateTime updatedAt;
    };

    static Row rowFrom(const reel::Example& example);
    bool readCounts();
    /// Reads up to `count` rows from `offset` (appends to `out`); false on error.
    bool read(int offset, int count, QList<Row>& out);
    void scheduleRefresh();
    void onRemoved(qint64 id);

    reel::ExampleLibrary& m_library;
    reel::ExampleQuery m_query;
    int m_sortColumn = UpdatedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<Row> m_rows;
    int m_matches = 0;
    int m_total = 0;
    QTimer m_refreshTimer;
    QTimer m_countTimer;
};

} // namespace reel::ui
