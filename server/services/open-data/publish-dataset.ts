import { eq } from "drizzle-orm";
import type { DatasetKind } from "../../../domain/open-data/kinds";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { dataset } from "../../db/schema/index";
import { AppError } from "../../errors";
import { datasetPolicy } from "../../policies/dataset";
import { datasetAvailability } from "./dataset-availability";
import { datasetId } from "./dataset-id";

/**
 * The walidata publishes a dataset (again): it joins /data, the CKAN API and the DCAT catalogue.
 * Only a dataset with publishable data (an enacted plan, a published round) can be published; its
 * content is generated from verified and published data only, so nothing else can leak through it.
 * `version` 0 publishes for the first time; the issue date stays that of the first publication.
 */
export async function publishDataset(
  db: Db,
  opts: { kind: DatasetKind; regionCode: string | null; version: number; ctx: RequestContext },
) {
  const { kind, regionCode, ctx } = opts;
  datasetPolicy.authorize(ctx.actor, "publish", { regionCode });
  const { available } = await datasetAvailability(db, kind, regionCode);
  if (!available) throw new AppError("dataset_not_available", { kind, regionCode });
  const id = datasetId(kind, regionCode);
  const now = new Date();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(dataset).where(eq(dataset.id, id)).for("update");
    if ((before?.version ?? 0) !== opts.version)
      throw new AppError("version_conflict", {
        currentVersion: before?.version ?? 0,
        current: before ? { status: before.status, version: before.version } : null,
      });
    if (before?.status === "published") throw new AppError("dataset_already_published", { id });
    const values = { status: "published", publishedAt: now, publishedBy: ctx.actor?.userId ?? null, withdrawnAt: null };
    const [row] = before
      ? await tx
          .update(dataset)
          .set({ ...values, version: before.version + 1, updatedAt: now, dataModifiedAt: now })
          .where(eq(dataset.id, id))
          .returning()
      : await tx
          .insert(dataset)
          .values({ id, kind, regionCode, ...values, issuedAt: now, dataModifiedAt: now })
          .returning();
    if (!row) throw new Error("dataset write returned nothing");
    await recordAudit(tx, ctx, {
      action: "dataset.published",
      entityType: "dataset",
      entityId: id,
      regionCode,
      before: before ? { status: before.status } : null,
      after: { status: row.status, kind },
    });
    return row;
  });
}

/** The walidata withdraws a published dataset: it leaves every public interface; its identifier stays reserved. */
export async function withdrawDataset(
  db: Db,
  opts: { kind: DatasetKind; regionCode: string | null; version: number; ctx: RequestContext },
) {
  const { kind, regionCode, ctx } = opts;
  datasetPolicy.authorize(ctx.actor, "withdraw", { regionCode });
  const id = datasetId(kind, regionCode);
  const now = new Date();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(dataset).where(eq(dataset.id, id)).for("update");
    if (before?.status !== "published") throw new AppError("dataset_not_published", { id });
    if (before.version !== opts.version)
      throw new AppError("version_conflict", {
        currentVersion: before.version,
        current: { status: before.status, version: before.version },
      });
    const [row] = await tx
      .update(dataset)
      .set({ status: "withdrawn", withdrawnAt: now, version: before.version + 1, updatedAt: now })
      .where(eq(dataset.id, id))
      .returning();
    if (!row) throw new Error("dataset write returned nothing");
    await recordAudit(tx, ctx, {
      action: "dataset.withdrawn",
      entityType: "dataset",
      entityId: id,
      regionCode,
      before: { status: before.status },
      after: { status: row.status, kind },
    });
    return row;
  });
}
