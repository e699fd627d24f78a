import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import {
  RealisationCreate,
  RealisationOut,
  RealisationReturn,
  RealisationUpdate,
  RealisationVerify,
} from "../../domain/monitoring-api";
import type { Actor } from "../../domain/roles";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import { realisationPolicy } from "../policies/monitoring";
import { guardEntry, guardRealisation } from "../policies/monitoring-guards";
import { presentRealisation } from "../presenters/monitoring";
import { readUpload } from "../services/files/read-upload";
import { attachEvidence, detachEvidence, evidenceOf } from "../services/monitoring/evidence";
import {
  type LoadedRealisation,
  loadProgramIndicator,
  loadRealisation,
  monitoredRes,
  realisationRes,
} from "../services/monitoring/load";
import {
  createRealisation,
  listRealisations,
  reviewRealisation,
  updateRealisation,
} from "../services/monitoring/realisations";

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const tags = ["Monitoring"];
const IdParams = z.object({ id: z.coerce.number().int().positive() });
const One = z.object({ data: RealisationOut });

/** Realisations of program indicators: entry, verification or return, evidence. */
export const realisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  const realisationOut = async (actor: Actor, r: LoadedRealisation, row = r.realisation) => {
    const files = (await evidenceOf(db(), "realisation", [row.id])).get(row.id) ?? [];
    return presentRealisation(actor, { plan: r.plan, ownerOpdId: r.program.ownerOpdId }, row, files);
  };

  app.get(
    "/api/program-indicators/:id/realisations",
    {
      schema: {
        tags,
        summary: "Realisasi suatu indikator program per tahun/semester, dengan status verifikasi dan bukti dukung",
        params: IdParams,
        response: {
          200: z.object({ data: z.array(RealisationOut), can: z.object({ enter: z.boolean() }) }),
          ...errors,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const current = await loadProgramIndicator(db(), req.params.id, actor);
      const values = await listRealisations(db(), current.link.id);
      const files = await evidenceOf(
        db(),
        "realisation",
        values.map((v) => v.id),
      );
      const ctx = { plan: current.plan, ownerOpdId: current.program.ownerOpdId };
      return {
        data: values.map((v) => presentRealisation(actor, ctx, v, files.get(v.id) ?? [])),
        can: { enter: realisationPolicy.can(actor, "enter", monitoredRes(current.plan, current.program.ownerOpdId)) },
      };
    },
  );

  app.post(
    "/api/program-indicators/:id/realisations",
    {
      schema: {
        tags,
        summary: "Mengisi realisasi untuk satu tahun (atau semester) — OPD pemilik program atau koordinator",
        params: IdParams,
        body: RealisationCreate,
        response: { 201: One, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const current = await loadProgramIndicator(db(), req.params.id, actor);
      guardEntry(actor, "realisation", monitoredRes(current.plan, current.program.ownerOpdId));
      const row = await createRealisation(db(), { current, input: req.body, ctx: requestContext(req) });
      return reply.code(201).send({ data: await realisationOut(actor, { ...current, realisation: row }) });
    },
  );

  app.get(
    "/api/realisations/:id",
    {
      schema: { tags, summary: "Satu realisasi", params: IdParams, response: { 200: One, ...errors } },
    },
    async (req) => {
      const actor = requireActor(req);
      return { data: await realisationOut(actor, await loadRealisation(db(), req.params.id, actor)) };
    },
  );

  app.patch(
    "/api/realisations/:id",
    {
      schema: {
        tags,
        summary: "Mengubah nilai atau catatan (status kembali 'diisi', menunggu verifikasi; dengan versi)",
        params: IdParams,
        body: RealisationUpdate,
        response: { 200: One, ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const current = await loadRealisation(db(), req.params.id, actor);
      guardRealisation(actor, "update", realisationRes(current.plan, current.program.ownerOpdId, current.realisation));
      const row = await updateRealisation(db(), { current, changes: req.body, ctx: requestContext(req) });
      return { data: await realisationOut(actor, current, row) };
    },
  );

  for (const action of ["verify", "return"] as const) {
    app.post(
      `/api/realisations/:id/${action}`,
      {
        schema: {
          tags,
          summary:
            action === "verify"
              ? "Koordinator memverifikasi realisasi yang diisi"
              : "Koordinator mengembalikan realisasi dengan catatan perbaikan",
          params: IdParams,
          body: action === "verify" ? RealisationVerify : RealisationReturn,
          response: { 200: One, ...errors },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        const current = await loadRealisation(db(), req.params.id, actor);
        guardRealisation(actor, action, realisationRes(current.plan, current.program.ownerOpdId, current.realisation));
        const body = req.body as { version: number; note?: string };
        const row = await reviewRealisation(db(), {
          current,
          action,
          version: body.version,
          note: body.note,
          ctx: requestContext(req),
        });
        return { data: await realisationOut(actor, current, row) };
      },
    );
  }

  app.post(
    "/api/realisations/:id/evidence",
    {
      schema: {
        tags,
        summary: "Melampirkan bukti dukung (multipart, kolom `file`; PDF, gambar atau dokumen Office, maks. 20 MB)",
        consumes: ["multipart/form-data"],
        params: IdParams,
        response: { 201: One, 413: ErrorBody, 415: ErrorBody, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const current = await loadRealisation(db(), req.params.id, actor);
      guardRealisation(actor, "attach", realisationRes(current.plan, current.program.ownerOpdId, current.realisation));
      const part = await readUpload(req);
      await attachEvidence(db(), {
        subject: { kind: "realisation", id: current.realisation.id },
        plan: current.plan,
        part,
        store: app.files,
        ctx: requestContext(req),
      });
      return reply.code(201).send({ data: await realisationOut(actor, current) });
    },
  );

  app.delete(
    "/api/realisations/:id/evidence/:fileId",
    {
      schema: {
        tags,
        summary: "Melepas bukti dukung dari realisasi",
        params: IdParams.extend({ fileId: z.uuid() }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const current = await loadRealisation(db(), req.params.id, actor);
      guardRealisation(actor, "attach", realisationRes(current.plan, current.program.ownerOpdId, current.realisation));
      await detachEvidence(db(), {
        subject: { kind: "realisation", id: current.realisation.id },
        plan: current.plan,
        fileId: req.params.fileId,
        ctx: requestContext(req),
      });
      return reply.code(204).send(null);
    },
  );
};
