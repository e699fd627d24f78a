import path from "node:path";
import compress from "@fastify/compress";
import type { FastifyStaticOptions } from "@fastify/static";
import type { FastifyInstance } from "fastify";

/**
 * What is worth compressing on the fly: text, JSON (API answers, GeoJSON), JavaScript, CSS, SVG.
 * PDF, DOCX, XLSX, ZIP and images are already compressed; zipping them again costs CPU for nothing.
 * Server-Sent Events must never be buffered by a compressor.
 */
export const COMPRESSIBLE =
  /^(?:text\/(?!event-stream)[\w.+-]+|application\/(?:[\w.-]+\+)?json|application\/(?:x-)?javascript|image\/svg\+xml)\s*(?:;|$)/i;

/** Answers under this size go as they are: the headers would outweigh the saving. */
export const COMPRESS_THRESHOLD = 1024;

/**
 * Compresses API answers (gzip or brotli, as the client accepts) above COMPRESS_THRESHOLD bytes.
 * Registered before the routes: the plugin attaches itself to each route as it is declared.
 * Request bodies are not decompressed (no client of ours sends them compressed).
 */
export async function compression(app: FastifyInstance) {
  await app.register(compress, {
    global: true,
    globalDecompression: false,
    threshold: COMPRESS_THRESHOLD,
    encodings: ["br", "gzip"],
    // Only these types; the plugin still asks mime-db for others, which marks PDF/DOCX/XLSX/images as not compressible.
    customTypes: (type: string) => COMPRESSIBLE.test(type),
  });
}

/**
 * @fastify/static options for the built SPA. The build writes `.br` and `.gz` beside each text asset
 * (scripts/build-web.mjs), so they are sent as they are, never compressed per request. Vite's
 * hashed files under /assets never change: cached for a year. Everything else keeps the default
 * revalidation (index.html goes through the not-found handler with `no-cache`).
 */
export function webStaticOptions(root: string): FastifyStaticOptions {
  return {
    root,
    wildcard: false,
    index: false,
    preCompressed: true,
    setHeaders: (reply, filePath) => {
      if (path.relative(root, filePath).startsWith(`assets${path.sep}`)) {
        reply.header("cache-control", "public, max-age=31536000, immutable");
      }
    },
  };
}
