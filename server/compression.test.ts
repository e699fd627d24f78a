import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, buildApp } from "./app";
import { COMPRESSIBLE } from "./compression";
import type { Database } from "./db/client";
import { makePrintablePlan } from "./documents/test-fixture";
import { actorWith } from "./testing/factories";
import { createTestDatabase } from "./testing/test-database";

// A tiny "built SPA": one hashed asset with its precompressed pair (as scripts/build-web.mjs writes
// them), a boundary file, and the shell.
const webDir = mkdtempSync(path.join(tmpdir(), "kc-web-"));
const ASSET = `console.log(${JSON.stringify("x".repeat(4000))});\n`;
const GEO = JSON.stringify({ type: "FeatureCollection", features: Array(200).fill({ type: "Feature" }) });

let app: App;
let database: Database;

beforeAll(async () => {
  mkdirSync(path.join(webDir, "assets"));
  mkdirSync(path.join(webDir, "geo"));
  writeFileSync(path.join(webDir, "index.html"), "<!doctype html><div id=root></div>");
  writeFileSync(path.join(webDir, "assets/index-Ab12.js"), ASSET);
  writeFileSync(path.join(webDir, "assets/index-Ab12.js.br"), brotliCompressSync(ASSET));
  writeFileSync(path.join(webDir, "assets/index-Ab12.js.gz"), gzipSync(ASSET));
  writeFileSync(path.join(webDir, "geo/provinsi.json"), GEO);
  writeFileSync(path.join(webDir, "geo/provinsi.json.gz"), gzipSync(GEO));
  database = await createTestDatabase();
  app = await buildApp({ database, webDir });
}, 60_000);

afterAll(async () => {
  await app?.close();
  await database?.close();
  rmSync(webDir, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: "GET", url, headers });

describe("compressed responses", () => {
  it("gzips a public API answer when the client accepts gzip, and only then", async () => {
    const plain = await get("/api/public/map");
    expect(plain.statusCode).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();

    const zipped = await get("/api/public/map", { "accept-encoding": "gzip" });
    expect(zipped.statusCode).toBe(200);
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString())).toEqual(plain.json());

    const br = await get("/api/public/map", { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
  });

  it("keeps the ETag revalidation: a compressed answer's tag still earns a bodiless 304", async () => {
    const zipped = await get("/api/public/map", { "accept-encoding": "gzip" });
    const etag = zipped.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get("/api/public/map", { "accept-encoding": "gzip", "if-none-match": etag });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    expect(again.headers["content-encoding"]).toBeUndefined();
  });

  it("leaves small answers alone (under 1 KB)", async () => {
    const res = await get("/api/health", { "accept-encoding": "gzip" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBeUndefined();
  });

  it("serves a built asset from its .br file, cached for a year", async () => {
    const res = await get("/assets/index-Ab12.js", { "accept-encoding": "gzip, br" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toMatch(/javascript/);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.rawPayload.equals(brotliCompressSync(ASSET))).toBe(true);

    const gz = await get("/assets/index-Ab12.js", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.rawPayload).toString()).toBe(ASSET);

    const plain = await get("/assets/index-Ab12.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(ASSET);
  });

  it("serves boundary files compressed, and the SPA shell uncached as before", async () => {
    const geo = await get("/geo/provinsi.json", { "accept-encoding": "gzip" });
    expect(geo.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(geo.rawPayload).toString())).toEqual(JSON.parse(GEO));
    expect(geo.headers["cache-control"]).not.toMatch(/immutable/);

    const shell = await get("/wilayah/32.79", { "accept-encoding": "gzip" });
    expect(shell.statusCode).toBe(200);
    expect(shell.headers["cache-control"]).toBe("no-cache");
    expect(shell.body).toContain("<div id=root>");
  });

  it("does not compress a PDF download", async () => {
    const plan = (await makePrintablePlan(app, "32.79")).plan;
    const { cookie } = await actorWith(app, { role: "region_coordinator", regionCode: "32.79" });
    const res = await get(`/api/masterplans/${plan.id}/documents/buku-2.pdf`, {
      cookie,
      "accept-encoding": "gzip, br",
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
  }, 60_000);

  it("compresses text types only", () => {
    for (const type of [
      "application/json; charset=utf-8",
      "application/geo+json",
      "text/css",
      "text/csv; charset=utf-8",
      "application/javascript",
      "text/javascript; charset=utf-8",
      "image/svg+xml",
    ])
      expect(COMPRESSIBLE.test(type), type).toBe(true);
    for (const type of [
      "application/pdf",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/zip",
      "image/png",
      "text/event-stream",
      "application/octet-stream",
    ])
      expect(COMPRESSIBLE.test(type), type).toBe(false);
  });
});
