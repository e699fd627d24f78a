import { MOU_SCOPE, MOU_SUBJECT, ministryOn } from "../../../domain/cohort-documents";
import { formatDateId, toLetter } from "../../../domain/documents";
import { MOU_MODE_LABELS, type MouFacts, missingMouFields } from "../../../domain/mou";
import { regionWords } from "../books/context";
import { bold, cell, type DocumentModel, italics, para, type Table } from "../model";
import { letterhead } from "./letterhead";
import type { MinistryLogo } from "./ministry-logo";

/** What a region's MoU summary prints: the recorded memorandum, its ceremony and whether the scan is attached. */
export type MouSummaryData = {
  cohort: { name: string; year: number };
  region: { code: string; name: string; type: "provinsi" | "kabupaten" | "kota"; provinceName: string };
  mou: MouFacts & { place: string | null; ministrySignatoryNip?: string | null };
  /** Regions of the cohort whose memorandum was signed the same day in the same way (this one included). */
  ceremonyRegions: number;
  scan: { name: string; size: number } | null;
  /** The day the summary is printed ("2026-11-22"). */
  printedOn: string;
  /** The ministry's logo for the letterhead (MINISTRY_LOGO_FILE); none leaves the kop text-only. */
  logo?: MinistryLogo | null;
};

const FIELD_LABELS: Record<keyof MouFacts, string> = {
  ministryNumber: "nomor Pihak Kesatu",
  regionNumber: "nomor Pihak Kedua",
  signedOn: "tanggal penandatanganan",
  mode: "cara penandatanganan",
  ministrySignatoryName: "nama penanda tangan Pihak Kesatu",
  ministrySignatoryPosition: "jabatan penanda tangan Pihak Kesatu",
  regionSignatoryName: "nama penanda tangan Pihak Kedua",
  regionSignatoryPosition: "jabatan penanda tangan Pihak Kedua",
};

const NOT_RECORDED = "belum dicatat";
const or = (v: string | null) => v?.trim() || NOT_RECORDED;
const kb = (bytes: number) => `${new Intl.NumberFormat("id-ID").format(Math.max(1, Math.round(bytes / 1024)))} KB`;

function ceremonyText(d: MouSummaryData): string {
  const { mode, signedOn } = d.mou;
  if (!mode) return NOT_RECORDED;
  const how = MOU_MODE_LABELS[mode as keyof typeof MOU_MODE_LABELS]?.id ?? mode;
  const others = d.ceremonyRegions - 1;
  const together =
    signedOn && others > 0 ? `, dalam satu penandatanganan bersama ${others} daerah lain dari ${d.cohort.name}` : "";
  return `${how}${d.mou.place?.trim() ? ` di ${d.mou.place.trim()}` : ""}${together}`;
}

/** "Name\nPosition\nNIP …": a signatory as the summary lists it, "belum dicatat" for what is missing. */
function signatory(name: string | null, position: string | null, nip?: string | null): string {
  const n = name?.trim();
  const p = position?.trim();
  if (!n && !p) return NOT_RECORDED;
  return [
    n || `nama ${NOT_RECORDED}`,
    p || `jabatan ${NOT_RECORDED}`,
    ...(nip?.trim() ? [`NIP ${nip.trim()}`] : []),
  ].join("\n");
}

/**
 * The memorandum's facts and both signatories in one table: one table, no caption or header row
 * of its own to be left at a page foot, so the summary stays on one page.
 */
function factsTable(d: MouSummaryData, ministry: string, government: string): Table {
  const row = (label: string, value: string) => [cell([bold(label)]), cell(value)];
  return {
    kind: "table",
    columns: [{ width: 32 }, { width: 68 }],
    header: [],
    rows: [
      row("Pihak Kesatu", ministry),
      row("Pihak Kedua", government),
      row("Nomor Pihak Kesatu", or(d.mou.ministryNumber)),
      row("Nomor Pihak Kedua", or(d.mou.regionNumber)),
      row("Tanggal penandatanganan", d.mou.signedOn ? formatDateId(d.mou.signedOn) : NOT_RECORDED),
      row("Penandatanganan", ceremonyText(d)),
      row("Angkatan", d.cohort.name),
      row(
        "Naskah bertanda tangan",
        d.scan ? `Terlampir dalam sistem (${d.scan.name}, ${kb(d.scan.size)})` : "Pindaian belum diunggah",
      ),
      row(
        "Penanda tangan Pihak Kesatu",
        signatory(d.mou.ministrySignatoryName, d.mou.ministrySignatoryPosition, d.mou.ministrySignatoryNip),
      ),
      row("Penanda tangan Pihak Kedua", signatory(d.mou.regionSignatoryName, d.mou.regionSignatoryPosition)),
    ],
  };
}

/** A one-page summary of a region's Nota Kesepakatan, from the data recorded in the platform. */
export function mouSummary(d: MouSummaryData): DocumentModel {
  const w = regionWords(d.region);
  const ministry = ministryOn(d.mou.signedOn).name;
  const missing = missingMouFields(d.mou);
  return {
    meta: {
      title: `Ringkasan Nota Kesepakatan antara ${ministry} dan ${w.government} tentang ${MOU_SUBJECT}`,
      subject: d.cohort.name,
      author: ministry,
    },
    footer: missing.length ? "Draf — data Nota Kesepakatan belum lengkap" : `Ringkasan Nota Kesepakatan · ${w.name}`,
    draft: missing.length ? "DRAF" : undefined,
    body: [
      ...letterhead(d.mou.signedOn, d.logo),
      para([bold("RINGKASAN NOTA KESEPAKATAN")], { align: "center", tight: true, size: "large" }),
      para(`antara ${ministry} dan ${w.government} tentang ${MOU_SUBJECT}`, { align: "center" }),
      ...(missing.length
        ? [para([bold("Belum dicatat: "), { text: `${missing.map((f) => FIELD_LABELS[f]).join(", ")}.` }])]
        : []),
      factsTable(d, ministry, w.government),
      // The scope as one run-in paragraph: a list of five items would take the summary past its one page.
      para(
        [
          bold("Ruang Lingkup. "),
          {
            text: `Para pihak sepakat bekerja sama dalam Gerakan Menuju Smart City, meliputi ${MOU_SCOPE.map(
              (item, i) => `${toLetter(i)}. ${item}`,
            ).join(" ")}`,
          },
        ],
        { align: "justify", size: "small" },
      ),
      para(
        [
          italics(
            `Ringkasan ini disusun dari data Nota Kesepakatan yang tercatat di Kota Cerdas pada ${formatDateId(d.printedOn)}. Yang berlaku adalah naskah Nota Kesepakatan yang ditandatangani para pihak.`,
          ),
        ],
        { size: "small", align: "justify" },
      ),
    ],
  };
}
