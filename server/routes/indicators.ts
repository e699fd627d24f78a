import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import { IndicatorCreate, IndicatorFilters, IndicatorOut, IndicatorUpdate } from "../../domain/indicator-api";
import { PageQuery, pageOf } from "../../domain/pagination";
import { isNationalAdmin, type Role } from "../../domain/roles";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import { indicatorPolicy } from "../policies/monitoring";
import { presentIndicator } from "../presenters/monitoring";
import { listIndicators } from "../services/indicators/list-indicators";
import { loadIndicator } from "../services/indicators/load-indicator";
import { createIndicator, updateIndicator } from "../services/indicators/save-indicator";

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const tags = ["Indikator"];
const IdParams = z.object({ id: z.coerce.number().int().positive() });

/** The indicator catalogue: national (the ministry's) and each region's own indicators. */
export const indicatorRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  app.get(
    "/api/indicators",
    {
      schema: {
        tags,
        summary:
          "Katalog indikator (standar Satu Data Indonesia): katalog nasional untuk semua, indikator daerah untuk anggota wilayahnya; cari dan saring",
        querystring: PageQuery.extend(IndicatorFilters.shape),
        response: {
          200: pageOf(IndicatorOut).extend({
            can: z.object({
              createNational: z.boolean(),
              createRegional: z.array(z.string()).describe("Wilayah tempat pemanggil boleh menambah indikator daerah"),
            }),
          }),
          ...errors,
        },
      },
    },
    async (req) => {
      const actor = req.actor;
      const { page, pageSize, ...filter } = req.query;
      const { rows, total } = await listIndicators(db(), { actor, filter, page: { page, pageSize } });
      const coordinatorOf = (actor?.memberships ?? [])
        .filter((m) => m.role === ("region_coordinator" satisfies Role) && m.regionCode)
        .map((m) => m.regionCode as string);
      return {
        data: rows.map((i) => presentIndicator(actor, i)),
        total,
        page,
        pageSize,
        can: { createNational: isNationalAdmin(actor), createRegional: [...new Set(coordinatorOf)] },
      };
    },
  );

  app.get(
    "/api/indicators/:id",
    {
      schema: {
        tags,
        summary: "Satu indikator dengan metadata lengkapnya",
        params: IdParams,
        response: { 200: z.object({ data: IndicatorOut }), ...errors },
      },
    },
    async (req) => {
      const row = await loadIndicator(db(), req.params.id, req.actor);
      return { data: presentIndicator(req.actor, row) };
    },
  );

  app.post(
    "/api/indicators",
    {
      schema: {
        tags,
        summary:
          "Menambah indikator: regionCode null ke katalog nasional (admin nasional), atau indikator daerah (koordinator wilayah itu)",
        body: IndicatorCreate,
        response: { 201: z.object({ data: IndicatorOut }), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      indicatorPolicy.authorize(actor, "create", { regionCode: req.body.regionCode });
      const row = await createIndicator(db(), { input: req.body, ctx: requestContext(req) });
      return reply.code(201).send({ data: presentIndicator(actor, row) });
    },
  );

  app.patch(
    "/api/indicators/:id",
    {
      schema: {
        tags,
        summary: "Mengubah indikator (dengan versi); active=false menonaktifkannya untuk tautan baru",
        params: IdParams,
        body: IndicatorUpdate,
        response: { 200: z.object({ data: IndicatorOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const current = await loadIndicator(db(), req.params.id, actor);
      indicatorPolicy.authorize(actor, "update", { regionCode: current.regionCode });
      const row = await updateIndicator(db(), { current, changes: req.body, ctx: requestContext(req) });
      return { data: presentIndicator(actor, row) };
    },
  );
};
