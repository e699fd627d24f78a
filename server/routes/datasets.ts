import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import { DatasetPublicationOut, PublishDataset } from "../../domain/open-data/dataset";
import { RegionCode } from "../../domain/regions";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import { AppError } from "../errors";
import { datasetListPolicy } from "../policies/dataset";
import { refreshDatasetStats } from "../services/open-data/dataset-stats";
import { listPublications } from "../services/open-data/list-publications";
import { publishDataset, withdrawDataset } from "../services/open-data/publish-dataset";
import { resolveDatasetId } from "../services/open-data/resolve-dataset-id";
import { getRegion } from "../services/regions/get-region";

const tags = ["Data terbuka"];
const ListOut = z.object({ data: z.array(DatasetPublicationOut) });
const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

/** Publication of open datasets by the region's walidata (its coordinator) and the program office. */
export const datasetRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  app.get(
    "/api/regions/:code/datasets",
    {
      schema: {
        tags,
        summary: "Dataset terbuka suatu wilayah dan status penerbitannya (walidata, peninjau daerah, admin nasional)",
        params: z.object({ code: RegionCode }),
        response: { 200: ListOut, ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const region = await getRegion(db(), req.params.code);
      if (!datasetListPolicy.can(actor, "list", { regionCode: region.code }))
        throw new AppError("region_not_found", { code: region.code });
      return { data: await listPublications(db(), { region, actor, settings: app.openData }) };
    },
  );

  app.get(
    "/api/national-datasets",
    {
      schema: {
        tags,
        summary: "Dataset terbuka nasional dan status penerbitannya (admin nasional)",
        response: { 200: ListOut, ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      datasetListPolicy.authorize(actor, "list", { regionCode: null });
      return { data: await listPublications(db(), { region: null, actor, settings: app.openData }) };
    },
  );

  const act = (verb: "publish" | "withdraw", summary: string) =>
    app.post(
      `/api/datasets/:id/${verb}`,
      {
        schema: {
          tags,
          summary,
          params: z.object({ id: z.uuid("ID dataset tidak valid") }),
          body: PublishDataset,
          response: { 200: z.object({ data: DatasetPublicationOut }), ...errors },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        const target = await resolveDatasetId(db(), req.params.id);
        // Another region's dataset is simply not found for a walidata, never forbidden.
        if (!target || !datasetListPolicy.can(actor, "list", { regionCode: target.regionCode }))
          throw new AppError("dataset_not_found", { id: req.params.id });
        const run = verb === "publish" ? publishDataset : withdrawDataset;
        await run(db(), { ...target, version: req.body.version, ctx: requestContext(req) });
        // Row count, file sizes and coverage right away (a region's dataset is thousands of rows
        // at most); later changes of the data are picked up by the refresh job.
        if (verb === "publish") await refreshDatasetStats(app.database, req.params.id);
        const region = target.regionCode ? await getRegion(db(), target.regionCode) : null;
        const all = await listPublications(db(), { region, actor, settings: app.openData });
        const out = all.find((d) => d.id === req.params.id);
        if (!out) throw new AppError("dataset_not_found", { id: req.params.id });
        return { data: out };
      },
    );
  act(
    "publish",
    "Menerbitkan dataset (walidata daerah; admin nasional untuk dataset nasional); dicatat di jejak audit",
  );
  act("withdraw", "Menarik dataset dari publikasi; pengenalnya tetap dicadangkan");
};
