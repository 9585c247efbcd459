#include "settings/PriceTableModel.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace reel::ui {

namespace {

// A cell of this flat table (tools such as QAbstractItemModelTester ask about others too).
bool isRow(const QModelIndex& index)
{
    return index.isValid() && !index.parent().isValid() && index.row() < index.model()->rowCount();
}

} // namespace

PriceTableModel::PriceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PriceTableModel::setTable(const PriceTable& table)
{
    beginResetModel();
    m_base = table;
    m_rows.clear();
    const auto entries = table.entries();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it)
        m_rows.append({it.key(), it.value()});
    std::sort(m_rows.begin(), m_rows.end(),
              [](const Row& a, const Row& b) { return QString::localeAwareCompare(a.model, b.model) < 0; });
    endResetModel();
}

PriceTable PriceTableModel::table() const
{
    PriceTable out = m_base;
    const auto entries = m_base.entries();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it)
        out.remove(it.key());
    for (const Row& row : m_rows)
        out.set(row.model, row.price);
    return out;
}

int PriceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PriceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PriceTableModel::formatPrice(double dollars)
{
    QString text = QString::number(dollars, 'f', 4);
    // Trailing zeros beyond the cents go: 2.5000 → 2.50, 0.0750 → 0.075.
    while (text.endsWith(u'0') && text.indexOf(u'.') >= 0 && text.size() - text.indexOf(u'.') > 3)
        text.chop(1);
    const int decimals = int(text.size() - text.indexOf(u'.') - 1);
    return QLocale().toString(dollars, 'f', decimals);
}

QVariant PriceTableModel::data(const QModelIndex& index, int role) const
{
    if (!isRow(index))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ModelColumn:
            return row.model;
        case InputColumn:
            return formatPrice(row.price.inputPerMillion);
        case OutputColumn:
            return formatPrice(row.price.outputPerMillion);
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case ModelColumn:
            return row.model;
        case InputColumn:
            return row.price.inputPerMillion;
        case OutputColumn:
            return row.price.outputPerMillion;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != ModelColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == ModelColumn)
            return tr("Also applies to dated versions of this model (e.g. %1-2024-07-18)").arg(row.model);
        break;
    default:
        break;
    }
    return {};
}

QVariant PriceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ModelColumn:
        return tr("Model");
    case InputColumn:
        //: US dollars per million input (prompt) tokens
        return tr("Input $ / 1M tokens");
    case OutputColumn:
        //: US dollars per million output (answer) tokens
        return tr("Output $ / 1M tokens");
    }
    return {};
}

Qt::ItemFlags PriceTableModel::flags(const QModelIndex& index) const
{
    if (!isRow(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool PriceTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !isRow(index))
        return false;
    Row& row = m_rows[index.row()];
    if (index.column() == ModelColumn) {
        const QString model = value.toString().trimmed();
        if (model.isEmpty() || (model != row.model && rowOf(model) >= 0))
            return false;
        if (model == row.model)
            return true;
        row.model = model;
    } else {
        bool ok = false;
        const double price = value.toDouble(&ok);
        if (!ok || !std::isfinite(price) || price < 0)
            return false;
        double& target = index.column() == InputColumn ? row.price.inputPerMillion : row.price.outputPerMillion;
        if (target == price)
            return true;
        target = price;
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    emit edited();
    return true;
}

bool PriceTableModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    emit edited();
    return true;
}

int PriceTableModel::addModel(const QString& model)
{
    QString name = model.trimmed();
    if (name.isEmpty() || rowOf(name) >= 0) {
        const QString base = name.isEmpty() ? QStringLiteral("new-model") : name;
        name = base;
        for (int n = 2; rowOf(name) >= 0; ++n)
            name = QStringLiteral("%1-%2").arg(base).arg(n);
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({name, {}});
    endInsertRows();
    emit edited();
    return row;
}

int PriceTableModel::rowOf(const QString& model) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).model == model)
            return int(i);
    }
    return -1;
}

void PriceTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace reel::ui
