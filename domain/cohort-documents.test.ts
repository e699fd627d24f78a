import { describe, expect, it } from "vitest";
import { draftSelected, ministryOn, mouSummaryFileName, resultLetterFileName } from "./cohort-documents";

describe("draftSelected", () => {
  const ranking = [
    { candidateId: 1, withinQuota: true },
    { candidateId: 2, withinQuota: true },
    { candidateId: 3, withinQuota: false },
    { candidateId: 4, withinQuota: false },
  ];

  it("takes the rows within the quota when the committee kept to the ranking", () => {
    expect([...draftSelected(ranking, {})]).toEqual([1, 2]);
  });

  it("flips a row that carries a reason, either way", () => {
    expect([...draftSelected(ranking, { 2: "Dukungan anggaran belum ada", 3: "Komitmen kepala daerah kuat" })]).toEqual(
      [1, 3],
    );
  });

  it("ignores a blank reason", () => {
    expect([...draftSelected(ranking, { 2: "  ", 4: null })]).toEqual([1, 2]);
  });
});

describe("ministryOn", () => {
  it("names Kominfo and its directorate general before the 2024 reorganisation", () => {
    expect(ministryOn("2024-03-05")).toEqual({
      name: "Kementerian Komunikasi dan Informatika",
      unit: "Direktorat Jenderal Aplikasi Informatika",
      signatory: "Direktur Jenderal Aplikasi Informatika",
    });
  });

  it("names Komdigi from 21 October 2024, and for an undated letter", () => {
    expect(ministryOn("2024-10-21").name).toBe("Kementerian Komunikasi dan Digital");
    expect(ministryOn("2025-05-31").unit).toBeNull();
    expect(ministryOn(null).name).toBe("Kementerian Komunikasi dan Digital");
  });
});

describe("file names", () => {
  it("are ASCII words joined by hyphens", () => {
    expect(resultLetterFileName("Gerakan Menuju Smart City 2024", "pdf")).toBe(
      "Surat-Hasil-Penilaian-Gerakan-Menuju-Smart-City-2024.pdf",
    );
    expect(mouSummaryFileName("GMSC 2024 – Tahap Ké-1", "Kota Banjar", "docx")).toBe(
      "Ringkasan-Nota-Kesepakatan-Kota-Banjar-GMSC-2024-Tahap-Ke-1.docx",
    );
  });
});
