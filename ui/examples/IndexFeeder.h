#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

namespace reel {
class ExampleLibrary;
class IndexService;
} // namespace reel

namespace reel::ui {

/// Keeps the retrieval index in step with the example library. Changes are collected and handed
/// on once control is back in the event loop — after the transaction that made them has
/// committed, so the index worker (its own database connection) sees them. A burst larger than
/// kBulkChanges (an import, deleting many rows) becomes one check of the whole index instead of
/// one index update, and save, per example.
class IndexFeeder : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBulkChanges = 50;

    IndexFeeder(reel::ExampleLibrary& library, reel::IndexService& service, QObject* parent = nullptr);

    reel::IndexService& service() const { return m_service; }
    /// The library was changed behind the library object's back (a bulk import on another
    /// thread): the index is checked as a whole.
    void libraryChangedInBulk();

private:
    void flush();

    reel::IndexService& m_service;
    QSet<qint64> m_changed;
    QSet<qint64> m_removed;
    bool m_bulk = false;
    QTimer m_flush;
};

} // namespace reel::ui
