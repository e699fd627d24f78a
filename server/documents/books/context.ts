import type { z } from "zod";
import { formatDateId } from "../../../domain/documents";
import type { Term } from "../../../domain/masterplan";
import { PROVINCE_SEATS } from "../../../domain/regions";
import type { PrintPlan } from "../../services/documents/load-plan-for-print";

/** How the region and its head are named in official text. */
export type RegionWords = {
  /** "Kota Banjar", "Kabupaten Bandung", "Provinsi Jawa Barat" */
  name: string;
  /** "Banjar", "Jawa Barat": the name after the head's title ("Wali Kota Banjar", "Gubernur Jawa Barat") */
  place: string;
  /** "Banjar", "Bandung": where the head signs; a province's is its capital */
  seat: string;
  /** "Wali Kota", "Bupati", "Gubernur" */
  head: string;
  /** "Peraturan Wali Kota" */
  regulation: string;
  /** "Pemerintah Kota Banjar" */
  government: string;
  /** Who drafts regional law in the Sekretariat Daerah: a kab/kota's "Bagian Hukum", a province's "Biro Hukum" */
  legalUnit: string;
};

/** The words of a region, from its type and official name: a kota's Peraturan Wali Kota, a kabupaten's Peraturan Bupati, a province's Peraturan Gubernur. */
export function regionWords(r: PrintPlan["region"]): RegionWords {
  const name = r.type === "provinsi" ? `Provinsi ${r.name}` : r.name;
  const place = r.name.replace(/^(Kabupaten|Kota)\s+(Administrasi\s+)?/i, "");
  const head = r.type === "kota" ? "Wali Kota" : r.type === "kabupaten" ? "Bupati" : "Gubernur";
  const seat = r.type === "provinsi" ? (PROVINCE_SEATS[r.code] ?? place) : place;
  const legalUnit = r.type === "provinsi" ? "Biro Hukum" : "Bagian Hukum";
  return { name, place, seat, head, regulation: `Peraturan ${head}`, government: `Pemerintah ${name}`, legalUnit };
}

/** "2024–2033" */
export const periodText = (pp: PrintPlan) => `${pp.plan.periodStart}–${pp.plan.periodEnd}`;

/** Every status but enacted prints as a draft. */
export const isDraft = (pp: PrintPlan) => pp.plan.status !== "enacted";
export const DRAFT_LABEL = "DRAF";

/**
 * The enacting regulation as cited: "Peraturan Wali Kota Banjar Nomor 12 Tahun 2025 tanggal 5 Maret 2025".
 * The stored number is free text: a bare number gets "Nomor … Tahun <year of the date>", a full
 * citation ("Perwali Banjar No. 12 Tahun 2025") is kept as written.
 */
export function perkadaCitation(pp: PrintPlan): string | null {
  const { perkadaNumber, perkadaDate } = pp.plan;
  if (!perkadaNumber) return null;
  const w = regionWords(pp.region);
  const date = perkadaDate ? ` tanggal ${formatDateId(perkadaDate)}` : "";
  const n = perkadaNumber.trim();
  if (/^\d+[A-Za-z]?$/.test(n) && perkadaDate)
    return `${w.regulation} ${w.place} Nomor ${n} Tahun ${perkadaDate.slice(0, 4)}${date}`;
  if (/^(no\.?|nomor)?\s*\d+[A-Za-z]?\s+tahun\s+\d{4}$/i.test(n))
    return `${w.regulation} ${w.place} Nomor ${n.replace(/^(no\.?|nomor)\s*/i, "")}${date}`;
  return `${n}${date}`;
}

const TERM_SHORT: Record<Term, string> = { short: "Pendek", medium: "Menengah", long: "Panjang" };
export const termText = (t: Term) => TERM_SHORT[t];
export const yearsText = (p: { startYear: number; endYear: number }) =>
  p.startYear === p.endYear ? String(p.startYear) : `${p.startYear}–${p.endYear}`;

/** The OPD as printed in tables: its abbreviation, or a dash when none is set. */
export function opdText(pp: PrintPlan, id: number | null, long = false): string {
  const o = id === null ? undefined : pp.opds.get(id);
  if (!o) return "–";
  return long ? o.name : o.abbreviation;
}

export function elementName(pp: PrintPlan, code: string): string {
  for (const d of pp.dimensions) for (const e of d.elements) if (e.code === code) return e.nameId;
  return code;
}

export function dimensionName(pp: PrintPlan, code: string): string {
  return pp.dimensions.find((d) => d.code === code)?.nameId ?? code;
}

/** A stored section read with its schema; null when missing or not (any longer) valid. */
export function section<S extends z.ZodType>(pp: PrintPlan, key: string, schema: S): z.output<S> | null {
  const content = pp.sections[key];
  if (!content) return null;
  const parsed = schema.safeParse(content);
  return parsed.success ? parsed.data : null;
}

/** The year printed on the cover: of the Perkada when enacted, else of the last change. */
export function editionYear(pp: PrintPlan): number {
  if (pp.plan.status === "enacted" && pp.plan.perkadaDate) return Number(pp.plan.perkadaDate.slice(0, 4));
  return new Date(pp.plan.updatedAt).getFullYear();
}
