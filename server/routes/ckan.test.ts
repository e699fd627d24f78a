import { describe, expect, it } from "vitest";
import { setupCkanCatalogue } from "../testing/ckan-catalogue";

const { t, get, post, ok } = setupCkanCatalogue();

describe("CKAN Action API: envelope, CORS, methods", () => {
  it("answers status_show in CKAN's envelope on both prefixes, GET and POST", async () => {
    for (const prefix of ["/api/3/action", "/api/action"]) {
      const res = await get("status_show", "", prefix);
      expect(res.statusCode).toBe(200);
      expect(res.headers["access-control-allow-origin"]).toBe("*");
      expect(res.headers["content-type"]).toContain("application/json");
      const body = res.json();
      expect(body).toMatchObject({
        success: true,
        help: expect.stringContaining("/api/3/action/help_show?name=status_show"),
      });
      expect(body.result).toMatchObject({
        site_url: "http://localhost:3000",
        locale_default: "id",
        ckan_version: "2.10.9",
      });
    }
    expect(await ok(await post("status_show", {}))).toMatchObject({ locale_default: "id" });
  });

  it("answers a CORS preflight and takes cross-site POSTs without session or CSRF refusal", async () => {
    const pre = await t.app().inject({
      method: "OPTIONS",
      url: "/api/3/action/package_search",
      headers: {
        origin: "https://data.go.id",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers["access-control-allow-origin"]).toBe("*");
    expect(pre.headers["access-control-allow-methods"]).toContain("POST");
    expect(pre.headers["access-control-allow-headers"]).toContain("content-type");
    const res = await post(
      "package_search",
      { rows: 2 },
      { origin: "https://data.go.id", "sec-fetch-site": "cross-site" },
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    expect(res.json().result.results).toHaveLength(2);
    // Elsewhere the CSRF check still holds.
    const other = await t.app().inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      payload: { email: "a@b.c", password: "x" },
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(other.statusCode).toBe(403);
  });

  it("reads POST form-encoded parameters and JSON values of any type", async () => {
    const form = await t.app().inject({
      method: "POST",
      url: "/api/3/action/package_search",
      payload: "rows=3&sort=name+asc",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect((await ok(form)).results).toHaveLength(3);
    const json = await ok(await post("package_search", { rows: 4, start: 1, "facet.field": ["organization"] }));
    expect(json.results).toHaveLength(4);
    expect(Object.keys(json.facets)).toEqual(["organization"]);
  });

  it("answers errors in CKAN's shapes, never a 5xx", async () => {
    const unknown = await get("package_create");
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toBe("Bad request - Action name not known: package_create");
    expect(unknown.headers["access-control-allow-origin"]).toBe("*");

    const missing = await get("package_show", "id=tidak-ada");
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({
      success: false,
      error: { __type: "Not Found Error", message: "Not found" },
    });
    expect(missing.headers["access-control-allow-origin"]).toBe("*");

    const noId = await get("package_show");
    expect(noId.statusCode).toBe(409);
    expect(noId.json().error).toEqual({ __type: "Validation Error", name_or_id: ["Missing value"] });

    const rows = await get("package_search", "rows=sepuluh&start=-1");
    expect(rows.statusCode).toBe(409);
    expect(rows.json().error).toEqual({
      __type: "Validation Error",
      rows: ["Invalid integer"],
      start: ["Must be a natural number"],
    });

    const facet = await get("package_search", "facet.field=organization");
    expect(facet.statusCode).toBe(409);
    expect(facet.json().error).toEqual({
      __type: "Validation Error",
      "facet.field": ["Could not parse as valid JSON"],
    });

    const sort = await get("package_search", "sort=popularity");
    expect(sort.statusCode).toBe(400);
    expect(sort.json().error).toEqual({
      __type: "Search Query Error",
      message: `Search Query is invalid: ('Invalid "sort" parameter',)`,
    });

    for (const fq of [
      "organization:(a OR",
      'tags:"smart city',
      "metadata_modified:[kemarin TO *]",
      "warna:merah",
      "groups:[a TO",
    ]) {
      const bad = await get("package_search", `fq=${encodeURIComponent(fq)}`);
      expect(bad.statusCode, fq).toBe(409);
      expect(bad.json().error.__type, fq).toBe("Search Error");
    }

    const param = await get("package_search", "warna=merah");
    expect(param.statusCode).toBe(400);
    expect(param.json().error.message).toBe(`Search Query is invalid: ("Invalid search parameters: ['warna']",)`);

    const json = await t.app().inject({
      method: "POST",
      url: "/api/3/action/package_search",
      payload: "{rows: 1",
      headers: { "content-type": "application/json" },
    });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toMatch(/^Bad request - JSON Error: /);

    const list = await post("package_show", [1, 2]);
    expect(list.statusCode).toBe(400);
    expect(list.json()).toMatch(/needs to be a dictionary/);

    const limit = await get("organization_list", "sort=warna");
    expect(limit.statusCode).toBe(409);
    expect(limit.json().error.__type).toBe("Validation Error");
  });
});
