#!/usr/bin/env bash
# Withsocio Reel Studio: install the build, run and test dependencies on Fedora (40 or newer).
#
#   installer/deps-fedora.sh            install whatever is missing
#   installer/deps-fedora.sh --dry-run  only print what would be installed
#
# Then build as on Debian:  cmake --preset dev && cmake --build --preset dev && ctest --preset dev
#
# Not verified on Fedora: the project's own machines and CI run Debian 12, where installer/setup.sh
# is the tested path. The names below follow Fedora's packaging; if one was renamed, dnf says which.
# Idempotent: packages already installed are left alone; with nothing missing it changes nothing.
set -euo pipefail

# Needed to build and run; the install fails if any of these cannot be found.
required=(
    # toolchain
    gcc-c++
    cmake
    ninja-build
    pkgconf-pkg-config
    # Qt 6 (6.4 is the minimum); the SQLite driver ships in qt6-qtbase
    qt6-qtbase-devel
    qt6-qtbase-gui
    qt6-qttools-devel
    qt6-linguist
    qt6-qttranslations
    qt6-qtcharts-devel
    qt6-qthttpserver-devel
    qt6-qtwebsockets-devel
    qt6-qtsvg
    mesa-libGL-devel
    libxkbcommon-devel
    vulkan-headers
    qtkeychain-qt6-devel
    # retrieval
    faiss-devel
    openblas-devel
    # JSON (nlohmann)
    json-devel
    # text analysis: stemming, spelling, hyphenation
    libstemmer-devel
    hunspell-devel
    hyphen-devel
    # packaging checks (ctest -L packaging)
    desktop-file-utils
    appstream
)

# Dictionaries and hyphenation patterns: wanted, but a missing one only disables that language.
optional=(
    hunspell-en-US
    hunspell-es-ES
    hunspell-fr
    hunspell-de
    hunspell-hi
    hyphen-en
    hyphen-es
    hyphen-fr
    hyphen-de
    hyphen-hi
)

dry_run=false
case "${1:-}" in
"") ;;
--dry-run) dry_run=true ;;
*)
    echo "usage: installer/deps-fedora.sh [--dry-run]" >&2
    exit 2
    ;;
esac

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if [[ ! -r /etc/os-release ]]; then
    echo "Cannot tell which system this is (/etc/os-release missing)." >&2
    exit 2
fi
# shellcheck disable=SC1091
. /etc/os-release
case " ${ID:-} ${ID_LIKE:-} " in
*" fedora "*) ;;
*)
    echo "This script is for Fedora; this is ${PRETTY_NAME:-an unknown system}." >&2
    echo "Debian and Ubuntu: installer/setup.sh deps. macOS: installer/macos/README.md. Windows: installer/windows/README.md." >&2
    exit 2
    ;;
esac
if ! command -v rpm >/dev/null || ! command -v dnf >/dev/null; then
    echo "rpm and dnf are needed." >&2
    exit 2
fi

missing_from() {
    local pkg
    for pkg in "$@"; do
        rpm -q --quiet "$pkg" || printf '%s\n' "$pkg"
    done
}
mapfile -t missing_required < <(missing_from "${required[@]}")
mapfile -t missing_optional < <(missing_from "${optional[@]}")

if ((${#missing_required[@]} + ${#missing_optional[@]} == 0)); then
    say "All $((${#required[@]} + ${#optional[@]})) packages are installed"
    exit 0
fi

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    if ! $dry_run && ! command -v sudo >/dev/null; then
        echo "Need root or sudo to install packages." >&2
        exit 2
    fi
    sudo_cmd=(sudo)
fi

run() {
    if $dry_run; then
        printf '%q ' "$@"
        printf '\n'
    else
        "$@"
    fi
}

if ((${#missing_required[@]} > 0)); then
    say "Installing ${#missing_required[@]} missing packages: ${missing_required[*]}"
    run "${sudo_cmd[@]}" dnf install -y "${missing_required[@]}"
fi

# One at a time, so that a dictionary missing from the repositories does not stop the others.
unavailable=()
for pkg in "${missing_optional[@]}"; do
    say "Installing $pkg"
    run "${sudo_cmd[@]}" dnf install -y "$pkg" || unavailable+=("$pkg")
done
if ((${#unavailable[@]} > 0)); then
    echo "warning: not installed (not found in the enabled repositories): ${unavailable[*]}" >&2
    echo "         spelling or hyphenation for those languages stays off." >&2
fi
say "Done"
