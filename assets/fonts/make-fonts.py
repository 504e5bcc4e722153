"""Makes the window's Hangul fallback fonts from NanumGothic (SIL OFL 1.1; Debian: apt install fonts-nanum) with
fonttools (pip install fonttools). Run from this folder: python3 make-fonts.py [path/to/NanumGothic.ttf]

- tokenscope-hangul.ttf: the Hangul syllables (all 11,172), the jamo (U+1100-11FF, U+3130-318F, U+A960-A97F,
  U+D7B0-D7FF) and CJK punctuation, unhinted.
- tokenscope-hangul-mono.ttf: the same glyphs, each two columns of egui's monospace font (Hack: 1233/2048 em per
  column) wide, drawn 12% wider and in the middle, so Hangul keeps the grid of the monospace token editor without
  looking letter-spaced.

"Nanum" and "NanumGothic" are Reserved Font Names of the original, so the subsets, being modified versions, carry
a name of their own (OFL section 3)."""
import subprocess
import sys

from fontTools.ttLib import TTFont

SOURCE = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"
UNICODES = "U+1100-11FF,U+3000-3003,U+3008-3011,U+3130-318F,U+A960-A97F,U+AC00-D7A3,U+D7B0-D7FF"


def rename(font, family):
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = family
        elif record.nameID in (3, 4):
            record.string = f"{family} Regular"
        elif record.nameID == 6:
            record.string = family.replace(" ", "") + "-Regular"
        elif record.nameID == 17:
            record.string = "Regular"


subprocess.run(
    ["pyftsubset", SOURCE, f"--unicodes={UNICODES}", "--layout-features=*", "--no-hinting", "--desubroutinize",
     "--output-file=tokenscope-hangul.ttf"],
    check=True,
)
font = TTFont("tokenscope-hangul.ttf")
rename(font, "Tokenscope Hangul")
font.save("tokenscope-hangul.ttf")

font = TTFont("tokenscope-hangul.ttf")
width = round(2 * 1233 / 2048 * font["head"].unitsPerEm)
glyf, hmtx = font["glyf"], font["hmtx"]
STRETCH = 1.12
# Every character of the subset is 940 units wide, so one transform, x * STRETCH + SHIFT, centres them all; it
# applies to the outlines, and to composites through their parts (their offsets only stretch).
SHIFT = round((width - 940 * STRETCH) / 2)
for name in font.getGlyphOrder():
    glyph = glyf[name]
    if glyph.isComposite():
        for component in glyph.components:
            component.x = round(component.x * STRETCH)
    elif glyph.numberOfContours > 0:
        glyph.coordinates.scale((STRETCH, 1))
        glyph.coordinates.translate((SHIFT, 0))
        glyph.coordinates.toInt()
for name in font.getGlyphOrder():
    glyph = glyf[name]
    glyph.recalcBounds(glyf)
    hmtx[name] = (width, getattr(glyph, "xMin", 0))
font["hhea"].advanceWidthMax = width
rename(font, "Tokenscope Hangul Mono")
font.save("tokenscope-hangul-mono.ttf")
