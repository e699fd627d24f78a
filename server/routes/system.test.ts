import { describe, expect, it } from "vitest";
import { setupTestApp } from "../testing/test-app";
import { testDbKind } from "../testing/test-database";

const t = setupTestApp();

describe("system routes", () => {
  it("reports health with the database kind and version", async () => {
    const res = await t.app().inject("/api/health");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe("ok");
    expect(body.database).toMatchObject({ kind: testDbKind(), reachable: true });
    expect(body.database.version).toMatch(/PostgreSQL \d+/);
  });

  it("reports 503 when the database is gone", async () => {
    const { buildApp } = await import("../app");
    const { createTestDatabase } = await import("../testing/test-database");
    const database = await createTestDatabase({ seed: false });
    const app = await buildApp({ database, webDir: false });
    await database.close();
    const res = await app.inject("/api/health");
    expect(res.statusCode).toBe(503);
    expect(res.json().database.reachable).toBe(false);
    await app.close();
  });

  it("serves OpenAPI 3.1 describing the paged region list", async () => {
    const res = await t.app().inject("/api/openapi.json");
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/health",
        "/api/regions",
        "/api/regions/{code}",
        "/api/frameworks",
        "/api/frameworks/{id}",
      ]),
    );
    const params = doc.paths["/api/regions"].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(["page", "pageSize", "province", "type", "q"]));
  });

  it("serves a browsable API reference at /api/docs", async () => {
    const res = await t.app().inject("/api/docs/");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/html");
    expect(res.body).toContain("/api/openapi.json");
  });

  it("answers unknown API routes with 404 in the error shape", async () => {
    for (const method of ["GET", "POST", "DELETE"] as const) {
      const res = await t.app().inject({ method, url: "/api/tidak-ada?x=1" });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({
        error: { code: "not_found", message: "Alamat tidak ditemukan", details: { method, url: "/api/tidak-ada" } },
      });
    }
  });

  it("tags every response with a request id, keeping a well-formed incoming one", async () => {
    const own = await t.app().inject("/api/health");
    expect(own.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    const given = await t.app().inject({ url: "/api/health", headers: { "x-request-id": "abc-123" } });
    expect(given.headers["x-request-id"]).toBe("abc-123");
    const hostile = await t.app().inject({ url: "/api/health", headers: { "x-request-id": 'a"b<script>' } });
    expect(hostile.headers["x-request-id"]).not.toContain("<");
  });
});
