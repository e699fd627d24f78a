import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { importCommand } from "./cli-import";
import { auditEvent, observation } from "./db/schema/index";
import { makeOpd } from "./testing/factories";
import { makeMasterplan } from "./testing/masterplan-factories";
import { linkIndicatorDirect, makeProgram, nationalIndicator, THIS_YEAR } from "./testing/monitoring-factories";
import { setupTestApp } from "./testing/test-app";

const t = setupTestApp();
const Y = THIS_YEAR;
let dir: string;

beforeAll(async () => {
  const app = t.app();
  const opd = (await makeOpd(app, "32.79", "Diskominfo")).id;
  const plan = await makeMasterplan(app, "32.79", { status: "enacted", periodStart: Y - 2, periodEnd: Y + 7 });
  const p = await makeProgram(app, plan.id, opd);
  await linkIndicatorDirect(app, p.id, (await nationalIndicator(app, "EC: ICT: ICT: 1C")).id, { [Y - 1]: 70 });
  await linkIndicatorDirect(app, p.id, (await nationalIndicator(app, "EC: P: EM: 1C")).id, { [Y - 1]: 5 });
  await makeMasterplan(app, "13.72", { status: "draft" });
  dir = await mkdtemp(path.join(tmpdir(), "kc-cli-"));
}, 60_000);

afterEach(() => vi.restoreAllMocks());

/** Runs `kotacerdas import observations …` in this process on the test database; returns what it printed. */
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, "log").mockImplementation((m: string) => void out.push(m));
  vi.spyOn(process.stderr, "write").mockImplementation((m: string | Uint8Array) => {
    err.push(String(m));
    return true;
  });
  const cmd = importCommand(
    (fn) => fn(t.database()),
    (m) => new Error(m),
  );
  let error: Error | null = null;
  await cmd.parseAsync(["observations", ...args], { from: "user" }).catch((e: Error) => {
    error = e;
  });
  return { out: out.join("\n"), err: err.join(""), error: error as Error | null };
}

const csvFile = async (name: string, lines: string[]) => {
  const file = path.join(dir, name);
  await writeFile(file, `\ufeff${lines.join("\n")}\n`);
  return file;
};
const stored = async () => (await t.app().database.db.select({ n: count() }).from(observation))[0]?.n;
const HEADER = "Kode Program,Kode Indikator,Satuan,Tahun,Semester,Realisasi,Catatan";

describe("kotacerdas import observations", () => {
  it("stores nothing and lists the rows when any row is wrong", async () => {
    const file = await csvFile("salah.csv", [
      HEADER,
      `P-01,EC: ICT: ICT: 1C,% rumah tangga,${Y - 1},,72,`,
      `P-01,EC: P: EM: 1C,persen,${Y - 1},,6,`,
      `P-07,EC: P: EM: 1C,% angkatan kerja,${Y - 1},,6,`,
    ]);
    const { error } = await run([file, "--region", "32.79"]);
    expect(error?.message).toContain("Impor dibatalkan, tidak ada yang disimpan: 2 masalah.");
    expect(error?.message).toContain(
      'baris 3, kolom "Satuan" (persen): Satuan "persen" tidak sesuai; indikator ini bersatuan "% angkatan kerja"',
    );
    expect(error?.message).toContain(
      'baris 4, kolom "Kode Program" (P-07): Kode program "P-07" tidak ada dalam masterplan ini',
    );
    expect(await stored()).toBe(0);
  });

  it("prints the first 50 problems and how many more there are", async () => {
    const bad = Array.from({ length: 60 }, (_, i) => `P-99,EC: P: EM: 1C,% angkatan kerja,${Y - 1},,${i},`);
    const { error } = await run([await csvFile("banyak.csv", [HEADER, ...bad]), "--region", "32.79"]);
    const lines = error?.message.split("\n") ?? [];
    expect(lines[0]).toBe("Impor dibatalkan, tidak ada yang disimpan: 60 masalah.");
    expect(lines[1]).toBe('  baris 2, kolom "Kode Program" (P-99): Kode program "P-99" tidak ada dalam masterplan ini');
    expect(lines[50]).toMatch(/^ {2}baris 51, /);
    expect(lines[51]).toBe("  … dan 10 masalah lain");
    expect(await stored()).toBe(0);
  });

  it("streams a good file into the region's enacted plan in one transaction, with a progress line on stderr", async () => {
    const file = await csvFile("baik.csv", [
      HEADER,
      `P-01,EC: ICT: ICT: 1C,% rumah tangga,${Y - 1},,72,"Susenas,\nangka sementara"`,
      `p-01,ec:p:em:1c,% angkatan kerja,${Y - 1},1,"5,5",`,
      `P-01,EC: P: EM: 1C,% angkatan kerja,${Y - 1},2,4.8,`,
      `P-01,EC: P: EM: 1C,% angkatan kerja,${Y},,,belum ada`,
    ]);
    const { out, err, error } = await run([file, "--region", "32.79"]);
    expect(error).toBeNull();
    expect(out).toMatch(/^Impor selesai ke masterplan \d+: 4 baris \(3 baru, 0 diperbarui, 1 kosong dilewati\)/);
    expect(err).toContain("100% · 4 baris");
    const rows = await t.app().database.db.select().from(observation);
    expect(rows.map((r) => [r.semester, r.value, r.note]).sort()).toEqual(
      [
        [null, 72, "Susenas,\nangka sementara"],
        [1, 5.5, ""],
        [2, 4.8, ""],
      ].sort(),
    );
    const [audit] = await t
      .app()
      .database.db.select()
      .from(auditEvent)
      .where(eq(auditEvent.action, "masterplan.realisations_imported"));
    expect(audit).toMatchObject({ actorUserId: null, regionCode: "32.79", userAgent: "kotacerdas-cli" });
  });

  it("refuses a region without an enacted plan and a bad region code", async () => {
    expect((await run([path.join(dir, "baik.csv"), "--region", "13.72"])).error?.message).toBe(
      "Wilayah 13.72 belum memiliki masterplan yang ditetapkan.",
    );
    expect((await run([path.join(dir, "baik.csv"), "--region", "banjar"])).error?.message).toMatch(/^--region: /);
  });
});
