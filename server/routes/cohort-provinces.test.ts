import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { candidate, cohort, mou } from "../db/schema/index";
import { readDocx } from "../documents/read-back";
import { activateWorkspace } from "../services/bimtek/activate-workspace";
import { makeCohort, makeCohort2023, makeSelectedCandidate } from "../testing/cohort-factories";
import { actorWith } from "../testing/factories";
import { setupTestApp } from "../testing/test-app";

// GMSC 2023: 50 kab/kota and the provinces of Jawa Barat and DI Yogyakarta took part.
const t = setupTestApp();
const SURABAYA = "35.78";
let cohortId: number;
let admin: string;

type Funnel = { kind: string; steps: Array<{ key: string; count: number | null }> };
type Row = { regionCode: string; regionName: string; regionType: string; step: string };
type Dashboard = { funnel: Funnel["steps"]; funnels: Funnel[]; rows: Row[] };

beforeAll(async () => {
  const app = t.app();
  const db = app.database.db;
  const made = await makeCohort2023(app);
  cohortId = made.cohort.id;
  await db
    .update(cohort)
    .set({ resultLetterNumber: "B-310/DJAI/AI.01.02/05/2023", resultLetterDate: "2023-05-31" })
    .where(eq(cohort.id, cohortId));
  // Kota Surabaya was a candidate and not selected: counted as invited and assessed, never copied.
  await db.insert(candidate).values({ cohortId, regionCode: SURABAYA, status: "not_selected" });
  // Both provinces and the first ten kab/kota of Jawa Barat have signed and are in Bimtek.
  const signed = ["32", "34", ...[...made.candidates.keys()].filter((c) => c.startsWith("32.")).slice(0, 10)];
  for (const code of signed) {
    const c = made.candidates.get(code);
    if (!c) throw new Error(`no candidate ${code}`);
    await db.insert(mou).values({ candidateId: c.id, signedOn: "2023-07-12" });
    await activateWorkspace(db, { candidateId: c.id, frameworkId: made.cohort.frameworkId });
  }
  admin = (await actorWith(app, { role: "national_admin" })).cookie;
}, 90_000);

const get = (url: string) => t.app().inject({ method: "GET", url, headers: { cookie: admin } });
const dashboard = async (query = "") => {
  const res = await get(`/api/cohorts/${cohortId}/dashboard${query}`);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return res.json().data as Dashboard;
};
/** The first four steps of each funnel, as `{ kind: [invited, assessed, selected, mou_signed] }`. */
const heads = (d: Dashboard) =>
  Object.fromEntries(d.funnels.map((f) => [f.kind, f.steps.slice(0, 4).map((s) => s.count)]));

describe("the dashboard of a cohort with provinces", () => {
  it("counts kab/kota and provinces in funnels of their own, rows carrying the region type", async () => {
    const d = await dashboard();
    expect(heads(d)).toEqual({ kabkota: [51, 51, 50, 10], provinsi: [2, 2, 2, 2] });
    expect(d.funnels.map((f) => f.kind)).toEqual(["kabkota", "provinsi"]);
    // The all-kinds funnel stays for older clients.
    expect(d.funnel.slice(0, 3).map((s) => s.count)).toEqual([53, 53, 52]);
    expect(d.rows).toHaveLength(53);
    expect(d.rows.find((r) => r.regionCode === "34")).toMatchObject({
      regionName: "Provinsi Daerah Istimewa Yogyakarta",
      regionType: "provinsi",
      step: "bimtek:1",
    });
    expect(d.rows.find((r) => r.regionCode === "34.71")).toMatchObject({ regionType: "kota", step: "mou" });
    expect(d.rows.find((r) => r.regionCode === "34.01")).toMatchObject({ regionType: "kabupaten" });
  });

  it("narrows the funnels as well as the rows by province and by kind", async () => {
    const jabar = await dashboard("?province=32");
    expect(heads(jabar)).toEqual({ kabkota: [20, 20, 20, 10], provinsi: [1, 1, 1, 1] });
    expect(jabar.rows).toHaveLength(21);

    const provinces = await dashboard("?kind=provinsi");
    expect(heads(provinces)).toEqual({ provinsi: [2, 2, 2, 2] });
    expect(provinces.rows.map((r) => r.regionCode)).toEqual(["32", "34"]);

    const diyRegencies = await dashboard("?province=34&kind=kabkota");
    expect(heads(diyRegencies)).toEqual({ kabkota: [5, 5, 5, 0] });
    expect(diyRegencies.rows.map((r) => r.regionType)).toEqual([...Array(4).fill("kabupaten"), "kota"]);
  });

  it("narrows the rows, not the funnels, by step", async () => {
    const awaiting = await dashboard("?step=mou");
    expect(awaiting.rows).toHaveLength(40);
    expect(awaiting.rows.every((r) => r.regionType !== "provinsi")).toBe(true);
    expect(heads(awaiting)).toEqual({ kabkota: [51, 51, 50, 10], provinsi: [2, 2, 2, 2] });
  });

  it("shows only the kab/kota funnel for a cohort without provinces", async () => {
    const app = t.app();
    const other = (await makeCohort(app, { year: 2023 })).id;
    await makeSelectedCandidate(app, { cohortId: other, regionCode: SURABAYA, activate: false });
    const res = await get(`/api/cohorts/${other}/dashboard`);
    const d = res.json().data as Dashboard;
    expect(heads(d)).toEqual({ kabkota: [1, 1, 1, 0] });
  });
});

describe("the result letter of a cohort with provinces", () => {
  it("counts kab/kota and provinces apart, addresses Gubernur, Bupati and Wali Kota, copies no participating governor", async () => {
    const res = await get(`/api/cohorts/${cohortId}/documents/hasil-penilaian.docx`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const { text, tables } = await readDocx(res.rawPayload);
    expect(text).toContain("Yth. Gubernur, Bupati dan Wali Kota Calon Peserta");
    expect(text).toContain("terhadap 51 kabupaten/kota dan 2 provinsi calon peserta");
    expect(text).toContain(
      "bahwa 50 kabupaten/kota dan 2 provinsi (dari kuota 52 daerah) ditetapkan sebagai peserta Gerakan Menuju Smart City Tahun 2023",
    );
    expect(text).toContain("Nota Kesepakatan tentang Implementasi Gerakan Menuju Kota Cerdas");
    // The 52-row annex runs over several pages: the letter counts it as one berkas, not "1 lembar".
    expect(text).toMatch(/Lampiran\s*:?\s*1 \(satu\) berkas/);
    expect(text).not.toContain("lembar");

    // Jawa Barat and DI Yogyakarta are addressees; only Jawa Tengah's governor gets a copy.
    const copies = text.slice(text.indexOf("Tembusan:"), text.indexOf("LAMPIRAN SURAT"));
    expect(copies).toContain("1. Menteri Komunikasi dan Informatika (sebagai laporan);\n2. Gubernur Jawa Tengah.");
    expect(copies).not.toContain("Gubernur Jawa Barat");
    expect(copies).not.toContain("Yogyakarta");
    expect(copies).not.toContain("Jawa Timur");

    const table = tables.find((rows) => rows[0]?.includes("Daerah"));
    expect(table?.[0]).toEqual(["No", "Daerah", "Provinsi", "Nilai", "Peringkat"]);
    expect(table?.slice(1)).toHaveLength(52);
    const names = table?.slice(1).map((r) => [r[1], r[2]]);
    expect(names).toContainEqual(["Provinsi Jawa Barat", "Jawa Barat"]);
    expect(names).toContainEqual(["Provinsi Daerah Istimewa Yogyakarta", "Daerah Istimewa Yogyakarta"]);
    expect(names).toContainEqual(["Kota Yogyakarta", "Daerah Istimewa Yogyakarta"]);
    expect(names).not.toContainEqual(["Kota Surabaya", "Jawa Timur"]);
  });
});
