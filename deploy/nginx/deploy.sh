#!/bin/sh
# Publish a release to nginx: copy dist/ next to the live site, switch it in, reload nginx.
#
#   npm run build && sudo deploy/nginx/deploy.sh [dist] [/srv/naik-kelas]
#
# The reload matters: nginx reads the security headers (with the hashes of this release's
# inline scripts, _nginx-headers.conf) only when it starts or reloads. Copying a release
# without it serves new pages with the old release's CSP, and their scripts are blocked.
# If nginx refuses the new configuration, the previous release is put back.
# NGINX (default: nginx) and NGINX_ARGS (e.g. "-p /tmp/x -c /tmp/x/nginx.conf") choose the server.
set -eu

DIST=${1:-dist}
TARGET=${2:-/srv/naik-kelas}
NGINX=${NGINX:-nginx}
NGINX_ARGS=${NGINX_ARGS:-}

if [ ! -f "$DIST/index.html" ] || [ ! -f "$DIST/_nginx-headers.conf" ] || [ ! -f "$DIST/_nginx-headers-embed.conf" ]; then
	echo "deploy: $DIST is not a built site (no index.html, _nginx-headers.conf or _nginx-headers-embed.conf). Run npm run build first." >&2
	exit 1
fi

NEW="$TARGET.new"
OLD="$TARGET.old"
rm -rf "$NEW" "$OLD"
cp -R "$DIST" "$NEW"
# Two renames: the live folder is never half-copied.
if [ -e "$TARGET" ]; then mv "$TARGET" "$OLD"; fi
mv "$NEW" "$TARGET"

# shellcheck disable=SC2086
if $NGINX $NGINX_ARGS -t -q && $NGINX $NGINX_ARGS -s reload; then
	rm -rf "$OLD"
	echo "deploy: $DIST is live in $TARGET, nginx reloaded."
else
	echo "deploy: nginx refused the new release; putting the previous one back." >&2
	rm -rf "$TARGET"
	if [ -e "$OLD" ]; then mv "$OLD" "$TARGET"; fi
	exit 1
fi
