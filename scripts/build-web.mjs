// Builds the SPA into dist/web when it is missing or older than its sources, then writes a
// brotli and a gzip copy beside each text asset (served as they are by @fastify/static's preCompressed).
// `npm start` calls it so a fresh clone needs no separate build step.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = path.join(root, "dist/web");
const built = path.join(dist, "index.html");
const sources = ["web", "domain", "package-lock.json"].map((p) => path.join(root, p));

function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const entry of readdirSync(p)) {
    if (entry === "node_modules" || entry === "dist") continue;
    max = Math.max(max, newest(path.join(p, entry)));
  }
  return max;
}

const force = process.argv.includes("--force");
if (!force && existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newest))) {
  console.log("Antarmuka web sudah terbangun (dist/web).");
} else {
  console.log("Membangun antarmuka web ke dist/web …");
  const { build } = await import("vite");
  await build({ configFile: path.join(root, "web/vite.config.ts"), logLevel: "warn" });
  console.log("Antarmuka web selesai dibangun.");
}

// Text assets of 1 KB or more (the server's on-the-fly threshold); smaller ones gain nothing.
const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|svg|txt|map)$/;
const MIN_BYTES = 1024;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(p);
    else yield p;
  }
}

/** Writes file.br and file.gz beside each text asset that lacks an up-to-date pair. */
function precompress(dir) {
  let count = 0;
  for (const file of files(dir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const s = statSync(file);
    if (s.size < MIN_BYTES) continue;
    const fresh = (p) => existsSync(p) && statSync(p).mtimeMs >= s.mtimeMs;
    if (fresh(`${file}.br`) && fresh(`${file}.gz`)) continue;
    const data = readFileSync(file);
    writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        },
      }),
    );
    count++;
  }
  if (count) console.log(`Berkas terkompresi (.br, .gz) ditulis untuk ${count} aset.`);
}

if (existsSync(dist)) precompress(dist);
