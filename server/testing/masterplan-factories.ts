import { eq } from "drizzle-orm";
import type { MasterplanStatus } from "../../domain/masterplan";
import type { App } from "../app";
import { framework, masterplan } from "../db/schema/index";

/** A plan on the default framework inserted directly, in the status asked for (2024–2033 unless told). */
export async function makeMasterplan(
  app: App,
  regionCode: string,
  opts: { status?: MasterplanStatus; periodStart?: number; periodEnd?: number } = {},
) {
  const db = app.database.db;
  const [fw] = await db.select().from(framework).where(eq(framework.isDefault, true));
  if (!fw) throw new Error("reference data not seeded");
  const [row] = await db
    .insert(masterplan)
    .values({
      regionCode,
      title: `Masterplan Smart City ${regionCode}`,
      periodStart: opts.periodStart ?? 2024,
      periodEnd: opts.periodEnd ?? 2033,
      frameworkId: fw.id,
      status: opts.status ?? "draft",
    })
    .returning();
  if (!row) throw new Error("masterplan insert failed");
  return row;
}

/** A valid program body for the default framework, owned by an OPD. */
export function programBody(ownerOpdId: number | null, overrides: Record<string, unknown> = {}) {
  return {
    dimensionCode: "governance",
    elementCode: "governance.pelayanan-publik",
    name: "Mal Pelayanan Publik Digital",
    description: "Satu pintu layanan perizinan daring",
    ownerOpdId,
    supportingOpdIds: [],
    term: "medium",
    startYear: 2024,
    endYear: 2026,
    budgets: [
      { year: 2024, source: "APBD", amount: 1_000_000_000 },
      { year: 2025, source: "APBN", amount: 500_000_000 },
    ],
    apbdCode: "2.16.02.1.01",
    priority: 1,
    actionPlan: [
      { year: 2024, step: "Kajian kebutuhan" },
      { year: 2025, step: "Pembangunan aplikasi" },
    ],
    ...overrides,
  };
}

/** A complete Kata Pengantar, signed by the Wali Kota (no NIP). */
export const FOREWORD_CONTENT = {
  text: "<p>Puji syukur, Masterplan Smart City ini menjadi arah bersama kota.</p>",
  place: "Banjar",
  date: "2024-09-20",
  signatoryName: "H. Dadang Sudrajat",
  signatoryPosition: "Wali Kota Banjar",
};

/** Writes the plan's foreword through the API as `cookie` (its coordinator). */
export async function writeForeword(app: App, planId: number, cookie: string, content: object = FOREWORD_CONTENT) {
  const res = await app.inject({
    method: "PUT",
    url: `/api/masterplans/${planId}/sections/foreword`,
    headers: { cookie },
    payload: { content, version: 0 },
  });
  if (res.statusCode !== 200) throw new Error(`foreword: ${res.statusCode} ${res.body}`);
  return res.json().data;
}

/** What an enactment carries besides the Perkada number and date: who signed, who promulgated, the Berita Daerah. */
export const ENACTMENT = {
  headName: "H. Dadang Sudrajat",
  secretaryName: "Drs. Agus Salim Nurjaman, M.Si.",
  secretaryNip: "197005121995031004",
  promulgatedOn: "2025-02-04",
  gazetteYear: 2025,
  gazetteNumber: "12",
};
