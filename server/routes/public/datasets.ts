import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../domain/errors";
import { DatasetMeta, DatasetSearch, FACETS } from "../../../domain/open-data/dataset";
import { AppError } from "../../errors";
import { findDataset, searchDatasets } from "../../services/open-data/search-datasets";
import { sendPublic } from "./public-response";

const tags = ["Data terbuka"];
const FacetOut = z.array(z.object({ name: z.string(), count: z.number().int(), label: z.string() }));

/** The open data catalogue for the web (/data): search with facets, and one dataset's metadata. */
export const publicDatasetRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;
  const base = () => app.publicUrl;

  app.get(
    "/api/public/datasets",
    {
      schema: {
        tags,
        summary: "Mencari dataset terbuka yang diterbitkan, dengan faset",
        description:
          "Hanya dataset berstatus diterbitkan. Faset dihitung atas seluruh hasil. Juga tersedia sebagai CKAN Action API (`/api/3/action/package_search`) dan katalog DCAT-AP (`/catalog.jsonld`). `Cache-Control: public, max-age=60`, CORS `*`.",
        querystring: DatasetSearch.extend({ rows: z.coerce.number().int().min(0).max(100).default(20) }),
        response: {
          200: z.object({
            data: z.array(DatasetMeta),
            meta: z.object({ total: z.number().int(), start: z.number().int(), rows: z.number().int() }),
            facets: z.record(z.string(), FacetOut),
          }),
          422: ErrorBody,
        },
      },
    },
    async (req, reply) => {
      const found = await searchDatasets(db(), {
        search: req.query,
        settings: app.openData,
        baseUrl: base(),
        facets: FACETS,
      });
      return sendPublic(req, reply, {
        data: found.items,
        meta: { total: found.total, start: req.query.start, rows: req.query.rows },
        facets: found.facets as Record<string, Array<{ name: string; count: number; label: string }>>,
      });
    },
  );

  app.get(
    "/api/public/datasets/:idOrName",
    {
      schema: {
        tags,
        summary: "Metadata satu dataset terbuka (pengenal UUID atau nama)",
        params: z.object({ idOrName: z.string().min(3).max(120) }),
        response: { 200: z.object({ data: DatasetMeta }), 404: ErrorBody, 422: ErrorBody },
      },
    },
    async (req, reply) => {
      const found = await findDataset(db(), { idOrName: req.params.idOrName, settings: app.openData, baseUrl: base() });
      if (!found) throw new AppError("dataset_not_found", { id: req.params.idOrName });
      return sendPublic(req, reply, { data: found });
    },
  );
};
