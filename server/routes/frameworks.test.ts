import { describe, expect, it } from "vitest";
import { KOMINFO_2017 } from "../../domain/framework/kominfo-2017";
import { RPM_2026 } from "../../domain/framework/rpm-2026";
import { actorWith } from "../testing/factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();

describe("frameworks API", () => {
  it("lists the seeded default framework with its counts; the 2026 draft only to the program office", async () => {
    const res = await t.app().inject("/api/frameworks");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(1);
    const { cookie } = await actorWith(t.app(), { role: "national_admin" });
    const office = (await t.app().inject({ url: "/api/frameworks", headers: { cookie } })).json();
    expect(office.data.map((f: { code: string; status: string }) => [f.code, f.status])).toEqual([
      ["kominfo-2017", "published"],
      [RPM_2026.code, "draft"],
    ]);
    expect(body.data[0]).toMatchObject({
      code: "kominfo-2017",
      version: "2017",
      name: "Kominfo 2017",
      isDefault: true,
      status: "published",
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
    // The chapters each deliverable drafts are stored with it, as the definition names them.
    expect(fw.stages[0].deliverables.find((d: { code: string }) => d.code === "visi-misi").covers).toEqual(["vision"]);
    // Read anonymously: nothing may be done with it.
    expect(res.json().can).toEqual({ create: false, copy: false, update: false, publish: false, retire: false });
  });

  it("ships the 2026 draft as data: Smart Mobility instead of Smart Branding, not the default", async () => {
    const { cookie } = await actorWith(t.app(), { role: "national_admin" });
    const headers = { cookie };
    const list = (await t.app().inject({ url: "/api/frameworks", headers })).json();
    const draft = list.data.find((f: { code: string }) => f.code === RPM_2026.code);
    expect(draft).toMatchObject({
      name: "Rancangan Permen Kota Cerdas 2026 (draf)",
      status: "draft",
      isDefault: false,
    });
    // Anyone else does not find it.
    expect((await t.app().inject(`/api/frameworks/${draft.id}`)).statusCode).toBe(404);
    const fw = (await t.app().inject({ url: `/api/frameworks/${draft.id}`, headers })).json().data;
    const codes = fw.dimensions.map((d: { code: string }) => d.code);
    expect(codes).toContain("mobility");
    expect(codes).not.toContain("branding");
    expect(codes).toHaveLength(KOMINFO_2017.dimensions.length);
    const mobility = fw.dimensions.find((d: { code: string }) => d.code === "mobility");
    expect([mobility.nameId, mobility.nameEn]).toEqual(["Mobilitas Cerdas", "Smart Mobility"]);
    expect(mobility.elements.map((e: { code: string }) => e.code)).toEqual([
      "mobility.transportasi-publik",
      "mobility.manajemen-lalu-lintas",
      "mobility.mobilitas-aktif",
    ]);
    expect(fw.stages).toHaveLength(KOMINFO_2017.stages.length);
  });

  it("answers 404 for an unknown framework and 422 for a bad id", async () => {
    const missing = await t.app().inject("/api/frameworks/999999");
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe("framework_not_found");
    const bad = await t.app().inject("/api/frameworks/abc");
    expect(bad.statusCode).toBe(422);
  });
});
