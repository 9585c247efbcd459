#include "editor/ProblemsModel.h"

#include "editor/FindingText.h"
#include "editor/SeverityStyle.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace reel::ui {

namespace {

qsizetype startOf(const Finding& f)
{
    return f.spans.isEmpty() ? -1 : f.spans.constFirst().start;
}

} // namespace

ProblemsModel::ProblemsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ProblemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ProblemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_entries.at(index.row());
    const Finding& f = entry.shown.finding;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return {}; // the icon says it (and the accessible text)
        case SectionColumn:
            return FindingText::sectionName(entry.field);
        case MessageColumn:
            return FindingText::message(f);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return SeverityStyle::icon(f.severity);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SeverityColumn)
            return FindingText::severityName(f.severity);
        return FindingText::toolTip(f);
    case Qt::AccessibleTextRole:
        if (index.column() == SeverityColumn)
            return FindingText::severityName(f.severity);
        return index.column() == SectionColumn ? FindingText::sectionName(entry.field) : FindingText::message(f);
    case IdRole:
        return entry.shown.id;
    case FieldRole:
        return int(entry.field);
    case SeverityRole:
        return int(f.severity);
    case CodeRole:
        return f.code;
    case RuleRole:
        return f.ruleId;
    case HasFixRole:
        return f.fix.has_value();
    case FixTextRole:
        return f.fix ? FindingText::fixLabel(*f.fix) : QString();
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == SeverityColumn && role == Qt::ToolTipRole)
        return tr("Severity");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return QString(); // a column of icons
    case SectionColumn:
        return tr("Section");
    case MessageColumn:
        return tr("Problem");
    default:
        return {};
    }
}

QStringList ProblemsModel::keysOf(const QList<Entry>& entries)
{
    QStringList keys;
    keys.reserve(entries.size());
    QHash<QString, int> seen;
    for (const Entry& e : entries) {
        const Finding& f = e.shown.finding;
        const QString base = QString::number(int(e.field)) + u'\x1f' + f.ruleId + u'\x1f' + f.code + u'\x1f'
                             + f.args.join(u'\x1e') + u'\x1f' + QString::number(int(f.severity));
        const int occurrence = seen[base]++;
        keys.append(base + u'\x1f' + QString::number(occurrence));
    }
    return keys;
}

void ProblemsModel::setEntries(QList<Entry> entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (a.field != b.field)
            return int(a.field) < int(b.field);
        const qsizetype sa = startOf(a.shown.finding);
        const qsizetype sb = startOf(b.shown.finding);
        if (sa != sb)
            return sa < sb;
        const int ra = SeverityStyle::rank(a.shown.finding.severity);
        const int rb = SeverityStyle::rank(b.shown.finding.severity);
        if (ra != rb)
            return ra > rb;
        return a.shown.finding.code < b.shown.finding.code;
    });
    const QStringList keys = keysOf(entries);
    const QSet<QString> newKeys(keys.cbegin(), keys.cend());

    // Rows that went away, bottom up, in runs.
    for (int i = int(m_keys.size()) - 1; i >= 0; --i) {
        if (newKeys.contains(m_keys.at(i)))
            continue;
        const int last = i;
        while (i > 0 && !newKeys.contains(m_keys.at(i - 1)))
            --i;
        beginRemoveRows({}, i, last);
        m_entries.remove(i, last - i + 1);
        m_keys.remove(i, last - i + 1);
        endRemoveRows();
    }

    // The rows that stay must keep their order; if positions swapped, start over.
    const QSet<QString> kept(m_keys.cbegin(), m_keys.cend());
    QStringList keptInNewOrder;
    for (const QString& key : keys) {
        if (kept.contains(key))
            keptInNewOrder.append(key);
    }
    if (keptInNewOrder != m_keys) {
        beginResetModel();
        m_entries = std::move(entries);
        m_keys = keys;
        endResetModel();
        return;
    }

    // New rows, in runs, between the ones that stay; the ones that stay take the new data.
    int row = 0;
    for (int j = 0; j < keys.size(); ++j) {
        if (row < m_keys.size() && m_keys.at(row) == keys.at(j)) {
            const Finding& before = m_entries.at(row).shown.finding;
            const Finding& after = entries.at(j).shown.finding;
            const bool changed = before.fix != after.fix || before.severity != after.severity;
            m_entries[row] = entries.at(j);
            if (changed)
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            ++row;
            continue;
        }
        const int first = j;
        while (j + 1 < keys.size() && !(row < m_keys.size() && m_keys.at(row) == keys.at(j + 1)))
            ++j;
        const int count = j - first + 1;
        beginInsertRows({}, row, row + count - 1);
        for (int k = 0; k < count; ++k) {
            m_entries.insert(row + k, entries.at(first + k));
            m_keys.insert(row + k, keys.at(first + k));
        }
        endInsertRows();
        row += count;
    }
}

const ProblemsModel::Entry* ProblemsModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int ProblemsModel::rowOfId(quint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).shown.id == id)
            return row;
    }
    return -1;
}

int ProblemsModel::count(Severity severity) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [severity](const Entry& e) { return e.shown.finding.severity == severity; }));
}

void ProblemsModel::retranslate()
{
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace reel::ui
