#!/usr/bin/env bash
# Withsocio Reel Studio — one-command set-up for Debian 12 / Ubuntu 24.04.
#
#   installer/setup.sh run       install what is missing, build, launch the app
#   installer/setup.sh test      install what is missing, build, run the whole test suite: the tests,
#                                then the same tests under AddressSanitizer and UndefinedBehaviorSanitizer,
#                                every fuzz target for a bounded time, and the threaded tests under
#                                ThreadSanitizer (each in its own build folder)
#   installer/setup.sh deps      only install the system packages
#   installer/setup.sh build     install what is missing and build
#   installer/setup.sh sanitize  only the AddressSanitizer + UndefinedBehaviorSanitizer stage
#   installer/setup.sh fuzz [SECONDS] [TARGET...]  only the fuzzers (30 s each unless SECONDS is given)
#   installer/setup.sh tsan      only the ThreadSanitizer stage
#
# Idempotent: packages already present are not reinstalled, the builds are incremental.
# Environment: BUILD_DIR (default build/<preset>), PRESET (dev; ci when CI=true), REELSTUDIO_WORKSPACE,
# REELSTUDIO_FUZZ_SECONDS (per fuzz target in `test`, default 30).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
mode="${1:-run}"
shift || true

if [[ -n "${CI:-}" && "${CI}" != "false" ]]; then
    preset="${PRESET:-ci}"
else
    preset="${PRESET:-dev}"
fi
build_dir="${BUILD_DIR:-$root/build/$preset}"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_deps() {
    if [[ ! -r /etc/os-release ]]; then
        echo "Cannot tell which system this is (/etc/os-release missing)." >&2
        echo "See README.md for Fedora, macOS and Windows steps." >&2
        exit 2
    fi
    # shellcheck disable=SC1091
    . /etc/os-release
    case "${ID:-}:${ID_LIKE:-}" in
    debian:* | ubuntu:* | *:*debian* | *:*ubuntu*) ;;
    fedora:* | *:*fedora* | *:*rhel*)
        echo "Fedora: run installer/deps-fedora.sh, then cmake --preset dev && cmake --build --preset dev." >&2
        exit 2
        ;;
    *)
        echo "This script sets up Debian and Ubuntu. For ${PRETTY_NAME:-this system} see README.md." >&2
        exit 2
        ;;
    esac

    mapfile -t wanted < <(grep -vE '^\s*(#|$)' "$here/debian-packages.txt")
    missing=()
    for pkg in "${wanted[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if ((${#missing[@]} == 0)); then
        say "System packages: all ${#wanted[@]} present"
        return
    fi
    say "Installing ${#missing[@]} missing system packages: ${missing[*]}"
    sudo_cmd=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 2; }
        sudo_cmd=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    say "Configuring ($preset) in $build_dir"
    cmake --preset "$preset" -S "$root" -B "$build_dir"
    say "Building"
    cmake --build "$build_dir" --parallel "$(nproc 2>/dev/null || echo 2)"
}

jobs="$(nproc 2>/dev/null || echo 2)"

# The sanitizers stop at the first report; suppressions are for code that is not ours, each with
# its reason (tests/sanitizers/).
sanitizer_environment() {
    export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
    export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
    export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:ignore_noninstrumented_modules=1:suppressions=$root/tests/sanitizers/tsan.supp:print_suppressions=0"
}

stage_sanitize() {
    say "AddressSanitizer + UndefinedBehaviorSanitizer: configuring and building build/sanitize"
    cmake --preset sanitize -S "$root" >/dev/null
    cmake --build "$root/build/sanitize" --parallel "$jobs"
    say "AddressSanitizer + UndefinedBehaviorSanitizer: the whole suite"
    (sanitizer_environment && cd "$root/build/sanitize" && ctest --output-on-failure --timeout 900 -j "$jobs")
}

stage_fuzz() {
    local seconds="${1:-${REELSTUDIO_FUZZ_SECONDS:-30}}"
    shift || true
    say "Fuzzing: each target for ${seconds} s"
    if [[ ! -d "$root/build/sanitize" ]]; then
        cmake --preset sanitize -S "$root" >/dev/null
    fi
    cmake --build "$root/build/sanitize" --parallel "$jobs" --target fuzzers
    (sanitizer_environment && bash "$root/tests/fuzz/run-fuzzers.sh" "$seconds" "$root/build/sanitize" "$@")
}

# The tests that run code on several threads (labelled "threads" in tests/*/CMakeLists.txt).
stage_tsan() {
    say "ThreadSanitizer: configuring and building the threaded tests in build/tsan"
    cmake --preset tsan -S "$root" >/dev/null
    mapfile -t targets < <(cd "$root/build/tsan" && ctest -N -L threads | sed -n 's/^ *Test *#[0-9]*: [a-z0-9]*\.//p')
    cmake --build "$root/build/tsan" --parallel "$jobs" --target reelstudio-cli reelstudio "${targets[@]}"
    say "ThreadSanitizer: ${#targets[@]} threaded tests"
    (sanitizer_environment && cd "$root/build/tsan" && ctest --output-on-failure --timeout 900 -j "$jobs" -L threads)
}

case "$mode" in
deps)
    install_deps
    ;;
build)
    install_deps
    configure_and_build
    ;;
run)
    install_deps
    configure_and_build
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
        echo "No display found (DISPLAY / WAYLAND_DISPLAY unset). Built: $build_dir/app/reelstudio" >&2
        echo "Start it from a desktop session, or headless with QT_QPA_PLATFORM=offscreen." >&2
        exit 3
    fi
    say "Launching Withsocio Reel Studio"
    exec "$build_dir/app/reelstudio" "$@"
    ;;
test)
    install_deps
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    configure_and_build
    say "Running the test suite"
    failed=()
    (cd "$build_dir" && ctest --output-on-failure --timeout 600 -j "$jobs" "$@") || failed+=("tests")
    stage_sanitize || failed+=("sanitizers")
    stage_fuzz || failed+=("fuzzing")
    stage_tsan || failed+=("thread sanitizer")
    if ((${#failed[@]} > 0)); then
        say "FAILED: ${failed[*]}"
        exit 1
    fi
    say "Every stage passed: tests, sanitizers, fuzzing, thread sanitizer"
    ;;
sanitize)
    install_deps
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    stage_sanitize
    ;;
fuzz)
    install_deps
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    stage_fuzz "$@"
    ;;
tsan)
    install_deps
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    stage_tsan
    ;;
*)
    echo "usage: installer/setup.sh run|test|build|deps|sanitize|fuzz [SECONDS] [TARGET...]|tsan" >&2
    exit 2
    ;;
esac
