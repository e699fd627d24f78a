import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import { RegionCode } from "../../domain/regions";
import type { Actor } from "../../domain/roles";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import { AppError } from "../errors";
import { regionEmblemPolicy } from "../policies/documents";
import { readUpload } from "../services/files/read-upload";
import { getRegion } from "../services/regions/get-region";
import { readRegionEmblem } from "../services/regions/load-emblem";
import { removeRegionEmblem } from "../services/regions/remove-emblem";
import { setRegionEmblem } from "../services/regions/set-emblem";

const tags = ["Wilayah"];
const CodeParams = z.object({ code: RegionCode });
const EmblemOut = z.object({
  data: z
    .object({
      url: z.string().describe("Alamat gambar (berubah bila lambang diganti)"),
      fileName: z.string(),
      type: z.enum(["png", "jpg"]),
      size: z.number().int(),
      width: z.number().int(),
      height: z.number().int(),
      updatedAt: z.string(),
    })
    .nullable(),
  can: z.object({ update: z.boolean() }),
});

/** A region's emblem (lambang daerah): public to look at, set by the region's coordinator or the program office. */
export const regionEmblemRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;
  const present = async (code: string, actor: Actor | null): Promise<z.infer<typeof EmblemOut>> => {
    const e = await readRegionEmblem(db(), app.files, code);
    return {
      data: e && {
        url: `/api/regions/${code}/emblem/image?v=${e.file.id.slice(0, 8)}`,
        fileName: e.file.originalName,
        type: e.info.type,
        size: e.file.size,
        width: e.info.width,
        height: e.info.height,
        updatedAt: e.emblem.updatedAt.toISOString(),
      },
      can: regionEmblemPolicy.abilities(actor, { regionCode: code }),
    };
  };

  app.get(
    "/api/regions/:code/emblem",
    {
      schema: {
        tags,
        summary: "Lambang daerah (untuk sampul dokumen resmi), atau null bila belum diunggah",
        params: CodeParams,
        response: { 200: EmblemOut, 404: ErrorBody, 422: ErrorBody },
      },
    },
    async (req) => {
      const region = await getRegion(db(), req.params.code);
      return present(region.code, req.actor);
    },
  );

  app.get(
    "/api/regions/:code/emblem/image",
    {
      schema: {
        tags,
        summary: "Gambar lambang daerah (PNG atau JPEG)",
        params: CodeParams,
        querystring: z.object({ v: z.string().max(64).optional().describe("Versi, untuk cache peramban") }),
        response: { 200: z.unknown().describe("Gambar PNG atau JPEG"), 404: ErrorBody, 422: ErrorBody },
      },
    },
    async (req, reply) => {
      const e = await readRegionEmblem(db(), app.files, req.params.code);
      if (!e) throw new AppError("emblem_not_found", { code: req.params.code });
      return reply
        .type(e.info.type === "png" ? "image/png" : "image/jpeg")
        .header("x-content-type-options", "nosniff")
        .header("cache-control", req.query.v ? "public, max-age=86400" : "no-cache")
        .send(e.data);
    },
  );

  app.post(
    "/api/regions/:code/emblem",
    {
      schema: {
        tags,
        summary:
          "Mengunggah lambang daerah (multipart, kolom `file`; PNG atau JPEG menurut isinya, paling besar 2 MB dan 3000 × 3000 piksel); koordinator daerah atau admin nasional",
        consumes: ["multipart/form-data"],
        params: CodeParams,
        response: {
          200: EmblemOut,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
          413: ErrorBody,
          415: ErrorBody,
          422: ErrorBody,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const region = await getRegion(db(), req.params.code);
      regionEmblemPolicy.authorize(actor, "update", { regionCode: region.code });
      const part = await readUpload(req);
      await setRegionEmblem(db(), { regionCode: region.code, part, store: app.files, ctx: requestContext(req) });
      return present(region.code, actor);
    },
  );

  app.delete(
    "/api/regions/:code/emblem",
    {
      schema: {
        tags,
        summary: "Menghapus lambang daerah dari sampul dokumen (berkasnya tetap tersimpan untuk jejak audit)",
        params: CodeParams,
        response: { 204: z.null(), 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 422: ErrorBody },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const region = await getRegion(db(), req.params.code);
      regionEmblemPolicy.authorize(actor, "update", { regionCode: region.code });
      await removeRegionEmblem(db(), { regionCode: region.code, ctx: requestContext(req) });
      return reply.code(204).send(null);
    },
  );
};
