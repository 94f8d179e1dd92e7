#!/usr/bin/env bash
# Renders the GridCommand application icon from a simple geometric design (no downloaded artwork):
# a management grid over a shield, with one amber event marker, on the console's dark navy.
# Output: installer/icons/gridcommand.png (256×256, Linux) and gridcommand.ico (Windows, 16–256 px).
# and gridcommand.icns (macOS: PNG-compressed ic07/ic08 entries, as macOS 10.7+ reads them).
# Needs ImageMagick 6 or 7. The outputs are committed; rerun only when the design changes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
IM=convert; command -v magick >/dev/null && IM=magick

NAVY='#0B1B2E'      # console background
PANEL='#123456'     # shield fill
LINE='#38BDF8'      # grid and outline (the console's accent cyan)
MARK='#F59E0B'      # an event marker (amber = warning)
SHIELD='M 128,34 L 200,58 L 200,128 Q 200,188 128,222 Q 56,188 56,128 L 56,58 Z'

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The shield as a mask, and a grid of 22 px cells clipped to it.
"$IM" -size 256x256 xc:none -fill white -draw "path '$SHIELD'" "$tmp/mask.png"
grid=()
for x in $(seq 40 22 216); do grid+=(-draw "line $x,0 $x,255"); done
for y in $(seq 40 22 216); do grid+=(-draw "line 0,$y 255,$y"); done
"$IM" -size 256x256 xc:none -stroke "$LINE" -strokewidth 2 "${grid[@]}" -channel A -evaluate multiply 0.55 +channel \
    "$tmp/mask.png" -compose DstIn -composite "$tmp/grid.png"

"$IM" -size 256x256 xc:none \
    -fill "$NAVY" -draw 'roundrectangle 8,8 247,247 44,44' \
    -fill "$PANEL" -stroke none -draw "path '$SHIELD'" \
    "$tmp/grid.png" -compose Over -composite \
    -fill none -stroke "$LINE" -strokewidth 7 -draw "path '$SHIELD'" \
    -fill "$MARK" -stroke white -strokewidth 4 -draw 'circle 150,118 150,134' \
    -fill none -stroke "$MARK" -strokewidth 3 -draw 'circle 150,118 150,146' \
    -strip -depth 8 -define png:exclude-chunks=date,time icons/gridcommand.png

"$IM" icons/gridcommand.png -define icon:auto-resize=256,128,64,48,32,16 icons/gridcommand.ico
# .icns is a header plus typed chunks; ic07 = 128 px PNG, ic08 = 256 px PNG.
"$IM" icons/gridcommand.png -resize 128x128 -strip "$tmp/icon128.png"
python3 - icons/gridcommand.icns "$tmp/icon128.png" icons/gridcommand.png <<'PY'
import struct, sys
out, chunks = sys.argv[1], [(b"ic07", sys.argv[2]), (b"ic08", sys.argv[3])]
body = b"".join(t + struct.pack(">I", 8 + len(d)) + d for t, d in ((t, open(f, "rb").read()) for t, f in chunks))
open(out, "wb").write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
identify icons/gridcommand.png icons/gridcommand.ico | sed 's/^/  /'
