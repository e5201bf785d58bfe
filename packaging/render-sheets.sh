#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the comparison sheet of the default corpus the way a reader sees it:
# the HTML sheet in headless Chromium, the PDF sheet with pdftoppm, into
# packaging/screenshots/sheet-html.png and sheet-pdf.png (issue 8).
#
#   packaging/render-sheets.sh            (as root: installs what is missing)
#
# Environment: PARALLAX_RENDER_BUILD_DIR (a configured build directory whose
# parallax to use; default build/render, configured as RelWithDebInfo without
# tests), PARALLAX_RENDER_OUT (where the exported sheets and the PNGs go;
# default <build dir>/sheets; it must be inside the repository, which the build
# root sees at the same path). The PNGs are then copied to packaging/screenshots.
#
# Chromium runs without network use of its own (no background networking,
# component updates, sync or QUIC, no name resolution, a fresh profile): the
# sheet is one self-contained file, so the picture shows exactly what a reader
# offline gets.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
BUILD=${PARALLAX_RENDER_BUILD_DIR:-build/render}
CORPUS=corpus/putin-xi-2024

say() { printf 'render-sheets: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

cd "$REPO"

# 1. The renderers, from Debian's archive, when the host lacks them.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
/usr/bin/python3 -c 'import PIL' 2>/dev/null || missing+=(python3-pil) # puts the PDF pages side by side
if [ ${#missing[@]} -gt 0 ]; then
    [ "$(id -u)" = 0 ] || die "${missing[*]} missing; run as root to install them, or install them yourself"
    say "installing ${missing[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 2. The sheets, exported by the project's own command line.
say "building parallax in $BUILD"
configure="cmake -S . -B '$BUILD' -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF >/dev/null"
[ -n "${PARALLAX_RENDER_BUILD_DIR:-}" ] && [ -f "$BUILD/build.ninja" ] && configure=true
packaging/env.sh bash -c "$configure && cmake --build '$BUILD' --target parallax >/dev/null"

OUT=${PARALLAX_RENDER_OUT:-$BUILD/sheets}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
rm -f "$OUT"/sheet.html "$OUT"/sheet.pdf "$OUT"/sheet-html.png "$OUT"/sheet-pdf-*.png
say "exporting $CORPUS as HTML and PDF into $OUT"
packaging/env.sh "$BUILD/parallax" export "$CORPUS" --format html -o "$OUT/sheet.html"
packaging/env.sh "$BUILD/parallax" export "$CORPUS" --format pdf -o "$OUT/sheet.pdf"
[ -s "$OUT/sheet.html" ] || die "the HTML export is empty"
[ -s "$OUT/sheet.pdf" ] || die "the PDF export is empty"

# 3. The pictures.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
say "rendering the HTML sheet with headless Chromium"
# Even with these switches Chromium looks up its own services' hosts (accounts,
# updates, time); resolving every name to "not found" keeps it off the network
# entirely, which file:// and a self-contained sheet never need.
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-default-apps --disable-extensions --disable-domain-reliability --no-pings \
    --host-resolver-rules='MAP * ~NOTFOUND' \
    --user-data-dir="$profile" --hide-scrollbars \
    --screenshot="$OUT/sheet-html.png" --window-size=1400,2000 \
    "file://$OUT/sheet.html" >"$OUT/chromium.log" 2>&1 \
    || { tail -n 20 "$OUT/chromium.log" >&2; die "chromium failed"; }
[ -s "$OUT/sheet-html.png" ] || die "chromium wrote no screenshot"

say "rendering the first pages of the PDF sheet with pdftoppm"
pdftoppm -png -r 80 -f 1 -l 2 "$OUT/sheet.pdf" "$OUT/sheet-pdf"
pages=("$OUT"/sheet-pdf-*.png)
[ -s "${pages[0]}" ] || die "pdftoppm wrote no page"
if [ ${#pages[@]} -gt 1 ]; then
    # The first two pages side by side, as one picture.
    /usr/bin/python3 - "$OUT/sheet-pdf.png" "${pages[@]}" <<'EOF'
import sys
from PIL import Image
out, paths = sys.argv[1], sys.argv[2:]
pages = [Image.open(p).convert("RGB") for p in paths]
gap = 24
width = sum(p.width for p in pages) + gap * (len(pages) + 1)
height = max(p.height for p in pages) + 2 * gap
sheet = Image.new("RGB", (width, height), (208, 212, 218))
x = gap
for p in pages:
    sheet.paste(p, (x, gap))
    x += p.width + gap
sheet.save(out, optimize=True)
EOF
else
    cp "${pages[0]}" "$OUT/sheet-pdf.png"
fi

cp "$OUT/sheet-html.png" "$HERE/screenshots/sheet-html.png"
cp "$OUT/sheet-pdf.png" "$HERE/screenshots/sheet-pdf.png"
say "wrote packaging/screenshots/sheet-html.png and sheet-pdf.png (sheets in $OUT)"
