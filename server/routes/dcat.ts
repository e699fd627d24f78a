import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../errors";
import { CATALOG_MAX_PAGE_SIZE, CATALOG_PAGE_SIZE, readCatalogPage } from "../services/dcat/read-catalog";
import { toJsonLd, toTurtle } from "../services/dcat/serialize";
import { sendPublic } from "./public/public-response";

const CatalogQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(CATALOG_MAX_PAGE_SIZE).default(CATALOG_PAGE_SIZE),
});

const FORMATS = {
  jsonld: { type: "application/ld+json; charset=utf-8", name: "JSON-LD" },
  ttl: { type: "text/turtle; charset=utf-8", name: "Turtle" },
} as const;

/**
 * The open data catalogue in DCAT-AP 3.0, for harvesters (data.europa.eu, CKAN's ckanext-dcat,
 * Satu Data portals): every published dataset, paged as a Hydra PagedCollection. Outside /api
 * because harvesters look for it at the root; anonymous, cacheable five minutes, any origin.
 */
export const dcatRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const [ext, format] of Object.entries(FORMATS) as Array<
    [keyof typeof FORMATS, (typeof FORMATS)[keyof typeof FORMATS]]
  >) {
    app.get(
      `/catalog.${ext}`,
      {
        schema: {
          tags: ["Publik"],
          summary: `Katalog data terbuka DCAT-AP 3.0 (${format.name})`,
          description: `Semua dataset yang diterbitkan, urut menurut id, ${CATALOG_PAGE_SIZE} per halaman (pageSize paling banyak ${CATALOG_MAX_PAGE_SIZE}); tautan halaman sebagai hydra:PagedCollection (first, last, next, previous). Halaman di luar jangkauan: 404.`,
          querystring: CatalogQuery,
          produces: [format.type.split(";")[0] ?? format.type],
        },
      },
      async (req, reply) => {
        const { page, pageSize } = req.query;
        const baseUrl = app.publicUrl;
        const pageUrl = (n: number) =>
          `${baseUrl}/catalog.${ext}?page=${n}${pageSize === CATALOG_PAGE_SIZE ? "" : `&pageSize=${pageSize}`}`;
        const quads = await readCatalogPage(app.database.db, {
          settings: app.openData,
          baseUrl,
          page,
          pageSize,
          pageUrl,
        });
        if (!quads) throw new AppError("not_found", { page });
        const body = ext === "ttl" ? await toTurtle(quads) : JSON.stringify(toJsonLd(quads));
        reply.type(format.type);
        return sendPublic(req, reply, body, { maxAge: 300 });
      },
    );
  }
};
