import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import {
  ProgramIndicatorCreate,
  ProgramIndicatorOut,
  ProgramIndicatorUpdate,
  RealisationCreate,
  RealisationOut,
  RealisationReturn,
  RealisationUpdate,
  RealisationVerify,
} from "../../domain/monitoring-api";
import type { Actor } from "../../domain/roles";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import { guardEntry, guardRealisation, guardTargets } from "../policies/monitoring-guards";
import { programIndicatorPolicy, realisationPolicy } from "../policies/monitoring";
import { presentProgramIndicator, presentRealisation } from "../presenters/monitoring";
import { readUpload } from "../services/files/read-upload";
import { attachEvidence, detachEvidence, evidenceOf } from "../services/monitoring/evidence";
import {
  type LoadedRealisation,
  loadMonitoredProgram,
  loadProgramIndicator,
  loadRealisation,
  monitoredRes,
  realisationRes,
} from "../services/monitoring/load";
import {
  linkIndicator,
  listProgramIndicators,
  unlinkIndicator,
  updateProgramIndicator,
} from "../services/monitoring/program-indicators";
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

/** A program's indicators with baseline and targets, and their realisations with verification. */
export const realisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  const programIndicatorOut = async (actor: Actor, programId: number, ctx: Parameters<typeof presentProgramIndicator>[1]) =>
    (await listProgramIndicators(db(), [programId])).map((l) =>
      presentProgramIndicator(actor, ctx, l.link, l.indicator, l.targets, l.values),
    );

  const realisationOut = async (actor: Actor, r: LoadedRealisation, row = r.realisation) => {
    const files = (await evidenceOf(db(), "realisation", [row.id])).get(row.id) ?? [];
    return presentRealisation(actor, { plan: r.plan, ownerOpdId: r.program.ownerOpdId }, row, files);
  };

  app.get(
    "/api/programs/:id/indicators",
    {
      schema: {
        tags,
        summary: "Indikator suatu program dengan baseline, target per tahun, realisasi dan capaian",
        params: IdParams,
        response: { 200: z.object({ data: z.array(ProgramIndicatorOut), can: z.object({ create: z.boolean() }) }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { program, plan } = await loadMonitoredProgram(db(), req.params.id, actor);
      const ctx = { plan, ownerOpdId: program.ownerOpdId };
      return {
        data: await programIndicatorOut(actor, program.id, ctx),
        can: { create: programIndicatorPolicy.can(actor, "create", monitoredRes(plan, program.ownerOpdId)) },
      };
    },
  );

  app.post(
    "/api/programs/:id/indicators",
    {
      schema: {
        tags,
        summary: "Menautkan indikator (nasional atau milik wilayah) ke program, dengan baseline dan target per tahun",
        params: IdParams,
        body: ProgramIndicatorCreate,
        response: { 201: z.object({ data: ProgramIndicatorOut }), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { program, plan } = await loadMonitoredProgram(db(), req.params.id, actor);
      guardTargets(actor, "create", monitoredRes(plan, program.ownerOpdId));
      const row = await linkIndicator(db(), { plan, program, input: req.body, ctx: requestContext(req) });
      const out = (await programIndicatorOut(actor, program.id, { plan, ownerOpdId: program.ownerOpdId })).find(
        (p) => p.id === row.id,
      );
      return reply.code(201).send({ data: out as z.infer<typeof ProgramIndicatorOut> });
    },
  );

  app.patch(
    "/api/program-indicators/:id",
    {
      schema: {
        tags,
        summary: "Mengubah baseline, catatan atau target (target yang dikirim menggantikan semuanya; dengan versi)",
        params: IdParams,
        body: ProgramIndicatorUpdate,
        response: { 200: z.object({ data: ProgramIndicatorOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const current = await loadProgramIndicator(db(), req.params.id, actor);
      guardTargets(actor, "update", monitoredRes(current.plan, current.program.ownerOpdId));
      await updateProgramIndicator(db(), { current, changes: req.body, ctx: requestContext(req) });
      const ctx = { plan: current.plan, ownerOpdId: current.program.ownerOpdId };
      const out = (await programIndicatorOut(actor, current.program.id, ctx)).find((p) => p.id === current.link.id);
      return { data: out as z.infer<typeof ProgramIndicatorOut> };
    },
  );

  app.delete(
    "/api/program-indicators/:id",
    {
      schema: {
        tags,
        summary: "Melepas indikator dari program (dengan versi; ditolak bila sudah ada realisasi)",
        params: IdParams,
        querystring: z.object({ version: z.coerce.number().int().min(1) }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const current = await loadProgramIndicator(db(), req.params.id, actor);
      guardTargets(actor, "delete", monitoredRes(current.plan, current.program.ownerOpdId));
      await unlinkIndicator(db(), { current, version: req.query.version, ctx: requestContext(req) });
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/program-indicators/:id/realisations",
    {
      schema: {
        tags,
        summary: "Realisasi suatu indikator program per tahun/semester, dengan status verifikasi dan bukti dukung",
        params: IdParams,
        response: { 200: z.object({ data: z.array(RealisationOut), can: z.object({ enter: z.boolean() }) }), ...errors },
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
