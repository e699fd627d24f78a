import { eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { DATASET_KIND_DEFS } from "../../domain/open-data/kinds";
import { dataset, observation } from "../db/schema/index";
import { sweepDatasetStats } from "../jobs/refresh-dataset-stats";
import { datasetId } from "../services/open-data/dataset-id";
import { refreshDatasetStats, staleDatasetIds } from "../services/open-data/dataset-stats";
import { xlsxStream } from "../services/open-data/stream-xlsx";
import { makeOpd, makeUser } from "../testing/factories";
import { makeMasterplan } from "../testing/masterplan-factories";
import { linkIndicatorDirect, makeProgram, nationalIndicator } from "../testing/monitoring-factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";
const REALISATIONS = datasetId("indicator_realisations", BANJAR);
const BUDGETS = datasetId("program_budgets", BANJAR); // withdrawn
const RESULTS = datasetId("evaluation_results", BANJAR); // never published
const CATALOGUE = datasetId("indicator_catalogue", null);
const NAME = "realisasi-indikator-kota-banjar-32-79";
const TRICKY = 'Layanan "Satu Pintu", Banjar\nbaris dua';
const FORMULA = '=HYPERLINK("http://contoh")';
const VERIFIED_AT = new Date("2025-02-03T04:05:06Z");

/** RFC 4180 parsing, enough to read back what the server wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

beforeAll(async () => {
  const app = t.app();
  const db = app.database.db;
  const person = await makeUser(app, { role: "region_coordinator", regionCode: BANJAR });
  const kominfo = (await makeOpd(app, BANJAR, "Diskominfo")).id;
  const plan = await makeMasterplan(app, BANJAR, { status: "enacted" });
  const a = await makeProgram(app, plan.id, kominfo, { name: TRICKY, startYear: 2024, endYear: 2027 });
  const b = await makeProgram(app, plan.id, kominfo, { name: FORMULA, dimensionCode: "economy", startYear: 2024 });
  const internet = await nationalIndicator(app, "EC: ICT: ICT: 1C");
  const link = await linkIndicatorDirect(app, a.id, internet.id, { 2024: 60, 2025: 70 });
  const link2 = await linkIndicatorDirect(app, b.id, internet.id, { 2026: 10 });
  const verified = { status: "verified" as const, reviewedBy: person.id, reviewedAt: VERIFIED_AT };
  await db.insert(observation).values([
    { programIndicatorId: link.id, year: 2024, value: 54.25, ...verified },
    { programIndicatorId: link.id, year: 2025, semester: 1, value: 61, ...verified },
    { programIndicatorId: link.id, year: 2025, semester: 2, value: 77777.5, enteredBy: person.id },
    { programIndicatorId: link.id, year: 2026, value: 88888.5, status: "returned", reviewNote: "salah" },
    { programIndicatorId: link2.id, year: 2027, value: -3.5, ...verified },
  ]);
  await db.insert(dataset).values([
    { id: REALISATIONS, kind: "indicator_realisations", regionCode: BANJAR, publishedAt: new Date() },
    { id: BUDGETS, kind: "program_budgets", regionCode: BANJAR, status: "withdrawn", withdrawnAt: new Date() },
    { id: CATALOGUE, kind: "indicator_catalogue", regionCode: null, publishedAt: new Date() },
  ]);
}, 120_000);

const get = (url: string, headers: Record<string, string> = {}) => t.app().inject({ method: "GET", url, headers });
const columns = DATASET_KIND_DEFS.indicator_realisations.columns.map((c) => c.name);
const at = (row: Record<string, unknown>[], key: string) => row.map((r) => r[key]);

describe("GET /api/public/datasets/{id}/data.csv", () => {
  it("streams the verified values only, with the dictionary's columns, as an attachment anyone may cache", async () => {
    const res = await get(`/api/public/datasets/${REALISATIONS}/data.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers["content-disposition"]).toBe(`attachment; filename="${NAME}.csv"`);
    expect(res.headers["cache-control"]).toBe("public, max-age=300");
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    // The same bytes on both databases: COPY's quoting and csv-stringify's agree.
    expect(res.body.startsWith(`${columns.join(",")}\n`)).toBe(true);
    expect(res.body).toContain(',"Layanan ""Satu Pintu"", Banjar\nbaris dua",');
    expect(res.body).toContain(`,"'=HYPERLINK(""http://contoh"")",`);
    const [header, ...rows] = parseCsv(res.body);
    expect(header).toEqual(columns);
    const records = rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]])));
    expect(at(records, "realisasi")).toEqual(["54.25", "61", "-3.5"]);
    expect(at(records, "tahun")).toEqual(["2024", "2025", "2027"]);
    expect(at(records, "semester")).toEqual(["", "1", ""]);
    expect(at(records, "target")).toEqual(["60", "70", ""]);
    expect(at(records, "nama_program")).toEqual([TRICKY, TRICKY, `'${FORMULA}`]);
    expect(at(records, "kode_wilayah")).toEqual([BANJAR, BANJAR, BANJAR]);
    expect(at(records, "diverifikasi_pada")).toEqual(Array(3).fill("2025-02-03T04:05:06Z"));
    expect(res.body).not.toContain("77777");
    expect(res.body).not.toContain("88888");
  });

  it("answers 404 for a withdrawn, an unpublished or an unknown dataset", async () => {
    for (const id of [BUDGETS, RESULTS, "00000000-0000-4000-8000-000000000000", "bukan-id"]) {
      for (const ext of ["csv", "json", "xlsx"]) {
        const res = await get(`/api/public/datasets/${id}/data.${ext}`);
        expect(res.statusCode, `${id}.${ext}`).toBe(404);
        expect(res.json().error.code).toBe("dataset_not_found");
      }
      expect((await get(`/api/public/datasets/${id}/preview`)).statusCode).toBe(404);
    }
  });

  it("answers HEAD without generating the file", async () => {
    const res = await t.app().inject({ method: "HEAD", url: `/api/public/datasets/${REALISATIONS}/data.csv` });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-disposition"]).toBe(`attachment; filename="${NAME}.csv"`);
    expect(res.body).toBe("");
  });

  it("revalidates with the data version's ETag", async () => {
    const first = await get(`/api/public/datasets/${REALISATIONS}/data.csv`);
    const again = await get(`/api/public/datasets/${REALISATIONS}/data.csv`, {
      "if-none-match": String(first.headers.etag),
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
  });

  it("is compressed once, on the way, when the client asks", async () => {
    const res = await get(`/api/public/datasets/${CATALOGUE}/data.csv`, { "accept-encoding": "gzip" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBe("gzip");
    const { gunzipSync } = await import("node:zlib");
    const plain = await get(`/api/public/datasets/${CATALOGUE}/data.csv`);
    expect(gunzipSync(res.rawPayload).toString()).toBe(plain.body);
  });
});

describe("GET /api/public/datasets/{id}/data.json", () => {
  it("streams an array of objects keyed by column, numbers as numbers", async () => {
    const res = await get(`/api/public/datasets/${REALISATIONS}/data.json`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json; charset=utf-8/);
    expect(res.headers["content-disposition"]).toBe(`attachment; filename="${NAME}.json"`);
    const rows = res.json() as Record<string, unknown>[];
    expect(rows.map((r) => Object.keys(r))).toEqual(Array(3).fill(columns));
    expect(at(rows, "realisasi")).toEqual([54.25, 61, -3.5]);
    expect(at(rows, "semester")).toEqual([null, 1, null]);
    expect(at(rows, "target")).toEqual([60, 70, null]);
    expect(at(rows, "nama_program")).toEqual([TRICKY, TRICKY, FORMULA]);
  });
});

describe("GET /api/public/datasets/{id}/data.xlsx", () => {
  it("has a data sheet with typed cells and the data dictionary", async () => {
    const res = await get(`/api/public/datasets/${REALISATIONS}/data.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers["content-disposition"]).toBe(`attachment; filename="${NAME}.xlsx"`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const data = wb.getWorksheet("Data");
    const dict = wb.getWorksheet("Kamus data");
    if (!data || !dict) throw new Error("sheets missing");
    const values = (r: number) => (data.getRow(r).values as unknown[]).slice(1);
    expect(values(1)).toEqual(columns);
    expect(data.rowCount).toBe(4);
    const col = (name: string) => columns.indexOf(name);
    expect([2, 3, 4].map((r) => values(r)[col("realisasi")])).toEqual([54.25, 61, -3.5]);
    expect([2, 3, 4].map((r) => values(r)[col("tahun")])).toEqual([2024, 2025, 2027]);
    expect(values(2)[col("nama_program")]).toBe(TRICKY);
    expect(values(2)[col("diverifikasi_pada")]).toEqual(VERIFIED_AT);
    const entries = DATASET_KIND_DEFS.indicator_realisations.columns;
    expect(dict.rowCount).toBe(entries.length + 1);
    expect((dict.getRow(1).values as unknown[]).slice(1)).toEqual(["kolom", "arti", "meaning", "satuan", "tipe"]);
    expect((dict.getRow(2).values as unknown[]).slice(1, 4)).toEqual([
      entries[0]?.name,
      entries[0]?.id,
      entries[0]?.en,
    ]);
    expect(res.rawPayload.toString("latin1")).not.toContain("77777");
  });

  it("goes on in a second data sheet past the rows a sheet can hold", async () => {
    const source = { kind: "indicator_realisations" as const, regionCode: BANJAR, dataModifiedAt: new Date() };
    const parts: Buffer[] = [];
    for await (const part of xlsxStream(t.app().database, source, { rowsPerSheet: 2 })) parts.push(part);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(parts) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => [s.name, s.rowCount])).toEqual([
      ["Data", 3],
      ["Data (2)", 2],
      ["Kamus data", DATASET_KIND_DEFS.indicator_realisations.columns.length + 1],
    ]);
    expect(
      wb
        .getWorksheet("Data (2)")
        ?.getRow(2)
        .getCell(columns.indexOf("realisasi") + 1).value,
    ).toBe(-3.5);
  });
});

describe("GET /api/public/datasets/{id}/preview", () => {
  it("gives the first rows, typed, with the dictionary and the total", async () => {
    const res = await get(`/api/public/datasets/${REALISATIONS}/preview?limit=2`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    const { data } = res.json();
    expect(data.total).toBe(3);
    expect(data.columns.map((c: { name: string }) => c.name)).toEqual(columns);
    expect(at(data.rows, "realisasi")).toEqual([54.25, 61]);
    expect((await get(`/api/public/datasets/${REALISATIONS}/preview?limit=201`)).statusCode).toBe(422);
  });
});

describe("refreshDatasetStats", () => {
  it("stores the row count, the exact byte size of each download and the coverage, leaving updated_at alone", async () => {
    const app = t.app();
    const db = app.database.db;
    const pastUpdate = new Date("2025-01-01T00:00:00Z");
    await db.update(dataset).set({ updatedAt: pastUpdate }).where(eq(dataset.id, REALISATIONS));
    expect(await staleDatasetIds(app.database)).toEqual(expect.arrayContaining([REALISATIONS, CATALOGUE]));
    expect(await staleDatasetIds(app.database)).not.toContain(BUDGETS);
    const stats = await refreshDatasetStats(app.database, REALISATIONS);
    const body = async (ext: string) => (await get(`/api/public/datasets/${REALISATIONS}/data.${ext}`)).rawPayload;
    expect(stats).toMatchObject({
      rowCount: 3,
      csvBytes: (await body("csv")).length,
      jsonBytes: (await body("json")).length,
      xlsxBytes: (await body("xlsx")).length,
      temporalStart: 2024,
      temporalEnd: 2027,
      dimensions: ["economy", "governance"],
    });
    const [row] = await db.select().from(dataset).where(eq(dataset.id, REALISATIONS));
    expect(row).toMatchObject({ rowCount: 3, temporalStart: 2024, temporalEnd: 2027, updatedAt: pastUpdate });
    expect(row?.csvBytes).toBe(stats?.csvBytes);
    expect(await staleDatasetIds(app.database)).not.toContain(REALISATIONS);

    // The catalogue has no year and no dimension of programs; it is stale again once its data moves.
    const catalogue = await refreshDatasetStats(app.database, CATALOGUE);
    expect(catalogue?.rowCount).toBeGreaterThan(10);
    expect(catalogue?.csvBytes).toBe((await get(`/api/public/datasets/${CATALOGUE}/data.csv`)).rawPayload.length);
    expect(catalogue).toMatchObject({ temporalStart: null, temporalEnd: null });
    await db.execute(sql`update dataset set data_modified_at = now() where id = ${CATALOGUE}::uuid`);
    expect(await staleDatasetIds(app.database)).toContain(CATALOGUE);

    // The job's sweep recounts it; withdrawn datasets are left alone.
    const log = { info: () => undefined, warn: () => undefined, error: () => undefined };
    expect(await sweepDatasetStats({ database: app.database, log })).toBe(1);
    expect(await staleDatasetIds(app.database)).toEqual([]);
    const [withdrawn] = await db.select().from(dataset).where(eq(dataset.id, BUDGETS));
    expect(withdrawn?.statsFor).toBeNull();
  });
});
