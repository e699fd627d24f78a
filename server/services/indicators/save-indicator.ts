import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { frameworkSelectable } from "../../../domain/framework/editor";
import { codeKey, type IndicatorCreate, type IndicatorUpdate } from "../../../domain/indicator-api";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { framework, indicator, opd } from "../../db/schema/index";
import { AppError } from "../../errors";
import { getFramework } from "../frameworks/get-framework";

type IndicatorRow = typeof indicator.$inferSelect;
type Shape = {
  regionCode: string | null;
  code: string;
  frameworkId: number;
  dimensionCode: string | null;
  elementCode: string | null;
  producerOpdId: number | null;
};

/** The framework an indicator is mapped in: the one asked for, or the default. */
async function frameworkIdOf(db: Db, id: number | undefined): Promise<number> {
  const [fw] = await db
    .select({ id: framework.id })
    .from(framework)
    .where(id ? eq(framework.id, id) : eq(framework.isDefault, true));
  if (!fw) throw new AppError("framework_not_found", { id: id ?? "default" });
  return fw.id;
}

/**
 * What the body alone cannot check: the framework is published when the indicator is mapped
 * anew in it (a draft may still change and a retired one is no longer offered, so a new mapping
 * into either could not be trusted), the dimension and element exist in the framework, the
 * producer is an OPD of the indicator's region (a national indicator has none), and the code is
 * not taken in the catalogue it joins (a regional code may not repeat a national one either,
 * so an import's code always names one indicator). Codes compare without case or spaces.
 */
async function check(db: Db, s: Shape, opts: { exceptId?: number; mapsAnew: boolean }) {
  const issues: Array<{ path: string; message: string }> = [];
  const fw = await getFramework(db, s.frameworkId);
  if (opts.mapsAnew && !frameworkSelectable(fw.status))
    throw new AppError("framework_not_published", { id: fw.id, status: fw.status });
  const dim = s.dimensionCode ? fw.dimensions.find((d) => d.code === s.dimensionCode) : undefined;
  if (s.dimensionCode && !dim)
    issues.push({ path: "body.dimensionCode", message: "Dimensi tidak ada dalam kerangka ini" });
  if (dim && s.elementCode && !dim.elements.some((e) => e.code === s.elementCode))
    issues.push({ path: "body.elementCode", message: `Elemen tidak termasuk dimensi ${dim.nameId}` });
  if (s.producerOpdId !== null) {
    if (s.regionCode === null)
      issues.push({ path: "body.producerOpdId", message: "Indikator nasional tidak memiliki OPD produsen" });
    else {
      const [o] = await db
        .select({ id: opd.id })
        .from(opd)
        .where(and(eq(opd.id, s.producerOpdId), eq(opd.regionCode, s.regionCode)));
      if (!o) issues.push({ path: "body.producerOpdId", message: "OPD produsen bukan OPD wilayah ini" });
    }
  }
  if (issues.length) throw new AppError("validation_failed", { issues });
  const sameCode = sql`upper(regexp_replace(${indicator.code}, '\\s', '', 'g')) = ${codeKey(s.code)}`;
  const [clash] = await db
    .select({ id: indicator.id })
    .from(indicator)
    .where(
      and(
        sameCode,
        s.regionCode === null
          ? undefined
          : sql`(${indicator.regionCode} is null or ${indicator.regionCode} = ${s.regionCode})`,
        s.regionCode === null ? isNull(indicator.regionCode) : undefined,
        opts.exceptId ? ne(indicator.id, opts.exceptId) : undefined,
      ),
    )
    .limit(1);
  if (clash) throw new AppError("indicator_code_taken", { code: s.code, id: clash.id });
}

const uniqueAsTaken = (code: string) => (err: unknown) => {
  if (isUniqueViolation(err)) throw new AppError("indicator_code_taken", { code });
  throw err;
};

/** Adds an indicator to the national catalogue or a region's own list, audited. */
export async function createIndicator(db: Db, opts: { input: IndicatorCreate; ctx: RequestContext }) {
  const { frameworkId: fwId, ...fields } = opts.input;
  const frameworkId = await frameworkIdOf(db, fwId);
  await check(db, { ...fields, frameworkId }, { mapsAnew: true });
  return db
    .transaction(async (tx) => {
      const [row] = await tx
        .insert(indicator)
        .values({ ...fields, frameworkId, createdBy: opts.ctx.actor?.userId ?? null })
        .returning();
      if (!row) throw new Error("indicator insert failed");
      await recordAudit(tx, opts.ctx, {
        action: "indicator.created",
        entityType: "indicator",
        entityId: row.id,
        regionCode: row.regionCode,
        after: auditFields(row),
      });
      return row;
    })
    .catch(uniqueAsTaken(fields.code));
}

/** Changes an indicator if nobody changed it since `version`; 409 with the current one otherwise. */
export async function updateIndicator(
  db: Db,
  opts: { current: IndicatorRow; changes: IndicatorUpdate; ctx: RequestContext },
) {
  const { version, ...changes } = opts.changes;
  const fields = Object.fromEntries(
    Object.entries(changes).filter(([, v]) => v !== undefined),
  ) as Partial<IndicatorRow>;
  const after = { ...opts.current, ...fields };
  if (fields.dimensionCode === null) after.elementCode = null;
  // Renaming or retiring an indicator of a retired framework stays possible; mapping it anew does not.
  const mapsAnew =
    (after.dimensionCode !== null && after.dimensionCode !== opts.current.dimensionCode) ||
    (after.elementCode !== null && after.elementCode !== opts.current.elementCode);
  await check(db, after, { exceptId: opts.current.id, mapsAnew });
  return db
    .transaction(async (tx) => {
      const [row] = await tx
        .update(indicator)
        .set({
          ...fields,
          elementCode: after.elementCode,
          version: sql`${indicator.version} + 1`,
          updatedAt: new Date(),
        })
        .where(and(eq(indicator.id, opts.current.id), eq(indicator.version, version)))
        .returning();
      if (!row) {
        const [now] = await tx.select().from(indicator).where(eq(indicator.id, opts.current.id));
        throw new AppError("version_conflict", { currentVersion: now?.version, current: now ?? null });
      }
      await recordAudit(tx, opts.ctx, {
        action: "indicator.updated",
        entityType: "indicator",
        entityId: row.id,
        regionCode: row.regionCode,
        before: auditFields(opts.current),
        after: auditFields(row),
      });
      return row;
    })
    .catch(uniqueAsTaken(after.code));
}

function auditFields(r: IndicatorRow) {
  const { createdAt: _c, updatedAt: _u, version: _v, createdBy: _b, ...rest } = r;
  return rest;
}
