import type { z } from "zod";
import type { DatasetPublicationOut } from "../../domain/open-data/dataset";
import { banjarCoordinator } from "./banjar-step";
import type { DemoContext, DemoStep } from "./context";
import { BANJAR } from "./run-masterplan";

type Publication = z.infer<typeof DatasetPublicationOut>;
type Data<T> = { data: T };

const regional = (ctx: DemoContext) => ctx.admin.get<Data<Publication[]>>(`/api/regions/${BANJAR}/datasets`);
const national = (ctx: DemoContext) => ctx.admin.get<Data<Publication[]>>("/api/national-datasets");
const unpublished = (list: Publication[]) => list.filter((d) => d.available && d.status !== "published");

/**
 * Open data: Kota Banjar's walidata (its coordinator) publishes every dataset its enacted plan and
 * published evaluation allow, and the program office the national ones, so /data, the CKAN API and
 * the DCAT catalogue have something real on the first visit.
 */
export const openDataStep: DemoStep = {
  title: "Data terbuka: dataset Kota Banjar dan dataset nasional diterbitkan …",
  done: async (ctx) =>
    unpublished((await regional(ctx)).data).length === 0 && unpublished((await national(ctx)).data).length === 0,
  run: async (ctx) => {
    const walidata = await banjarCoordinator(ctx);
    for (const d of unpublished((await regional(ctx)).data))
      await walidata.post(`/api/datasets/${d.id}/publish`, { version: d.version });
    for (const d of unpublished((await national(ctx)).data))
      await ctx.admin.post(`/api/datasets/${d.id}/publish`, { version: d.version });
  },
};
