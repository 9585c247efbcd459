#include "editor/ShotsModel.h"

#include "model/ScriptRequest.h"

#include <QColor>
#include <QLocale>

namespace reel::ui {

namespace {

constexpr double kDefaultShotSeconds = 3.0;

} // namespace

ShotsModel::ShotsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ShotsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shots.size());
}

int ShotsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShotsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Shot& shot = m_shots.at(index.row());
    const bool backwards = shot.endS <= shot.startS;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StartColumn:
            return QLocale().toString(shot.startS, 'f', 1);
        case EndColumn:
            return QLocale().toString(shot.endS, 'f', 1);
        case VisualColumn:
            return shot.visual;
        case VoiceoverColumn:
            return shot.voiceover;
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case StartColumn:
            return shot.startS;
        case EndColumn:
            return shot.endS;
        case VisualColumn:
            return shot.visual;
        case VoiceoverColumn:
            return shot.voiceover;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StartColumn || index.column() == EndColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == EndColumn && backwards)
            return tr("The shot must end after it starts.");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == EndColumn && backwards)
            return QColor(0xd9, 0x30, 0x25);
        return {};
    default:
        return {};
    }
}

bool ShotsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Shot& shot = m_shots[index.row()];
    switch (index.column()) {
    case StartColumn:
    case EndColumn: {
        bool ok = false;
        const double seconds = value.toDouble(&ok);
        if (!ok || seconds < 0 || seconds > RequestLimits::kMaxSeconds)
            return false;
        (index.column() == StartColumn ? shot.startS : shot.endS) = seconds;
        break;
    }
    case VisualColumn:
        shot.visual = value.toString();
        break;
    case VoiceoverColumn:
        // One line per shot: the voice-overs are joined by newlines for the checks.
        shot.voiceover = value.toString().simplified();
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    if (index.column() == StartColumn || index.column() == EndColumn)
        emit dataChanged(this->index(index.row(), EndColumn), this->index(index.row(), EndColumn));
    touch();
    return true;
}

Qt::ItemFlags ShotsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant ShotsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartColumn:
        return tr("Start (s)");
    case EndColumn:
        return tr("End (s)");
    case VisualColumn:
        return tr("Visual");
    case VoiceoverColumn:
        return tr("Voice-over");
    default:
        return {};
    }
}

bool ShotsModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > m_shots.size() || count <= 0)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        // A new shot starts where the one before it ends.
        const double start = row + i > 0 ? m_shots.at(row + i - 1).endS : 0.0;
        m_shots.insert(row + i, Shot{start, start + kDefaultShotSeconds, {}, {}});
    }
    endInsertRows();
    touch();
    return true;
}

bool ShotsModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_shots.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_shots.remove(row, count);
    endRemoveRows();
    touch();
    return true;
}

void ShotsModel::setShots(const QList<Shot>& shots)
{
    beginResetModel();
    m_shots = shots;
    endResetModel();
    ++m_revision;
}

std::pair<int, int> ShotsModel::voiceoverPosition(qsizetype offset) const
{
    qsizetype start = 0;
    for (int row = 0; row < m_shots.size(); ++row) {
        const qsizetype length = m_shots.at(row).voiceover.size();
        if (offset <= start + length)
            return {row, int(offset - start)};
        start += length + 1;
    }
    return {int(m_shots.size()) - 1, 0};
}

void ShotsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_shots.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ShotsModel::touch()
{
    ++m_revision;
    emit edited();
}

} // namespace reel::ui
