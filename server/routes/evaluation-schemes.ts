import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import {
  SchemeCan,
  SchemeCreate,
  SchemeDetail,
  SchemeIdParams,
  SchemeListQuery,
  SchemeTransitionBody,
  SchemeUpdate,
} from "../../domain/evaluation/scheme-editor";
import { type Actor, isNationalAdmin } from "../../domain/roles";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { guardScheme, schemePolicy } from "../policies/evaluation-scheme";
import { presentSchemeDetail, presentSchemeWithCan } from "../presenters/evaluation-scheme";
import { createScheme } from "../services/evaluation-schemes/create-scheme";
import { getScheme } from "../services/evaluation-schemes/get-scheme";
import { listSchemes } from "../services/evaluation-schemes/list-schemes";
import { transitionScheme } from "../services/evaluation-schemes/transition-scheme";
import { updateScheme } from "../services/evaluation-schemes/update-scheme";

const tags = ["Evaluasi"];
const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const Detail = z.object({ data: SchemeDetail, can: SchemeCan });

/** Evaluation schemes: read by everyone signed in, edited by the program office (draft → published → retired). */
export const evaluationSchemeRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;
  const detail = async (database: Db, actor: Actor | null, id: number) => {
    const { row, rounds } = await getScheme(database, id);
    // A draft is the program office's alone.
    if (row.status === "draft" && !isNationalAdmin(actor)) throw new AppError("scheme_not_found", { id });
    return presentSchemeWithCan(actor, row, rounds);
  };

  app.get(
    "/api/evaluation-schemes",
    {
      schema: {
        tags,
        summary:
          "Skema evaluasi: dimensi hasil dengan bobot, skala nilai, dimensi smart city kerangka dan butir; draf hanya untuk admin nasional",
        querystring: SchemeListQuery,
        response: {
          200: z.object({ data: z.array(SchemeDetail), can: z.object({ create: z.boolean() }) }),
          401: ErrorBody,
          422: ErrorBody,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const rows = await listSchemes(db(), req.query, { drafts: isNationalAdmin(actor) });
      return {
        data: rows.map((r) => presentSchemeDetail(r.row, r.rounds)),
        can: { create: schemePolicy.can(actor, "create", {}) },
      };
    },
  );

  app.get(
    "/api/evaluation-schemes/:id",
    {
      schema: {
        tags,
        summary: "Satu skema evaluasi dengan butirnya",
        params: SchemeIdParams,
        response: { 200: Detail, 401: ErrorBody, 404: ErrorBody, 422: ErrorBody },
      },
    },
    async (req) => detail(db(), requireActor(req), req.params.id),
  );

  app.post(
    "/api/evaluation-schemes",
    {
      schema: {
        tags,
        summary:
          "Skema baru (draf): definisi lengkap, salinan skema lain (copyOf), atau kisi baku atas kerangka dengan bobot (weights)",
        body: SchemeCreate,
        response: { 201: Detail, ...errors },
      },
    },
    async (req, reply) => {
      schemePolicy.authorize(req.actor, "create", {});
      const row = await createScheme(db(), { input: req.body, ctx: requestContext(req) });
      reply.code(201);
      return detail(db(), req.actor, row.id);
    },
  );

  app.patch(
    "/api/evaluation-schemes/:id",
    {
      schema: {
        tags,
        summary: "Ubah skema yang belum dipakai putaran (definisi lengkap, dengan revisi yang dibaca)",
        params: SchemeIdParams,
        body: SchemeUpdate,
        response: { 200: Detail, ...errors },
      },
    },
    async (req) => {
      guardScheme(req.actor, "update");
      const { revision, ...input } = req.body;
      await updateScheme(db(), { id: req.params.id, revision, input, ctx: requestContext(req) });
      return detail(db(), req.actor, req.params.id);
    },
  );

  for (const action of ["publish", "retire"] as const) {
    app.post(
      `/api/evaluation-schemes/:id/${action}`,
      {
        schema: {
          tags,
          summary:
            action === "publish"
              ? "Terbitkan draf skema (kerangkanya harus sudah terbit)"
              : "Pensiunkan skema yang terbit: tidak ditawarkan lagi untuk putaran baru",
          params: SchemeIdParams,
          body: SchemeTransitionBody,
          response: { 200: Detail, ...errors },
        },
      },
      async (req) => {
        guardScheme(req.actor, action);
        await transitionScheme(db(), {
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
