import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  DELIVERABLE_ACTIONS,
  type DeliverableAction,
  DeliverableActionInput,
  DeliverableOut,
  DeliverableReviewOut,
  DeliverableUpdate,
} from "../../domain/bimtek";
import { ErrorBody } from "../../domain/errors";
import type { Actor } from "../../domain/roles";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import { AppError } from "../errors";
import { deliverablePolicy, stagePolicy } from "../policies/cohort";
import { presentDeliverable, presentReview } from "../presenters/bimtek";
import { actOnDeliverable } from "../services/bimtek/act-on-deliverable";
import { attachDeliverableFile } from "../services/bimtek/attach-deliverable-file";
import { listReviews } from "../services/bimtek/list-reviews";
import { type LoadedDeliverable, loadDeliverable } from "../services/bimtek/load";
import { loadCoverage, NO_COVERAGE } from "../services/bimtek/masterplan-coverage";
import { EDITABLE_STATUSES, updateDeliverable } from "../services/bimtek/update-deliverable";
import { readUpload } from "../services/files/read-upload";

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const IdParams = z.object({ id: z.coerce.number().int().positive() });
const tags = ["Pendampingan"];
const One = z.object({ data: DeliverableOut });

/**
 * 403 when the actor may never do this to the deliverable (a viewer submitting); 409 when
 * they could, but the closed stage or the current status stands in the way (a mentor
 * approving a draft). The policy holds both rules; this only tells them apart.
 */
function authorizeDeliverable(actor: Actor, action: DeliverableAction | "edit", d: LoadedDeliverable) {
  const from: readonly string[] = action === "edit" ? EDITABLE_STATUSES : DELIVERABLE_ACTIONS[action].from;
  const someday = from.some((status) => deliverablePolicy.can(actor, action, { ...d.res, status }));
  if (!someday) deliverablePolicy.authorize(actor, action, d.res);
  if (d.stage.closedAt) throw new AppError("stage_already_closed", { id: d.stage.id });
  if (!deliverablePolicy.can(actor, action, d.res))
    throw new AppError("deliverable_transition_not_allowed", { status: d.deliverable.status, action });
}

/** Deliverables of Bimtek stages: the region hands them in, the mentor reviews them. */
export const deliverableRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;
  const reload = async (id: number, actor: Actor) => {
    const d = await loadDeliverable(db(), id, actor);
    const coverage = await loadCoverage(db(), {
      actor,
      regionCode: d.regionCode,
      stageTemplateIds: [d.stage.stageTemplateId],
    });
    return { data: presentDeliverable(actor, { ...d, stageClosed: Boolean(d.stage.closedAt) }, coverage) };
  };

  app.patch(
    "/api/deliverables/:id",
    {
      schema: {
        tags,
        summary: "Mengubah tautan atau catatan keluaran (draf atau perlu revisi; dengan versi)",
        params: IdParams,
        body: DeliverableUpdate,
        response: { 200: One, ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const current = await loadDeliverable(db(), req.params.id, actor);
      authorizeDeliverable(actor, "edit", current);
      await updateDeliverable(db(), { current, changes: req.body, ctx: requestContext(req) });
      return reload(current.deliverable.id, actor);
    },
  );

  app.post(
    "/api/deliverables/:id/file",
    {
      schema: {
        tags,
        summary: "Mengunggah berkas keluaran (multipart, kolom `file`; PDF, PNG/JPEG atau dokumen Office, maks. 20 MB)",
        consumes: ["multipart/form-data"],
        params: IdParams,
        response: { 200: One, ...errors, 413: ErrorBody, 415: ErrorBody },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const current = await loadDeliverable(db(), req.params.id, actor);
      authorizeDeliverable(actor, "edit", current);
      const part = await readUpload(req);
      await attachDeliverableFile(db(), { current, part, store: app.files, ctx: requestContext(req) });
      return reload(current.deliverable.id, actor);
    },
  );

  app.post(
    "/api/deliverables/:id/actions",
    {
      schema: {
        tags,
        summary:
          "Mengajukan, meminta revisi (dengan alasan), menyetujui atau membuka kembali persetujuan (dengan alasan)",
        params: IdParams,
        body: DeliverableActionInput,
        response: { 200: One, ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const current = await loadDeliverable(db(), req.params.id, actor);
      authorizeDeliverable(actor, req.body.action, current);
      await actOnDeliverable(db(), { current, input: req.body, ctx: requestContext(req) });
      return reload(current.deliverable.id, actor);
    },
  );

  app.get(
    "/api/deliverables/:id/reviews",
    {
      schema: {
        tags,
        summary: "Riwayat pengajuan, permintaan revisi dan persetujuan suatu keluaran",
        params: IdParams,
        response: { 200: z.object({ data: z.array(DeliverableReviewOut), can: DeliverableOut.shape.can }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const d = await loadDeliverable(db(), req.params.id, actor);
      stagePolicy.authorize(actor, "read", d.res);
      const rows = await listReviews(db(), d.deliverable.id);
      const { can } = presentDeliverable(actor, { ...d, stageClosed: Boolean(d.stage.closedAt) }, NO_COVERAGE);
      return { data: rows.map(presentReview), can };
    },
  );
};
