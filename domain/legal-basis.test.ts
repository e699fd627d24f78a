import { describe, expect, it } from "vitest";
import { formatCitation, LEGAL_BASIS } from "./legal-basis";

const entry = (id: string) => {
  const e = LEGAL_BASIS.find((x) => x.id === id);
  if (!e) throw new Error(`${id} missing`);
  return e;
};

describe("the legal basis list", () => {
  it("cites a regulation by kind, number, year and title, with its latest amendment", () => {
    expect(formatCitation(entry("perpres-95-2018"))).toBe(
      "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik",
    );
    expect(formatCitation(entry("uu-23-2014"))).toBe(
      "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang",
    );
    expect(formatCitation(entry("uud-1945"))).toBe(
      "Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945",
    );
  });

  it("holds each regulation once, the constitution first and laws before the regulations under them", () => {
    expect(new Set(LEGAL_BASIS.map((e) => e.id)).size).toBe(LEGAL_BASIS.length);
    const rank = { UUD: 0, UU: 1, PP: 2, Perpres: 3, Permen: 4, Permendagri: 4 } as const;
    const ranks = LEGAL_BASIS.map((e) => rank[e.kind]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const id of [
      "uu-23-2014",
      "perpres-95-2018",
      "perpres-39-2019",
      "pp-59-2022",
      "perpres-82-2023",
      "uu-59-2024",
    ])
      expect(LEGAL_BASIS.some((e) => e.id === id)).toBe(true);
  });
});
