import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import { FrameworkDetail, FrameworkIdParams, FrameworkSummary } from "../../domain/framework/schemas";
import { PageQuery, pageOf } from "../../domain/pagination";
import { getFramework } from "../services/frameworks/get-framework";
import { listFrameworks } from "../services/frameworks/list-frameworks";

/** Public reference data: frameworks with dimensions, elements and Bimtek stages. */
export const frameworkRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/frameworks",
    {
      schema: {
        tags: ["Kerangka"],
        summary: "Daftar kerangka (versi) smart city",
        querystring: PageQuery,
        response: { 200: pageOf(FrameworkSummary), 422: ErrorBody },
      },
    },
    async (req) => {
      const { rows, total } = await listFrameworks(app.database.db, req.query);
      return { data: rows, total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  app.get(
    "/api/frameworks/:id",
    {
      schema: {
        tags: ["Kerangka"],
        summary: "Satu kerangka dengan dimensi, elemen dan tahap Bimtek",
        params: FrameworkIdParams,
        response: { 200: z.object({ data: FrameworkDetail }), 404: ErrorBody, 422: ErrorBody },
      },
    },
    async (req) => ({ data: await getFramework(app.database.db, req.params.id) }),
  );
};
