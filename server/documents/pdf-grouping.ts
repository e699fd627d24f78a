import type { Block, Cell, Run } from "./model";
import { CM, SIZE } from "./pdf-metrics";

/**
 * How the PDF renderer groups what introduces a block with that block: which blocks introduce,
 * which start a page, and a generous guess of a block's height, so an unbreakable group surely fits
 * on one page.
 */
/** Page height an unbreakable group may take: less than a page of text, since pdfmake cannot carry one over two pages. */
export const GROUP_LIMIT = 520;

export const introduces = (b: Block) =>
  (b.kind === "heading" && (b.level > 1 || b.pageBreakBefore === false)) || (b.kind === "paragraph" && b.keepWithNext);
export const startsPage = (b: Block) =>
  (b.kind === "heading" && b.level === 1 && b.pageBreakBefore !== false) || b.kind === "toc" || b.kind === "pageBreak";

/** A generous guess of a block's height in points (long enough that a group it joins surely fits on a page). */
export function estimateHeight(b: Block, width: number): number {
  const lines = (text: string, size: number, w: number) =>
    text.split("\n").reduce((n, l) => n + Math.max(1, Math.ceil((l.length * size * 0.55) / Math.max(20, w))), 0);
  const runsText = (rs: readonly Run[]) => rs.map((r) => r.text).join("");
  switch (b.kind) {
    case "heading":
      return b.level === 1 ? 70 : 36;
    case "paragraph": {
      const size = b.size ? SIZE[b.size] : SIZE.normal;
      return lines(runsText(b.runs), size, width - (b.indent ?? 0) * CM) * size * 1.3 + 8;
    }
    case "list":
      return (
        b.items.reduce((h, i) => h + lines(runsText(i.runs), SIZE.normal, width - 20) * SIZE.normal * 1.3 + 4, 8) +
        b.items.reduce((h, i) => h + (i.sublist ? estimateHeight(i.sublist, width - 20) : 0), 0)
      );
    case "table": {
      const size = b.size === "small" ? SIZE.small : SIZE.normal;
      const total = b.columns.reduce((s, c) => s + c.width, 0);
      const rowHeight = (cells: Cell[]) => {
        let col = 0;
        let max = 1;
        for (const c of cells) {
          const span = c.colSpan ?? 1;
          const w = (b.columns.slice(col, col + span).reduce((s, x) => s + x.width, 0) / total) * width - 8;
          max = Math.max(max, lines(runsText(c.runs), size, w));
          col += span;
        }
        return max * size * 1.3 + 6;
      };
      return [...b.header, ...b.rows].reduce((h, r) => h + rowHeight(r), b.caption ? 24 : 0) + 10;
    }
    case "figure":
      return b.height + 40;
    case "keep":
      return b.blocks.reduce((h, x) => h + estimateHeight(x, width), 0);
    case "spacer":
      return b.lines * SIZE.normal * 1.3;
    default:
      return 20;
  }
}
