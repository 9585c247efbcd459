#pragma once

#include "editor/ValidationTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace reel::ui {

/// Every finding of the script, in reading order (section, then position): severity, section,
/// message. New results are merged row by row (rows that stay keep their place and selection),
/// so the list does not jump while the user types.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        SectionColumn,
        MessageColumn,
        ColumnCount
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< quint64, the finding's id in its section
        FieldRole,                 ///< int(reel::ScriptField)
        SeverityRole,              ///< int(reel::Severity)
        CodeRole,                  ///< the message code, e.g. "banned_word"
        RuleRole,                  ///< the rule id, e.g. "safety.do_not_use"
        HasFixRole,                ///< bool
        FixTextRole,               ///< "Fix: remove “fat”", or empty
    };

    explicit ProblemsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    struct Entry
    {
        reel::ScriptField field = reel::ScriptField::Body;
        ShownFinding shown;
    };

    /// Replaces the list (sorted here) with as few row moves as possible.
    void setEntries(QList<Entry> entries);
    const Entry* entryAt(int row) const;
    int rowOfId(quint64 id) const;
    int count(reel::Severity severity) const;

    /// Messages are translated: call after the UI language changed.
    void retranslate();

private:
    /// What makes a row the same row across results: field, rule, message and its arguments,
    /// and which of several equal findings it is (positions move while the user types).
    static QStringList keysOf(const QList<Entry>& entries);

    QList<Entry> m_entries;
    QStringList m_keys;
};

} // namespace reel::ui
