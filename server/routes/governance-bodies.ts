import { asc, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import { GovernanceBodyDef } from "../../domain/framework/types";
import { GovernanceBodyCreate, GovernanceBodyUpdate } from "../../domain/masterplan-api";
import { GovernanceBodyOut } from "../../domain/masterplan-responses";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import { governanceBody } from "../db/schema/index";
import { guardPlanUpdate, masterplanPolicy } from "../policies/masterplan";
import { planRes, presentGovernanceBody } from "../presenters/masterplan";
import {
  createGovernanceBody,
  deleteGovernanceBody,
  planGovernanceKinds,
  updateGovernanceBody,
} from "../services/masterplans/governance-bodies";
import { loadGovernanceBody, loadMasterplan } from "../services/masterplans/load";

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const tags = ["Masterplan"];
const IdParams = z.object({ id: z.coerce.number().int().positive() });
const VersionQuery = z.object({ version: z.coerce.number().int().min(1) });
const CanCreate = z.object({ create: z.boolean() });

/** Governance bodies of a masterplan: Dewan Smart City, Tim Pelaksana, Forum, with decree and members. */
export const governanceBodyRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  app.get(
    "/api/masterplans/:id/governance-bodies",
    {
      schema: {
        tags,
        summary:
          "Kelembagaan: Dewan Smart City, Satgas, Tim Pelaksana, Forum — dengan lembaga yang dikenal kerangkanya",
        params: IdParams,
        response: {
          200: z.object({
            data: z.array(GovernanceBodyOut),
            kinds: z
              .array(GovernanceBodyDef)
              .describe("Lembaga yang dikenal kerangka masterplan ini; yang wajib ditandai"),
            can: CanCreate,
          }),
          ...errors,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const plan = await loadMasterplan(db(), req.params.id, actor);
      const rows = await db()
        .select()
        .from(governanceBody)
        .where(eq(governanceBody.masterplanId, plan.id))
        .orderBy(asc(governanceBody.id));
      return {
        data: rows.map((g) => presentGovernanceBody(actor, plan, g)),
        kinds: await planGovernanceKinds(db(), plan),
        can: { create: masterplanPolicy.can(actor, "update", planRes(plan)) },
      };
    },
  );

  app.post(
    "/api/masterplans/:id/governance-bodies",
    {
      schema: {
        tags,
        summary: "Menambah kelembagaan dengan SK dan anggotanya",
        params: IdParams,
        body: GovernanceBodyCreate,
        response: { 201: z.object({ data: GovernanceBodyOut }), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const plan = await loadMasterplan(db(), req.params.id, actor);
      guardPlanUpdate(actor, planRes(plan));
      const row = await createGovernanceBody(db(), { plan, input: req.body, ctx: requestContext(req) });
      return reply.code(201).send({ data: presentGovernanceBody(actor, plan, row) });
    },
  );

  app.patch(
    "/api/governance-bodies/:id",
    {
      schema: {
        tags,
        summary: "Mengubah kelembagaan (dengan versi)",
        params: IdParams,
        body: GovernanceBodyUpdate,
        response: { 200: z.object({ data: GovernanceBodyOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const current = await loadGovernanceBody(db(), req.params.id, actor);
      guardPlanUpdate(actor, planRes(current.plan));
      const row = await updateGovernanceBody(db(), { current, changes: req.body, ctx: requestContext(req) });
      return { data: presentGovernanceBody(actor, current.plan, row) };
    },
  );

  app.delete(
    "/api/governance-bodies/:id",
    {
      schema: {
        tags,
        summary: "Menghapus kelembagaan (dengan versi); riwayatnya tetap ada di riwayat rencana",
        params: IdParams,
        querystring: VersionQuery,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const current = await loadGovernanceBody(db(), req.params.id, actor);
      guardPlanUpdate(actor, planRes(current.plan));
      await deleteGovernanceBody(db(), { current, version: req.query.version, ctx: requestContext(req) });
      return reply.code(204).send(null);
    },
  );
};
