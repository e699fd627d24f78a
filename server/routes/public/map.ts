import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { MapStatusOut, PublicFiguresOut } from "../../../domain/public-map";
import { mapStatus } from "../../services/public/map-status";
import { publicFigures } from "../../services/public/public-figures";
import { sendPublic } from "./public-response";

const cached = "Tanpa masuk. `Cache-Control: public, max-age=60`, `ETag` (304 untuk `If-None-Match`), CORS `*`.";

/** The national map's data and the home page's figures: open data, no sign-in. */
export const publicMapRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/public/map",
    {
      schema: {
        tags: ["Publik"],
        summary: "Status GMSC setiap provinsi dan kabupaten/kota untuk peta nasional",
        description: `Status terjauh yang dicapai di semua angkatan (seleksi yang diumumkan, Nota Kesepakatan yang ditandatangani, tahap Bimtek yang ditutup, masterplan yang disetujui atau ditetapkan dengan Perkada), tahun angkatan terakhir dan indeks evaluasi terakhir yang diumumkan. ${cached}`,
        response: { 200: MapStatusOut },
      },
    },
    async (req, reply) => sendPublic(req, reply, { data: await mapStatus(app.database.db) }),
  );

  app.get(
    "/api/public/figures",
    {
      schema: {
        tags: ["Publik"],
        summary: "Angka nasional untuk beranda",
        description: `Wilayah dalam program, masterplan yang ditetapkan, program di dalamnya, quick win yang selesai. ${cached}`,
        response: { 200: PublicFiguresOut },
      },
    },
    async (req, reply) => sendPublic(req, reply, { data: await publicFigures(app.database.db) }),
  );
};
