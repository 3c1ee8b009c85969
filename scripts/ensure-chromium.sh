#!/bin/sh
# Installs Debian's Chromium only when no usable browser is present (idempotent).
# Browser tests and the end-to-end checks use /usr/bin/chromium, or $CHROME_PATH when set.
set -eu
if [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
