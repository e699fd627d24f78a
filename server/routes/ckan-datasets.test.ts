import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "../db/query-rows";
import { dataset, framework } from "../db/schema/index";
import { getFramework } from "../services/frameworks/get-framework";
import { transitionFramework } from "../services/frameworks/transition-framework";
import { datasetId } from "../services/open-data/dataset-id";
import { searchDatasets } from "../services/open-data/search-datasets";
import {
  type CatalogueRow,
  catalogueRow,
  DIMENSIONS,
  REGION_KINDS,
  setupCkanCatalogue,
} from "../testing/ckan-catalogue";

const { t, state, get, post, ok } = setupCkanCatalogue();
const CKAN_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?$/;

describe("CKAN Action API: datasets", () => {
  it("lists every published dataset's name once, sorted, with limit and offset", async () => {
    const names: string[] = await ok(await get("package_list"));
    expect(names).toHaveLength(250);
    expect(new Set(names).size).toBe(250);
    expect(names).toEqual([...names].sort());
    expect(names).toContain("katalog-indikator-nasional");
    expect(await ok(await get("package_list", "limit=5&offset=10"))).toEqual(names.slice(10, 15));
  });

  it("shows a dataset as CKAN 2.10's package dict, by id and by name", async () => {
    const id = datasetId("indicator_realisations", state.regions[0]?.code ?? "");
    const pkg = await ok(await get("package_show", `id=${id}`));
    expect(await ok(await post("package_show", { id: pkg.name }))).toEqual(pkg);
    expect(pkg).toMatchObject({
      id,
      type: "dataset",
      state: "active",
      private: false,
      license_id: "CC-BY-4.0",
      license_title: "Creative Commons Attribution 4.0",
      url: `http://localhost:3000/data/${id}`,
      num_resources: 3,
      num_tags: 4,
      author_email: "data@localhost",
      maintainer_email: "data@localhost",
    });
    expect(pkg.name).toMatch(/^realisasi-indikator-[a-z0-9-]+$/);
    expect(pkg.title).toMatch(/^Realisasi Indikator Smart City — /);
    expect(pkg.notes).toContain("Realisasi indikator");
    expect(pkg.metadata_created).toMatch(CKAN_DATE);
    expect(pkg.metadata_modified).toMatch(CKAN_DATE);
    expect(pkg.metadata_modified).toBe("2026-01-01T00:00:00.123000");
    expect(pkg.organization).toMatchObject({
      name: expect.stringMatching(/-\d{2}-\d{2}$/),
      is_organization: true,
      type: "organization",
    });
    expect(pkg.owner_org).toBe(pkg.organization.id);
    expect(pkg.tags.map((x: { name: string }) => x.name)).toEqual([
      "smart city",
      "indikator",
      "realisasi",
      "satu data",
    ]);
    expect(pkg.groups.map((g: { name: string }) => g.name)).toEqual(["governance", "living"]);
    expect(pkg.resources.map((r: { format: string }) => r.format)).toEqual(["CSV", "JSON", "XLSX"]);
    expect(pkg.resources[0]).toMatchObject({
      package_id: id,
      url: `http://localhost:3000/api/public/datasets/${id}/data.csv`,
      mimetype: "text/csv",
      datastore_active: false,
      position: 0,
      created: pkg.metadata_created,
      last_modified: pkg.metadata_modified,
    });
    const extras = Object.fromEntries(pkg.extras.map((e: { key: string; value: string }) => [e.key, e.value]));
    expect(extras).toMatchObject({
      spatial_code: state.regions[0]?.code,
      temporal_start: "2022-01-01",
      temporal_end: "2025-12-31",
      frequency: "http://publications.europa.eu/resource/authority/frequency/ANNUAL",
      language: "id",
      identifier: id,
      publisher_name: pkg.organization.title,
    });
    expect(JSON.parse(extras.theme)).toContain("http://publications.europa.eu/resource/authority/data-theme/REGI");
  });

  it("shows a resource by id", async () => {
    const pkg = await ok(await get("package_show", `id=${datasetId("program_budgets", state.regions[3]?.code ?? "")}`));
    const res = await ok(await get("resource_show", `id=${pkg.resources[1].id}`));
    expect(res).toEqual(pkg.resources[1]);
    expect((await get("resource_show", "id=00000000-0000-0000-0000-000000000000")).statusCode).toBe(404);
    expect((await get("resource_show")).json().error).toEqual({ __type: "Validation Error", id: ["Missing value"] });
  });

  it("searches with CKAN's defaults: 10 rows, newest first, count of all", async () => {
    const r = await ok(await get("package_search"));
    expect(r.count).toBe(250);
    expect(r.results).toHaveLength(10);
    expect(r.sort).toBe("score desc, metadata_modified desc");
    const modified = r.results.map((p: { metadata_modified: string }) => p.metadata_modified);
    expect(modified).toEqual([...modified].sort().reverse());
    expect(r.facets).toEqual({});
  });

  it("sorts by id, name, title and metadata_modified both ways", async () => {
    const all = async (sort: string) =>
      (await ok(await get("package_search", `rows=1000&sort=${encodeURIComponent(sort)}`))).results as Array<{
        id: string;
        name: string;
        title: string;
        metadata_modified: string;
      }>;
    const ids = (await all("id asc")).map((p) => p.id);
    expect(ids).toEqual([...ids].sort());
    const names = (await all("name asc")).map((p) => p.name);
    expect(names).toEqual(await ok(await get("package_list")));
    const titles = (await all("title_string asc")).map((p) => p.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const asc = (await all("metadata_modified asc")).map((p) => p.metadata_modified);
    expect(asc).toEqual([...asc].sort());
    const desc = (await all("metadata_modified desc, name asc")).map((p) => p.metadata_modified);
    expect(desc).toEqual([...asc].reverse());
  });

  it("filters with fq on organization, tags, res_format, groups and metadata_modified", async () => {
    const fq = async (q: string, extra = "") =>
      ok(await get("package_search", `rows=1000&fq=${encodeURIComponent(q)}${extra}`));
    const pkg = await ok(
      await get("package_show", `id=${datasetId("evaluation_results", state.regions[5]?.code ?? "")}`),
    );
    const org = pkg.organization.name;

    const byOrg = await fq(`organization:${org}`);
    expect(byOrg.count).toBe(4);
    expect(byOrg.results.every((p: { organization: { name: string } }) => p.organization.name === org)).toBe(true);
    expect((await fq(`owner_org:"${pkg.owner_org}"`)).count).toBe(4);
    expect((await fq("organization:kementerian-komunikasi-dan-digital")).count).toBe(2);
    expect((await fq(`organization:${org} OR organization:kementerian-komunikasi-dan-digital`)).count).toBe(6);
    expect((await fq(`-organization:${org}`)).count).toBe(246);

    expect((await fq('tags:"smart city"')).count).toBe(250);
    expect((await fq("tags:anggaran")).count).toBe(62);
    expect((await fq("tags:evaluasi")).count).toBe(62);
    expect((await fq("res_format:CSV")).count).toBe(250);
    expect((await fq("res_format:PDF")).count).toBe(0);

    const economy = await fq("groups:economy");
    expect(economy.count).toBeGreaterThan(0);
    expect(
      economy.results.every((p: { groups: Array<{ name: string }> }) => p.groups.some((g) => g.name === "economy")),
    ).toBe(true);
    const both = await fq("groups:(economy OR governance)", "&facet.field=%5B%22groups%22%5D&facet.limit=-1");
    const facet = both.facets.groups;
    expect(both.count).toBe(
      (await fq("groups:economy")).count +
        (await fq("groups:governance")).count -
        (await fq("groups:economy AND groups:governance")).count,
    );
    expect(facet.economy + facet.governance).toBeGreaterThanOrEqual(both.count);

    const since = "2026-01-06T00:00:00Z"; // datasets modified at hour ≥ 120 (of 0–249)
    const after = await fq(`metadata_modified:[${since} TO *]`);
    expect(after.count).toBeGreaterThan(0);
    expect(after.count).toBeLessThan(250);
    expect(
      after.results.every(
        (p: { metadata_modified: string }) => Date.parse(`${p.metadata_modified}Z`) >= Date.parse(since),
      ),
    ).toBe(true);
    expect((await fq(`metadata_modified:[${since} TO NOW]`)).count).toBe(after.count);
    expect((await fq(`metadata_modified:[* TO ${since}}`)).count + after.count).toBe(250);
    expect((await fq("metadata_modified:[NOW-1DAY TO *]")).count).toBe(0);
    // Microsecond precision, as the harvester sends it.
    expect((await fq("metadata_modified:[2026-01-06T00:00:00.000000Z TO *]")).count).toBe(after.count);
    // Several terms: all must hold.
    const combined = await fq(`organization:${org} metadata_modified:[2025-01-01T00:00:00Z TO *] res_format:CSV`);
    expect(combined.count).toBe(4);
  });

  it("searches words in q and fielded q, and counts facets over the whole result", async () => {
    // Words in q search as /data does.
    const anggaran = await ok(await get("package_search", "q=anggaran&rows=0"));
    const shared = await searchDatasets(t.app().database.db, {
      search: { q: "anggaran" },
      settings: t.app().openData,
      baseUrl: t.app().publicUrl,
    });
    expect(anggaran.count).toBe(shared.total);
    expect(anggaran.count).toBeGreaterThanOrEqual(62);
    expect(anggaran.results).toEqual([]);
    const fielded = await ok(await get("package_search", "q=tags:anggaran&rows=0"));
    expect(fielded.count).toBe(62);
    const all = await ok(await get("package_search", "q=*:*&rows=0"));
    expect(all.count).toBe(250);

    const f = await ok(
      await get(
        "package_search",
        `rows=1&facet.field=${encodeURIComponent('["organization","tags","res_format","groups","license_id"]')}&facet.limit=3`,
      ),
    );
    expect(Object.keys(f.facets.organization)).toHaveLength(3);
    expect(f.facets.tags["smart city"]).toBe(250);
    expect(f.facets.res_format).toEqual({ CSV: 250, JSON: 250, XLSX: 250 });
    expect(f.facets.license_id).toEqual({ "CC-BY-4.0": 250 });
    expect(f.search_facets.organization.items[0]).toMatchObject({
      count: 4,
      display_name: expect.stringMatching(/^Pemerintah /),
    });
    expect(f.search_facets.groups.items[0].display_name).toMatch(/^Smart /);
    const fl = await ok(await get("package_search", "rows=2&fl=id,name&sort=name%20asc"));
    expect(Object.keys(fl.results[0])).toEqual(["id", "name"]);
  });
});

describe("CKAN Action API: organizations, groups, tags", () => {
  it("lists organizations (publishers with a published dataset) and shows one by name or id", async () => {
    const names: string[] = await ok(await get("organization_list", "sort=name%20asc"));
    expect(names).toHaveLength(63);
    expect(names).toContain("kementerian-komunikasi-dan-digital");
    expect(names.some((n) => n.endsWith(state.withdrawnOnlyRegion.replace(".", "-")))).toBe(false);
    const full = await ok(await get("organization_list", "all_fields=true&limit=100"));
    expect(full).toHaveLength(25);
    expect(full[0]).toMatchObject({ is_organization: true, state: "active", package_count: expect.any(Number) });
    const org = await ok(await get("organization_show", `id=${names[0]}`));
    expect(org).toMatchObject({ name: names[0], package_count: 4, users: [] });
    expect(org.packages).toBeUndefined();
    const byId = await ok(await post("organization_show", { id: org.id, include_datasets: true }));
    expect(byId.packages).toHaveLength(4);
    expect((await get("organization_show", "id=tidak-ada")).statusCode).toBe(404);
  });

  it("lists the smart city dimensions as groups with their dataset counts", async () => {
    const names = await ok(await get("group_list"));
    expect([...names].sort()).toEqual([...DIMENSIONS].sort());
    const full = await ok(await get("group_list", "all_fields=true&sort=name%20asc"));
    const economy = full.find((g: { name: string }) => g.name === "economy");
    expect(economy).toMatchObject({ title: "Smart Economy", is_organization: false, type: "group" });
    const count = (await ok(await get("package_search", "rows=0&fq=groups:economy"))).count;
    expect(economy.package_count).toBe(count);
    const shown = await ok(await get("group_show", `id=${economy.id}`));
    expect(shown).toMatchObject({ name: "economy", package_count: count });
    expect((await get("group_show", "id=smart-parking")).statusCode).toBe(404);
  });

  it("lists the tags of published datasets", async () => {
    const tags: string[] = await ok(await get("tag_list"));
    expect(tags).toEqual([...tags].sort());
    expect(tags).toEqual(expect.arrayContaining(["smart city", "anggaran", "gmsc"]));
    expect(tags).not.toContain("peringkat"); // only in the withdrawn national evaluation results
    expect(await ok(await get("tag_list", "query=ang"))).toEqual(["anggaran", "angkatan"]);
    expect((await ok(await get("tag_list", "all_fields=true")))[0]).toMatchObject({
      name: tags[0],
      vocabulary_id: null,
    });
  });
});

describe("CKAN Action API: withdrawn datasets", () => {
  it("keeps withdrawn datasets out of every action", async () => {
    const names: string[] = await ok(await get("package_list"));
    const search = await ok(await get("package_search", "rows=1000"));
    expect(search.count).toBe(250);
    expect(search.results.map((p: { id: string }) => p.id)).not.toContain(state.withdrawnId);
    expect(names.some((n) => n.startsWith("hasil-evaluasi-nasional"))).toBe(false);
    expect((await get("package_show", `id=${state.withdrawnId}`)).statusCode).toBe(404);
    expect((await get("package_show", "id=hasil-evaluasi-nasional-nasional")).statusCode).toBe(404);
    expect((await get("package_show", "id=hasil-evaluasi-nasional")).statusCode).toBe(404);
    const current = await ok(await get("current_package_list_with_resources", "limit=1000"));
    expect(current).toHaveLength(250);
  });
});

describe("CKAN Action API: OpenAPI", () => {
  it("describes the action API under the CKAN tag, once", async () => {
    const doc = (await t.app().inject("/api/openapi.json")).json();
    expect(doc.paths["/api/3/action/{action}"].get.tags).toEqual(["CKAN"]);
    expect(doc.paths["/api/3/action/{action}"].post.tags).toEqual(["CKAN"]);
    expect(doc.paths["/api/action/{action}"]).toBeUndefined();
  });
});

describe("CKAN Action API: rows above the maximum", () => {
  it("caps rows at 1000", async () => {
    const db = t.app().database.db;
    const more: Array<{ code: string }> = await queryRows(
      db,
      sql`select code from region where type <> 'provinsi' order by code offset 63 limit 300`,
    );
    const rows: CatalogueRow[] = [];
    let i = 0;
    for (const r of more) for (const kind of REGION_KINDS) rows.push(catalogueRow(kind, r.code, i++));
    await db.insert(dataset).values(rows);
    const total = 250 + rows.length;
    expect(total).toBeGreaterThan(1000);
    const r = await ok(await get("package_search", "rows=5000&sort=id%20asc"));
    expect(r.count).toBe(total);
    expect(r.results).toHaveLength(1000);
    const rest = await ok(await get("package_search", "rows=5000&start=1000&sort=id%20asc"));
    expect(rest.results).toHaveLength(total - 1000);
  });
});

describe("CKAN Action API: groups follow the frameworks in the database", () => {
  const ctx = { actor: null, ip: null, userAgent: null, requestId: "test" };
  const groupNames = async (): Promise<string[]> => ok(await get("group_list"));

  it("adds a newly published framework's dimension, and keeps a retired one's while a dataset carries it", async () => {
    const db = t.app().database.db;
    const [rpm] = await db.select().from(framework).where(eq(framework.code, "rpm-kota-cerdas-2026"));
    if (!rpm) throw new Error("RPM 2026 draft not seeded");
    expect(rpm.status).toBe("draft");
    expect(await groupNames()).not.toContain("mobility");

    await transitionFramework(db, { id: rpm.id, revision: rpm.revision, action: "publish", ctx });
    expect(await groupNames()).toContain("mobility");
    const mobility = await ok(await get("group_show", "id=mobility"));
    expect(mobility).toMatchObject({ name: "mobility", title: "Mobilitas Cerdas", package_count: 0 });
    // A code both frameworks share keeps the default framework's name, once.
    expect((await groupNames()).filter((g) => g === "economy")).toHaveLength(1);

    const published = await getFramework(db, rpm.id);
    await transitionFramework(db, { id: rpm.id, revision: published.revision, action: "retire", ctx });
    expect(await groupNames()).not.toContain("mobility");

    const id = datasetId("program_budgets", state.regions[0]?.code ?? "");
    await db
      .update(dataset)
      .set({ dimensions: ["governance", "mobility"], updatedAt: new Date() })
      .where(eq(dataset.id, id));
    expect(await groupNames()).toContain("mobility");
    expect(await ok(await get("group_show", "id=mobility"))).toMatchObject({ package_count: 1 });
    const pkg = await ok(await get("package_show", `id=${id}`));
    expect(pkg.groups.map((g: { title: string }) => g.title)).toEqual(["Smart Governance", "Mobilitas Cerdas"]);

    const facets = await searchDatasets(db, {
      search: {},
      settings: t.app().openData,
      baseUrl: t.app().publicUrl,
      facets: ["dimension"],
    });
    const labels = new Map((facets.facets.dimension ?? []).map((f) => [f.name, f.label]));
    expect(labels.get("mobility")).toBe("Mobilitas Cerdas");
    expect(labels.get("economy")).toBe("Smart Economy");
  });
});
