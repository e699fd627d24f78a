import { describe, expect, it } from "vitest";
import { KOMINFO_2017 } from "../../domain/framework/kominfo-2017";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();

describe("frameworks API", () => {
  it("lists the seeded default framework with its counts", async () => {
    const res = await t.app().inject("/api/frameworks");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(1);
    expect(body.data[0]).toMatchObject({
      code: "kominfo-2017",
      version: "2017",
      name: "Kominfo 2017",
      isDefault: true,
      dimensionCount: KOMINFO_2017.dimensions.length,
      elementCount: KOMINFO_2017.dimensions.reduce((n, d) => n + d.elements.length, 0),
      stageCount: KOMINFO_2017.stages.length,
    });
  });

  it("returns the whole framework in order, as seeded from domain data", async () => {
    const list = (await t.app().inject("/api/frameworks")).json();
    const res = await t.app().inject(`/api/frameworks/${list.data[0].id}`);
    expect(res.statusCode).toBe(200);
    const fw = res.json().data;
    expect(fw.dimensions.map((d: { code: string }) => d.code)).toEqual(KOMINFO_2017.dimensions.map((d) => d.code));
    const governance = fw.dimensions[0];
    expect(
      governance.elements.map((e: { nameId: string; nameEn: string; order: number }) => [e.order, e.nameId, e.nameEn]),
    ).toEqual([
      [1, "Pelayanan Publik", "Public Service"],
      [2, "Manajemen Birokrasi yang Efisien", "Bureaucracy"],
      [3, "Efisiensi Kebijakan Publik", "Public Policy"],
    ]);
    expect(fw.stages.map((s: { number: number }) => s.number)).toEqual([1, 2, 3, 4]);
    expect(fw.stages[3].deliverables.map((d: { code: string }) => d.code)).toContain("lembar-komitmen");
  });

  it("answers 404 for an unknown framework and 422 for a bad id", async () => {
    const missing = await t.app().inject("/api/frameworks/999999");
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe("framework_not_found");
    const bad = await t.app().inject("/api/frameworks/abc");
    expect(bad.statusCode).toBe(422);
  });
});
