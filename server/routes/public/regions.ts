import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../domain/errors";
import { PublicRegionOut } from "../../../domain/public-region";
import { RegionCode } from "../../../domain/regions";
import { presentPublicRegion } from "../../presenters/public-region";
import { getPublicRegion } from "../../services/public/get-public-region";
import { sendPublic } from "./public-response";

/** The public region page: no sign-in; only what is enacted, verified or published. */
export const publicRegionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/public/regions/:code",
    {
      schema: {
        tags: ["Publik"],
        summary: "Halaman publik wilayah: keikutsertaan, masterplan yang ditetapkan, progres, evaluasi",
        description:
          "Tanpa masuk. Hanya masterplan berstatus ditetapkan, realisasi terverifikasi dan hasil evaluasi yang diumumkan; setiap rekap disertai aturannya (`rule`). `Cache-Control: public, max-age=60`, `ETag` (304 untuk `If-None-Match`), CORS `*`.",
        params: z.object({ code: RegionCode }),
        response: { 200: z.object({ data: PublicRegionOut }), 404: ErrorBody, 422: ErrorBody },
      },
    },
    async (req, reply) =>
      sendPublic(req, reply, { data: presentPublicRegion(await getPublicRegion(app.database.db, req.params.code)) }),
  );
};
