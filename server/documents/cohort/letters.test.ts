import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../config";
import { type Block, type Cell, plainText } from "../model";
import { pngImage } from "../test-images";
import { letterhead } from "./letterhead";
import { readMinistryLogo } from "./ministry-logo";
import { type MouSummaryData, mouSummary } from "./mou-summary";
import { type ResultLetterData, resultLetter } from "./result-letter";

const dir = mkdtempSync(path.join(tmpdir(), "kc-logo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, bytes: Buffer | string) => {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

const flat = (blocks: readonly Block[]): Block[] => blocks.flatMap((b) => (b.kind === "keep" ? flat(b.blocks) : [b]));
const text = (blocks: readonly Block[]) =>
  flat(blocks)
    .flatMap((b) =>
      b.kind === "paragraph"
        ? [plainText(b.runs)]
        : b.kind === "table"
          ? b.rows.map((r) => r.map((c) => plainText(c.runs)).join(" | "))
          : [],
    )
    .join("\n");

describe("the ministry's logo (MINISTRY_LOGO_FILE)", () => {
  it("is read from a PNG and sized into the letterhead's slot", () => {
    const logo = readMinistryLogo(file("logo.png", pngImage(300, 150)));
    expect(logo).toMatchObject({ type: "png", width: 68, height: 34 });
    expect(logo.data.length).toBeGreaterThan(0);
  });

  it("refuses a file that is no PNG or JPEG whatever its name, and one over 1 MB", () => {
    expect(() => readMinistryLogo(file("logo-palsu.png", "%PDF-1.4 bukan gambar"))).toThrow(
      /bukan gambar PNG atau JPEG/,
    );
    const big = Buffer.concat([pngImage(10, 10), Buffer.alloc(1024 * 1024)]);
    expect(() => readMinistryLogo(file("besar.png", big))).toThrow(/paling besar 1 MB/);
    expect(() => readMinistryLogo(path.join(dir, "tidak-ada.png"))).toThrow(/tidak dapat dibaca/);
  });

  it("is checked when the configuration loads: a wrong file stops the start with a clear message", () => {
    const bad = file("logo.jpg", "bukan gambar");
    expect(() => loadConfig({ MINISTRY_LOGO_FILE: bad })).toThrow(ConfigError);
    expect(() => loadConfig({ MINISTRY_LOGO_FILE: bad })).toThrow(/MINISTRY_LOGO_FILE: berkas logo .* bukan gambar/);
    expect(loadConfig({ MINISTRY_LOGO_FILE: file("ok.png", pngImage(100, 100)) }).ministryLogo?.type).toBe("png");
    expect(loadConfig({}).ministryLogo).toBeUndefined();
  });

  it("stands at the left of the kop surat when configured; the kop stays text-only without it", () => {
    const logo = readMinistryLogo(file("kop.png", pngImage(120, 120)));
    const [first, rule] = letterhead("2024-02-20", logo);
    expect(first?.kind).toBe("table");
    const row = first?.kind === "table" ? first.rows[0] : undefined;
    expect((row?.[0] as Cell | undefined)?.image).toBe(logo);
    expect(plainText(row?.[1]?.runs ?? [])).toMatch(/^KEMENTERIAN KOMUNIKASI DAN INFORMATIKA\nREPUBLIK INDONESIA/);
    expect(rule?.kind).toBe("rule");

    const plain = letterhead("2024-02-20");
    expect(plain.some((b) => b.kind === "table")).toBe(false);
    expect(plain[0]?.kind === "paragraph" && plainText(plain[0].runs)).toBe("KEMENTERIAN KOMUNIKASI DAN INFORMATIKA");
  });
});

const LETTER: ResultLetterData = {
  cohort: { name: "Gerakan Menuju Smart City 2024", year: 2024, quota: 10 },
  letter: { number: "B-12/DJAI/AI.01.02/01/2024", date: "2024-02-20" },
  signatory: { name: "Dr. Andreas Wicaksono", nip: "197105121996031002" },
  published: true,
  candidates: [{ regionType: "kota", provinceCode: "32" }],
  selected: [
    {
      rank: 1,
      regionName: "Kota Banjar",
      regionType: "kota",
      provinceCode: "32",
      provinceName: "Jawa Barat",
      score: 81.5,
    },
  ],
};

describe("the signatory from the data", () => {
  it("signs the result letter with the stored name and its NIP under it, kept on one page", () => {
    const body = resultLetter(LETTER).body;
    expect(text(body)).toContain(
      "Direktur Jenderal Aplikasi Informatika,\nDr. Andreas Wicaksono\nNIP 197105121996031002",
    );
    const keep = body.find((b) => b.kind === "keep");
    expect(keep && text([keep])).toContain("NIP 197105121996031002");
    // Unknown, the name is left to be written by hand and no NIP line is printed.
    // The annex opens its own page with its heading: no page break of its own to fall alone on a page.
    expect(body.some((b) => b.kind === "pageBreak")).toBe(false);
    expect(body.find((b) => b.kind === "heading")).toMatchObject({ text: "LAMPIRAN SURAT", toc: false });
    const blank = text(resultLetter({ ...LETTER, signatory: { name: null, nip: null } }).body);
    expect(blank).toContain("(………………………………)");
    expect(blank).not.toContain("NIP");
  });

  it("lists the ministry's signatory with the NIP in the MoU summary, in the one facts table", () => {
    const data: MouSummaryData = {
      cohort: { name: "Gerakan Menuju Smart City 2024", year: 2024 },
      region: { code: "32.79", name: "Kota Banjar", type: "kota", provinceName: "Jawa Barat" },
      mou: {
        ministryNumber: "B-123/DJAI/2024",
        regionNumber: "415.4/12/2024",
        signedOn: "2024-03-05",
        mode: "virtual",
        place: "Jakarta",
        ministrySignatoryName: "Dr. Andreas Wicaksono",
        ministrySignatoryPosition: "Direktur Jenderal Aplikasi Informatika",
        ministrySignatoryNip: "197105121996031002",
        regionSignatoryName: "H. Dadang Sudrajat",
        regionSignatoryPosition: "Wali Kota Banjar",
      },
      ceremonyRegions: 10,
      scan: null,
      printedOn: "2026-11-22",
    };
    const body = mouSummary(data).body;
    expect(text(body)).toContain(
      "Penanda tangan Pihak Kesatu | Dr. Andreas Wicaksono\nDirektur Jenderal Aplikasi Informatika\nNIP 197105121996031002",
    );
    expect(text(body)).toContain("Penanda tangan Pihak Kedua | H. Dadang Sudrajat\nWali Kota Banjar");
    expect(body.filter((b) => b.kind === "table")).toHaveLength(1);
    expect(body.some((b) => b.kind === "pageBreak")).toBe(false);
  });
});
