import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import { ProgramIndicatorCreate, ProgramIndicatorOut, ProgramIndicatorUpdate } from "../../domain/monitoring-api";
import type { Actor } from "../../domain/roles";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import { programIndicatorPolicy } from "../policies/monitoring";
import { guardTargets } from "../policies/monitoring-guards";
import { presentProgramIndicator } from "../presenters/monitoring";
import { loadMonitoredProgram, loadProgramIndicator, monitoredRes } from "../services/monitoring/load";
import {
  linkIndicator,
  listProgramIndicators,
  unlinkIndicator,
  updateProgramIndicator,
} from "../services/monitoring/program-indicators";

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const tags = ["Monitoring"];
const IdParams = z.object({ id: z.coerce.number().int().positive() });

/** A program's indicators: which indicators measure it, with baseline and yearly targets. */
export const programIndicatorRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  const programIndicatorOut = async (
    actor: Actor,
    programId: number,
    ctx: Parameters<typeof presentProgramIndicator>[1],
  ) =>
    (await listProgramIndicators(db(), [programId])).map((l) =>
      presentProgramIndicator(actor, ctx, l.link, l.indicator, l.targets, l.values),
    );

  app.get(
    "/api/programs/:id/indicators",
    {
      schema: {
        tags,
        summary: "Indikator suatu program dengan baseline, target per tahun, realisasi dan capaian",
        params: IdParams,
        response: {
          200: z.object({ data: z.array(ProgramIndicatorOut), can: z.object({ create: z.boolean() }) }),
          ...errors,
        },
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
};
