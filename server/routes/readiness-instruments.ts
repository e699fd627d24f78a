import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import { InstrumentCreate, InstrumentTransitionBody, InstrumentUpdate } from "../../domain/instruments/editor";
import {
  InstrumentCan,
  InstrumentDetail,
  InstrumentIdParams,
  InstrumentSummary,
} from "../../domain/instruments/schemas";
import { PageQuery, pageOf } from "../../domain/pagination";
import { type Actor, isNationalAdmin } from "../../domain/roles";
import { requestContext } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { guardInstrument, instrumentPolicy } from "../policies/instrument";
import { presentInstrument } from "../presenters/instrument";
import { createInstrument } from "../services/instruments/create-instrument";
import { getInstrument } from "../services/instruments/get-instrument";
import { listInstruments } from "../services/instruments/list-instruments";
import { transitionInstrument } from "../services/instruments/transition-instrument";
import { updateInstrument } from "../services/instruments/update-instrument";

const tags = ["Asesmen Kesiapan"];
const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const Detail = z.object({ data: InstrumentDetail, can: InstrumentCan });

/** Readiness instruments (criteria by lens, weights, scale): read by all, edited by the program office. */
export const readinessInstrumentRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;
  const detail = async (database: Db, actor: Actor | null, id: number) => {
    const instrument = await getInstrument(database, id);
    // A draft is the program office's alone until it is published.
    if (instrument.status === "draft" && !isNationalAdmin(actor)) throw new AppError("instrument_not_found", { id });
    return presentInstrument(actor, instrument);
  };

  app.get(
    "/api/readiness-instruments",
    {
      schema: {
        tags,
        summary: "Daftar instrumen kesiapan, terbaru lebih dulu; draf hanya untuk admin nasional",
        querystring: PageQuery,
        response: {
          200: pageOf(InstrumentSummary).extend({
            can: z.object({ create: z.boolean() }).describe("Boleh membuat instrumen baru"),
          }),
          422: ErrorBody,
        },
      },
    },
    async (req) => {
      const { rows, total } = await listInstruments(db(), req.query, { drafts: isNationalAdmin(req.actor) });
      return {
        data: rows,
        total,
        page: req.query.page,
        pageSize: req.query.pageSize,
        can: { create: instrumentPolicy.can(req.actor, "create", {}) },
      };
    },
  );

  app.get(
    "/api/readiness-instruments/:id",
    {
      schema: {
        tags,
        summary: "Satu instrumen kesiapan dengan skala dan kriterianya (lensa, bobot)",
        params: InstrumentIdParams,
        response: { 200: Detail, 404: ErrorBody, 422: ErrorBody },
      },
    },
    async (req) => detail(db(), req.actor, req.params.id),
  );

  app.post(
    "/api/readiness-instruments",
    {
      schema: {
        tags,
        summary:
          "Instrumen baru (draf): definisi lengkap seperti hasil GET tanpa id, atau salinan instrumen lain (copyOf)",
        body: InstrumentCreate,
        response: { 201: Detail, ...errors },
      },
    },
    async (req, reply) => {
      instrumentPolicy.authorize(req.actor, "create", {});
      const row = await createInstrument(db(), { input: req.body, ctx: requestContext(req) });
      reply.code(201);
      return detail(db(), req.actor, row.id);
    },
  );

  app.patch(
    "/api/readiness-instruments/:id",
    {
      schema: {
        tags,
        summary: "Ubah instrumen yang belum dipakai angkatan (definisi lengkap, dengan revisi yang dibaca)",
        params: InstrumentIdParams,
        body: InstrumentUpdate,
        response: { 200: Detail, ...errors },
      },
    },
    async (req) => {
      guardInstrument(req.actor, "update");
      const { revision, ...def } = req.body;
      await updateInstrument(db(), { id: req.params.id, revision, def, ctx: requestContext(req) });
      return detail(db(), req.actor, req.params.id);
    },
  );

  for (const action of ["publish", "retire"] as const) {
    app.post(
      `/api/readiness-instruments/:id/${action}`,
      {
        schema: {
          tags,
          summary:
            action === "publish" ? "Terbitkan draf instrumen kesiapan" : "Pensiunkan instrumen kesiapan yang terbit",
          params: InstrumentIdParams,
          body: InstrumentTransitionBody,
          response: { 200: Detail, ...errors },
        },
      },
      async (req) => {
        guardInstrument(req.actor, action);
        await transitionInstrument(db(), {
          id: req.params.id,
          revision: req.body.revision,
          action,
          ctx: requestContext(req),
        });
        return detail(db(), req.actor, req.params.id);
      },
    );
  }
};
