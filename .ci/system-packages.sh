#!/usr/bin/env bash
# Install the system libraries Qt needs on Debian/Ubuntu when they are missing (CI runs as root).
# Elsewhere it only says what is missing; Windows and macOS need nothing.
set -euo pipefail
[ "$(uname -s)" = "Linux" ] || exit 0
needed=()
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
have_lib libEGL.so.1 || needed+=(libegl1)
have_lib libGL.so.1 || needed+=(libgl1)
have_lib libxkbcommon.so.0 || needed+=(libxkbcommon0)
have_lib libfontconfig.so.1 || needed+=(libfontconfig1)
have_lib libdbus-1.so.3 || needed+=(libdbus-1-3)
have_lib libglib-2.0.so.0 || needed+=(libglib2.0-0)
[ ${#needed[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing system packages: ${needed[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${needed[@]}" >/dev/null
else
  echo "Missing system packages for Qt: ${needed[*]} (install them with your package manager)" >&2
  exit 1
fi
