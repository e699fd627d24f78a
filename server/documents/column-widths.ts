import * as fontkit from "fontkit";
import { type Face, fontData, type Typeface } from "./fonts";
import type { Cell, Table } from "./model";

/**
 * Table columns sized so that no word breaks inside a cell ("Penanggun|g"): each column is at least
 * as wide as the widest word it holds (header words bold) plus the cell's padding, and the rest of
 * the text width is shared out by the columns' relative weights. Both renderers use the same
 * widths, so a table looks alike in the PDF and the DOCX. When even the widest words do not fit
 * side by side, the columns keep their weights (a word then breaks, as it must).
 */

const fonts = new Map<string, fontkit.Font>();
function font(typeface: Typeface, face: Face): fontkit.Font {
  const key = `${typeface}:${face}`;
  let f = fonts.get(key);
  if (!f) {
    f = fontkit.create(fontData(typeface, face));
    fonts.set(key, f);
  }
  return f;
}

const widthCache = new Map<string, number>();
/** The width of a word in points at 1 pt, measured with the font's own advance widths and kerning. */
function wordWidth(typeface: Typeface, bold: boolean, word: string): number {
  const key = `${typeface}${bold ? "b" : "r"}${word}`;
  let w = widthCache.get(key);
  if (w === undefined) {
    const f = font(typeface, bold ? "bold" : "normal");
    w = f.layout(word).advanceWidth / f.unitsPerEm;
    if (widthCache.size > 50_000) widthCache.clear();
    widthCache.set(key, w);
  }
  return w;
}

/** Words that must not break: separated by spaces and line breaks (a hyphenated word stays whole). */
const words = (text: string) => text.split(/[\s\n]+/).filter(Boolean);

function widestWord(c: Cell, typeface: Typeface, bold: boolean): number {
  let max = 0;
  for (const r of c.runs) for (const w of words(r.text)) max = Math.max(max, wordWidth(typeface, bold || !!r.bold, w));
  return max;
}

/**
 * The columns' widths in points for a table set in `fontSize` over `textWidth` points, with
 * `padding` points of cell padding on both sides together.
 */
export function columnWidths(
  t: Pick<Table, "columns" | "header" | "rows">,
  opts: { textWidth: number; fontSize: number; padding: number; typeface: Typeface },
): number[] {
  const n = t.columns.length;
  const min = new Array<number>(n).fill(0);
  const visit = (cells: readonly Cell[], header: boolean) => {
    let col = 0;
    for (const c of cells) {
      const span = c.colSpan ?? 1;
      // A cell over several columns asks nothing of any one of them.
      if (span === 1 && col < n)
        min[col] = Math.max(
          min[col] ?? 0,
          widestWord(c, opts.typeface, header) * opts.fontSize + opts.padding + 1,
          c.image ? c.image.width + opts.padding + 1 : 0,
        );
      col += span;
    }
  };
  for (const r of t.header) visit(r, true);
  for (const r of t.rows) visit(r, false);
  const total = t.columns.reduce((s, c) => s + c.width, 0);
  const widths = t.columns.map((c) => (c.width / total) * opts.textWidth);
  if (min.reduce((s, x) => s + x, 0) > opts.textWidth) return widths;
  // Raise every column under its minimum, taking the room from the others by their weights, until all fit.
  const fixed = new Array<boolean>(n).fill(false);
  for (let round = 0; round < n; round++) {
    let changed = false;
    for (let i = 0; i < n; i++)
      if (!fixed[i] && (widths[i] ?? 0) < (min[i] ?? 0)) {
        fixed[i] = true;
        changed = true;
      }
    if (!changed) break;
    const taken = min.reduce((s, m, i) => (fixed[i] ? s + m : s), 0);
    const freeWeight = t.columns.reduce((s, c, i) => (fixed[i] ? s : s + c.width), 0);
    for (let i = 0; i < n; i++)
      widths[i] = fixed[i]
        ? (min[i] ?? 0)
        : ((t.columns[i]?.width ?? 0) / (freeWeight || 1)) * (opts.textWidth - taken);
  }
  return widths;
}
