#!/usr/bin/env bash
# Regenerates the screenshots in docs/ that the README shows: the results for "melatonin" and the
# melatonin article, at 1280 px (desktop) and 390 px (phone), in the light and the dark colour
# scheme, from `sleepkb serve` on the bundled corpus in its default hybrid mode, in headless Chromium.
# Run from the repository root: src/scripts/screenshots.sh (SKIP_BUILD=1 reuses target/sleepkb.jar).
set -euo pipefail
source src/scripts/lib/temp-server.sh

SEMANTIC="${SEMANTIC:-1}"
build_jar
start_server
# The passage vectors are added in the background after the start; search by meaning waits for them.
for _ in $(seq 1 240); do
    curl -sf "$BASE/health" | grep -q '"reindexing":false' && break
    sleep 0.5
done

shot() { # name width height scheme path
    local flags=()
    if [[ "$4" == dark ]]; then
        flags+=(--force-dark-mode)
    fi
    chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --user-data-dir="$WORK/chromium-$4" "${flags[@]}" --window-size="$2,$3" \
        --screenshot="docs/screenshot-$1-$4.png" "$BASE$5" >/dev/null 2>&1
    echo "docs/screenshot-$1-$4.png" >&2
}

# One search and one page first, so the times shown are those of a warm server.
curl -sf "$BASE/search?q=melatonin" "$BASE/articles/melatonin" >/dev/null

for scheme in light dark; do
    shot results-desktop 1280 1100 "$scheme" "/search?q=melatonin"
    shot results-phone 390 1300 "$scheme" "/search?q=melatonin"
    shot article-desktop 1280 1100 "$scheme" "/articles/melatonin"
    shot article-phone 390 1300 "$scheme" "/articles/melatonin"
done
