import { Readable } from "node:stream";
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../domain/errors";
import {
  ColumnOut,
  DISTRIBUTION_FORMATS,
  type DistributionFormat,
  FORMAT_EXTENSIONS,
  MEDIA_TYPES,
} from "../../../domain/open-data/dataset";
import { AppError } from "../../errors";
import { PREVIEW_MAX, previewDataset } from "../../services/open-data/preview-dataset";
import { csvStream } from "../../services/open-data/stream-csv";
import { jsonStream } from "../../services/open-data/stream-json";
import { loadPublishedDataset } from "../../services/open-data/stream-source";
import { xlsxStream } from "../../services/open-data/stream-xlsx";
import { etagMatches, sendPublic } from "./public-response";

const tags = ["Data terbuka"];
const Params = z.object({ id: z.string().max(100) });

const CONTENT_TYPES: Record<DistributionFormat, string> = {
  CSV: `${MEDIA_TYPES.CSV}; charset=utf-8; header=present`,
  JSON: `${MEDIA_TYPES.JSON}; charset=utf-8`,
  XLSX: MEDIA_TYPES.XLSX,
};

const DESCRIPTIONS: Record<DistributionFormat, string> = {
  CSV: 'UTF-8 tanpa BOM, baris pertama nama kolom, kutip menurut RFC 4180 (teks kosong ditulis "", sel kosong berarti tidak ada nilai), akhir baris LF. Teks yang diawali = + - @ diberi awalan \' agar tidak dijalankan sebagai rumus oleh aplikasi lembar kerja.',
  JSON: 'Satu larik objek, satu objek per baris data dengan kunci nama kolom sesuai kamus data: `[{"kode_wilayah":"32.79",…,"tahun":2024,…},…]`. Bilangan sebagai angka JSON, sel kosong sebagai null.',
  XLSX: 'Lembar "Data" (baris judul nama kolom, sel bertipe: angka, tanggal) dan lembar "Kamus data" (kolom, arti, meaning, satuan, tipe).',
};

/**
 * The downloads (distributions) of a published open dataset, and a preview of its first rows.
 * Anonymous, cacheable by anyone for five minutes, readable from any origin. The files are
 * streamed from the database as they are generated, never built in memory; CSV and JSON are
 * compressed on the way by the app's compression (server/compression.ts) when the client asks,
 * XLSX (already a zip) never.
 */
export const datasetDataRoutes: FastifyPluginAsyncZod = async (app) => {
  const load = async (id: string) => {
    const source = await loadPublishedDataset(app.database.db, id, app.openData);
    if (!source) throw new AppError("dataset_not_found", { id });
    return source;
  };

  for (const format of DISTRIBUTION_FORMATS) {
    const ext = FORMAT_EXTENSIONS[format];
    app.get(
      `/api/public/datasets/:id/data.${ext}`,
      {
        schema: {
          tags,
          summary: `Mengunduh data dataset terbuka sebagai ${format}`,
          description: `Hanya dataset yang sedang diterbitkan (selain itu 404 dataset_not_found). ${DESCRIPTIONS[format]} Dikirim bertahap langsung dari basis data. \`Content-Disposition: attachment\` dengan nama dataset, \`Cache-Control: public, max-age=300\`, \`ETag\` lemah menurut versi data, CORS \`*\`.`,
          params: Params,
          produces: [MEDIA_TYPES[format]],
          response: { 404: ErrorBody },
        },
      },
      async (req, typedReply) => {
        // Streams and 304s are not JSON answers: the untyped reply sends them as they are.
        const reply = typedReply as FastifyReply;
        const source = await load(req.params.id);
        const etag = `W/"${source.id}-${source.dataModifiedAt.getTime()}-${ext}"`;
        reply
          .header("cache-control", "public, max-age=300")
          .header("etag", etag)
          .header("access-control-allow-origin", "*")
          .header("access-control-expose-headers", "ETag, Content-Disposition")
          .header("cross-origin-resource-policy", "cross-origin");
        if (etagMatches(req.headers["if-none-match"], etag)) return reply.code(304).send();
        reply.type(CONTENT_TYPES[format]).header("content-disposition", `attachment; filename="${source.name}.${ext}"`);
        // HEAD (answered by this handler too) would otherwise generate the whole file to throw it away.
        if (req.method === "HEAD") return reply.send(Readable.from([]));
        const stream: Readable =
          format === "CSV"
            ? csvStream(app.database, source)
            : format === "JSON"
              ? jsonStream(app.database, source)
              : xlsxStream(app.database, source);
        stream.on("error", (err) => req.log.error({ err, dataset: source.id, format }, "dataset download failed"));
        return reply.send(stream);
      },
    );
  }

  app.get(
    "/api/public/datasets/:id/preview",
    {
      schema: {
        tags,
        summary: "Pratinjau baris pertama dataset terbuka",
        description: `Baris pertama (\`limit\`, paling banyak ${PREVIEW_MAX}) dalam urutan unduhan, bertipe seperti distribusi JSON, dengan kamus data dan jumlah seluruh baris. Hanya dataset yang sedang diterbitkan. \`Cache-Control: public, max-age=300\`, \`ETag\`, CORS \`*\`.`,
        params: Params,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(PREVIEW_MAX).default(50) }),
        response: {
          200: z.object({
            data: z.object({
              columns: z.array(ColumnOut),
              rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
              total: z.number().int(),
            }),
          }),
          404: ErrorBody,
        },
      },
    },
    async (req, reply) => {
      const source = await load(req.params.id);
      const data = await previewDataset(app.database.db, source, req.query.limit);
      return sendPublic(req, reply, { data }, { maxAge: 300 });
    },
  );
};
