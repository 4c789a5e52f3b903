"""Builds Klar's Arabic UI font (ui/src/fonts/klar-sans-arabic-*.woff2) from Noto Sans Arabic.

Why: WebKitGTK (2.50 on Debian 12, the engine of Klar's window) does not apply the vertical
offset that GPOS mark positioning gives a mark glyph (it drops it, or moves the whole word by it).
Noto Sans Arabic draws the final and isolated yeh (ي) as a dotless yeh plus a two-dots mark that
GPOS moves 232 units down, below the bowl; without that move the dots sit on the bowl's stroke
and vanish, so "في" reads as "فى". The hamza of a final or isolated yeh with hamza (ئ) is moved
368 units the same way. HarfBuzz itself (hb-view) draws both right.

What: for each of these marks, a copy whose outline is already moved by that amount, and a rule
that uses it only right after a final or isolated dotless yeh. The mark then needs no vertical
offset at all (only a horizontal one, which WebKitGTK keeps), so it lands in the same place in
every renderer. Nothing else in the font changes. Glyph names are read from the font, so the
same script works for every weight.

Run by hand (needs Python with fontTools and brotli), from the ui/ folder, after `npm ci`:
    python3 scripts/arabic-yeh-font.py
Licence: Noto Sans Arabic is under the SIL Open Font License 1.1 (public/licenses/), which
allows modified versions under the same licence; the family is renamed to mark the change.
"""

import copy
import sys
from pathlib import Path

from fontTools.ttLib import TTFont
from fontTools.ttLib.tables import otTables as ot
from fontTools.ttLib.tables._g_l_y_f import Glyph, GlyphComponent

SRC = Path('node_modules/@fontsource/noto-sans-arabic/files')
OUT = Path('src/fonts')
WEIGHTS = (400, 600, 700, 800)
MARKS = ('twodotshorizontalbelowar', 'uni0654')  # the dots of ي, the hamza of ئ
BASES = ('uni0649', 'uni0649.fina')  # dotless yeh, isolated and final: where ccmp puts the dots
FAMILY = 'Klar Sans Arabic'


def subtables(lookup):
    for st in lookup.SubTable:
        yield st.ExtSubTable if lookup.LookupType in (7, 9) else st


def moved_name(mark):
    return mark + '.yeh'


def mark_to_base_shift(gpos, mark):
    """The vertical offset GPOS gives `mark` on a final/isolated yeh (must be the same for both)."""
    shifts = set()
    for lookup in gpos.LookupList.Lookup:
        for st in subtables(lookup):
            if st.LookupType != 4 or mark not in st.MarkCoverage.glyphs:
                continue
            rec = st.MarkArray.MarkRecord[st.MarkCoverage.glyphs.index(mark)]
            for base in BASES:
                if base in st.BaseCoverage.glyphs:
                    anchor = st.BaseArray.BaseRecord[st.BaseCoverage.glyphs.index(base)].BaseAnchor[rec.Class]
                    shifts.add(anchor.YCoordinate - rec.MarkAnchor.YCoordinate)
    if len(shifts) != 1:
        sys.exit(f'expected one vertical offset for {mark} on {BASES}, found {sorted(shifts)}')
    return shifts.pop()


def moved(anchor, dy):
    a = copy.deepcopy(anchor)
    a.YCoordinate += dy
    return a


def insert_sorted(coverage, records, glyph, record, font):
    """Adds a glyph to a coverage and its record to the parallel array, both in glyph-id order."""
    pairs = sorted(zip(coverage.glyphs + [glyph], records + [record]), key=lambda p: font.getGlyphID(p[0]))
    coverage.glyphs = [g for g, _ in pairs]
    return [r for _, r in pairs]


def patch_gpos(font, mark, dy):
    """The moved copy attaches like the mark, with every anchor moved along with the outline."""
    new = moved_name(mark)
    gpos = font['GPOS'].table
    for lookup in gpos.LookupList.Lookup:
        for st in subtables(lookup):
            if st.LookupType in (4, 5) and mark in st.MarkCoverage.glyphs:
                old = st.MarkArray.MarkRecord[st.MarkCoverage.glyphs.index(mark)]
                rec = ot.MarkRecord()
                rec.Class, rec.MarkAnchor = old.Class, moved(old.MarkAnchor, dy)
                st.MarkArray.MarkRecord = insert_sorted(st.MarkCoverage, st.MarkArray.MarkRecord, new, rec, font)
                st.MarkArray.MarkCount = len(st.MarkArray.MarkRecord)
            elif st.LookupType == 6:
                if mark in st.Mark1Coverage.glyphs:
                    old = st.Mark1Array.MarkRecord[st.Mark1Coverage.glyphs.index(mark)]
                    rec = ot.MarkRecord()
                    rec.Class, rec.MarkAnchor = old.Class, moved(old.MarkAnchor, dy)
                    st.Mark1Array.MarkRecord = insert_sorted(st.Mark1Coverage, st.Mark1Array.MarkRecord, new, rec, font)
                    st.Mark1Array.MarkCount = len(st.Mark1Array.MarkRecord)
                if mark in st.Mark2Coverage.glyphs:
                    old = st.Mark2Array.Mark2Record[st.Mark2Coverage.glyphs.index(mark)]
                    rec = ot.Mark2Record()
                    rec.Mark2Anchor = [moved(a, dy) if a else None for a in old.Mark2Anchor]
                    st.Mark2Array.Mark2Record = insert_sorted(st.Mark2Coverage, st.Mark2Array.Mark2Record, new, rec, font)
                    st.Mark2Array.Mark2Count = len(st.Mark2Array.Mark2Record)


def patch_gsub(font):
    """After the joining forms (in 'rlig'), each mark right after a final/isolated yeh becomes
    its moved copy."""
    gsub = font['GSUB'].table
    single = ot.Lookup()
    single.LookupType, single.LookupFlag = 1, 0
    s = ot.SingleSubst()
    s.mapping = {m: moved_name(m) for m in MARKS}
    single.SubTable = [s]
    single.SubTableCount = 1

    chain = ot.Lookup()
    chain.LookupType, chain.LookupFlag = 6, 0
    c = ot.ChainContextSubst()
    c.Format = 3
    back = ot.Coverage()
    back.glyphs = sorted(BASES, key=font.getGlyphID)
    inp = ot.Coverage()
    inp.glyphs = sorted(MARKS, key=font.getGlyphID)
    c.BacktrackCoverage, c.InputCoverage, c.LookAheadCoverage = [back], [inp], []
    c.BacktrackGlyphCount, c.InputGlyphCount, c.LookAheadGlyphCount = 1, 1, 0
    rec = ot.SubstLookupRecord()
    rec.SequenceIndex = 0
    rec.LookupListIndex = len(gsub.LookupList.Lookup)  # the single lookup, appended first
    c.SubstLookupRecord = [rec]
    c.SubstCount = 1
    chain.SubTable = [c]
    chain.SubTableCount = 1

    gsub.LookupList.Lookup += [single, chain]
    gsub.LookupList.LookupCount = len(gsub.LookupList.Lookup)
    chain_index = gsub.LookupList.LookupCount - 1
    rligs = [fr for fr in gsub.FeatureList.FeatureRecord if fr.FeatureTag == 'rlig']
    if not rligs:
        sys.exit('no rlig feature to hook into')
    for fr in rligs:
        fr.Feature.LookupListIndex.append(chain_index)
        fr.Feature.LookupCount = len(fr.Feature.LookupListIndex)


def add_moved_glyph(font, mark, dy):
    new = moved_name(mark)
    order = font.getGlyphOrder() + [new]
    font.setGlyphOrder(order)
    glyf = font['glyf']
    g = Glyph()
    g.numberOfContours = -1
    comp = GlyphComponent()
    comp.glyphName, comp.x, comp.y, comp.flags = mark, 0, dy, 0x4  # ROUND_XY_TO_GRID
    g.components = [comp]
    glyf.glyphs[new] = g
    glyf.glyphOrder = order
    g.recalcBounds(glyf)
    font['hmtx'].metrics[new] = font['hmtx'].metrics[mark]

    gdef = font['GDEF'].table
    gdef.GlyphClassDef.classDefs[new] = gdef.GlyphClassDef.classDefs[mark]
    if gdef.MarkAttachClassDef and mark in gdef.MarkAttachClassDef.classDefs:
        gdef.MarkAttachClassDef.classDefs[new] = gdef.MarkAttachClassDef.classDefs[mark]
    if getattr(gdef, 'MarkGlyphSetsDef', None):
        for cov in gdef.MarkGlyphSetsDef.Coverage:
            if mark in cov.glyphs:
                cov.glyphs = sorted(cov.glyphs + [new], key=font.getGlyphID)


def rename(font):
    name = font['name']
    style = name.getDebugName(2) or 'Regular'
    version = name.getDebugName(5) or ''
    weight = font['OS/2'].usWeightClass
    for rec in list(name.names):
        if rec.nameID in (1, 2, 3, 4, 6, 16, 17):
            name.removeNames(nameID=rec.nameID)
    name.setName(FAMILY, 1, 3, 1, 0x409)
    name.setName(style, 2, 3, 1, 0x409)
    name.setName(f'{FAMILY} {weight}; from Noto Sans Arabic {version}', 3, 3, 1, 0x409)
    name.setName(f'{FAMILY} {weight}', 4, 3, 1, 0x409)
    name.setName(f'KlarSansArabic-{weight}', 6, 3, 1, 0x409)
    name.setName('Noto Sans Arabic, changed for Klar: the dots of a final or isolated yeh and the '
                 'hamza of a final or isolated yeh with hamza need no vertical mark offset '
                 '(WebKitGTK does not apply it).', 10, 3, 1, 0x409)


def patch(src, dst):
    font = TTFont(src)
    shifts = {}
    for mark in MARKS:
        shifts[mark] = mark_to_base_shift(font['GPOS'].table, mark)
        add_moved_glyph(font, mark, shifts[mark])
        patch_gpos(font, mark, shifts[mark])
    patch_gsub(font)
    rename(font)
    font.flavor = 'woff2'
    font.save(dst)
    return shifts


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for w in WEIGHTS:
        src = SRC / f'noto-sans-arabic-arabic-{w}-normal.woff2'
        dst = OUT / f'klar-sans-arabic-{w}.woff2'
        shifts = patch(src, dst)
        print(f'{dst}: moved {shifts} (font units), {dst.stat().st_size} bytes')


if __name__ == '__main__':
    main()
