#!/usr/bin/env bash
# The browser tests drive Debian's Chromium and the hosting test serves dist/ with real nginx; the offline library
# file (scripts/zim.ts) is written and checked with the openZIM tools (zimwriterfs, zimcheck).
# Install them with apt when they are missing (CI machines start without them). Nothing else is downloaded.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
# The social preview images are drawn at build time with this font (src/features/shell/social-preview.ts): no web font download.
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] || need+=(fonts-dejavu-core)
command -v zimwriterfs >/dev/null 2>&1 && command -v zimcheck >/dev/null 2>&1 || need+=(zim-tools)
if [ ${#need[@]} -eq 0 ]; then echo "chromium, nginx and zim-tools present"; exit 0; fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "Missing: ${need[*]}. Install them with your package manager (Debian: apt-get install ${need[*]})." >&2
  exit 1
fi
echo "installing ${need[*]} from Debian's packages…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-noto-core >/dev/null
echo "installed ${need[*]}"
