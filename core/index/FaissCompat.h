#pragma once

// Differences between the FAISS releases the app builds against, kept in one place.
// Debian 12 ships 1.7.3: its id type is faiss::Index::idx_t (the namespace-level
// faiss::idx_t arrived in 1.7.4), and IndexIDMap::search throws when given SearchParameters
// (fixed in 1.8.0), so filtered search runs on an IndexFlat's sequential ids that the app
// maps to database row ids itself.

#include <faiss/Index.h>

#include <cstdint>
#include <type_traits>

namespace reel::faisscompat {

using Id = std::int64_t;
static_assert(std::is_same_v<faiss::Index::idx_t, Id> || sizeof(faiss::Index::idx_t) == sizeof(Id),
              "FAISS ids are 64-bit in every supported release");

} // namespace reel::faisscompat
