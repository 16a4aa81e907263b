#!/usr/bin/env bash
# Makes the Debian package from a configured and built tree and checks it as a user would meet it:
#   packaging/check-package.sh build/ci
# 1. cpack writes gonggu_<version>_amd64.deb;
# 2. its desktop file and AppStream metadata pass desktop-file-validate and appstreamcli validate, and it
#    carries both programs, the icons and the manual page;
# 3. as root (CI): apt-get installs it, gonggu-cli --version prints the project's version, gonggu starts
#    offscreen on a fresh default workspace (created, mode 0600), and the package is removed again.
set -euo pipefail

build=${1:?usage: packaging/check-package.sh BUILD_DIR}
build=$(cd "$build" && pwd)
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
app_id=org.gonggu.Gonggu
say() { printf 'package check: %s\n' "$*"; }
fail() { printf 'package check FAILED: %s\n' "$*" >&2; exit 1; }

rm -rf "$build/package"
cpack --config "$build/CPackConfig.cmake" -B "$build/package" >/dev/null
deb="$build/package/gonggu_${version}_amd64.deb"
[ -f "$deb" ] || fail "cpack did not write $(basename "$deb")"
say "$(basename "$deb"), $(du -h "$deb" | cut -f1)"
depends=$(dpkg-deb -f "$deb" Depends)
for library in libqt6widgets6 libqt6charts6 libqt6sql6 libxlsxwriter4 libminizip1 libfreexl1 libqt6sql6-sqlite; do
    [[ "$depends" == *"$library"* ]] || fail "Depends lacks $library: $depends"
done

unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
for file in usr/bin/gonggu usr/bin/gonggu-cli \
            usr/share/applications/$app_id.desktop usr/share/metainfo/$app_id.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/$app_id.svg usr/share/icons/hicolor/48x48/apps/$app_id.png \
            usr/share/icons/hicolor/256x256/apps/$app_id.png usr/share/man/man1/gonggu-cli.1.gz; do
    [ -e "$unpacked/$file" ] || fail "the package lacks /$file"
done
desktop-file-validate "$unpacked/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net --pedantic "$unpacked/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null ||
    appstreamcli validate --no-net "$unpacked/usr/share/metainfo/$app_id.metainfo.xml"
grep -q "version=\"$version\"" "$unpacked/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "the AppStream release is not $version"
say "desktop file and AppStream metadata valid"

if [ "$(id -u)" -ne 0 ]; then
    say "installing needs root: skipped (CI runs it)"
    exit 0
fi
if dpkg-query -W -f='${Status}' gonggu 2>/dev/null | grep -q 'install ok installed'; then
    fail "gonggu is already installed on this machine; remove it first (apt-get remove gonggu)"
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq "$deb" >/dev/null
trap 'apt-get purge -y -qq gonggu >/dev/null; rm -rf "$unpacked" "$home"' EXIT
home=$(mktemp -d)

printed=$(/usr/bin/gonggu-cli --version)
[ "$printed" = "gonggu-cli $version" ] || fail "gonggu-cli --version printed '$printed'"
# A fresh user: the app creates the default workspace and keeps running until it is stopped.
status=0
env -i PATH=/usr/bin:/bin HOME="$home" QT_QPA_PLATFORM=offscreen timeout 5 /usr/bin/gonggu >/dev/null 2>&1 || status=$?
[ "$status" -eq 124 ] || fail "gonggu exited with $status instead of running"
workspace="$home/.local/share/gonggu/workspace.gonggu"
[ -f "$workspace" ] || fail "gonggu did not create the default workspace"
[ "$(stat -c %a "$workspace")" = 600 ] || fail "the default workspace is not private (mode $(stat -c %a "$workspace"))"
printed=$(env -i PATH=/usr/bin:/bin HOME="$home" /usr/bin/gonggu-cli round list --format json | tr -d "[:space:]")
[ "$printed" = "[]" ] || fail "gonggu-cli does not see the same empty workspace: $printed"
say "installed: gonggu-cli $version; gonggu ran offscreen on a fresh default workspace (0600)"
