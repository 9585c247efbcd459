#pragma once

// Shared by the fuzz targets: each defines LLVMFuzzerTestOneInput(data, size). With clang and
// REELSTUDIO_BUILD_FUZZERS they link libFuzzer; otherwise ReplayMain.cpp runs them over files.

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace reel::fuzz {

/// The input as bytes (no copy while the call lasts).
inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

/// A property that must hold for every input: on failure, report and abort so that the fuzzer
/// keeps the input as a crash and the replayer fails its test.
inline void require(bool holds, const char* what)
{
    if (!holds) {
        std::fprintf(stderr, "fuzz property broken: %s\n", what);
        std::abort();
    }
}

/// Some readers use Qt facilities that want an application object (resources, text codecs).
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app)
}

} // namespace reel::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
