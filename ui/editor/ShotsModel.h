#pragma once

#include "model/ReelScript.h"

#include <QAbstractTableModel>
#include <QList>

namespace reel::ui {

/// The script's shot list as an editable table: start (s), end (s), visual, voice-over.
class ShotsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StartColumn,
        EndColumn,
        VisualColumn,
        VoiceoverColumn,
        ColumnCount
    };

    explicit ShotsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    const QList<reel::Shot>& shots() const { return m_shots; }
    /// Replaces the list (a script was opened); not an edit.
    void setShots(const QList<reel::Shot>& shots);
    /// Counts edits (a check applies to the revision it was made for).
    quint64 revision() const { return m_revision; }
    /// The row and voice-over offset of `offset` in the voice-overs joined by newlines (how
    /// findings of the shot list count).
    std::pair<int, int> voiceoverPosition(qsizetype offset) const;

    /// Headers are translated: call after the UI language changed.
    void retranslate();

signals:
    void edited();

private:
    void touch();

    QList<reel::Shot> m_shots;
    quint64 m_revision = 0;
};

} // namespace reel::ui
