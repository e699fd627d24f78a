import { count, eq } from "drizzle-orm";
import type { FrameworkDef } from "../../../domain/framework/types";
import type { Db } from "../../db/client";
import {
  cohort,
  deliverableTemplate,
  dimension,
  element,
  indicator,
  masterplan,
  stageTemplate,
} from "../../db/schema/index";

/** Writes a framework's dimensions, elements, stages and deliverables (with the chapters they cover), in the order given. */
export async function insertFrameworkContent(tx: Db, frameworkId: number, def: FrameworkDef): Promise<void> {
  for (const [di, d] of def.dimensions.entries()) {
    const { elements, ...dim } = d;
    const [row] = await tx
      .insert(dimension)
      .values({ ...dim, frameworkId, order: di + 1 })
      .returning({ id: dimension.id });
    if (!row) throw new Error("dimension insert returned nothing");
    await tx.insert(element).values(elements.map((e, ei) => ({ ...e, dimensionId: row.id, order: ei + 1 })));
  }
  for (const s of def.stages) {
    const { deliverables, ...stage } = s;
    const [st] = await tx
      .insert(stageTemplate)
      .values({ ...stage, frameworkId })
      .returning({ id: stageTemplate.id });
    if (!st) throw new Error("stage insert returned nothing");
    await tx
      .insert(deliverableTemplate)
      .values(deliverables.map((dl, i) => ({ ...dl, covers: [...dl.covers], stageTemplateId: st.id, order: i + 1 })));
  }
}

/** Replaces a framework's content; only for one nothing uses yet (cascades remove the old rows). */
export async function replaceFrameworkContent(tx: Db, frameworkId: number, def: FrameworkDef): Promise<void> {
  await tx.delete(dimension).where(eq(dimension.frameworkId, frameworkId));
  await tx.delete(stageTemplate).where(eq(stageTemplate.frameworkId, frameworkId));
  await insertFrameworkContent(tx, frameworkId, def);
}

/** How many cohorts, masterplans and indicators point at a framework. */
export async function frameworkUsage(tx: Db, frameworkId: number) {
  // One after the other: inside a transaction the queries share one connection.
  const [c] = await tx.select({ n: count() }).from(cohort).where(eq(cohort.frameworkId, frameworkId));
  const [m] = await tx.select({ n: count() }).from(masterplan).where(eq(masterplan.frameworkId, frameworkId));
  const [i] = await tx.select({ n: count() }).from(indicator).where(eq(indicator.frameworkId, frameworkId));
  return { cohorts: c?.n ?? 0, masterplans: m?.n ?? 0, indicators: i?.n ?? 0 };
}

/** Whether anything points at the framework, so its published content must stay as it is. */
export const isInUse = (u: Awaited<ReturnType<typeof frameworkUsage>>) => u.cohorts + u.masterplans + u.indicators > 0;
