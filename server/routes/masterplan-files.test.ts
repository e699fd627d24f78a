import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { IMPORT_COLUMNS } from "../../domain/program-import";
import { auditEvent, program } from "../db/schema/index";
import { actorWith, makeOpd } from "../testing/factories";
import { makeMasterplan } from "../testing/masterplan-factories";
import { FAKE_EXE, multipartFile, TINY_PDF } from "../testing/multipart";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";
const SOLOK = "13.72";

let coordinator: string;
let diskominfo: string;
let viewer: string;
let mentor: string;
let solokCoordinator: string;
let planId: number;

beforeAll(async () => {
  const app = t.app();
  const kominfo = await makeOpd(app, BANJAR, "Diskominfo");
  await makeOpd(app, BANJAR, "Bappeda");
  planId = (await makeMasterplan(app, BANJAR)).id;
  const people = await Promise.all(
    [
      { role: "region_coordinator" as const, regionCode: BANJAR },
      { role: "opd_contributor" as const, regionCode: BANJAR, opdId: kominfo.id },
      { role: "region_viewer" as const, regionCode: BANJAR },
      { role: "mentor" as const, regionCode: BANJAR },
      { role: "region_coordinator" as const, regionCode: SOLOK },
    ].map((m) => actorWith(app, m)),
  );
  [coordinator, diskominfo, viewer, mentor, solokCoordinator] = people.map((p) => p.cookie) as [
    string,
    string,
    string,
    string,
    string,
  ];
}, 60_000);

const HEADER = IMPORT_COLUMNS.map((c) => c.header);
const row = (name: string, over: Partial<Record<(typeof IMPORT_COLUMNS)[number]["key"], string | number>> = {}) => {
  const values: Record<string, string | number> = {
    dimensionCode: "governance",
    elementCode: "governance.pelayanan-publik",
    name,
    description: "Uraian",
    ownerOpd: "Diskominfo",
    supportingOpds: "Bappeda",
    term: "menengah",
    startYear: 2024,
    endYear: 2026,
    budgets: "2024:APBD:1.000.000.000; 2025:APBN:500.000.000",
    apbdCode: "2.16.02.1.01",
    rpjmdReference: "",
    innovation: "",
    priority: 1,
    actionPlan: "2024: Kajian kebutuhan; 2025: Pembangunan aplikasi",
    ...over,
  };
  return IMPORT_COLUMNS.map((c) => values[c.key] ?? "");
};

async function xlsx(rows: Array<Array<string | number>>) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Program");
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const csv = (rows: Array<Array<string | number>>) =>
  Buffer.from(
    [HEADER, ...rows].map((r) => r.map((v) => `"${String(v).replace(/"/g, '""')}"`).join(";")).join("\r\n"),
    "utf8",
  );

const upload = (url: string, cookie: string, content: Buffer, filename: string, contentType: string) =>
  t.app().inject({ method: "POST", url, ...multipartFile(content, { filename, contentType, cookie }) });
const importFile = (cookie: string, content: Buffer, filename = "program.xlsx", type = "application/octet-stream") =>
  upload(`/api/masterplans/${planId}/programs/import`, cookie, content, filename, type);
const countPrograms = async () =>
  (await t.app().database.db.select({ id: program.id }).from(program).where(eq(program.masterplanId, planId))).length;

describe("program import", () => {
  it("serves a template with headers, an example row and the plan's codes and OPDs, which imports as is", async () => {
    const res = await t
      .app()
      .inject({ method: "GET", url: `/api/masterplans/${planId}/programs/template.xlsx`, headers: { cookie: mentor } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("Program");
    if (!sheet) throw new Error("no Program sheet");
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    expect(sheet.rowCount).toBe(2);
    const ref = wb.getWorksheet("Referensi");
    const refText = JSON.stringify(ref?.getSheetValues());
    expect(refText).toContain("governance.pelayanan-publik");
    expect(refText).toContain("Diskominfo");
    expect(refText).toContain("Bappeda");
  });

  it("imports every row of a valid XLSX in one go, audited per program", async () => {
    const before = await countPrograms();
    const res = await importFile(
      coordinator,
      await xlsx([
        row("Program A"),
        row("Program B"),
        row("Program C", { ownerOpd: "bappeda", term: "panjang", endYear: 2033 }),
      ]),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data.imported).toBe(3);
    expect(await countPrograms()).toBe(before + 3);
    const [first] = res.json().data.programIds;
    const p = await t.app().inject({ method: "GET", url: `/api/programs/${first}`, headers: { cookie: coordinator } });
    expect(p.json().data).toMatchObject({
      name: "Program A",
      term: "medium",
      budgets: [
        { year: 2024, source: "APBD", amount: 1_000_000_000 },
        { year: 2025, source: "APBN", amount: 500_000_000 },
      ],
      actionPlan: [
        { year: 2024, step: "Kajian kebutuhan" },
        { year: 2025, step: "Pembangunan aplikasi" },
      ],
      apbdCode: "2.16.02.1.01",
      priority: 1,
    });
    const events = await t
      .app()
      .database.db.select()
      .from(auditEvent)
      .where(eq(auditEvent.entityId, String(first)));
    expect(events.some((e) => e.action === "program.created" && e.entityType === "program")).toBe(true);
  });

  it("imports a semicolon CSV", async () => {
    const res = await importFile(
      coordinator,
      csv([row("Program CSV 1"), row("Program CSV 2", { term: "pendek", endYear: 2024, budgets: "", actionPlan: "" })]),
      "program.csv",
      "text/csv",
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data.imported).toBe(2);
  });

  it("imports nothing when one row is invalid, naming the row, column and value", async () => {
    const before = await countPrograms();
    const res = await importFile(
      coordinator,
      await xlsx([
        row("Baik 1"),
        row("Buruk", { elementCode: "economy.tidak-ada", apbdCode: "abc", ownerOpd: "Dinas Entah" }),
        row("Baik 2"),
        row("Tahun salah", { startYear: 2020, endYear: 2040 }),
      ]),
    );
    expect(res.statusCode, res.body).toBe(422);
    const err = res.json().error;
    expect(err.code).toBe("import_invalid");
    expect(err.message).toContain("tidak ada program yang disimpan");
    const rows: Array<{ row: number; column: string; value: string | null; message: string }> = err.details.rows;
    expect(new Set(rows.map((r) => r.row))).toEqual(new Set([3, 5]));
    expect(rows).toContainEqual(
      expect.objectContaining({ row: 3, column: "OPD Penanggung Jawab", value: "Dinas Entah" }),
    );
    expect(rows).toContainEqual(expect.objectContaining({ row: 3, column: "Kode Nomenklatur APBD", value: "abc" }));
    expect(rows.find((r) => r.row === 5)).toBeTruthy();
    expect(await countPrograms()).toBe(before);
  });

  it("checks the framework and the OPD contributor's own OPD per row", async () => {
    const wrongElement = await importFile(coordinator, await xlsx([row("X", { elementCode: "economy.tidak-ada" })]));
    expect(wrongElement.statusCode).toBe(422);
    expect(wrongElement.json().error.details.rows[0]).toMatchObject({ row: 2, column: "Kode Elemen" });
    const notOwn = await importFile(
      diskominfo,
      await xlsx([row("Milik sendiri"), row("Milik Bappeda", { ownerOpd: "Bappeda" })]),
    );
    expect(notOwn.statusCode).toBe(422);
    expect(notOwn.json().error.details.rows).toEqual([
      expect.objectContaining({ row: 3, column: "OPD Penanggung Jawab", value: "Bappeda" }),
    ]);
    const own = await importFile(diskominfo, await xlsx([row("Milik sendiri")]));
    expect(own.statusCode, own.body).toBe(201);
  });

  it("reports missing header columns and an empty file", async () => {
    const res = await importFile(coordinator, Buffer.from("Nama Program\nA\n"), "p.csv", "text/csv");
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.rows[0]).toMatchObject({ row: 1, column: "Kode Dimensi" });
    const empty = await importFile(coordinator, await xlsx([]));
    expect(empty.statusCode).toBe(422);
  });

  it("refuses a file that is not really XLSX or CSV (415) and one over 5 MB (413)", async () => {
    const exe = await importFile(coordinator, FAKE_EXE, "program.xlsx");
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.code).toBe("import_type_not_allowed");
    const pdf = await importFile(coordinator, TINY_PDF, "program.csv", "text/csv");
    expect(pdf.statusCode).toBe(415);
    const binary = await importFile(
      coordinator,
      Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x80, 0x81]),
      "p.csv",
      "text/csv",
    );
    expect(binary.statusCode).toBe(415);
    const big = Buffer.concat([Buffer.from(`${HEADER.join(",")}\n`), Buffer.alloc(5 * 1024 * 1024 + 10, 0x41)]);
    const tooBig = await importFile(coordinator, big, "program.csv", "text/csv");
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.code).toBe("import_too_large");
  });

  it("is 403 for viewers and mentors, 404 for another region, 409 once the plan is not a draft", async () => {
    const file = await xlsx([row("Z")]);
    expect((await importFile(viewer, file)).statusCode).toBe(403);
    expect((await importFile(mentor, file)).statusCode).toBe(403);
    const other = await importFile(solokCoordinator, file);
    expect(other.statusCode).toBe(404);
    const reviewPlan = (await makeMasterplan(t.app(), BANJAR, { status: "in_review" })).id;
    const locked = await upload(
      `/api/masterplans/${reviewPlan}/programs/import`,
      coordinator,
      file,
      "p.xlsx",
      "application/octet-stream",
    );
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe("masterplan_locked");
  });
});

describe("Perkada file", () => {
  it("lets the coordinator attach the signed PDF to an approved plan, downloadable by the region and its mentor only", async () => {
    const approved = (await makeMasterplan(t.app(), BANJAR, { status: "approved" })).id;
    const url = `/api/masterplans/${approved}/perkada-file`;
    expect((await upload(url, mentor, TINY_PDF, "perwali.pdf", "application/pdf")).statusCode).toBe(403);
    expect((await upload(url, solokCoordinator, TINY_PDF, "perwali.pdf", "application/pdf")).statusCode).toBe(404);
    const exe = await upload(url, coordinator, FAKE_EXE, "perwali.pdf", "application/pdf");
    expect(exe.statusCode).toBe(415);
    const res = await upload(url, coordinator, TINY_PDF, "Perwali Banjar 2025.pdf", "application/pdf");
    expect(res.statusCode, res.body).toBe(200);
    const fileId = res.json().data.perkadaFileId;
    expect(fileId).toEqual(expect.any(String));
    expect(res.json().data.version).toBe(2);
    for (const cookie of [mentor, viewer]) {
      const dl = await t.app().inject({ method: "GET", url: `/api/files/${fileId}`, headers: { cookie } });
      expect(dl.statusCode).toBe(200);
      expect(dl.rawPayload.equals(TINY_PDF)).toBe(true);
    }
    const foreign = await t
      .app()
      .inject({ method: "GET", url: `/api/files/${fileId}`, headers: { cookie: solokCoordinator } });
    expect(foreign.statusCode).toBe(404);
    const [ev] = await t
      .app()
      .database.db.select()
      .from(auditEvent)
      .where(eq(auditEvent.action, "masterplan.perkada_file_attached"));
    expect(ev).toMatchObject({ entityId: String(approved), regionCode: BANJAR });
  });

  it("is 409 for a plan not yet approved", async () => {
    const res = await upload(
      `/api/masterplans/${planId}/perkada-file`,
      coordinator,
      TINY_PDF,
      "p.pdf",
      "application/pdf",
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("masterplan_transition_not_allowed");
  });
});
