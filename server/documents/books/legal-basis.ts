import { formatCitation, LEGAL_BASIS } from "../../../domain/legal-basis";
import type { RegionWords } from "./context";

/**
 * The usual legal basis ("Mengingat") of a Perkada (Perbup, Perwali or Pergub) on a Masterplan Smart City, from
 * the maintained list in `domain/legal-basis.ts`. The Lembaran Negara numbers and the region's own founding
 * law are left for the legal team to fill in; the RPJMD Perda is the one the plan names, or a blank to fill.
 */
export function legalBasis(w: RegionWords, rpjmdRegulation?: string): string[] {
  const [constitution, ...rest] = LEGAL_BASIS.map((e) => `${formatCitation(e)};`);
  return [
    ...(constitution ? [constitution] : []),
    `[Undang-Undang tentang pembentukan ${w.name} — diisi oleh ${w.legalUnit}];`,
    ...rest,
    rpjmdRegulation?.trim()
      ? `${rpjmdRegulation.trim().replace(/[;.]$/, "")};`
      : `[Peraturan Daerah ${w.name} tentang Rencana Pembangunan Jangka Menengah Daerah yang berlaku — diisi oleh ${w.legalUnit}];`,
  ];
}

/** The note every generated Perkada text carries: the region's legal unit checks it before it goes further. */
export const legalReviewNote = (w: RegionWords) =>
  `Catatan penyusun: naskah ini disusun otomatis oleh Kota Cerdas dari data masterplan. Dasar hukum pada bagian Mengingat wajib diverifikasi dan dilengkapi (termasuk nomor Lembaran Negara dan Tambahan Lembaran Negara) oleh ${w.legalUnit} Sekretariat Daerah sebelum diproses lebih lanjut; bagian dalam tanda [ ] diisi oleh daerah.`;
