import { MOU_SCOPE, MOU_SUBJECT, ministryOn } from "../../../domain/cohort-documents";
import { formatDateId } from "../../../domain/documents";
import { MOU_MODE_LABELS, type MouFacts, missingMouFields } from "../../../domain/mou";
import { regionWords } from "../books/context";
import { bold, cell, type DocumentModel, italics, numberedList, para, type Table } from "../model";
import { letterhead } from "./letterhead";

/** What a region's MoU summary prints: the recorded memorandum, its ceremony and whether the scan is attached. */
export type MouSummaryData = {
  cohort: { name: string; year: number };
  region: { code: string; name: string; type: "provinsi" | "kabupaten" | "kota"; provinceName: string };
  mou: MouFacts & { place: string | null };
  /** Regions of the cohort whose memorandum was signed the same day in the same way (this one included). */
  ceremonyRegions: number;
  scan: { name: string; size: number } | null;
  /** The day the summary is printed ("2026-11-22"). */
  printedOn: string;
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
      ...letterhead(d.mou.signedOn),
      para([bold("RINGKASAN NOTA KESEPAKATAN")], { align: "center", tight: true, size: "large" }),
      para(`antara ${ministry} dan ${w.government} tentang ${MOU_SUBJECT}`, { align: "center" }),
      ...(missing.length
        ? [para([bold("Belum dicatat: "), { text: `${missing.map((f) => FIELD_LABELS[f]).join(", ")}.` }])]
        : []),
      factsTable(d, ministry, w.government),
      para([bold("Ruang Lingkup")], { keepWithNext: true }),
      para("Para pihak sepakat bekerja sama dalam Gerakan Menuju Smart City, meliputi:", { keepWithNext: true }),
      numberedList([...MOU_SCOPE], "alpha"),
      {
        kind: "table",
        caption: "Penanda Tangan",
        columns: [{ width: 20 }, { width: 38 }, { width: 42 }],
        header: [["Pihak", "Nama", "Jabatan"].map((h) => cell(h))],
        rows: [
          [cell("Pihak Kesatu"), cell(or(d.mou.ministrySignatoryName)), cell(or(d.mou.ministrySignatoryPosition))],
          [cell("Pihak Kedua"), cell(or(d.mou.regionSignatoryName)), cell(or(d.mou.regionSignatoryPosition))],
        ],
      },
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
