#pragma once

#include "rag/Retriever.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace reel::ui {

/// The examples a generation will show the model: those retrieved for the request, with the
/// user's pins (always sent, even when a later request no longer retrieves them) and exclusions
/// (never sent). Pins and exclusions are kept by example id across refreshes. One row per
/// example: pinned examples the retrieval did not return first, then the retrieved ones in rank
/// order — at most `limit` of those that are not excluded, plus the excluded ones that came back.
class ExamplePicksModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PinColumn,
        ExcludeColumn,
        HookColumn,
        DetailsColumn,
        SimilarityColumn,
        WhyColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< qint64
        PinnedRole,                ///< bool
        ExcludedRole,              ///< bool
        RetrievedRole,             ///< bool: the retrieval returned it for the current request
        SentRole,                  ///< bool: it goes into the prompt
    };

    explicit ExamplePicksModel(QObject* parent = nullptr);

    /// How many retrieved examples are sent (pins come on top). Ask the retrieval for
    /// `limit + excludedCount()` so that an exclusion makes room for the next one.
    static constexpr int kDefaultLimit = 4;
    int limit() const { return m_limit; }
    void setLimit(int limit);
    int excludedCount() const { return int(m_excluded.size()); }

    /// The retrieval's answer for the current request, best first.
    void setRetrieved(const QList<reel::RetrievedExample>& retrieved);
    void clearRetrieved();

    bool isPinned(qint64 id) const { return m_pinned.contains(id); }
    bool isExcluded(qint64 id) const { return m_excluded.contains(id); }
    /// Pinning an example lifts its exclusion and the other way round.
    void setPinned(qint64 id, bool pinned);
    void setExcluded(qint64 id, bool excluded);

    /// What the prompt gets: the pins, then the retrieved examples that are neither excluded nor
    /// beyond the limit.
    QList<reel::Example> chosen() const;

    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;
    const reel::Example* exampleAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Qt::CheckStateRole on the pin and exclude columns.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Texts are translated: call after the UI language changed.
    void retranslate();

    /// "Same language, sector and hook type": why an example was chosen, from its matched filters.
    static QString whyChosen(const QStringList& matched);

signals:
    /// The examples that would be sent changed (a pin, an exclusion, a new retrieval).
    void choiceChanged();

private:
    struct Row
    {
        reel::RetrievedExample found;
        bool retrieved = false;
    };

    void rebuild();

    QList<reel::RetrievedExample> m_retrieved;
    QHash<qint64, reel::Example> m_pinned;
    QList<qint64> m_pinOrder; ///< pins in the order they were made
    QSet<qint64> m_excluded;
    QList<Row> m_rows;
    QList<bool> m_sent;
    int m_limit = kDefaultLimit;
};

} // namespace reel::ui
