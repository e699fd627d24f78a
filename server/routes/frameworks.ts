import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import { FrameworkCreate, FrameworkTransitionBody, FrameworkUpdate } from "../../domain/framework/editor";
import { FrameworkCan, FrameworkDetail, FrameworkIdParams, FrameworkSummary } from "../../domain/framework/schemas";
import { PageQuery, pageOf } from "../../domain/pagination";
import { isNationalAdmin } from "../../domain/roles";
import { requestContext } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { frameworkPolicy, guardFramework } from "../policies/framework";
import { presentFramework } from "../presenters/framework";
import { createFramework } from "../services/frameworks/create-framework";
import { frameworkUsage, isInUse } from "../services/frameworks/framework-content";
import { getFramework } from "../services/frameworks/get-framework";
import { listFrameworks } from "../services/frameworks/list-frameworks";
import { transitionFramework } from "../services/frameworks/transition-framework";
import { updateFramework } from "../services/frameworks/update-framework";

const tags = ["Kerangka"];
const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const Detail = z.object({ data: FrameworkDetail, can: FrameworkCan });

/** Frameworks with dimensions, elements and Bimtek stages: public to read, edited by the program office. */
export const frameworkRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;
  const detail = async (database: Db, actor: Parameters<typeof presentFramework>[0], id: number) => {
    const fw = await getFramework(database, id);
    // An unpublished draft (e.g. a regulation still in the making) is the program office's alone.
    if (fw.status === "draft" && !isNationalAdmin(actor)) throw new AppError("framework_not_found", { id });
    // Only the program office can act on a framework, so only it needs to know whether it is used.
    const inUse = actor ? isInUse(await frameworkUsage(database, id)) : false;
    return presentFramework(actor, fw, inUse);
  };

  app.get(
    "/api/frameworks",
    {
      schema: {
        tags,
        summary: "Daftar kerangka (versi) smart city; draf hanya untuk admin nasional",
        querystring: PageQuery,
        response: { 200: pageOf(FrameworkSummary), 422: ErrorBody },
      },
    },
    async (req) => {
      const { rows, total } = await listFrameworks(db(), req.query, { drafts: isNationalAdmin(req.actor) });
      return { data: rows, total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  app.get(
    "/api/frameworks/:id",
    {
      schema: {
        tags,
        summary: "Satu kerangka dengan dimensi, elemen dan tahap Bimtek",
        params: FrameworkIdParams,
        response: { 200: Detail, 404: ErrorBody, 422: ErrorBody },
      },
    },
    async (req) => detail(db(), req.actor, req.params.id),
  );

  app.post(
    "/api/frameworks",
    {
      schema: {
        tags,
        summary: "Kerangka baru (draf): definisi lengkap, atau salinan kerangka lain (copyOf)",
        body: FrameworkCreate,
        response: { 201: Detail, ...errors },
      },
    },
    async (req, reply) => {
      frameworkPolicy.authorize(req.actor, "create", {});
      const row = await createFramework(db(), { input: req.body, ctx: requestContext(req) });
      reply.code(201);
      return detail(db(), req.actor, row.id);
    },
  );

  app.patch(
    "/api/frameworks/:id",
    {
      schema: {
        tags,
        summary: "Ubah kerangka yang belum dipakai (definisi lengkap, dengan revisi yang dibaca)",
        params: FrameworkIdParams,
        body: FrameworkUpdate,
        response: { 200: Detail, ...errors },
      },
    },
    async (req) => {
      guardFramework(req.actor, "update");
      const { revision, ...def } = req.body;
      await updateFramework(db(), { id: req.params.id, revision, def, ctx: requestContext(req) });
      return detail(db(), req.actor, req.params.id);
    },
  );

  for (const action of ["publish", "retire"] as const) {
    app.post(
      `/api/frameworks/:id/${action}`,
      {
        schema: {
          tags,
          summary: action === "publish" ? "Terbitkan draf kerangka" : "Pensiunkan kerangka yang terbit",
          params: FrameworkIdParams,
          body: FrameworkTransitionBody,
          response: { 200: Detail, ...errors },
        },
      },
      async (req) => {
        guardFramework(req.actor, action);
        await transitionFramework(db(), {
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
