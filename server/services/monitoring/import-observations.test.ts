import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { observation } from "../../db/schema/index";
import { AppError } from "../../errors";
import { makeOpd } from "../../testing/factories";
import { makeMasterplan } from "../../testing/masterplan-factories";
import { linkIndicatorDirect, makeProgram, nationalIndicator, THIS_YEAR } from "../../testing/monitoring-factories";
import { setupTestApp } from "../../testing/test-app";
import { copyLine, copyNewRealisations, updateRealisationsByCopy } from "./copy-realisations";
import { importObservationsFile, ObservationImportError } from "./import-observations";
import type { PlanRow } from "./load";

const t = setupTestApp();
const Y = THIS_YEAR;
const HEADER = "Kode Program,Kode Indikator,Satuan,Tahun,Semester,Realisasi,Catatan";
const ICT = "EC: ICT: ICT: 1C"; // % rumah tangga
const EM = "EC: P: EM: 1C"; // % angkatan kerja
const ctx = { actor: null, ip: null, userAgent: "test", requestId: "test" };
let dir: string;
let plan: PlanRow;
let link: { p1Ict: number; p1Em: number; p2Ict: number };

beforeAll(async () => {
  const app = t.app();
  const opd = (await makeOpd(app, "32.79", "Diskominfo")).id;
  plan = await makeMasterplan(app, "32.79", { status: "enacted", periodStart: Y - 2, periodEnd: Y + 7 });
  const p1 = await makeProgram(app, plan.id, opd);
  const p2 = await makeProgram(app, plan.id, opd, { name: "Program kedua" });
  const ict = (await nationalIndicator(app, ICT)).id;
  const em = (await nationalIndicator(app, EM)).id;
  link = {
    p1Ict: (await linkIndicatorDirect(app, p1.id, ict, {})).id,
    p1Em: (await linkIndicatorDirect(app, p1.id, em, {})).id,
    p2Ict: (await linkIndicatorDirect(app, p2.id, ict, {})).id,
  };
  dir = await mkdtemp(path.join(tmpdir(), "kc-import-"));
}, 60_000);

beforeEach(async () => {
  await t.app().database.db.delete(observation);
});

const file = async (text: string) => {
  const f = path.join(dir, `${Math.random().toString(36).slice(2)}.csv`);
  await writeFile(f, text);
  return f;
};
const run = async (text: string) => importObservationsFile(t.database(), { file: await file(text), plan, ctx });
const stored = () =>
  t
    .app()
    .database.db.select()
    .from(observation)
    .orderBy(asc(observation.programIndicatorId), asc(observation.year), asc(observation.semester));
const issuesOf = async (text: string) => {
  const err = await run(text).catch((e: unknown) => e);
  if (!(err instanceof ObservationImportError)) throw new Error(`expected a row report, got ${String(err)}`);
  return { issues: err.issues.map((i) => [i.row, i.column, i.value, i.message]), total: err.total };
};

describe("importObservationsFile", () => {
  it("inserts new periods and replaces stored entered or returned ones, from a semicolon CSV with CRLF", async () => {
    await t
      .app()
      .database.db.insert(observation)
      .values([
        { programIndicatorId: link.p1Ict, year: Y - 1, value: 10 },
        { programIndicatorId: link.p1Em, year: Y - 1, semester: 1, value: 3, status: "returned", reviewNote: "cek" },
      ]);
    const text = [
      HEADER.replaceAll(",", ";"),
      `P-01;${ICT};% rumah tangga;${Y - 1};;72;"Susenas;\r\nangka sementara"`,
      `p-01;ec:p:em:1c;% angkatan kerja;${Y - 1};1;5,5;`,
      `P-01;${EM};% Angkatan  Kerja;${Y - 1};2;4.8;`,
      "",
      `P-02;${ICT};% rumah tangga;${Y};;"1.234,5";`,
      `P-02;${ICT};% rumah tangga;${Y + 1};;;belum ada`,
    ].join("\r\n");
    const r = await run(text);
    expect(r).toEqual({ masterplanId: plan.id, rows: 5, inserted: 2, updated: 2, skipped: 1 });
    expect(
      (await stored()).map((o) => [o.programIndicatorId, o.year, o.semester, o.value, o.note, o.status, o.version]),
    ).toEqual([
      [link.p1Ict, Y - 1, null, 72, "Susenas;\nangka sementara", "entered", 2],
      [link.p1Em, Y - 1, 1, 5.5, "", "entered", 2],
      [link.p1Em, Y - 1, 2, 4.8, "", "entered", 1],
      [link.p2Ict, Y, null, 1234.5, "", "entered", 1],
    ]);
  });

  it("reports each kind of bad row with its row number and stores nothing", async () => {
    await t
      .app()
      .database.db.insert(observation)
      .values({ programIndicatorId: link.p2Ict, year: Y - 1, value: 50, status: "verified" });
    const { issues, total } = await issuesOf(
      [
        HEADER,
        `P-09,${ICT},% rumah tangga,${Y},,1,`,
        `P-02,${EM},% angkatan kerja,${Y},,1,`,
        `P-01,${ICT},persen,${Y},,1,`,
        `P-01,${ICT},% rumah tangga,20x5,,1,`,
        `P-01,${ICT},% rumah tangga,${Y + 8},,1,`,
        `P-01,${ICT},% rumah tangga,${Y},3,1,`,
        `P-01,${ICT},% rumah tangga,${Y},,abc,`,
        `P-01,${ICT},% rumah tangga,${Y},,7,`,
        `P-01,${ICT},% rumah tangga,${Y},,8,`,
        `P-02,${ICT},% rumah tangga,${Y - 1},,60,`,
        `P-01,${EM},% angkatan kerja,${Y + 1},,1,`,
        `P-01,${EM},% angkatan kerja,${Y},,1,"tidak ditutup`,
      ].join("\n"),
    );
    expect(issues).toEqual([
      [2, "Kode Program", "P-09", 'Kode program "P-09" tidak ada dalam masterplan ini'],
      [3, "Kode Indikator", EM, `Indikator "${EM}" bukan indikator program P-02`],
      [4, "Satuan", "persen", 'Satuan "persen" tidak sesuai; indikator ini bersatuan "% rumah tangga"'],
      [5, "Tahun", "20x5", 'Tahun "20x5" bukan tahun empat angka'],
      [6, "Tahun", String(Y + 8), `Tahun ${Y + 8} di luar periode masterplan ${Y - 2}–${Y + 7}`],
      [7, "Semester", "3", "Semester harus 1, 2 atau kosong (setahun)"],
      [8, "Realisasi", "abc", 'Realisasi "abc" bukan angka'],
      [10, "Tahun", String(Y), "Baris ganda: nilai ini sudah ada pada baris 9"],
      [11, "Realisasi", "60", "Realisasi ini sudah diverifikasi; minta koordinator mengembalikannya dulu"],
      [12, "Tahun", String(Y + 1), `Tahun ${Y + 1} belum berjalan; realisasi hanya untuk tahun ${Y} dan sebelumnya`],
      [13, "", null, "Tanda kutip tidak ditutup"],
    ]);
    expect(total).toBe(11);
    expect((await stored()).map((o) => [o.programIndicatorId, o.value, o.status])).toEqual([
      [link.p2Ict, 50, "verified"],
    ]);
  });

  it("keeps the first 200 problems and counts them all", async () => {
    const bad = Array.from({ length: 450 }, (_, i) => `P-77,${ICT},% rumah tangga,${Y},,${i},`);
    const { issues, total } = await issuesOf([HEADER, `P-01,${ICT},% rumah tangga,${Y},,1,`, ...bad].join("\n"));
    expect(issues).toHaveLength(200);
    expect(issues[0]?.[0]).toBe(3);
    expect(issues[199]?.[0]).toBe(202);
    expect(total).toBe(450);
    expect(await stored()).toEqual([]);
  });

  it("streams a file larger than one read, with rows after the first chunk", async () => {
    const empty = Array.from({ length: 40_000 }, () => `P-01,${ICT},% rumah tangga,${Y},1,,`);
    const text = [HEADER, ...empty, `P-02,${ICT},% rumah tangga,${Y},2,"9,25","baris\ndua"`, ""].join("\n");
    expect(text.length).toBeGreaterThan(1 << 20);
    const progress: number[] = [];
    const r = await importObservationsFile(t.database(), {
      file: await file(text),
      plan,
      ctx,
      onProgress: (p) => progress.push(p.rows),
    });
    expect(r).toMatchObject({ rows: 40_001, inserted: 1, updated: 0, skipped: 40_000 });
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(40_001);
    expect((await stored()).map((o) => [o.semester, o.value, o.note])).toEqual([[2, 9.25, "baris\ndua"]]);
  });

  it("refuses a file without the required columns, and an empty file", async () => {
    const { issues } = await issuesOf(`Kode Program;Tahun;Realisasi\nP-01;${Y};1\n`);
    expect(issues.map((i) => i[3])).toEqual([
      'Kolom "Kode Indikator" tidak ditemukan pada baris judul',
      'Kolom "Satuan" tidak ditemukan pada baris judul',
    ]);
    expect((await issuesOf("")).issues).toEqual([[1, "", null, "Berkas kosong"]]);
  });
});

describe("COPY writes", () => {
  it("roll back when the data fails halfway, and leave the connection usable", async () => {
    const line = (year: number) =>
      Buffer.from(copyLine({ programIndicatorId: link.p2Ict, year, semester: 1, value: 1, note: "" }));
    async function* failing() {
      yield line(Y);
      throw new Error("berkas terputus");
    }
    await expect(t.database().copyTransaction((_tx, copyIn) => copyNewRealisations(copyIn, failing()))).rejects.toThrow(
      "berkas terputus",
    );
    expect(await stored()).toEqual([]);
    for (const year of [Y, Y + 1, Y + 2])
      expect(await t.database().copyTransaction((_tx, copyIn) => copyNewRealisations(copyIn, [line(year)]))).toBe(1);
    expect((await stored()).map((o) => o.year)).toEqual([Y, Y + 1, Y + 2]);
  });

  it("turn a program indicator removed meanwhile into a version conflict, storing nothing", async () => {
    const lines = [link.p2Ict, 987_654_321].map((pi) =>
      Buffer.from(copyLine({ programIndicatorId: pi, year: Y, semester: 2, value: 3, note: "" })),
    );
    const copy = t.database().copyTransaction((_tx, copyIn) => copyNewRealisations(copyIn, lines));
    await expect(copy).rejects.toMatchObject({
      code: "version_conflict",
      details: { reason: "plan_changed_meanwhile" },
    });
    expect(await stored()).toEqual([]);
  });

  it("turn a period entered meanwhile, or verified meanwhile, into a version conflict", async () => {
    const db = t.app().database.db;
    await db.insert(observation).values([
      { programIndicatorId: link.p1Ict, year: Y, value: 1 },
      { programIndicatorId: link.p1Em, year: Y, value: 2, status: "verified" },
    ]);
    const line = (pi: number) =>
      Buffer.from(copyLine({ programIndicatorId: pi, year: Y, semester: null, value: 5, note: "a\tb\\c" }));
    const copyNew = t.database().copyTransaction((_tx, copyIn) => copyNewRealisations(copyIn, [line(link.p1Ict)]));
    await expect(copyNew).rejects.toMatchObject({ code: "version_conflict", details: { reason: "entered_meanwhile" } });
    const update = t
      .database()
      .copyTransaction((tx, copyIn) =>
        updateRealisationsByCopy(tx, copyIn, [line(link.p1Ict), line(link.p1Em)], 2, null),
      );
    await expect(update).rejects.toBeInstanceOf(AppError);
    await expect(update).rejects.toMatchObject({ details: { reason: "verified_meanwhile" } });
    const updated = await t
      .database()
      .copyTransaction((tx, copyIn) => updateRealisationsByCopy(tx, copyIn, [line(link.p1Ict)], 1, null));
    expect(updated).toBe(1);
    const rows = await db.select().from(observation).where(eq(observation.year, Y)).orderBy(asc(observation.id));
    expect(rows.map((o) => [o.value, o.note, o.status, o.version])).toEqual([
      [5, "a\tb\\c", "entered", 2],
      [2, "", "verified", 1],
    ]);
  });
});
