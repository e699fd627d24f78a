import { describe, expect, it } from "vitest";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await t.app().inject({ method: "GET", url, headers });
  return { status: res.statusCode, body: res.json() };
}

describe("GET /api/regions", () => {
  it("lists all 38 provinces and 514 kabupaten/kota, paged", async () => {
    const { status, body } = await get("/api/regions");
    expect(status).toBe(200);
    expect(body.total).toBe(552);
    expect(body.page).toBe(1);
    expect(body.pageSize).toBe(50);
    expect(body.data).toHaveLength(50);
    expect(body.data[0]).toEqual({
      code: "11",
      name: "Aceh",
      displayName: "Provinsi Aceh",
      type: "provinsi",
      province: { code: "11", name: "Aceh" },
    });
    const last = await get("/api/regions?page=12&pageSize=50");
    expect(last.body.data).toHaveLength(2);
    const beyond = await get("/api/regions?page=40");
    expect(beyond.body).toMatchObject({ data: [], total: 552, page: 40 });
  });

  it("counts the types as Kemendagri does", async () => {
    const totals = await Promise.all(
      ["provinsi", "kabupaten", "kota"].map(
        async (type) => (await get(`/api/regions?type=${type}&pageSize=1`)).body.total,
      ),
    );
    expect(totals).toEqual([38, 416, 98]);
  });

  it("finds both Banjars with or without the prefix, case-insensitively, exact names first", async () => {
    const { body } = await get("/api/regions?q=BANJAR");
    expect(body.data.map((r: { code: string }) => r.code)).toEqual(["32.79", "63.03", "33.04", "63.71", "63.72"]);
    const kab = await get(`/api/regions?q=${encodeURIComponent("Kab. Banjar")}`);
    expect(kab.body.data.map((r: { name: string }) => r.name)).toEqual(["Kabupaten Banjar", "Kabupaten Banjarnegara"]);
    const kota = await get(`/api/regions?q=${encodeURIComponent("kota banjar")}`);
    expect(kota.body.data.map((r: { code: string }) => r.code)).toEqual(["32.79", "63.71", "63.72"]);
    const full = await get(`/api/regions?q=${encodeURIComponent("Kabupaten Bangli")}`);
    expect(full.body.data.map((r: { code: string }) => r.code)).toEqual(["51.06"]);
  });

  it("searches by code", async () => {
    const { body } = await get("/api/regions?q=32.79");
    expect(body.data.map((r: { name: string }) => r.name)).toEqual(["Kota Banjar"]);
  });

  it("treats LIKE wildcards in the search as plain text", async () => {
    const { body } = await get(`/api/regions?q=${encodeURIComponent("%")}`);
    expect(body.total).toBe(0);
    const underscore = await get("/api/regions?q=b_njar");
    expect(underscore.body.total).toBe(0);
  });

  it("filters by province and type together", async () => {
    const { body } = await get("/api/regions?province=32&type=kota&pageSize=500");
    expect(body.total).toBe(9);
    expect(
      body.data.every(
        (r: { province: { code: string }; type: string }) => r.province.code === "32" && r.type === "kota",
      ),
    ).toBe(true);
    const withProvince = await get("/api/regions?province=51&pageSize=500");
    expect(withProvince.body.total).toBe(10);
    expect(withProvince.body.data[0].displayName).toBe("Provinsi Bali");
  });

  it("answers 422 with field paths for bad paging and filters", async () => {
    const { status, body } = await get("/api/regions?pageSize=501&type=desa&province=3");
    expect(status).toBe(422);
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.message).toBe("Data yang dikirim tidak valid");
    const paths = body.error.details.issues.map((i: { path: string }) => i.path).sort();
    expect(paths).toEqual(["query.pageSize", "query.province", "query.type"]);
  });

  it("speaks English when asked", async () => {
    const { body } = await get("/api/regions?page=0", { "accept-language": "en-US,en;q=0.9" });
    expect(body.error.message).toBe("The submitted data is not valid");
  });
});

describe("GET /api/regions/:code", () => {
  it.each([
    ["32.79", "Kota Banjar", "kota", "Jawa Barat"],
    ["63.03", "Kabupaten Banjar", "kabupaten", "Kalimantan Selatan"],
    ["51.06", "Kabupaten Bangli", "kabupaten", "Bali"],
  ])("%s is %s", async (code, name, type, provinceName) => {
    const { status, body } = await get(`/api/regions/${code}`);
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ code, name, type, province: { name: provinceName }, counts: null });
  });

  it("gives a province its kabupaten and kota counts", async () => {
    const { body } = await get("/api/regions/32");
    expect(body.data).toMatchObject({ displayName: "Provinsi Jawa Barat", counts: { kabupaten: 18, kota: 9 } });
  });

  it("answers 404 in the error shape for an unknown code and 422 for a malformed one", async () => {
    const missing = await get("/api/regions/99.99");
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      error: { code: "region_not_found", message: "Wilayah tidak ditemukan", details: { code: "99.99" } },
    });
    const malformed = await get("/api/regions/banjar");
    expect(malformed.status).toBe(422);
    expect(malformed.body.error.details.issues[0].path).toBe("params.code");
  });
});
