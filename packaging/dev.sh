#!/usr/bin/env bash
# Sets up a Debian 12 machine for Gonggu and builds it from this checkout.
#   packaging/dev.sh run   — install what is missing, build, launch the app on the default workspace
#   packaging/dev.sh test  — install what is missing, build with warnings as errors, run every test, run the core
#                            and server command-line tests once more against a local PostgreSQL server (started by
#                            tests/postgres/start-test-server.sh; needs root, or GONGGU_TEST_POSTGRES set), then
#                            make the .deb and check it (packaging/check-package.sh); then build again with clang
#                            under AddressSanitizer and UndefinedBehaviorSanitizer, run every test once more and
#                            fuzz each fuzz target briefly
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
mode=${1:-}

usage() {
    echo "usage: packaging/dev.sh run|test" >&2
    exit 2
}
[ "$mode" = run ] || [ "$mode" = test ] || usage

install_missing_packages() {
    local wanted missing=()
    mapfile -t wanted < <(grep -vE '^\s*(#|$)' "$here/debian-build-deps.txt")
    for package in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null; then
            sudo=(sudo)
            echo "Installing ${#missing[@]} Debian packages with sudo: ${missing[*]}"
        else
            echo "These Debian packages are missing: ${missing[*]}" >&2
            echo "Run this script as root, or install them with: apt-get install ${missing[*]}" >&2
            exit 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_missing_packages
cd "$top"

if [ "$mode" = test ]; then
    cmake --preset ci
    cmake --build --preset ci
    ctest --preset ci
    # The same core suite on a shared workspace: every test's workspace is a fresh schema on a PostgreSQL server.
    if [ -z "${GONGGU_TEST_POSTGRES:-}" ] && [ "$(id -u)" -eq 0 ]; then
        server_settings=$(tests/postgres/start-test-server.sh) # a separate step, so that its failure stops the run
        eval "$server_settings"
    fi
    if [ -n "${GONGGU_TEST_POSTGRES:-}" ]; then
        ctest --preset ci -R '^(core_|cli_tests\.ServerCliTest|ui_shared_tests)'
        unset GONGGU_TEST_POSTGRES # the sanitizer run below keeps to files
    else
        echo "Skipping the PostgreSQL run: run as root, or set GONGGU_TEST_POSTGRES to a server URL" >&2
    fi
    # The .deb made from the same build: valid desktop integration, and (as root) installed and run.
    "$here/check-package.sh" build/ci
    # Once more under the sanitizers (memory errors, undefined behaviour, leaks), then every fuzz target for a
    # few seconds from its seeds: a finding fails the run, and tests/fuzz/run-fuzzers.sh says how to keep it.
    cmake --preset asan
    cmake --build --preset asan
    ctest --preset asan
    tests/fuzz/run-fuzzers.sh "${GONGGU_FUZZ_SECONDS:-10}" build/asan
else
    cmake --preset release
    cmake --build --preset release
    exec ./build/release/app/gonggu "${@:2}"
fi
