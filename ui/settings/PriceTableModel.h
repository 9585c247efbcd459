#pragma once

#include "llm/PriceTable.h"

#include <QAbstractTableModel>
#include <QList>

namespace reel::ui {

/// The price table as rows a user edits: model id, input and output price in US dollars per
/// million tokens. Rows are sorted by model when a table is set; added rows go to the end.
class PriceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ModelColumn,
        InputColumn,
        OutputColumn,
        ColumnCount
    };

    explicit PriceTableModel(QObject* parent = nullptr);

    /// Shows `table` (no edit is signalled).
    void setTable(const reel::PriceTable& table);
    /// The rows as a price table (the as-of date of the table set is kept).
    reel::PriceTable table() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Model ids must be unique and not empty; prices are numbers from 0.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    /// Appends a row for `model` (a free "new-model" id when empty or taken) at no cost; its row.
    int addModel(const QString& model = {});
    /// The row of `model`, or -1.
    int rowOf(const QString& model) const;
    /// Header texts are translated: call after the UI language changed.
    void retranslate();

    /// "0.15", "2.50", "0.075": dollars with two to four decimals, in the user's locale.
    static QString formatPrice(double dollars);

signals:
    /// The user changed, added or removed a row.
    void edited();

private:
    struct Row
    {
        QString model;
        reel::PriceTable::Price price;
    };

    QList<Row> m_rows;
    reel::PriceTable m_base; ///< the table set, for what rows do not hold (its date)
};

} // namespace reel::ui
