#include "generate/ExamplePicksModel.h"

#include "common/CatalogText.h"

#include <QFont>
#include <QLocale>

namespace reel::ui {

namespace {

// A cell of this flat table (tools such as QAbstractItemModelTester ask about others too).
bool isRow(const QModelIndex& index)
{
    return index.isValid() && !index.parent().isValid() && index.row() < index.model()->rowCount();
}

} // namespace

namespace {

QString firstLine(const QString& text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(u'\n');
    return end < 0 ? trimmed : trimmed.left(end);
}

} // namespace

ExamplePicksModel::ExamplePicksModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ExamplePicksModel::setLimit(int limit)
{
    m_limit = std::max(0, limit);
    rebuild();
}

void ExamplePicksModel::setRetrieved(const QList<RetrievedExample>& retrieved)
{
    m_retrieved = retrieved;
    // A pinned example keeps its latest text.
    for (const RetrievedExample& r : retrieved) {
        if (m_pinned.contains(r.example.id))
            m_pinned.insert(r.example.id, r.example);
    }
    rebuild();
}

void ExamplePicksModel::clearRetrieved()
{
    m_retrieved.clear();
    rebuild();
}

void ExamplePicksModel::setPinned(qint64 id, bool pinned)
{
    if (pinned == m_pinned.contains(id))
        return;
    if (pinned) {
        const int row = rowOf(id);
        if (row < 0)
            return;
        m_pinned.insert(id, m_rows.at(row).found.example);
        m_pinOrder.append(id);
        m_excluded.remove(id);
    } else {
        m_pinned.remove(id);
        m_pinOrder.removeAll(id);
    }
    rebuild();
}

void ExamplePicksModel::setExcluded(qint64 id, bool excluded)
{
    if (excluded == m_excluded.contains(id))
        return;
    if (excluded) {
        m_excluded.insert(id);
        m_pinned.remove(id);
        m_pinOrder.removeAll(id);
    } else {
        m_excluded.remove(id);
    }
    rebuild();
}

void ExamplePicksModel::rebuild()
{
    const auto chosenIds = [this] {
        QList<qint64> ids;
        for (const Example& e : chosen())
            ids.append(e.id);
        return ids;
    };
    const QList<qint64> before = chosenIds();
    QList<Row> rows;
    QList<bool> sent;
    QSet<qint64> retrievedIds;
    for (const RetrievedExample& r : std::as_const(m_retrieved))
        retrievedIds.insert(r.example.id);
    for (const qint64 id : std::as_const(m_pinOrder)) {
        if (retrievedIds.contains(id))
            continue;
        RetrievedExample pinned;
        pinned.example = m_pinned.value(id);
        rows.append({pinned, false});
        sent.append(true);
    }
    int taken = 0;
    for (const RetrievedExample& r : std::as_const(m_retrieved)) {
        const qint64 id = r.example.id;
        if (m_pinned.contains(id)) {
            rows.append({r, true});
            sent.append(true);
        } else if (m_excluded.contains(id)) {
            rows.append({r, true});
            sent.append(false);
        } else if (taken < m_limit) {
            rows.append({r, true});
            sent.append(true);
            ++taken;
        }
    }

    bool sameRows = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i).found.example.id == m_rows.at(i).found.example.id
                   && rows.at(i).retrieved == m_rows.at(i).retrieved;
    if (sameRows) {
        m_rows = rows;
        m_sent = sent;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = rows;
        m_sent = sent;
        endResetModel();
    }
    if (chosenIds() != before)
        emit choiceChanged();
}

QList<Example> ExamplePicksModel::chosen() const
{
    QList<Example> out;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_sent.at(i))
            out.append(m_rows.at(i).found.example);
    }
    return out;
}

int ExamplePicksModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).found.example.id == id)
            return int(i);
    }
    return -1;
}

qint64 ExamplePicksModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).found.example.id : 0;
}

const Example* ExamplePicksModel::exampleAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).found.example : nullptr;
}

int ExamplePicksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExamplePicksModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExamplePicksModel::whyChosen(const QStringList& matched)
{
    QStringList words;
    for (const QString& filter : matched) {
        if (filter == u"language")
            words.append(tr("language"));
        else if (filter == u"sector")
            words.append(tr("sector"));
        else if (filter == u"hook_type")
            words.append(tr("hook type"));
        else if (filter == u"emotion")
            words.append(tr("emotion"));
        else if (filter == u"goal")
            words.append(tr("goal"));
    }
    if (words.isEmpty())
        return tr("Closest in wording");
    //: %1 the request's filters the example matches, e.g. "language, sector and hook type"
    return tr("Matches on %1").arg(QLocale().createSeparatedList(words));
}

QVariant ExamplePicksModel::data(const QModelIndex& index, int role) const
{
    if (!isRow(index))
        return {};
    const Row& row = m_rows.at(index.row());
    const Example& e = row.found.example;
    const bool pinned = m_pinned.contains(e.id);
    const bool excluded = m_excluded.contains(e.id);
    const bool sent = m_sent.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case PinnedRole:
        return pinned;
    case ExcludedRole:
        return excluded;
    case RetrievedRole:
        return row.retrieved;
    case SentRole:
        return sent;
    case Qt::CheckStateRole:
        if (index.column() == PinColumn)
            return pinned ? Qt::Checked : Qt::Unchecked;
        if (index.column() == ExcludeColumn)
            return excluded ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::FontRole:
        if (excluded && index.column() == HookColumn) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SimilarityColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case HookColumn:
            return firstLine(e.script.hook);
        case DetailsColumn:
            return QStringList{CatalogText::label(CatalogKind::Sector, e.sector),
                               CatalogText::label(CatalogKind::HookType, e.hookType),
                               CatalogText::label(CatalogKind::Emotion, e.emotion),
                               CatalogText::label(CatalogKind::Language, e.language)}
                    .join(QStringLiteral(" · "));
        case SimilarityColumn:
            //: similarity of an example to the request, as a percentage
            return row.retrieved ? tr("%1 %").arg(QLocale().toString(qRound(row.found.similarity * 100)))
                                 : QStringLiteral("—");
        case WhyColumn:
            if (!row.retrieved)
                return tr("Pinned; not among the matches for this request");
            return whyChosen(row.found.matched);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case PinColumn:
            return tr("Pinned examples are always sent to the model");
        case ExcludeColumn:
            return tr("Excluded examples are never sent to the model");
        case HookColumn: {
            QString tip = e.script.hook + QStringLiteral("\n\n") + e.script.body;
            if (!e.script.cta.isEmpty())
                tip += QStringLiteral("\n\n") + e.script.cta;
            if (excluded)
                tip = tr("Excluded: not sent.") + QStringLiteral("\n\n") + tip;
            else if (!sent)
                tip = tr("Not sent.") + QStringLiteral("\n\n") + tip;
            return tip;
        }
        case SimilarityColumn:
            return row.retrieved ? tr("How close the example's wording is to the request") : QVariant();
        case DetailsColumn:
        case WhyColumn:
            return data(index, Qt::DisplayRole); // the whole text where the column cuts it
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        if (index.column() == PinColumn)
            return pinned ? tr("Pinned") : tr("Not pinned");
        if (index.column() == ExcludeColumn)
            return excluded ? tr("Excluded") : tr("Not excluded");
        return {};
    default:
        return {};
    }
}

QVariant ExamplePicksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (section == PinColumn)
            return tr("Always send this example to the model");
        if (section == ExcludeColumn)
            return tr("Never send this example to the model");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PinColumn:
        //: column header: the example is always sent
        return tr("Pin");
    case ExcludeColumn:
        //: column header: the example is never sent
        return tr("Exclude");
    case HookColumn:
        return tr("Hook");
    case DetailsColumn:
        return tr("Sector · hook type · emotion · language");
    case SimilarityColumn:
        return tr("Similarity");
    case WhyColumn:
        return tr("Why chosen");
    }
    return {};
}

Qt::ItemFlags ExamplePicksModel::flags(const QModelIndex& index) const
{
    if (!isRow(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == PinColumn || index.column() == ExcludeColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ExamplePicksModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !isRow(index))
        return false;
    const bool on = value.toInt() == Qt::Checked;
    const qint64 id = idAt(index.row());
    if (index.column() == PinColumn)
        setPinned(id, on);
    else if (index.column() == ExcludeColumn)
        setExcluded(id, on);
    else
        return false;
    return true;
}

void ExamplePicksModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace reel::ui
