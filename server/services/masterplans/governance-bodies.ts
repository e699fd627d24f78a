import { and, eq } from "drizzle-orm";
import type { GovernanceBodyDef } from "../../../domain/framework/types";
import type { GovernanceKind } from "../../../domain/governance";
import {
  GOVERNANCE_KIND_LABELS,
  type GovernanceBodyCreate,
  type GovernanceBodyUpdate,
} from "../../../domain/masterplan-api";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { framework, governanceBody } from "../../db/schema/index";
import { updateIfVersion } from "../../db/versioned-update";
import { AppError } from "../../errors";
import { type LoadedGovernanceBody, lockDraftPlan, type PlanRow } from "./load";

type BodyRow = typeof governanceBody.$inferSelect;
const pick = (g: BodyRow) => ({
  kind: g.kind,
  name: g.name,
  decreeNumber: g.decreeNumber,
  decreeDate: g.decreeDate,
  members: g.members,
});

/** The bodies the plan's framework names, the required ones marked. */
export async function planGovernanceKinds(db: Db, plan: PlanRow): Promise<GovernanceBodyDef[]> {
  const [fw] = await db
    .select({ bodies: framework.governanceBodies })
    .from(framework)
    .where(eq(framework.id, plan.frameworkId));
  return fw?.bodies ?? [];
}

/**
 * The name of a kind of body under the plan's framework; a kind the framework does not name is
 * refused (422 on `kind`), so a plan on the 2026 draft has a Satgas where a 2017 plan has a Dewan.
 */
async function bodyNameFor(tx: Db, plan: PlanRow, kind: GovernanceKind): Promise<string> {
  const bodies = await planGovernanceKinds(tx, plan);
  if (bodies.length === 0) return GOVERNANCE_KIND_LABELS[kind].id;
  const named = bodies.find((b) => b.kind === kind);
  if (!named)
    throw new AppError("validation_failed", {
      issues: [
        {
          path: "body.kind",
          message: `Kerangka masterplan ini tidak mengenal lembaga "${GOVERNANCE_KIND_LABELS[kind].id}"; pilih salah satu: ${bodies.map((b) => b.nameId).join(", ")}`,
        },
      ],
    });
  return named.nameId;
}

/** Adds a governance body (Dewan, Tim Pelaksana, Forum) to a draft plan; the name defaults to the kind's. */
export async function createGovernanceBody(
  db: Db,
  opts: { plan: PlanRow; input: GovernanceBodyCreate; ctx: RequestContext },
) {
  const { input } = opts;
  return db.transaction(async (tx) => {
    await lockDraftPlan(tx, opts.plan.id);
    const defaultName = await bodyNameFor(tx, opts.plan, input.kind);
    const [row] = await tx
      .insert(governanceBody)
      .values({
        masterplanId: opts.plan.id,
        kind: input.kind,
        name: input.name || defaultName,
        decreeNumber: input.decreeNumber ?? null,
        decreeDate: input.decreeDate ?? null,
        members: input.members,
      })
      .returning();
    if (!row) throw new Error("governance body insert failed");
    await recordAudit(tx, opts.ctx, {
      action: "governance_body.created",
      entityType: "governance_body",
      entityId: row.id,
      regionCode: opts.plan.regionCode,
      links: { masterplanId: opts.plan.id },
      after: pick(row),
    });
    return row;
  });
}

/** Changes a governance body if nobody changed it since `version`. */
export async function updateGovernanceBody(
  db: Db,
  opts: { current: LoadedGovernanceBody; changes: GovernanceBodyUpdate; ctx: RequestContext },
) {
  const { plan, body: before } = opts.current;
  const { version, ...fields } = opts.changes;
  return db.transaction(async (tx) => {
    await lockDraftPlan(tx, plan.id);
    if (fields.kind && fields.kind !== before.kind) await bodyNameFor(tx, plan, fields.kind);
    const row = await updateIfVersion(tx, governanceBody, { id: before.id, version }, fields);
    await recordAudit(tx, opts.ctx, {
      action: "governance_body.updated",
      entityType: "governance_body",
      entityId: row.id,
      regionCode: plan.regionCode,
      links: { masterplanId: plan.id },
      before: pick(before),
      after: pick(row),
    });
    return row;
  });
}

/** Deletes a governance body if nobody changed it since `version`; its history stays with the plan. */
export async function deleteGovernanceBody(
  db: Db,
  opts: { current: LoadedGovernanceBody; version: number; ctx: RequestContext },
) {
  const { plan, body: before } = opts.current;
  await db.transaction(async (tx) => {
    await lockDraftPlan(tx, plan.id);
    const [gone] = await tx
      .delete(governanceBody)
      .where(and(eq(governanceBody.id, before.id), eq(governanceBody.version, opts.version)))
      .returning({ id: governanceBody.id });
    if (!gone) {
      const [now] = await tx.select().from(governanceBody).where(eq(governanceBody.id, before.id));
      throw new AppError("version_conflict", { currentVersion: now?.version, current: now ?? null });
    }
    await recordAudit(tx, opts.ctx, {
      action: "governance_body.deleted",
      entityType: "governance_body",
      entityId: before.id,
      regionCode: plan.regionCode,
      links: { masterplanId: plan.id },
      before: pick(before),
    });
  });
}
