import { MINISTRY_ADDRESS, ministryOn } from "../../../domain/cohort-documents";
import { type Block, bold, type Cell, cell, para, type Table } from "../model";
import type { MinistryLogo } from "./ministry-logo";

/**
 * The ministry's letterhead (kop surat) as of the letter's date: ministry, unit, address and the
 * rule; with the configured logo (MINISTRY_LOGO_FILE), the logo at the left and the lines beside it.
 */
export function letterhead(date: string | null, logo?: MinistryLogo | null): Block[] {
  const m = ministryOn(date);
  const lines = [m.name.toUpperCase(), "REPUBLIK INDONESIA", ...(m.unit ? [m.unit.toUpperCase()] : [])];
  if (logo) {
    // The model has no image block: the logo rides on its cell as `image` (asked of the model as Cell.image).
    const logoCell: Cell = { ...cell("", { align: "center" }), image: logo };
    const textCell: Cell = cell([bold(lines.join("\n")), { text: `\n${MINISTRY_ADDRESS}` }], { align: "center" });
    return [
      {
        kind: "table",
        layout: "plain",
        columns: [{ width: 18, align: "center" }, { width: 82 }],
        header: [],
        rows: [[logoCell, textCell]],
      },
      { kind: "rule" },
    ];
  }
  const line = (text: string, strong = true, size?: "small" | "large") =>
    para(strong ? [bold(text)] : text, { align: "center", tight: true, size });
  return [
    ...lines.map((l, i) => line(l, true, i < 2 ? "large" : undefined)),
    line(MINISTRY_ADDRESS, false, "small"),
    { kind: "rule" },
  ];
}

/** "Nomor : …" lines of a letter as a borderless table: label, colon, value. */
export function letterFields(rows: Array<[string, string]>): Table {
  return {
    kind: "table",
    layout: "plain",
    columns: [{ width: 15 }, { width: 3 }, { width: 82 }],
    header: [],
    rows: rows.map(([label, value]) => [cell(label), cell(":"), cell(value)]),
  };
}

/**
 * The signature block on the right half, kept on one page: place and date when given, title,
 * room to sign, the name, and the NIP under it when known.
 */
export function signatureBlock(lines: {
  placeDate?: string;
  title: string;
  name: string;
  nip?: string | null;
}): Block[] {
  const at = 8.5;
  return [
    {
      kind: "keep",
      blocks: [
        { kind: "spacer", lines: 1 },
        ...(lines.placeDate ? [para(lines.placeDate, { indent: at, tight: true })] : []),
        para(lines.title, { indent: at, tight: true }),
        { kind: "spacer", lines: 3 },
        para(lines.name, { indent: at, tight: true }),
        ...(lines.nip ? [para(`NIP ${lines.nip}`, { indent: at, tight: true })] : []),
      ],
    },
  ];
}

/** Dotted blanks where the office writes by hand what the data does not hold. */
export const BLANK = "………………………………";
