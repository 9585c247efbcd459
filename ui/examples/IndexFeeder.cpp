#include "examples/IndexFeeder.h"

#include "rag/ExampleLibrary.h"
#include "rag/IndexService.h"

namespace reel::ui {

IndexFeeder::IndexFeeder(ExampleLibrary& library, IndexService& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, &IndexFeeder::flush);
    const auto changed = [this](qint64 id) {
        m_removed.remove(id);
        m_changed.insert(id);
        m_flush.start();
    };
    connect(&library, &ExampleLibrary::exampleAdded, this, changed);
    connect(&library, &ExampleLibrary::exampleChanged, this, changed);
    connect(&library, &ExampleLibrary::exampleRemoved, this, [this](qint64 id) {
        m_changed.remove(id);
        m_removed.insert(id);
        m_flush.start();
    });
}

void IndexFeeder::libraryChangedInBulk()
{
    m_bulk = true;
    m_flush.start();
}

void IndexFeeder::flush()
{
    if (m_bulk || m_changed.size() + m_removed.size() > kBulkChanges) {
        // ensure() compares the saved index with the library and rebuilds what differs.
        m_service.ensure();
    } else {
        for (const qint64 id : std::as_const(m_changed))
            m_service.exampleChanged(id);
        for (const qint64 id : std::as_const(m_removed))
            m_service.exampleRemoved(id);
    }
    m_bulk = false;
    m_changed.clear();
    m_removed.clear();
}

} // namespace reel::ui
