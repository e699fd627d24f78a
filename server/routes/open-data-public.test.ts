import { beforeAll, describe, expect, it } from "vitest";
import { DATASET_KIND_DEFS } from "../../domain/open-data/kinds";
import { observation, programBudget } from "../db/schema/index";
import { datasetId } from "../services/open-data/dataset-id";
import { makeOpd, makeUser, signIn } from "../testing/factories";
import { makeMasterplan } from "../testing/masterplan-factories";
import { linkIndicatorDirect, makeProgram, nationalIndicator } from "../testing/monitoring-factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";
const SOLOK = "13.72";
// What must never leave through any of the three interfaces, each a string that cannot occur by chance.
const SECRET = { entered: "77777.5", returned: "88888.5", draftProgram: "Program Draf Rahasia Solok QZ" };

let withdrawn: string;

beforeAll(async () => {
  const app = t.app();
  const db = app.database.db;
  const opd = await makeOpd(app, BANJAR, "Diskominfo");
  const plan = await makeMasterplan(app, BANJAR, { status: "enacted" });
  const program = await makeProgram(app, plan.id, opd.id);
  await db.insert(programBudget).values({ programId: program.id, year: 2025, source: "APBD", amount: 1_250_000_000 });
  const link = await linkIndicatorDirect(app, program.id, (await nationalIndicator(app, "EC: ICT: PS: 2A")).id, {
    2024: 60,
    2025: 70,
    2026: 80,
  });
  await db.insert(observation).values([
    { programIndicatorId: link.id, year: 2024, value: 54, status: "verified", reviewedAt: new Date() },
    { programIndicatorId: link.id, year: 2025, value: Number(SECRET.entered), status: "entered" },
    { programIndicatorId: link.id, year: 2026, value: Number(SECRET.returned), status: "returned", reviewNote: "x" },
  ]);
  const draft = await makeMasterplan(app, SOLOK, { status: "draft" });
  await makeProgram(app, draft.id, null, { name: SECRET.draftProgram });

  const walidata = await signIn(app, (await makeUser(app, { role: "region_coordinator", regionCode: BANJAR })).email);
  const admin = await signIn(app, (await makeUser(app, { role: "national_admin" })).email);
  const publish = async (id: string, cookie: string, version = 0) => {
    const res = await app.inject({
      method: "POST",
      url: `/api/datasets/${id}/publish`,
      headers: { cookie },
      payload: { version },
    });
    expect(res.statusCode, res.body).toBe(200);
  };
  for (const kind of ["indicator_realisations", "program_budgets", "implementation_progress"] as const)
    await publish(datasetId(kind, BANJAR), walidata);
  for (const kind of ["gmsc_participation", "national_evaluation_results", "indicator_catalogue"] as const)
    await publish(datasetId(kind, null), admin);
  withdrawn = datasetId("implementation_progress", BANJAR);
  const res = await app.inject({
    method: "POST",
    url: `/api/datasets/${withdrawn}/withdraw`,
    headers: { cookie: walidata },
    payload: { version: 1 },
  });
  expect(res.statusCode, res.body).toBe(200);
});

describe("public means published, in every open data interface", () => {
  it("never shows an unverified or returned value, a draft plan, or a withdrawn or unpublished dataset", async () => {
    const app = t.app();
    const body = async (url: string) => {
      const res = await app.inject({ method: "GET", url });
      expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
      return res.body;
    };
    const published = JSON.parse(await body("/api/public/datasets?rows=100")).data as Array<{ id: string }>;
    expect(published).toHaveLength(5);
    const urls = [
      "/api/public/datasets?rows=100",
      "/api/3/action/package_list",
      "/api/3/action/package_search?rows=1000",
      "/api/3/action/organization_list?all_fields=true",
      "/catalog.ttl?pageSize=1000",
      "/catalog.jsonld?pageSize=1000",
      ...published.flatMap((d) => [
        `/api/public/datasets/${d.id}`,
        `/api/public/datasets/${d.id}/data.csv`,
        `/api/public/datasets/${d.id}/data.json`,
        `/api/public/datasets/${d.id}/preview?limit=200`,
        `/api/3/action/package_show?id=${d.id}`,
      ]),
    ];
    for (const url of urls) {
      const text = await body(url);
      for (const secret of [...Object.values(SECRET), withdrawn]) expect(text, url).not.toContain(secret);
    }
    // A withdrawn dataset and one never published are not found anywhere.
    const unpublished = datasetId("evaluation_results", BANJAR);
    for (const id of [withdrawn, unpublished]) {
      expect((await app.inject(`/api/public/datasets/${id}`)).statusCode).toBe(404);
      expect((await app.inject(`/api/public/datasets/${id}/data.csv`)).statusCode).toBe(404);
      expect((await app.inject(`/api/3/action/package_show?id=${id}`)).statusCode).toBe(404);
    }
  });

  it("gives each dataset the columns its data dictionary names, and the verified value", async () => {
    const app = t.app();
    const list = (await app.inject("/api/public/datasets?rows=100")).json().data as Array<{
      id: string;
      kind: keyof typeof DATASET_KIND_DEFS;
    }>;
    for (const d of list) {
      const csv = (await app.inject(`/api/public/datasets/${d.id}/data.csv`)).body;
      const header = csv.split(/\r?\n/, 1)[0];
      expect(header, d.kind).toBe(DATASET_KIND_DEFS[d.kind].columns.map((c) => c.name).join(","));
    }
    const realisations = (
      await app.inject(`/api/public/datasets/${datasetId("indicator_realisations", BANJAR)}/data.json`)
    ).json();
    const rows = Array.isArray(realisations) ? realisations : realisations.data;
    expect(rows).toEqual([
      expect.objectContaining({
        tahun: 2024,
        target: 60,
        realisasi: 54,
        satuan: expect.any(String),
        frekuensi: "annual",
      }),
    ]);
  });
});
