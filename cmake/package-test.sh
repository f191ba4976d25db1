#!/bin/sh
# Builds the .deb from a configured and built tree ($1), unpacks it with dpkg-deb -x and checks
# that the unpacked eventsmith-cli runs against the system Qt: --version and the OpenAPI export.
# With $2 = gui (a BUILD_GUI=ON tree) the package must also hold the eventsmith GUI binary, which
# must start and print its version, and the desktop entry must validate.
set -eu
build=$1
gui=${2:-}
if ! command -v dpkg-deb >/dev/null || ! command -v cpack >/dev/null; then
    echo "SKIP: dpkg-deb or cpack missing"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1 || {
    cat "$tmp/cpack.log"; exit 1; }
deb=$(ls "$tmp"/out/*.deb)
echo "package: $(basename "$deb")"
dpkg-deb -f "$deb" Depends | tee "$tmp/depends"
for dep in libqt6core6 libqt6network6 libqt6sql6-sqlite libqt6httpserver6 libqt6keychain1 libsimdjson14; do
    grep -q "$dep" "$tmp/depends" || { echo "FAIL: Depends lacks $dep"; exit 1; }
done
dpkg-deb -x "$deb" "$tmp/root"
for file in usr/bin/eventsmith-cli usr/share/applications/eventsmith.desktop \
    usr/share/icons/hicolor/scalable/apps/eventsmith.svg \
    usr/share/eventsmith/schemas/emails.schema.json \
    usr/share/bash-completion/completions/eventsmith-cli; do
    [ -e "$tmp/root/$file" ] || { echo "FAIL: the package lacks /$file"; exit 1; }
done
cli="$tmp/root/usr/bin/eventsmith-cli"
"$cli" --version | grep -q '^eventsmith-cli [0-9]' || { echo "FAIL: --version"; exit 1; }
"$cli" schema --format openapi >"$tmp/openapi.json"
grep -q '"openapi": *"3.1' "$tmp/openapi.json" || { echo "FAIL: no OpenAPI 3.1 document"; exit 1; }
"$cli" schema --format json-schema --family emails --schema "$tmp/root/usr/share/eventsmith/schemas/emails.schema.json" >/dev/null
if [ "$gui" = gui ]; then
    app="$tmp/root/usr/bin/eventsmith"
    [ -x "$app" ] || { echo "FAIL: the package lacks /usr/bin/eventsmith"; exit 1; }
    version=$("$cli" --version | sed -n 's/^eventsmith-cli \([^ ]*\).*/\1/p')
    QT_QPA_PLATFORM=offscreen "$app" --version >"$tmp/gui-version" 2>"$tmp/gui-err" || {
        cat "$tmp/gui-err"; echo "FAIL: eventsmith --version exited with an error"; exit 1; }
    grep -q "^Eventsmith $version\$" "$tmp/gui-version" || {
        cat "$tmp/gui-version" "$tmp/gui-err"; echo "FAIL: eventsmith --version is not \"Eventsmith $version\""; exit 1; }
    echo "gui: $(cat "$tmp/gui-version")"
    for dep in libqt6gui6 libqt6widgets6; do
        grep -q "$dep" "$tmp/depends" || { echo "FAIL: Depends lacks $dep"; exit 1; }
    done
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$tmp/root/usr/share/applications/eventsmith.desktop" || {
            echo "FAIL: the desktop entry does not validate"; exit 1; }
        echo "desktop entry: valid"
    else
        echo "note: desktop-file-validate missing (apt-get install desktop-file-utils): entry not validated"
    fi
fi
echo "PASS: the unpacked package runs"
