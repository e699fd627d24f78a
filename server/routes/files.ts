import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import { requireActor } from "../auth/actor";
import { openStoredFile } from "../files/store";
import { loadReadableFile } from "../services/files/load-readable-file";

/**
 * Content-Disposition for a download under its original name: an ASCII fallback for old
 * clients and the exact UTF-8 name as RFC 5987 `filename*` ("Nota Kesepakatan – Banjar.pdf").
 */
export function attachmentHeader(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** Downloads of uploaded files, only for those who can see the file's region. */
export const fileRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/files/:id",
    {
      schema: {
        tags: ["Pendampingan"],
        summary: "Mengunduh berkas unggahan (bukti dukung, keluaran, pindaian Nota Kesepakatan)",
        params: z.object({ id: z.uuid("ID berkas tidak valid") }),
        response: {
          // The file's own bytes, sent as a stream (never serialized); typed here only for OpenAPI.
          200: z.unknown().describe("Isi berkas, dengan Content-Type dari saat unggah"),
          401: ErrorBody,
          404: ErrorBody,
          422: ErrorBody,
        },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await loadReadableFile(app.database.db, req.params.id, actor);
      const { row, stream } = await openStoredFile(app.database.db, app.files, req.params.id);
      return reply
        .type(row.mimeType)
        .header("content-length", row.size)
        .header("content-disposition", attachmentHeader(row.originalName))
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "private, no-store")
        .send(stream);
    },
  );
};
