import { count, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent, observation, programProgress, quickWinProgress } from "../db/schema/index";
import { actorWith, makeOpd } from "../testing/factories";
import { makeMasterplan } from "../testing/masterplan-factories";
import {
  linkIndicatorDirect,
  makeProgram,
  makeQuickWin,
  nationalIndicator,
  THIS_YEAR,
} from "../testing/monitoring-factories";
import { FAKE_EXE, multipartFile } from "../testing/multipart";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";
const Y = THIS_YEAR;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let coordinator: string;
let diskominfo: string;
let planId: number;
let ownWin: number;

beforeAll(async () => {
  const app = t.app();
  const kominfo = (await makeOpd(app, BANJAR, "Diskominfo")).id;
  const kes = (await makeOpd(app, BANJAR, "Dinkes")).id;
  planId = (await makeMasterplan(app, BANJAR, { status: "enacted", periodStart: Y - 2, periodEnd: Y + 7 })).id;
  const p1 = await makeProgram(app, planId, kominfo, { startYear: Y - 2, endYear: Y });
  const p2 = await makeProgram(app, planId, kes, { name: "Puskesmas Digital", startYear: Y - 1, endYear: Y });
  const internet = await nationalIndicator(app, "EC: ICT: ICT: 1C");
  const life = await nationalIndicator(app, "SC: EH: H: 1C");
  await linkIndicatorDirect(app, p1.id, internet.id, { [Y - 2]: 60, [Y - 1]: 70, [Y]: 80 });
  await linkIndicatorDirect(app, p2.id, life.id, { [Y - 1]: 70.5 });
  ownWin = (await makeQuickWin(app, planId, p1.id, kominfo)).id; // year Y - 1: reportable Y - 1 … Y + 7
  await makeQuickWin(app, planId, p2.id, kes);
  coordinator = (await actorWith(app, { role: "region_coordinator", regionCode: BANJAR })).cookie;
  diskominfo = (await actorWith(app, { role: "opd_contributor", regionCode: BANJAR, opdId: kominfo })).cookie;
}, 90_000);

const get = (url: string, cookie: string) => t.app().inject({ method: "GET", url, headers: { cookie } });
const upload = (kind: string, content: Buffer, cookie: string, filename = "realisasi.xlsx", contentType = XLSX) =>
  t.app().inject({
    method: "POST",
    url: `/api/masterplans/${planId}/monitoring/${kind}/import`,
    ...multipartFile(content, { filename, contentType, cookie }),
  });
const stored = async () => (await t.app().database.db.select({ n: count() }).from(observation))[0]?.n;

async function template(kind: string, cookie: string) {
  const res = await get(`/api/masterplans/${planId}/monitoring/${kind}/template`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers["content-type"]).toBe(XLSX);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error("no sheet");
  return { wb, ws };
}
const cellsOf = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1);

describe("realisation templates and imports", () => {
  it("pre-fill a row per program indicator and year; an OPD contributor gets only their OPD's programs", async () => {
    const { ws } = await template("realisations", coordinator);
    expect(cellsOf(ws, 1)).toEqual([
      "Kode Program",
      "Nama Program",
      "OPD",
      "Kode Indikator",
      "Nama Indikator",
      "Satuan",
      "Tahun",
      "Semester",
      "Target",
      "Realisasi",
      "Catatan",
    ]);
    expect(ws.rowCount).toBe(1 + 3 + 2);
    expect(cellsOf(ws, 2).slice(0, 9)).toEqual([
      "P-01",
      "Mal Pelayanan Publik Digital",
      "Diskominfo",
      "EC: ICT: ICT: 1C",
      "Akses Internet Rumah Tangga",
      "% rumah tangga",
      Y - 2,
      undefined,
      60,
    ]);
    const own = await template("realisations", diskominfo);
    expect(own.ws.rowCount).toBe(1 + 3);
  });

  it("store nothing when any row is wrong, and report every row in Indonesian", async () => {
    const { wb, ws } = await template("realisations", coordinator);
    ws.getCell("J2").value = 61; // fine
    ws.getCell("F3").value = "persen"; // wrong unit
    ws.getCell("J3").value = 72;
    ws.getCell("G4").value = Y + 12; // year outside the period
    ws.getCell("J4").value = 81;
    ws.getCell("A5").value = "P-99"; // unknown program
    ws.getCell("J5").value = 71;
    ws.getCell("J6").value = "tujuh puluh"; // not a number
    const res = await upload("realisations", Buffer.from(await wb.xlsx.writeBuffer()), coordinator);
    expect(res.statusCode, res.body).toBe(422);
    const err = res.json().error;
    expect(err.code).toBe("monitoring_import_invalid");
    expect(err.message).toBe("Berkas impor berisi baris yang tidak valid; tidak ada data yang disimpan");
    expect(err.details.rows).toEqual([
      {
        row: 3,
        column: "Satuan",
        value: "persen",
        message: 'Satuan "persen" tidak sesuai; indikator ini bersatuan "% rumah tangga"',
      },
      {
        row: 4,
        column: "Tahun",
        value: String(Y + 12),
        message: `Tahun ${Y + 12} di luar periode masterplan ${Y - 2}–${Y + 7}`,
      },
      { row: 5, column: "Kode Program", value: "P-99", message: 'Kode program "P-99" tidak ada dalam masterplan ini' },
      { row: 6, column: "Realisasi", value: "tujuh puluh", message: 'Realisasi "tujuh puluh" bukan angka' },
    ]);
    expect(await stored()).toBe(0);
  });

  it("refuses an over-size file and a file that is not really XLSX", async () => {
    const big = await upload(
      "realisations",
      Buffer.alloc(5 * 1024 * 1024 + 1, 0x41),
      coordinator,
      "besar.csv",
      "text/csv",
    );
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe("import_too_large");
    const exe = await upload("realisations", FAKE_EXE, coordinator);
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.code).toBe("import_type_not_allowed");
  });

  it("stores all rows of a good file in one go, audited once, and exports them with achievement", async () => {
    const { wb, ws } = await template("realisations", diskominfo);
    ws.getCell("J2").value = 61;
    ws.getCell("J3").value = "66,5";
    const res = await upload("realisations", Buffer.from(await wb.xlsx.writeBuffer()), diskominfo);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data).toEqual({ rows: 2, inserted: 2, updated: 0 });
    expect(await stored()).toBe(2);
    const [audit] = await t
      .app()
      .database.db.select()
      .from(auditEvent)
      .where(eq(auditEvent.action, "masterplan.realisations_imported"));
    expect(audit?.changes).toMatchObject({ rows: [null, 2], inserted: [null, 2] });

    // The same file again updates instead of duplicating; another OPD's rows are refused.
    const again = await upload("realisations", Buffer.from(await wb.xlsx.writeBuffer()), diskominfo);
    expect(again.json().data).toEqual({ rows: 2, inserted: 0, updated: 2 });
    const all = await template("realisations", coordinator);
    all.ws.getCell("J5").value = 71;
    const foreign = await upload("realisations", Buffer.from(await all.wb.xlsx.writeBuffer()), diskominfo);
    expect(foreign.json().error.details.rows).toEqual([
      {
        row: 5,
        column: "Kode Program",
        value: "P-02",
        message: "Program P-02 milik OPD lain; Anda hanya dapat mengisi program OPD Anda",
      },
    ]);

    const csv = await get(`/api/masterplans/${planId}/monitoring/realisations/export?format=csv`, coordinator);
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    const lines = csv.body
      .replace(/^\ufeff/, "")
      .trim()
      .split("\n");
    expect(lines[0]).toContain("Capaian (%)");
    expect(lines[2]).toContain("66.5");
    expect(lines[2]).toContain("95"); // 66,5 of 70
    expect(lines[2]).toContain("Tercapai");
  });

  it("reads a CSV with semicolons and Indonesian decimals", async () => {
    const csv = [
      "Kode Program;Kode Indikator;Satuan;Tahun;Semester;Realisasi;Catatan",
      `P-02;SC: EH: H: 1C;tahun;${Y - 1};;"71,25";"BPS; angka sementara"`,
    ].join("\r\n");
    const res = await upload("realisations", Buffer.from(csv), coordinator, "realisasi.csv", "text/csv");
    expect(res.statusCode, res.body).toBe(201);
    const [row] = await t.app().database.db.select().from(observation).where(eq(observation.value, 71.25));
    expect(row).toMatchObject({ year: Y - 1, semester: null, note: "BPS; angka sementara", status: "entered" });
  });
});

describe("progress templates and imports", () => {
  it("take a row per program and year and store status, physical progress and Rupiah", async () => {
    const { wb, ws } = await template("progress", coordinator);
    expect(ws.rowCount).toBe(1 + 3 + 2);
    ws.getCell("E2").value = "selesai";
    ws.getCell("F2").value = 100;
    ws.getCell("G2").value = "Rp 1.250.000.000";
    ws.getCell("H2").value = 1_200_000_000;
    ws.getCell("E5").value = "terlambat";
    ws.getCell("F5").value = "35,5";
    const res = await upload("progress", Buffer.from(await wb.xlsx.writeBuffer()), coordinator, "progres.xlsx");
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data).toEqual({ rows: 2, inserted: 2, updated: 0 });
    const rows = await t.app().database.db.select().from(programProgress);
    expect(rows.map((r) => [r.year, r.status, r.physicalProgress, r.budgetAllocated, r.budgetRealised]).sort()).toEqual(
      [
        [Y - 2, "done", 100, 1_250_000_000, 1_200_000_000],
        [Y - 1, "delayed", 35.5, null, null],
      ].sort(),
    );
  });
});

describe("quick-win progress templates and imports", () => {
  const winRows = async () =>
    (await t.app().database.db.select().from(quickWinProgress)).map((r) => [
      r.quickWinId,
      r.year,
      r.status,
      r.physicalProgress,
      r.note,
    ]);

  it("pre-fill a row per quick win and year from its year; an OPD contributor gets only their OPD's", async () => {
    const { ws } = await template("quick-wins", coordinator);
    expect(ws.name).toBe("Progres Quick Win");
    expect(cellsOf(ws, 1)).toEqual([
      "ID Quick Win",
      "Kode Program",
      "OPD",
      "Target Quick Win",
      "Tahun",
      "Status",
      "Progres Fisik (%)",
      "Pagu Anggaran (Rp)",
      "Realisasi Anggaran (Rp)",
      "Catatan",
    ]);
    expect(ws.rowCount).toBe(1 + 9 + 9);
    expect(cellsOf(ws, 2).slice(0, 5)).toEqual([ownWin, "P-01", "Diskominfo", "Aplikasi antrean daring", Y - 1]);
    expect(cellsOf(ws, 11).slice(1, 3)).toEqual(["P-02", "Dinkes"]);
    const own = await template("quick-wins", diskominfo);
    expect(own.ws.rowCount).toBe(1 + 9);
    expect(new Set([...Array(9).keys()].map((i) => own.ws.getCell(`A${i + 2}`).value))).toEqual(new Set([ownWin]));
  });

  it("store nothing when a row has a wrong status or an unknown quick win, and name exactly those rows", async () => {
    const { wb, ws } = await template("quick-wins", coordinator);
    ws.getCell("F2").value = "sesuai jadwal"; // fine
    ws.getCell("F3").value = "hampir"; // not a status
    ws.getCell("A4").value = 99999; // not a quick win of this plan
    ws.getCell("F4").value = "selesai";
    const res = await upload("quick-wins", Buffer.from(await wb.xlsx.writeBuffer()), coordinator, "qw.xlsx");
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.code).toBe("monitoring_import_invalid");
    expect(res.json().error.details.rows).toEqual([
      {
        row: 3,
        column: "Status",
        value: "hampir",
        message: "Status harus belum mulai, sesuai jadwal, terlambat, selesai atau dibatalkan",
      },
      { row: 4, column: "ID Quick Win", value: "99999", message: 'Quick win "99999" tidak ada dalam masterplan ini' },
    ]);
    expect(await winRows()).toEqual([]);
  });

  it("store a good file, audited; the same file again updates; the export and template show what is stored", async () => {
    const { wb, ws } = await template("quick-wins", diskominfo);
    ws.getCell("F2").value = "selesai";
    ws.getCell("G2").value = 100;
    ws.getCell("H2").value = "Rp 50.000.000";
    ws.getCell("F3").value = "Terlambat";
    ws.getCell("G3").value = "40,5";
    ws.getCell("J3").value = "Menunggu vendor";
    const res = await upload("quick-wins", Buffer.from(await wb.xlsx.writeBuffer()), diskominfo, "qw.xlsx");
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data).toEqual({ rows: 2, inserted: 2, updated: 0 });
    expect((await winRows()).sort()).toEqual(
      [
        [ownWin, Y - 1, "done", 100, ""],
        [ownWin, Y, "delayed", 40.5, "Menunggu vendor"],
      ].sort(),
    );
    const [audit] = await t
      .app()
      .database.db.select()
      .from(auditEvent)
      .where(eq(auditEvent.action, "masterplan.quick_win_progress_imported"));
    expect(audit?.changes).toMatchObject({ rows: [null, 2], inserted: [null, 2] });

    ws.getCell("G3").value = 45;
    const again = await upload("quick-wins", Buffer.from(await wb.xlsx.writeBuffer()), diskominfo, "qw.xlsx");
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().data).toEqual({ rows: 2, inserted: 0, updated: 2 });
    expect((await winRows()).find((r) => r[1] === Y)).toEqual([ownWin, Y, "delayed", 45, "Menunggu vendor"]);

    const filled = await template("quick-wins", diskominfo);
    expect(cellsOf(filled.ws, 2).slice(5, 8)).toEqual(["Selesai", 100, 50_000_000]);
    const csv = await get(`/api/masterplans/${planId}/monitoring/quick-wins/export?format=csv&year=${Y}`, coordinator);
    expect(csv.statusCode).toBe(200);
    const lines = csv.body
      .replace(/^\ufeff/, "")
      .trim()
      .split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("Terlambat");
    expect(lines[1]).toContain("Menunggu vendor");
  });
});

describe("realisation templates for programs running into the coming years", () => {
  it("hold rows only up to this year: later years have no realisations yet", async () => {
    const app = t.app();
    const kominfo = (await makeOpd(app, BANJAR, "Bappeda")).id;
    const later = await makeProgram(app, planId, kominfo, { name: "Smart Parking", startYear: Y - 1, endYear: Y + 2 });
    const internet = await nationalIndicator(app, "EC: ICT: ICT: 1C");
    await linkIndicatorDirect(app, later.id, internet.id, { [Y + 1]: 90 });
    const { ws } = await template("realisations", coordinator);
    const years: unknown[] = [];
    ws.eachRow((row, n) => {
      if (n > 1 && row.getCell(1).value === later.code) years.push(row.getCell(7).value);
    });
    expect(years).toEqual([Y - 1, Y]);
  });
});
