import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent, dataset } from "../db/schema/index";
import { datasetId } from "../services/open-data/dataset-id";
import { makeOpd, makeUser, signIn } from "../testing/factories";
import { makeMasterplan } from "../testing/masterplan-factories";
import { makeProgram } from "../testing/monitoring-factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";
const SOLOK = "13.72";
let banjar: string;
let solok: string;
let viewer: string;
let admin: string;

const get = (url: string, cookie?: string) =>
  t.app().inject({ method: "GET", url, ...(cookie ? { headers: { cookie } } : {}) });
const post = (url: string, payload: object, cookie?: string) =>
  t.app().inject({ method: "POST", url, payload, ...(cookie ? { headers: { cookie } } : {}) });
const search = async (query = "") => (await get(`/api/public/datasets?rows=100${query}`)).json();

beforeAll(async () => {
  const app = t.app();
  const plan = await makeMasterplan(app, BANJAR, { status: "enacted" });
  await makeProgram(app, plan.id, (await makeOpd(app, BANJAR, "Diskominfo")).id);
  await makeMasterplan(app, SOLOK, { status: "draft" });
  banjar = await signIn(app, (await makeUser(app, { role: "region_coordinator", regionCode: BANJAR })).email);
  solok = await signIn(app, (await makeUser(app, { role: "region_coordinator", regionCode: SOLOK })).email);
  viewer = await signIn(app, (await makeUser(app, { role: "region_viewer", regionCode: BANJAR })).email);
  admin = await signIn(app, (await makeUser(app, { role: "national_admin" })).email);
});

describe("publishing open data", () => {
  it("lists a region's datasets for its walidata, with what can be published", async () => {
    const res = await get(`/api/regions/${BANJAR}/datasets`, banjar);
    expect(res.statusCode).toBe(200);
    const list = res.json().data;
    expect(list.map((d: { kind: string }) => d.kind)).toEqual([
      "indicator_realisations",
      "program_budgets",
      "implementation_progress",
      "evaluation_results",
    ]);
    const budgets = list.find((d: { kind: string }) => d.kind === "program_budgets");
    expect(budgets).toMatchObject({
      id: datasetId("program_budgets", BANJAR),
      name: "anggaran-program-kota-banjar-32-79",
      status: "unpublished",
      available: true,
      version: 0,
      can: { publish: true, withdraw: false },
    });
    // No published evaluation yet: nothing to publish.
    expect(list.find((d: { kind: string }) => d.kind === "evaluation_results")).toMatchObject({
      available: false,
      can: { publish: false },
    });
    expect((await get(`/api/regions/${BANJAR}/datasets`, viewer)).json().data[0].can.publish).toBe(false);
    expect((await get(`/api/regions/${BANJAR}/datasets`, solok)).statusCode).toBe(404);
    expect((await get(`/api/regions/${BANJAR}/datasets`)).statusCode).toBe(401);
  });

  it("refuses another region's walidata as not found, a viewer as forbidden, and a plan not enacted as unavailable", async () => {
    const id = datasetId("program_budgets", BANJAR);
    expect((await post(`/api/datasets/${id}/publish`, { version: 0 }, solok)).statusCode).toBe(404);
    expect((await post(`/api/datasets/${id}/publish`, { version: 0 }, viewer)).statusCode).toBe(403);
    expect((await post(`/api/datasets/${id}/publish`, { version: 0 })).statusCode).toBe(401);
    const draft = await post(`/api/datasets/${datasetId("program_budgets", SOLOK)}/publish`, { version: 0 }, solok);
    expect(draft.statusCode).toBe(422);
    expect(draft.json().error.code).toBe("dataset_not_available");
    expect(
      (await post(`/api/datasets/${datasetId("gmsc_participation", null)}/publish`, { version: 0 }, banjar)).statusCode,
    ).toBe(404);
    expect(await t.app().database.db.select().from(dataset)).toEqual([]);
  });

  it("publishes: the dataset appears in the catalogue with its metadata; the act is audited", async () => {
    const id = datasetId("program_budgets", BANJAR);
    const res = await post(`/api/datasets/${id}/publish`, { version: 0 }, banjar);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ status: "published", version: 1, can: { publish: false, withdraw: true } });
    expect((await post(`/api/datasets/${id}/publish`, { version: 0 }, banjar)).statusCode).toBe(409);

    const found = await search();
    expect(found.meta.total).toBe(1);
    const meta = found.data[0];
    expect(meta).toMatchObject({
      id,
      name: "anggaran-program-kota-banjar-32-79",
      kind: "program_budgets",
      publisher: { kind: "region", code: BANJAR, name: "Pemerintah Kota Banjar", slug: "kota-banjar-32-79" },
      license: { id: "CC-BY-4.0" },
      spatial: { code: BANJAR },
      title: { id: "Anggaran Indikatif Program Masterplan Smart City — Kota Banjar" },
    });
    expect(meta.distributions.map((d: { format: string }) => d.format)).toEqual(["CSV", "JSON", "XLSX"]);
    expect(meta.distributions[0].downloadUrl).toMatch(new RegExp(`/api/public/datasets/${id}/data\\.csv$`));
    expect(meta.columns.map((c: { name: string }) => c.name)).toContain("anggaran_indikatif");
    // Sizes and row count are known from the moment of publication.
    expect(meta.rowCount).toBe(0);
    const csv = await get(`/api/public/datasets/${id}/data.csv`);
    expect(meta.distributions[0].byteSize).toBe(csv.rawPayload.length);
    const show = await get(`/api/public/datasets/${meta.name}`);
    expect(show.json().data.id).toBe(id);
    expect((await get(`/api/public/datasets/${id}`)).json().data.name).toBe(meta.name);
    const [audit] = await t
      .app()
      .database.db.select()
      .from(auditEvent)
      .where(eq(auditEvent.action, "dataset.published"));
    expect(audit).toMatchObject({ entityId: id, regionCode: BANJAR });
  });

  it("finds by words, publisher, province and kind, with facet counts; the program office publishes the national ones", async () => {
    for (const kind of ["gmsc_participation", "indicator_catalogue"]) {
      const res = await post(
        `/api/datasets/${datasetId(kind as "gmsc_participation", null)}/publish`,
        { version: 0 },
        admin,
      );
      expect(res.statusCode, res.body).toBe(200);
    }
    await post(`/api/datasets/${datasetId("indicator_realisations", BANJAR)}/publish`, { version: 0 }, banjar);
    expect((await search()).meta.total).toBe(4);
    expect((await search("&q=anggaran banjar")).data.map((d: { kind: string }) => d.kind)).toEqual(["program_budgets"]);
    expect((await search("&q=katalog indikator")).data.map((d: { kind: string }) => d.kind)).toEqual([
      "indicator_catalogue",
    ]);
    expect((await search(`&publisher=${BANJAR}`)).meta.total).toBe(2);
    expect((await search("&publisher=kementerian")).meta.total).toBe(2);
    expect((await search("&province=32")).meta.total).toBe(2);
    const facets = (await search()).facets;
    expect(facets.publisher).toEqual(
      expect.arrayContaining([
        { name: BANJAR, count: 2, label: "Pemerintah Kota Banjar" },
        { name: "kementerian", count: 2, label: "Kementerian Komunikasi dan Digital" },
      ]),
    );
    expect(facets.province).toEqual([{ name: "32", count: 2, label: expect.stringMatching(/Jawa Barat/i) }]);
    expect(facets.format).toEqual([
      { name: "CSV", count: 4, label: "CSV" },
      { name: "JSON", count: 4, label: "JSON" },
      { name: "XLSX", count: 4, label: "XLSX" },
    ]);
  });

  it("marks a dataset modified when the data behind it changes", async () => {
    const id = datasetId("program_budgets", BANJAR);
    const before = (await get(`/api/public/datasets/${id}`)).json().data.modified;
    // The owner OPD's name is in the dataset: renaming it changes the data.
    const [opd] = (await get(`/api/regions/${BANJAR}/opds`, banjar)).json().data;
    const res = await t.app().inject({
      method: "PATCH",
      url: `/api/opds/${opd.id}`,
      headers: { cookie: banjar },
      payload: { version: opd.version, name: "Dinas Komunikasi, Informatika dan Persandian" },
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = (await get(`/api/public/datasets/${id}`)).json().data.modified;
    expect(new Date(after).getTime()).toBeGreaterThan(new Date(before).getTime());
    expect(
      (await search(`&modifiedSince=${encodeURIComponent(after)}`)).data.map((d: { id: string }) => d.id),
    ).toContain(id);
  });

  it("withdraws: gone from the catalogue, its identifier kept for a later publication", async () => {
    const id = datasetId("program_budgets", BANJAR);
    const ckanIds = async () =>
      (await get("/api/3/action/package_search?rows=100")).json().result.results.map((p: { id: string }) => p.id);
    // The CKAN API keeps the built catalogue in memory: withdrawing must reach it at once.
    expect(await ckanIds()).toContain(id);
    const res = await post(`/api/datasets/${id}/withdraw`, { version: 1 }, banjar);
    expect(await ckanIds()).not.toContain(id);
    expect((await get(`/api/3/action/package_show?id=${id}`)).statusCode).toBe(404);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ status: "withdrawn", can: { publish: true } });
    expect((await get(`/api/public/datasets/${id}`)).statusCode).toBe(404);
    expect((await search()).data.map((d: { id: string }) => d.id)).not.toContain(id);
    const again = await post(`/api/datasets/${id}/publish`, { version: 2 }, banjar);
    expect(again.json().data.status).toBe("published");
  });
});
