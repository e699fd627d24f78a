import { rm } from "node:fs/promises";
import path from "node:path";
import type { MultipartFile } from "@fastify/multipart";
import { and, asc, eq, inArray } from "drizzle-orm";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { monitoringEvidence, observation, storedFile } from "../../db/schema/index";
import { AppError } from "../../errors";
import { type FileStore, saveUpload } from "../../files/store";
import { lockEnactedPlan } from "./load";

export type EvidenceSubject =
  | { kind: "realisation"; id: number }
  | { kind: "program_progress"; id: number }
  | { kind: "quick_win_progress"; id: number };

const column = {
  realisation: monitoringEvidence.observationId,
  program_progress: monitoringEvidence.programProgressId,
  quick_win_progress: monitoringEvidence.quickWinProgressId,
} as const;

/** The evidence files of many subjects of one kind, by subject id, oldest first. */
export async function evidenceOf(db: Db, kind: EvidenceSubject["kind"], ids: number[]) {
  const out = new Map<number, Array<typeof storedFile.$inferSelect>>();
  if (!ids.length) return out;
  const col = column[kind];
  const rows = await db
    .select({ subject: col, file: storedFile })
    .from(monitoringEvidence)
    .innerJoin(storedFile, eq(storedFile.id, monitoringEvidence.fileId))
    .where(inArray(col, ids))
    .orderBy(asc(monitoringEvidence.id));
  for (const r of rows) {
    if (r.subject === null) continue;
    out.set(r.subject, [...(out.get(r.subject) ?? []), r.file]);
  }
  return out;
}

/**
 * Stores an uploaded evidence file (type and size checked by its bytes) and attaches it to a
 * realisation or a progress entry of an enacted plan, in one transaction with its audit event.
 * A verified realisation takes no new evidence.
 */
export async function attachEvidence(
  db: Db,
  opts: {
    subject: EvidenceSubject;
    plan: { id: number; regionCode: string };
    part: MultipartFile;
    store: FileStore;
    ctx: RequestContext;
  },
) {
  const { subject, plan } = opts;
  let savedId: string | undefined;
  try {
    return await db.transaction(async (tx) => {
      await lockEnactedPlan(tx, plan.id);
      if (subject.kind === "realisation") {
        const [o] = await tx
          .select({ status: observation.status })
          .from(observation)
          .where(eq(observation.id, subject.id))
          .for("update");
        if (!o || o.status === "verified")
          throw new AppError("realisation_transition_not_allowed", { status: o?.status ?? null, action: "attach" });
      }
      const file = await saveUpload(tx, opts.store, opts.part, {
        regionCode: plan.regionCode,
        uploadedBy: opts.ctx.actor?.userId ?? null,
      });
      savedId = file.id;
      await tx.insert(monitoringEvidence).values({
        fileId: file.id,
        observationId: subject.kind === "realisation" ? subject.id : null,
        programProgressId: subject.kind === "program_progress" ? subject.id : null,
        quickWinProgressId: subject.kind === "quick_win_progress" ? subject.id : null,
        createdBy: opts.ctx.actor?.userId ?? null,
      });
      await recordAudit(tx, opts.ctx, {
        action: `${subject.kind}.evidence_attached`,
        entityType: subject.kind,
        entityId: subject.id,
        regionCode: plan.regionCode,
        after: { fileId: file.id, fileName: file.originalName, size: file.size },
      });
      return file;
    });
  } catch (err) {
    // The row went with the rolled-back transaction; the bytes on disk must go too.
    if (savedId) await rm(path.join(opts.store.dir, savedId), { force: true });
    throw err;
  }
}

/** Detaches an evidence file from its subject (the stored file itself stays, as audited history). */
export async function detachEvidence(
  db: Db,
  opts: { subject: EvidenceSubject; plan: { id: number; regionCode: string }; fileId: string; ctx: RequestContext },
) {
  const { subject, plan } = opts;
  await db.transaction(async (tx) => {
    await lockEnactedPlan(tx, plan.id);
    if (subject.kind === "realisation") {
      const [o] = await tx
        .select({ status: observation.status })
        .from(observation)
        .where(eq(observation.id, subject.id));
      if (o?.status === "verified")
        throw new AppError("realisation_transition_not_allowed", { status: o.status, action: "detach" });
    }
    const gone = await tx
      .delete(monitoringEvidence)
      .where(and(eq(column[subject.kind], subject.id), eq(monitoringEvidence.fileId, opts.fileId)))
      .returning({ id: monitoringEvidence.id });
    if (!gone.length) throw new AppError("file_not_found", { id: opts.fileId });
    await recordAudit(tx, opts.ctx, {
      action: `${subject.kind}.evidence_detached`,
      entityType: subject.kind,
      entityId: subject.id,
      regionCode: plan.regionCode,
      before: { fileId: opts.fileId },
    });
  });
}
