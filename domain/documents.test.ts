import { describe, expect, it } from "vitest";
import { BOOKS, Book, documentFileName, fileWords, formatDateId, toLetter, toRoman } from "./documents";

describe("official document names", () => {
  const plan = { regionName: "Kota Banjar", periodStart: 2024, periodEnd: 2033 };

  it("names each book's file as the region files it", () => {
    expect(documentFileName("buku-2", plan, "pdf")).toBe("Buku-2-Masterplan-Smart-City-Kota-Banjar-2024-2033.pdf");
    expect(documentFileName("buku-1", plan, "docx")).toBe(
      "Buku-1-Analisis-Strategis-Masterplan-Smart-City-Kota-Banjar-2024-2033.docx",
    );
    expect(documentFileName("perkada", plan, "pdf")).toBe(
      "Rancangan-Perkada-Masterplan-Smart-City-Kota-Banjar-2024-2033.pdf",
    );
    expect(new Set(BOOKS.map((b) => documentFileName(b, plan, "pdf"))).size).toBe(BOOKS.length);
  });

  it("keeps file names ASCII", () => {
    expect(fileWords("Kabupaten Pangkajene dan Kepulauan")).toBe("Kabupaten-Pangkajene-dan-Kepulauan");
    expect(fileWords("Kota Bau-Bau (Sulawesi Tenggara) – Ñ")).toBe("Kota-Bau-Bau-Sulawesi-Tenggara-N");
  });

  it("accepts only the known books", () => {
    expect(Book.safeParse("buku-4").success).toBe(true);
    expect(Book.safeParse("buku-5").success).toBe(false);
  });
});

describe("Indonesian formatting of documents", () => {
  it("writes dates as civil servants do", () => {
    expect(formatDateId("2024-03-05")).toBe("5 Maret 2024");
    expect(formatDateId("2025-12-31")).toBe("31 Desember 2025");
    expect(formatDateId("bukan tanggal")).toBe("bukan tanggal");
  });

  it("numbers chapters in Roman numerals and legal items in letters", () => {
    expect([1, 4, 6, 9, 14, 40].map(toRoman)).toEqual(["I", "IV", "VI", "IX", "XIV", "XL"]);
    expect([0, 2, 25, 26, 27].map(toLetter)).toEqual(["a", "c", "z", "aa", "ab"]);
  });
});
