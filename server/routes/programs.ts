import { asc, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import {
  ProgramCreate,
  ProgramFilters,
  ProgramUpdate,
  QuickWinCreate,
  QuickWinUpdate,
} from "../../domain/masterplan-api";
import { ProgramOut, QuickWinOut } from "../../domain/masterplan-responses";
import { PageQuery, pageOf } from "../../domain/pagination";
import type { Actor } from "../../domain/roles";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import { quickWin } from "../db/schema/index";
import { guardDraft, masterplanPolicy, programPolicy, quickWinPolicy } from "../policies/masterplan";
import { ownedRes, planRes, presentProgram, presentQuickWin } from "../presenters/masterplan";
import { createProgram } from "../services/masterplans/create-program";
import { deleteProgram } from "../services/masterplans/delete-program";
import { listPrograms } from "../services/masterplans/list-programs";
import { loadMasterplan, loadProgram, loadQuickWin, type PlanRow } from "../services/masterplans/load";
import { createQuickWin, deleteQuickWin, mergeQuickWin, updateQuickWin } from "../services/masterplans/quick-wins";
import { mergeProgram, updateProgram } from "../services/masterplans/update-program";

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const tags = ["Masterplan"];
const IdParams = z.object({ id: z.coerce.number().int().positive() });
const VersionQuery = z.object({ version: z.coerce.number().int().min(1) });
const CanCreate = z.object({ create: z.boolean() });

type OwnedPolicy = typeof programPolicy | typeof quickWinPolicy;

/** Programs and quick wins: 403 unless coordinator or owning OPD, 409 when only the plan's status stands in the way. */
function guardOwned(
  policy: OwnedPolicy,
  actor: Actor,
  action: "update" | "delete",
  plan: PlanRow,
  ownerOpdId: number | null,
) {
  const res = ownedRes(plan, ownerOpdId);
  guardDraft(
    res.status,
    (status) => policy.can(actor, action, { ...res, status }),
    () => policy.authorize(actor, action, res),
  );
}

/** Programs with budgets and rencana aksi, and quick wins of a masterplan (governance bodies: governance-bodies.ts). */
export const programRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  // ── Programs ──────────────────────────────────────────────────────────────────────────
  app.get(
    "/api/masterplans/:id/programs",
    {
      schema: {
        tags,
        summary:
          "Program suatu masterplan, disaring menurut dimensi, elemen, OPD (penanggung jawab atau pendukung) dan jangka",
        params: IdParams,
        querystring: PageQuery.extend(ProgramFilters.shape),
        response: { 200: pageOf(ProgramOut).extend({ can: CanCreate }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const plan = await loadMasterplan(db(), req.params.id, actor);
      const { page, pageSize, ...filter } = req.query;
      const { rows, total } = await listPrograms(db(), { masterplanId: plan.id, filter, page: { page, pageSize } });
      return {
        data: rows.map((p) => presentProgram(actor, plan, p)),
        total,
        page,
        pageSize,
        can: { create: masterplanPolicy.can(actor, "addProgram", planRes(plan)) },
      };
    },
  );

  app.post(
    "/api/masterplans/:id/programs",
    {
      schema: {
        tags,
        summary: "Menambah program (koordinator, atau kontributor untuk OPD-nya sendiri)",
        params: IdParams,
        body: ProgramCreate,
        response: { 201: z.object({ data: ProgramOut }), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const plan = await loadMasterplan(db(), req.params.id, actor);
      // An OPD contributor adds programs only for their own OPD.
      guardOwned(programPolicy, actor, "update", plan, req.body.ownerOpdId);
      const row = await createProgram(db(), { plan, input: req.body, ctx: requestContext(req) });
      return reply.code(201).send({ data: presentProgram(actor, plan, row) });
    },
  );

  app.get(
    "/api/programs/:id",
    {
      schema: {
        tags,
        summary: "Satu program",
        params: IdParams,
        response: { 200: z.object({ data: ProgramOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { plan, program } = await loadProgram(db(), req.params.id, actor);
      return { data: presentProgram(actor, plan, program) };
    },
  );

  app.patch(
    "/api/programs/:id",
    {
      schema: {
        tags,
        summary:
          "Mengubah program, anggaran dan rencana aksinya (larik yang dikirim menggantikan yang lama; dengan versi)",
        params: IdParams,
        body: ProgramUpdate,
        response: { 200: z.object({ data: ProgramOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const current = await loadProgram(db(), req.params.id, actor);
      guardOwned(programPolicy, actor, "update", current.plan, current.program.ownerOpdId);
      // Handing the program to another OPD needs the right over the new owner too.
      const after = mergeProgram(current.program, req.body);
      if (after.ownerOpdId !== current.program.ownerOpdId)
        guardOwned(programPolicy, actor, "update", current.plan, after.ownerOpdId);
      const row = await updateProgram(db(), { current, changes: req.body, ctx: requestContext(req) });
      return { data: presentProgram(actor, current.plan, row) };
    },
  );

  app.delete(
    "/api/programs/:id",
    {
      schema: {
        tags,
        summary: "Menghapus program (dengan versi; ditolak bila masih ada quick win dari program ini)",
        params: IdParams,
        querystring: VersionQuery,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const current = await loadProgram(db(), req.params.id, actor);
      guardOwned(programPolicy, actor, "delete", current.plan, current.program.ownerOpdId);
      await deleteProgram(db(), { current, version: req.query.version, ctx: requestContext(req) });
      return reply.code(204).send(null);
    },
  );

  // ── Quick wins ────────────────────────────────────────────────────────────────────────
  app.get(
    "/api/masterplans/:id/quick-wins",
    {
      schema: {
        tags,
        summary: "Quick win suatu masterplan, menurut tahun",
        params: IdParams,
        response: { 200: z.object({ data: z.array(QuickWinOut), can: CanCreate }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const plan = await loadMasterplan(db(), req.params.id, actor);
      const rows = await db()
        .select()
        .from(quickWin)
        .where(eq(quickWin.masterplanId, plan.id))
        .orderBy(asc(quickWin.year), asc(quickWin.id));
      return {
        data: rows.map((q) => presentQuickWin(actor, plan, q)),
        can: { create: masterplanPolicy.can(actor, "addProgram", planRes(plan)) },
      };
    },
  );

  app.post(
    "/api/masterplans/:id/quick-wins",
    {
      schema: {
        tags,
        summary: "Menambah quick win dari suatu program",
        params: IdParams,
        body: QuickWinCreate,
        response: { 201: z.object({ data: QuickWinOut }), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const plan = await loadMasterplan(db(), req.params.id, actor);
      guardOwned(quickWinPolicy, actor, "update", plan, req.body.ownerOpdId);
      const row = await createQuickWin(db(), { plan, input: req.body, ctx: requestContext(req) });
      return reply.code(201).send({ data: presentQuickWin(actor, plan, row) });
    },
  );

  app.patch(
    "/api/quick-wins/:id",
    {
      schema: {
        tags,
        summary: "Mengubah quick win (dengan versi)",
        params: IdParams,
        body: QuickWinUpdate,
        response: { 200: z.object({ data: QuickWinOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const current = await loadQuickWin(db(), req.params.id, actor);
      guardOwned(quickWinPolicy, actor, "update", current.plan, current.quickWin.ownerOpdId);
      const after = mergeQuickWin(current.quickWin, req.body);
      if (after.ownerOpdId !== current.quickWin.ownerOpdId)
        guardOwned(quickWinPolicy, actor, "update", current.plan, after.ownerOpdId);
      const row = await updateQuickWin(db(), { current, changes: req.body, ctx: requestContext(req) });
      return { data: presentQuickWin(actor, current.plan, row) };
    },
  );

  app.delete(
    "/api/quick-wins/:id",
    {
      schema: {
        tags,
        summary: "Menghapus quick win (dengan versi)",
        params: IdParams,
        querystring: VersionQuery,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const current = await loadQuickWin(db(), req.params.id, actor);
      guardOwned(quickWinPolicy, actor, "delete", current.plan, current.quickWin.ownerOpdId);
      await deleteQuickWin(db(), { current, version: req.query.version, ctx: requestContext(req) });
      return reply.code(204).send(null);
    },
  );
};
