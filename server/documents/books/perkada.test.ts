import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { masterplan } from "../../db/schema/index";
import { loadPlanForPrint, type PrintPlan } from "../../services/documents/load-plan-for-print";
import type { PlanRow } from "../../services/masterplans/load";
import { makeMasterplan } from "../../testing/masterplan-factories";
import { setupTestApp } from "../../testing/test-app";
import { type Block, type Cell, plainText } from "../model";
import { perkada } from "./perkada";

const ENACTED = {
  status: "enacted",
  perkadaNumber: "45",
  perkadaDate: "2024-12-16",
  perkadaHeadName: "H. Dadang Sudrajat",
  perkadaSecretaryName: "Drs. Rahmat Hidayat Suryana, M.Si.",
  perkadaSecretaryNip: "196908171994031006",
  perkadaPromulgatedOn: "2024-12-17",
  perkadaGazetteYear: 2024,
  perkadaGazetteNumber: "45",
} as const;

const EMBLEM = { data: new Uint8Array([1, 2, 3]), type: "png" as const, width: 80, height: 90 };

const t = setupTestApp();
let kota: PrintPlan;
let provinsi: PrintPlan;

/** A plan of the region, enacted with every field of the enactment, read for printing with an emblem. */
async function enactedPlan(regionCode: string): Promise<PrintPlan> {
  const db = t.app().database.db;
  const made = await makeMasterplan(t.app(), regionCode);
  const [row] = await db.update(masterplan).set(ENACTED).where(eq(masterplan.id, made.id)).returning();
  return { ...(await loadPlanForPrint(db, row as PlanRow)), emblem: EMBLEM };
}

beforeAll(async () => {
  kota = await enactedPlan("32.79");
  provinsi = await enactedPlan("32");
}, 60_000);

const printPlan = (plan: Partial<PlanRow> = {}): PrintPlan => ({ ...kota, plan: { ...kota.plan, ...plan } });

/** Every block, with those inside `keep` blocks, in order. */
const flat = (blocks: readonly Block[]): Block[] => blocks.flatMap((b) => (b.kind === "keep" ? flat(b.blocks) : [b]));

/** The document's text as read: paragraphs, list items and table cells, one per line. */
function text(blocks: readonly Block[]): string {
  return flat(blocks)
    .flatMap((b) => {
      if (b.kind === "paragraph") return [plainText(b.runs)];
      if (b.kind === "heading") return [`${b.number ?? ""} ${b.text}`];
      if (b.kind === "list") return b.items.map((i) => plainText(i.runs));
      if (b.kind === "table") return [...b.header, ...b.rows].map((r) => r.map((c) => plainText(c.runs)).join(" "));
      return [];
    })
    .join("\n");
}

/** The part before the annex: the regulation itself. */
const regulation = (body: readonly Block[]) => {
  const annex = body.findIndex((b) => b.kind === "pageBreak");
  return body.slice(0, annex < 0 ? body.length : annex);
};

describe("the Perkada", () => {
  it("is set on F4 in the regulation typeface", () => {
    const model = perkada(printPlan());
    expect(model.page).toBe("F4");
    expect(model.typeface).toBe("regulation");
  });

  it("prints who signed it, who promulgated it and its Berita Daerah once enacted, with no blank", () => {
    const body = regulation(perkada(printPlan()).body);
    const t = text(body);
    expect(t).toContain("pada tanggal 16 Desember 2024");
    expect(t).toContain("H. DADANG SUDRAJAT");
    expect(t).toContain("Diundangkan di Banjar\npada tanggal 17 Desember 2024\nSEKRETARIS DAERAH KOTA BANJAR,");
    expect(t).toContain("DRS. RAHMAT HIDAYAT SURYANA, M.SI.\nNIP 196908171994031006");
    expect(t).toContain("BERITA DAERAH KOTA BANJAR TAHUN 2024 NOMOR 45");
    expect(t).toContain("PERATURAN WALI KOTA BANJAR\nNOMOR 45 TAHUN 2024");
    expect(t).not.toContain("(………");
    expect(t).not.toContain("……");
    expect(t).not.toContain("Catatan penyusun");
  });

  it("keeps the signature and the promulgation blocks each on one page, and each BAB and Pasal with what follows", () => {
    const body = regulation(perkada(printPlan()).body);
    const keeps = body.filter((b): b is Extract<Block, { kind: "keep" }> => b.kind === "keep");
    expect(keeps.map((k) => text(k.blocks).split("\n")[0])).toEqual(["Ditetapkan di Banjar", "Diundangkan di Banjar"]);
    expect(text(keeps[0]?.blocks ?? [])).toContain("WALI KOTA BANJAR,\nH. DADANG SUDRAJAT");
    expect(text(keeps[1]?.blocks ?? [])).toContain("BERITA DAERAH KOTA BANJAR TAHUN 2024 NOMOR 45");
    const headings = body.filter((b) => b.kind === "paragraph" && /^(BAB [IVX]+\n|Pasal \d+$)/.test(plainText(b.runs)));
    expect(headings.length).toBe(6 + 8);
    expect(headings.every((b) => b.kind === "paragraph" && b.keepWithNext)).toBe(true);
  });

  it("leaves the blanks in a draft, which is no enacted text yet", () => {
    const t = text(regulation(perkada(printPlan({ status: "approved" })).body));
    expect(t).toContain("RANCANGAN");
    expect(t).toContain("(………………………………………)");
    expect(t).toContain("TAHUN … NOMOR …");
    expect(t).not.toContain("DADANG");
  });

  it("puts the regional emblem first, centred above the head's title", () => {
    const body = perkada(printPlan()).body;
    const first = body[0];
    expect(first?.kind).toBe("table");
    const cell = first?.kind === "table" ? (first.rows[0]?.[0] as Cell | undefined) : undefined;
    expect(cell?.image).toBe(EMBLEM);
    expect(cell?.align).toBe("center");
    expect(text(body.slice(1, 3))).toBe("WALI KOTA BANJAR\nPROVINSI JAWA BARAT");
    expect(perkada({ ...printPlan(), emblem: null }).body[0]?.kind).toBe("paragraph");
  });

  it("is a Peraturan Gubernur for a province, promulgated by the provincial Sekretaris Daerah", () => {
    const model = perkada(provinsi);
    const t = text(regulation(model.body));
    expect(model.meta.title).toMatch(/^Peraturan Gubernur Jawa Barat tentang/);
    expect(t).toContain("GUBERNUR JAWA BARAT\n");
    expect(t).toContain("PERATURAN GUBERNUR JAWA BARAT\nNOMOR 45 TAHUN 2024");
    expect(t).not.toContain("PROVINSI JAWA BARAT\nPERATURAN");
    expect(t).toContain("SEKRETARIS DAERAH PROVINSI JAWA BARAT,");
    expect(t).toContain("BERITA DAERAH PROVINSI JAWA BARAT TAHUN 2024 NOMOR 45");
    expect(t).not.toMatch(/WALI KOTA|BUPATI/);
  });
});
