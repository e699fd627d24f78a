#!/usr/bin/env bash
# Makes the fonts the documents ship (server/documents/fonts/) from their sources: the Latin letters,
# digits and punctuation Indonesian text uses (Basic Latin, Latin-1, Latin Extended-A, dashes,
# quotes, bullet, ellipsis, per mille, euro, numero, minus), kerning and ligatures kept, hinting
# dropped. The subsets are about a tenth of the full fonts, which keeps a DOCX that embeds its
# font small and fast to write. Needs fonttools' pyftsubset (Debian: fonttools); run it only to
# change the set of characters, and commit what it writes.
set -euo pipefail
cd "$(dirname "$0")/.."
UNICODES="U+0020-007E,U+00A0-017F,U+2010-2027,U+2030-203A,U+20AC,U+2116,U+2122,U+2212"
subset() { # source, target
  pyftsubset "$1" --unicodes="$UNICODES" --layout-features='kern,liga' --no-hinting \
    --name-IDs='*' --name-legacy --name-languages='*' --output-file="$2"
}
NOTO=node_modules/@expo-google-fonts/noto-serif
OUT=server/documents/fonts/noto-serif
mkdir -p "$OUT"
subset "$NOTO/400Regular/NotoSerif_400Regular.ttf" "$OUT/NotoSerif-Regular.ttf"
subset "$NOTO/700Bold/NotoSerif_700Bold.ttf" "$OUT/NotoSerif-Bold.ttf"
subset "$NOTO/400Regular_Italic/NotoSerif_400Regular_Italic.ttf" "$OUT/NotoSerif-Italic.ttf"
subset "$NOTO/700Bold_Italic/NotoSerif_700Bold_Italic.ttf" "$OUT/NotoSerif-BoldItalic.ttf"
cp "$NOTO/LICENSE_FONT" "$OUT/OFL.txt"
# TeX Gyre Bonum: Debian's fonts-texgyre (texgyrebonum-*.otf), passed as the first argument's folder.
if [ -n "${1:-}" ]; then
  B=server/documents/fonts/tex-gyre-bonum
  for face in regular bold italic bolditalic; do subset "$1/texgyrebonum-$face.otf" "$B/texgyrebonum-$face.otf"; done
fi
