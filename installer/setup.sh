#!/usr/bin/env bash
# Withsocio Reel Studio — one-command set-up for Debian 12 / Ubuntu 24.04.
#
#   installer/setup.sh run     install what is missing, build, launch the app
#   installer/setup.sh test    install what is missing, build, run the whole test suite
#   installer/setup.sh deps    only install the system packages
#   installer/setup.sh build   install what is missing and build
#
# Idempotent: packages already present are not reinstalled, the build is incremental.
# Environment: BUILD_DIR (default build/<preset>), PRESET (dev; ci when CI=true), REELSTUDIO_WORKSPACE.
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
    configure_and_build
    say "Running the test suite"
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    cd "$build_dir"
    ctest --output-on-failure --timeout 600 -j "$(nproc 2>/dev/null || echo 2)" "$@"
    ;;
*)
    echo "usage: installer/setup.sh run|test|build|deps" >&2
    exit 2
    ;;
esac
