# Shared by scripts/run and scripts/test: installs what is missing, configures and builds.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APT_PACKAGES=(
    cmake ninja-build g++ clang ccache pkg-config clang-format-14 git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev qt6-charts-dev qt6-svg-dev libgl-dev
    qt6-l10n-tools qt6-tools-dev qt6-translations-l10n
    libsimdjson-dev json-schema-test-suite sqlite3 wrk nodejs npm xvfb xauth chromium
    openbox xdotool x11-utils xclip
    dbus gnome-keyring desktop-file-utils
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
    local missing=()
    for p in "${APT_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$p")
    done
    # Node and npm may come from elsewhere than Debian; accept any working pair.
    if command -v node >/dev/null && command -v npm >/dev/null; then
        local filtered=()
        for p in "${missing[@]}"; do
            [ "$p" = nodejs ] || [ "$p" = npm ] || filtered+=("$p")
        done
        missing=("${filtered[@]}")
    fi
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
    fi
}

install_node_tools() {
    # The conformance and comparison tools, pinned by the committed lockfile.
    (cd "$ROOT/tests/node" && npm ci --no-audit --no-fund --loglevel=error)
}

# configure_and_build DIR BUILD_TYPE [cmake args...]
configure_and_build() {
    local dir="$1" type="$2"
    shift 2
    export CCACHE_BASEDIR="$ROOT" CCACHE_NOHASHDIR=1
    cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache "$@" >/dev/null
    cmake --build "$dir" -j2
}
