// Replays, request by request, how real CKAN clients read the Action API:
// ckanext-harvest's CKANHarvester (gather stage `_search_for_datasets`, then the import stage's
// group_show / organization_show look-ups) and `ckanapi dump datasets --all` / `dump organizations --all`.
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { DatasetKind } from "../../domain/open-data/kinds";
import { queryRows } from "../db/query-rows";
import { dataset } from "../db/schema/index";
import { datasetId } from "../services/open-data/dataset-id";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const KINDS: DatasetKind[] = [
  "indicator_realisations",
  "program_budgets",
  "implementation_progress",
  "evaluation_results",
];
const DIMENSIONS = ["governance", "branding", "economy", "living", "society", "environment"];
const YEAR_AGO = Date.now() - 365 * 86_400_000;
const HOUR = 3_600_000;

let published: Set<string>;
let codes: string[];

/** Python's urlencode (quote_plus): what the harvester puts after `?`. */
const urlencode = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([k, v]) =>
      [k, v]
        .map((s) =>
          encodeURIComponent(s)
            .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
            .replace(/%20/g, "+"),
        )
        .join("="),
    )
    .join("&");

/** Python's datetime.isoformat() of a naive UTC datetime: microseconds unless zero. */
const isoformat = (d: Date) => {
  const base = d.toISOString().slice(0, 19);
  return d.getUTCMilliseconds() ? `${base}.${String(d.getUTCMilliseconds()).padStart(3, "0")}000` : base;
};

type Pkg = {
  id: string;
  name: string;
  type: string;
  owner_org: string;
  organization: { id: string; name: string };
  groups: Array<{ id: string; name: string }>;
  tags: Array<{ name: string }>;
  extras: Array<{ key: string; value: string }>;
  resources: Array<{ id: string; url: string; format: string; package_id: string }>;
  metadata_modified: string;
};

/** CKANHarvester._search_for_datasets: pages of 100 sorted by id, until an empty page. */
async function harvesterSearch(fqTerms: string[]): Promise<{ pkgs: Pkg[]; urls: string[] }> {
  const params: Record<string, string> = { rows: "100", start: "0" };
  params.sort = "id asc";
  if (fqTerms.length) params.fq = fqTerms.join(" ");
  const pkgs: Pkg[] = [];
  const ids = new Set<string>();
  const urls: string[] = [];
  let previous: string | undefined;
  for (;;) {
    const url = `/api/3/action/package_search?${urlencode(params)}`;
    urls.push(url);
    const res = await t.app().inject({ method: "GET", url, headers: { "user-agent": "ckanext-harvest" } });
    expect(res.statusCode, res.body).toBe(200);
    const content = res.body;
    if (previous && content === previous) throw new Error(`The paging doesn't seem to work. URL: ${url}`);
    previous = content;
    const page = (JSON.parse(content).result?.results ?? []) as Pkg[];
    const fresh = page.filter((p) => !ids.has(p.id));
    for (const p of page) ids.add(p.id);
    pkgs.push(...fresh);
    if (page.length === 0) break;
    params.start = String(Number(params.start) + Number(params.rows));
    if (urls.length > 50) throw new Error("paging does not end");
  }
  return { pkgs, urls };
}

/** The import stage's remote look-ups (remote_groups / remote_orgs = "create"). */
async function harvesterImport(pkg: Pkg) {
  expect(pkg.type).not.toBe("harvest");
  for (const group of pkg.groups) {
    const res = await t.app().inject(`/api/3/action/group_show?id=${group.id}`);
    expect(res.statusCode).toBe(200);
    const remote = res.json().result;
    expect(remote).toMatchObject({ id: group.id, name: group.name, is_organization: false });
  }
  const org = await t.app().inject(`/api/3/action/organization_show?id=${pkg.owner_org}`);
  expect(org.statusCode).toBe(200);
  expect(org.json().result).toMatchObject({ id: pkg.owner_org, name: pkg.organization.name, is_organization: true });
  expect(pkg.extras.every((e) => typeof e.key === "string" && typeof e.value === "string")).toBe(true);
  expect(pkg.resources.length).toBeGreaterThan(0);
  for (const r of pkg.resources) {
    expect(r.package_id).toBe(pkg.id);
    expect(r.url).toMatch(/^http:\/\/localhost:3000\/api\/public\/datasets\/[0-9a-f-]{36}\/data\.(csv|json|xlsx)$/);
  }
}

/** ckanapi's RemoteCKAN.call_action: POST JSON to api/action/{name}, result or error. */
async function callAction(action: string, dataDict: Record<string, unknown>) {
  const res = await t.app().inject({
    method: "POST",
    url: `/api/action/${action}`,
    payload: JSON.stringify(dataDict),
    headers: { "content-type": "application/json", "user-agent": "ckanapi/4.7 (+https://github.com/ckan/ckanapi)" },
  });
  const parsed = JSON.parse(res.body);
  if (parsed.success) return parsed.result;
  const err = parsed.error ?? {};
  if (err.__type === "Not Found Error") return { notFound: true };
  throw new Error(`CKANAPIError ${res.statusCode} ${res.body}`);
}

beforeAll(async () => {
  const db = t.app().database.db;
  const regions = await queryRows<{ code: string }>(
    db,
    sql`select code from region where type <> 'provinsi' order by province_code desc, code limit 65`,
  );
  codes = regions.map((r) => r.code);
  const rows: Array<typeof dataset.$inferInsert> = [];
  let i = 0;
  for (const code of codes.slice(0, 62))
    for (const kind of KINDS) {
      const at = new Date(YEAR_AGO + (i % 40) * HOUR); // many datasets share one modification time
      rows.push({
        id: datasetId(kind, code),
        kind,
        regionCode: code,
        issuedAt: at,
        dataModifiedAt: at,
        updatedAt: at,
        dimensions: DIMENSIONS.filter((_, d) => (i + d) % 2 === 0),
        temporalStart: 2023,
        temporalEnd: 2025,
      });
      i++;
    }
  for (const kind of ["gmsc_participation", "indicator_catalogue"] as const)
    rows.push({
      id: datasetId(kind, null),
      kind,
      regionCode: null,
      issuedAt: new Date(YEAR_AGO),
      dataModifiedAt: new Date(YEAR_AGO),
      updatedAt: new Date(YEAR_AGO),
    });
  rows.push({
    id: datasetId("evaluation_results", codes[62] ?? ""),
    kind: "evaluation_results",
    regionCode: codes[62] ?? null,
    status: "withdrawn",
    withdrawnAt: new Date(YEAR_AGO),
    dataModifiedAt: new Date(YEAR_AGO),
    updatedAt: new Date(YEAR_AGO),
  });
  await db.insert(dataset).values(rows);
  published = new Set(rows.filter((r) => r.status !== "withdrawn").map((r) => r.id));
});

describe("ckanext-harvest CKANHarvester", () => {
  it("gathers every published dataset once on a first run, then only the changed ones", async () => {
    // First run: no previous job, so no fq.
    const gatherStarted = new Date();
    const first = await harvesterSearch([]);
    expect(first.urls[0]).toBe("/api/3/action/package_search?rows=100&start=0&sort=id+asc");
    expect(first.urls).toHaveLength(4); // 100 + 100 + 50 + the empty page
    expect(first.pkgs).toHaveLength(250);
    expect(new Set(first.pkgs.map((p) => p.id))).toEqual(published);
    const ids = first.pkgs.map((p) => p.id);
    expect(ids).toEqual([...ids].sort());
    for (const pkg of first.pkgs.slice(0, 12)) await harvesterImport(pkg);

    // Between runs: data of three datasets changes, one is withdrawn, one is newly published.
    const db = t.app().database.db;
    const changed = [first.pkgs[3], first.pkgs[150], first.pkgs[249]].map((p) => p?.id ?? "");
    for (const id of changed) await db.update(dataset).set({ dataModifiedAt: new Date() }).where(eq(dataset.id, id));
    const withdrawn = first.pkgs[10]?.id ?? "";
    await db
      .update(dataset)
      .set({ status: "withdrawn", withdrawnAt: new Date(), updatedAt: new Date() })
      .where(eq(dataset.id, withdrawn));
    const added = datasetId("program_budgets", codes[63] ?? "");
    await db.insert(dataset).values({ id: added, kind: "program_budgets", regionCode: codes[63] ?? null });

    // Second run: fq on metadata_modified since the last error-free gather, minus one hour.
    const since = isoformat(new Date(gatherStarted.getTime() - HOUR));
    const second = await harvesterSearch([`metadata_modified:[${since}Z TO *]`]);
    expect(second.urls[0]).toBe(
      `/api/3/action/package_search?rows=100&start=0&sort=id+asc&fq=metadata_modified%3A%5B${since.replace(/:/g, "%3A")}Z+TO+%2A%5D`,
    );
    expect(new Set(second.pkgs.map((p) => p.id))).toEqual(
      new Set([...changed, added, withdrawn].filter((id) => id !== withdrawn)),
    );
    for (const pkg of second.pkgs) await harvesterImport(pkg);

    // A run with nothing changed since finds nothing (and the harvester stops there).
    const later = isoformat(new Date(Date.now() + 60_000));
    expect((await harvesterSearch([`metadata_modified:[${later}Z TO *]`])).pkgs).toEqual([]);
  });

  it("applies organizations and groups include/exclude filters, alone and with the since filter", async () => {
    const all = await harvesterSearch([]);
    const orgs = [...new Set(all.pkgs.map((p) => p.organization.name))].slice(0, 2);
    const include = await harvesterSearch([orgs.map((o) => `organization:${o}`).join(" OR ")]);
    expect(include.pkgs.length).toBe(all.pkgs.filter((p) => orgs.includes(p.organization.name)).length);
    const exclude = await harvesterSearch(orgs.map((o) => `-organization:${o}`));
    expect(exclude.pkgs.length + include.pkgs.length).toBe(all.pkgs.length);
    const since = `metadata_modified:[${isoformat(new Date(YEAR_AGO + 20 * HOUR))}Z TO *]`;
    const both = await harvesterSearch([orgs.map((o) => `organization:${o}`).join(" OR "), since]);
    expect(both.pkgs.length).toBe(
      all.pkgs.filter(
        (p) => orgs.includes(p.organization.name) && Date.parse(`${p.metadata_modified}Z`) >= YEAR_AGO + 20 * HOUR,
      ).length,
    );
    const groups = await harvesterSearch(["groups:economy OR groups:society"]);
    expect(groups.pkgs.length).toBe(
      all.pkgs.filter((p) => p.groups.some((g) => g.name === "economy" || g.name === "society")).length,
    );
    const noGroup = await harvesterSearch(["-groups:economy", "-groups:society"]);
    expect(noGroup.pkgs.length + groups.pkgs.length).toBe(all.pkgs.length);
  });
});

describe("ckanapi dump", () => {
  it("dump datasets --all: package_list, then package_show for each name", async () => {
    const names: string[] = await callAction("package_list", {
      include_private: false,
      include_drafts: false,
      include_deleted: false,
    });
    const current = await harvesterSearch([]);
    expect(names).toHaveLength(current.pkgs.length);
    const seen = new Set<string>();
    for (const name of names) {
      const obj = await callAction("package_show", {
        id: name,
        include_datasets: false,
        include_password_hash: true,
        include_users: false,
      });
      expect(obj.notFound).toBeUndefined();
      expect(obj.name).toBe(name);
      seen.add(obj.id);
      expect(
        obj.resources.every((r: { datastore_active: boolean; id: string }) => r.datastore_active === false && r.id),
      ).toBe(true);
    }
    expect(seen).toEqual(new Set(current.pkgs.map((p) => p.id)));
    // A name that is gone (e.g. withdrawn meanwhile) is reported as NotFound, not an error.
    expect(await callAction("package_show", { id: "realisasi-indikator-tidak-ada-99-99" })).toEqual({ notFound: true });
  });

  it("dump organizations --all and groups --all", async () => {
    for (const [list, show] of [
      ["organization_list", "organization_show"],
      ["group_list", "group_show"],
    ] as const) {
      const names: string[] = await callAction(list, {});
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) {
        const obj = await callAction(show, {
          id: name,
          include_datasets: false,
          include_password_hash: true,
          include_users: false,
        });
        expect(obj.name).toBe(name);
        expect(obj.packages).toBeUndefined();
      }
    }
  });
});
