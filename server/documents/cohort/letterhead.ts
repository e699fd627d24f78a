import { MINISTRY_ADDRESS, ministryOn } from "../../../domain/cohort-documents";
import { type Block, bold, cell, para, type Table } from "../model";

/** The ministry's letterhead (kop surat) as of the letter's date: ministry, unit, address and the rule. */
export function letterhead(date: string | null): Block[] {
  const m = ministryOn(date);
  const line = (text: string, strong = true, size?: "small" | "large") =>
    para(strong ? [bold(text)] : text, { align: "center", tight: true, size });
  return [
    line(m.name.toUpperCase(), true, "large"),
    line("REPUBLIK INDONESIA", true, "large"),
    ...(m.unit ? [line(m.unit.toUpperCase())] : []),
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

/** The signature block on the right half: place and date when given, title, room to sign, name. */
export function signatureBlock(lines: { placeDate?: string; title: string; name: string }): Block[] {
  const at = 8.5;
  return [
    { kind: "spacer", lines: 1 },
    ...(lines.placeDate ? [para(lines.placeDate, { indent: at, tight: true })] : []),
    para(lines.title, { indent: at, tight: true }),
    { kind: "spacer", lines: 3 },
    para(lines.name, { indent: at, tight: true }),
  ];
}

/** Dotted blanks where the office writes by hand what the data does not hold. */
export const BLANK = "………………………………";
