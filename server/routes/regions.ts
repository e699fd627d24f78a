import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import { pageOf } from "../../domain/pagination";
import { RegionCode, RegionDetail, RegionListQuery, RegionSummary } from "../../domain/regions";
import { presentRegion, presentRegionDetail } from "../presenters/region";
import { getRegion } from "../services/regions/get-region";
import { listRegions } from "../services/regions/list-regions";

/** Public reference data: provinces and kabupaten/kota. */
export const regionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/regions",
    {
      schema: {
        tags: ["Wilayah"],
        summary: "Daftar provinsi dan kabupaten/kota",
        querystring: RegionListQuery,
        response: { 200: pageOf(RegionSummary), 422: ErrorBody },
      },
    },
    async (req) => {
      const { rows, total } = await listRegions(app.database.db, req.query);
      return { data: rows.map(presentRegion), total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  app.get(
    "/api/regions/:code",
    {
      schema: {
        tags: ["Wilayah"],
        summary: "Satu wilayah menurut kode Kemendagri",
        params: z.object({ code: RegionCode }),
        response: { 200: z.object({ data: RegionDetail }), 404: ErrorBody, 422: ErrorBody },
      },
    },
    async (req) => ({ data: presentRegionDetail(await getRegion(app.database.db, req.params.code)) }),
  );
};
