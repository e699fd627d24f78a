import { eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { IMPORT_COLUMNS } from "../../domain/program-import";
import type { App } from "../../server/app";
import type { Database } from "../../server/db/client";
import {
  comment,
  framework,
  masterplan,
  opd,
  program,
  programActionStep,
  programBudget,
} from "../../server/db/schema/index";
import { getFramework } from "../../server/services/frameworks/get-framework";
import { createAccount } from "../../server/services/people/create-account";
import { signIn } from "../../server/testing/factories";
import { multipartFile } from "../../server/testing/multipart";
import { measure, type Row } from "../measure";

const REGION = "32.79";
const PASSWORD = "bench-password-123";

async function newPlan(app: App, fwId: number) {
  const [p] = await app.database.db
    .insert(masterplan)
    .values({ regionCode: REGION, title: "Bench", periodStart: 2024, periodEnd: 2033, frameworkId: fwId })
    .returning();
  if (!p) throw new Error("plan");
  return p.id;
}

/** A plan with 200 programs, 1,000 action steps, 400 budget lines and 400 comments; then an XLSX import of 200 programs. */
export async function masterplanScenarios(app: App, database: Database): Promise<Row[]> {
  const db = app.database.db;
  const [fw] = await db.select().from(framework).where(eq(framework.isDefault, true));
  if (!fw) throw new Error("framework");
  // Programs go under the framework's first element, whatever the framework names it.
  const firstDim = (await getFramework(db, fw.id)).dimensions[0];
  const firstEl = firstDim?.elements[0];
  if (!firstDim || !firstEl) throw new Error("framework without elements");
  const [o] = await db
    .insert(opd)
    .values({ regionCode: REGION, name: "Dinas Kominfo", abbreviation: "Diskominfo", kind: "dinas" })
    .returning();
  if (!o) throw new Error("opd");
  const coord = await createAccount(db, app.auth, {
    email: "bench-coord@contoh.go.id",
    name: "Koordinator",
    password: PASSWORD,
    membership: { role: "region_coordinator", regionCode: REGION },
    createdBy: null,
  });
  const cookie = await signIn(app, coord.email, PASSWORD);
  const planId = await newPlan(app, fw.id);
  const programs = await db
    .insert(program)
    .values(
      Array.from({ length: 200 }, (_, i) => ({
        masterplanId: planId,
        dimensionCode: firstDim.code,
        elementCode: firstEl.code,
        name: `Program ${i + 1}`,
        ownerOpdId: o.id,
        term: "medium" as const,
        startYear: 2024,
        endYear: 2028,
      })),
    )
    .returning({ id: program.id });
  await db
    .insert(programActionStep)
    .values(
      programs.flatMap((p) =>
        [0, 1, 2, 3, 4].map((k) => ({ programId: p.id, year: 2024 + k, step: `Langkah ${k + 1}`, order: k })),
      ),
    );
  await db.insert(programBudget).values(
    programs.flatMap((p) => [
      { programId: p.id, year: 2024, source: "APBD" as const, amount: 1e9 },
      { programId: p.id, year: 2025, source: "APBN" as const, amount: 5e8 },
    ]),
  );
  await db.insert(comment).values(
    programs.flatMap((p) =>
      [1, 2].map((k) => ({
        masterplanId: planId,
        targetType: "program" as const,
        targetId: String(p.id),
        authorId: coord.id,
        body: `Komentar ${k}`,
      })),
    ),
  );

  const table = await measure(
    async () => {
      const res = await app.inject({ url: `/api/masterplans/${planId}/programs?pageSize=200`, headers: { cookie } });
      if (res.statusCode !== 200 || res.json().data.length !== 200) throw new Error(`programs → ${res.statusCode}`);
    },
    50,
    5,
  );
  const tableBase = await measure(
    () =>
      database.db.execute(sql`select p.*, (select json_agg(b) from program_budget b where b.program_id = p.id) as budgets,
        (select json_agg(s order by s."order") from program_action_step s where s.program_id = p.id) as steps
        from program p where p.masterplan_id = ${planId} order by p.id limit 200`),
    50,
    5,
  );
  const overview = await measure(
    async () => {
      const [a, b] = await Promise.all([
        app.inject({ url: `/api/masterplans/${planId}`, headers: { cookie } }),
        app.inject({ url: `/api/masterplans/${planId}/completeness`, headers: { cookie } }),
      ]);
      if (a.statusCode !== 200 || b.statusCode !== 200) throw new Error("overview");
    },
    50,
    5,
  );
  const overviewBase = await measure(
    () =>
      database.db.execute(
        sql`select m.*, (select count(*) from program where masterplan_id = m.id) as n from masterplan m where m.id = ${planId}`,
      ),
    50,
    5,
  );

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Program");
  ws.addRow(IMPORT_COLUMNS.map((c) => c.header));
  for (let i = 0; i < 200; i++)
    ws.addRow([
      firstDim.code,
      firstEl.code,
      `Impor ${i}`,
      "",
      "Diskominfo",
      "",
      "menengah",
      2024,
      2028,
      "2024:APBD:1.000.000; 2025:APBN:500.000",
      "2.16.02.1.01",
      "",
      "",
      2,
      "2024: A; 2025: B; 2026: C; 2027: D; 2028: E",
    ]);
  const file = Buffer.from(await wb.xlsx.writeBuffer());
  const importRun = await measure(
    async () => {
      const target = await newPlan(app, fw.id);
      const res = await app.inject({
        method: "POST",
        url: `/api/masterplans/${target}/programs/import`,
        ...multipartFile(file, { filename: "p.xlsx", cookie }),
      });
      if (res.statusCode !== 201) throw new Error(`import → ${res.statusCode} ${res.body}`);
    },
    5,
    1,
  );
  return [
    {
      scenario: "GET /api/masterplans/:id/programs (200 prog., 1000 steps)",
      median: table.median,
      p99: table.p99,
      baselineMedian: tableBase.median,
      note: `target < 100 ms median: ${table.median < 100 ? "met" : "NOT met"}`,
    },
    {
      scenario: "GET masterplan + completeness (400 comments)",
      median: overview.median,
      p99: overview.p99,
      baselineMedian: overviewBase.median,
      note: `target < 100 ms median: ${overview.median < 100 ? "met" : "NOT met"}`,
    },
    {
      scenario: "POST programs/import (XLSX, 200 programs)",
      median: importRun.median,
      p99: importRun.p99,
      baselineMedian: tableBase.median,
      note: `target < 2000 ms: ${importRun.median < 2000 ? "met" : "NOT met"}; baseline = table SQL`,
    },
  ];
}
