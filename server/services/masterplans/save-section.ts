import { and, eq, sql } from "drizzle-orm";
import { sectionContentSchema } from "../../../domain/masterplan-api";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { masterplanSection } from "../../db/schema/index";
import { AppError } from "../../errors";
import { lockDraftPlan, type PlanRow } from "./load";
import { planFramework } from "./plan-facts";

/**
 * Checks a chapter's content against the schema of its key (narratives come back sanitized)
 * and that an element chapter names an element of the plan's framework; 422 with field paths.
 */
export async function parseSection(db: Db, plan: PlanRow, key: string, content: unknown) {
  if (key.startsWith("element:")) {
    const code = key.slice("element:".length);
    const dims = await planFramework(db, plan);
    if (!dims.some((d) => d.elements.some((e) => e.code === code)))
      throw new AppError("validation_failed", {
        issues: [{ path: "params.key", message: `Elemen ${code} tidak ada dalam kerangka masterplan ini` }],
      });
  }
  const schema = sectionContentSchema(key);
  if (!schema)
    throw new AppError("validation_failed", { issues: [{ path: "params.key", message: "Bab tidak dikenal" }] });
  const parsed = schema.safeParse(content);
  if (!parsed.success)
    throw new AppError("validation_failed", {
      issues: parsed.error.issues.map((i) => ({ path: ["body", "content", ...i.path].join("."), message: i.message })),
    });
  return parsed.data as Record<string, unknown>;
}

/** Writes a chapter: version 0 creates it, otherwise only if nobody changed it since `version`. */
export async function saveSection(
  db: Db,
  opts: { plan: PlanRow; key: string; content: Record<string, unknown>; version: number; ctx: RequestContext },
) {
  return db.transaction(async (tx) => {
    await lockDraftPlan(tx, opts.plan.id);
    const where = and(eq(masterplanSection.masterplanId, opts.plan.id), eq(masterplanSection.key, opts.key));
    const [existing] = await tx.select().from(masterplanSection).where(where).for("update");
    const conflict = () =>
      new AppError("version_conflict", { currentVersion: existing?.version ?? 0, current: existing ?? null });
    let row: typeof masterplanSection.$inferSelect | undefined;
    if (opts.version === 0) {
      if (existing) throw conflict();
      [row] = await tx
        .insert(masterplanSection)
        .values({ masterplanId: opts.plan.id, key: opts.key, content: opts.content })
        .onConflictDoNothing()
        .returning();
    } else {
      if (!existing || existing.version !== opts.version) throw conflict();
      [row] = await tx
        .update(masterplanSection)
        .set({ content: opts.content, version: sql`${masterplanSection.version} + 1`, updatedAt: new Date() })
        .where(and(where, eq(masterplanSection.version, opts.version)))
        .returning();
    }
    if (!row) throw conflict();
    await recordAudit(tx, opts.ctx, {
      action: "masterplan.section_saved",
      entityType: "masterplan_section",
      entityId: `${opts.plan.id}:${opts.key}`,
      regionCode: opts.plan.regionCode,
      links: { masterplanId: opts.plan.id },
      before: existing ? { content: existing.content } : null,
      after: { content: row.content },
    });
    return row;
  });
}
