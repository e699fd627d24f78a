import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import jsonld from "jsonld";
import { DataFactory, Parser, type Quad, Store, Writer } from "n3";
import SHACLValidator from "rdf-validate-shacl";
import { beforeAll, describe, expect, it } from "vitest";
import { DATASET_KINDS, NATIONAL_KINDS, REGION_KINDS } from "../../domain/open-data/kinds";
import { buildApp } from "../app";
import { dataset } from "../db/schema/index";
import { datasetId } from "../services/open-data/dataset-id";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BASE = "http://localhost:3000";
const BANJAR = "32.79";
const SOLOK = "13.72";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const DCAT = "http://www.w3.org/ns/dcat#";
const HYDRA = "http://www.w3.org/ns/hydra/core#";
const RDFS_RESOURCE = "http://www.w3.org/2000/01/rdf-schema#Resource";
const SH = "http://www.w3.org/ns/shacl#";
const FIXTURES = "../services/dcat/fixtures/";

const published: string[] = [];
let withdrawnId: string;

const parseTurtle = (body: string): Quad[] => new Parser({ format: "text/turtle" }).parse(body);
const objects = (quads: Quad[], subject: string, predicate: string) =>
  quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);
const datasetIds = (quads: Quad[]) =>
  quads
    .filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${DCAT}Dataset`)
    .map((q) => q.subject.value.match(/\/data\/([0-9a-f-]{36})#dataset$/)?.[1]);

beforeAll(async () => {
  const db = t.app().database.db;
  const rows: Array<typeof dataset.$inferInsert> = [];
  const stats = {
    statsFor: new Date("2026-06-01T00:00:00Z"),
    dataModifiedAt: new Date("2026-05-01T00:00:00Z"),
    rowCount: 12,
    csvBytes: 2048,
    jsonBytes: 4096,
    xlsxBytes: 8192,
  };
  // Every regional kind for Banjar (with current stats and coverage), and for Solok without.
  for (const kind of REGION_KINDS) {
    rows.push({
      id: datasetId(kind, BANJAR),
      kind,
      regionCode: BANJAR,
      status: "published",
      ...stats,
      temporalStart: 2023,
      temporalEnd: 2025,
      dimensions: ["smart_governance", "smart_economy"],
    });
    rows.push({ id: datasetId(kind, SOLOK), kind, regionCode: SOLOK, status: "published" });
  }
  // Every national kind, one with an open-ended coverage.
  for (const kind of NATIONAL_KINDS)
    rows.push({
      id: datasetId(kind, null),
      kind,
      regionCode: null,
      status: "published",
      ...stats,
      temporalStart: 2017,
    });
  // Withdrawn: must not be listed.
  rows[1] = { ...rows[1], status: "withdrawn", withdrawnAt: new Date() } as typeof dataset.$inferInsert;
  withdrawnId = rows[1]?.id ?? "";
  await db.insert(dataset).values(rows);
  published.push(...rows.filter((r) => r.status === "published").map((r) => r.id));
}, 60_000);

describe("GET /catalog.ttl", () => {
  it("answers Turtle for anyone, cacheable five minutes, with every published dataset and no withdrawn one", async () => {
    const res = await t.app().inject({ method: "GET", url: "/catalog.ttl" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/turtle; charset=utf-8");
    expect(res.headers["cache-control"]).toBe("public, max-age=300");
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    const quads = parseTurtle(res.body);
    const ids = datasetIds(quads);
    expect(ids.sort()).toEqual([...published].sort());
    expect(ids).not.toContain(withdrawnId);
    expect(res.body).not.toContain(withdrawnId);
    // Every kind is present, regional and national.
    const kinds = new Set(
      published.map((id) => DATASET_KINDS.find((k) => [BANJAR, SOLOK, null].some((r) => datasetId(k, r) === id))),
    );
    expect(kinds.size).toBe(DATASET_KINDS.length);
  });

  it("maps a regional dataset to DCAT-AP terms", async () => {
    const res = await t.app().inject({ method: "GET", url: "/catalog.ttl" });
    const quads = parseTurtle(res.body);
    const id = datasetId("indicator_realisations", BANJAR);
    const ds = `${BASE}/data/${id}#dataset`;
    const values = (p: string) => objects(quads, ds, p);
    expect(values("http://purl.org/dc/terms/identifier")).toEqual([id]);
    expect(values(`${DCAT}theme`)).toContain("http://publications.europa.eu/resource/authority/data-theme/REGI");
    expect(values("http://purl.org/dc/terms/accrualPeriodicity")).toEqual([
      "http://publications.europa.eu/resource/authority/frequency/ANNUAL",
    ]);
    expect(values("http://purl.org/dc/terms/spatial")).toEqual([`${BASE}/wilayah/${BANJAR}`]);
    const titles = quads.filter(
      (q) => q.subject.value === ds && q.predicate.value === "http://purl.org/dc/terms/title",
    );
    expect(titles.map((q) => (q.object as { language: string }).language).sort()).toEqual(["en", "id"]);
    const dists = values(`${DCAT}distribution`);
    expect(dists).toHaveLength(3);
    const csv = dists.find((d) => d.endsWith("-csv")) ?? "";
    expect(objects(quads, csv, "http://purl.org/dc/terms/format")).toEqual([
      "http://publications.europa.eu/resource/authority/file-type/CSV",
    ]);
    expect(objects(quads, csv, `${DCAT}mediaType`)).toEqual(["https://www.iana.org/assignments/media-types/text/csv"]);
    expect(objects(quads, csv, `${DCAT}byteSize`)).toEqual(["2048"]);
    const period = values("http://purl.org/dc/terms/temporal")[0] ?? "";
    expect(objects(quads, period, `${DCAT}startDate`)).toEqual(["2023-01-01"]);
    expect(objects(quads, period, `${DCAT}endDate`)).toEqual(["2025-12-31"]);
    const contact = values(`${DCAT}contactPoint`)[0] ?? "";
    expect(objects(quads, contact, "http://www.w3.org/2006/vcard/ns#hasEmail")[0]).toMatch(/^mailto:/);
    // No byte size when the stats are not current; national datasets cover Indonesia.
    const solokCsv = `${BASE}/data/${datasetId("program_budgets", SOLOK)}#distribution-csv`;
    expect(objects(quads, solokCsv, `${DCAT}byteSize`)).toEqual([]);
    const national = `${BASE}/data/${datasetId(NATIONAL_KINDS[0] ?? "indicator_catalogue", null)}#dataset`;
    expect(objects(quads, national, "http://purl.org/dc/terms/spatial")).toEqual([
      "http://publications.europa.eu/resource/authority/country/IDN",
    ]);
  });

  // The official shapes of each release, vendored with their source and licence in fixtures/.
  const RELEASES = [
    // 3.0.0 needs RDFS entailment rule rdfs4b (every IRI named as an object is an rdfs:Resource)
    // for its `sh:class rdfs:Resource` on dcat:accessURL and dcat:downloadURL (SEMICeu/DCAT-AP
    // issue 412, dropped in 3.0.1). Nothing else is inferred or added: every other class the
    // range shapes check is declared by the catalogue itself.
    { release: "3.0.0", files: ["dcat-ap-3.0.0-SHACL.ttl"], rdfs4b: true },
    { release: "3.0.1", files: ["dcat-ap-3.0.1-SHACL.ttl", "dcat-ap-3.0.1-ranges.ttl"], rdfs4b: false },
  ];
  const shapesOf = (files: string[]) =>
    new Store(
      files.flatMap((f) =>
        new Parser({ format: "text/turtle" }).parse(readFileSync(new URL(`${FIXTURES}${f}`, import.meta.url), "utf8")),
      ),
    );
  const violationsOf = async (shapes: Store, quads: Quad[], rdfs4b: boolean) => {
    const data = new Store(quads);
    if (rdfs4b)
      for (const q of quads)
        if (q.object.termType === "NamedNode")
          data.addQuad(
            DataFactory.quad(q.object, DataFactory.namedNode(RDF_TYPE), DataFactory.namedNode(RDFS_RESOURCE)),
          );
    const report = await new SHACLValidator(shapes).validate(data);
    return report.results
      .filter((r) => r.severity?.value === `${SH}Violation`)
      .map((r) => `${r.focusNode?.value} ${r.path?.value}: ${r.message.map((m) => m.value).join("; ")}`);
  };

  it.each(RELEASES)(
    "conforms to the DCAT-AP $release SHACL shapes: no violation",
    async ({ files, rdfs4b }) => {
      const res = await t.app().inject({ method: "GET", url: "/catalog.ttl" });
      const quads = parseTurtle(res.body);
      expect(datasetIds(quads)).toHaveLength(published.length);
      const shapes = shapesOf(files);
      expect(await violationsOf(shapes, quads, rdfs4b)).toEqual([]);
      // The shapes do bite: without a distribution's access URL or a dataset's title, they complain.
      const id = datasetId("program_budgets", BANJAR);
      const broken = quads.filter(
        (q) =>
          !(
            q.subject.value.startsWith(`${BASE}/data/${id}#`) && /dcat#accessURL|terms\/title$/.test(q.predicate.value)
          ),
      );
      const complaints = await violationsOf(shapes, broken, rdfs4b);
      expect(complaints.some((v) => v.includes("#distribution-csv http://www.w3.org/ns/dcat#accessURL"))).toBe(true);
      expect(complaints.some((v) => v.includes(`${id}#dataset http://purl.org/dc/terms/title`))).toBe(true);
    },
    30_000,
  );
});

describe("GET /catalog.jsonld", () => {
  it("answers JSON-LD with an @context that expands to the same triples as the Turtle", async () => {
    const [ld, ttl] = await Promise.all([
      t.app().inject({ method: "GET", url: "/catalog.jsonld" }),
      t.app().inject({ method: "GET", url: "/catalog.ttl" }),
    ]);
    expect(ld.statusCode).toBe(200);
    expect(ld.headers["content-type"]).toBe("application/ld+json; charset=utf-8");
    expect(ld.headers["cache-control"]).toBe("public, max-age=300");
    expect(ld.headers["access-control-allow-origin"]).toBe("*");
    const doc = ld.json();
    expect(doc["@context"]).toMatchObject({ dcat: DCAT, dct: "http://purl.org/dc/terms/" });
    const nquads = (await jsonld.toRDF(doc, { format: "application/n-quads" })) as unknown as string;
    // The same graph but for the address of the page itself (catalog.jsonld against catalog.ttl).
    const notPaging = (line: string) => !line.startsWith(`<${BASE}/catalog.`);
    const fromJson = new Set(nquads.split("\n").filter(Boolean).filter(notPaging));
    const fromTurtle = new Set(
      new Writer({ format: "N-Quads" })
        .quadsToString(parseTurtle(ttl.body))
        .split("\n")
        .filter(Boolean)
        .filter(notPaging),
    );
    expect(fromJson.size).toBeGreaterThan(500);
    expect(fromJson.size).toBe(fromTurtle.size);
    expect([...fromJson].filter((q) => !fromTurtle.has(q))).toEqual([]);
  });
});

describe("catalogue paging", () => {
  const links = (quads: Quad[], page: string) =>
    Object.fromEntries(
      ["first", "last", "next", "previous", "totalItems", "itemsPerPage"].map((p) => [
        p,
        objects(quads, page, `${HYDRA}${p}`)[0],
      ]),
    );

  it("pages as a Hydra PagedCollection with first, last, next and previous", async () => {
    const size = 4;
    const last = Math.ceil(published.length / size);
    const url = (n: number) => `${BASE}/catalog.ttl?page=${n}&pageSize=${size}`;
    const seen: Array<string | undefined> = [];
    for (let n = 1; n <= last; n++) {
      const res = await t.app().inject({ method: "GET", url: `/catalog.ttl?page=${n}&pageSize=${size}` });
      expect(res.statusCode).toBe(200);
      const quads = parseTurtle(res.body);
      expect(objects(quads, url(n), RDF_TYPE)).toEqual([`${HYDRA}PagedCollection`]);
      expect(links(quads, url(n))).toEqual({
        first: url(1),
        last: url(last),
        next: n < last ? url(n + 1) : undefined,
        previous: n > 1 ? url(n - 1) : undefined,
        totalItems: String(published.length),
        itemsPerPage: String(size),
      });
      // ckanext-dcat 1.x harvesters read the older Hydra terms.
      expect(objects(quads, url(n), `${HYDRA}nextPage`)).toEqual(n < last ? [url(n + 1)] : []);
      seen.push(...datasetIds(quads));
    }
    expect(seen).toHaveLength(published.length);
    expect(new Set(seen)).toEqual(new Set(published));
    const past = await t.app().inject({ method: "GET", url: `/catalog.ttl?page=${last + 1}&pageSize=${size}` });
    expect(past.statusCode).toBe(404);
  });

  it("pages 100 by default and refuses a page size over 1000", async () => {
    const res = await t.app().inject({ method: "GET", url: "/catalog.jsonld" });
    const page = res.json()["@graph"].find((n: { "@id": string }) => n["@id"] === `${BASE}/catalog.jsonld?page=1`);
    expect(page["hydra:itemsPerPage"]).toEqual([{ "@value": "100", "@type": "xsd:integer" }]);
    expect(page["hydra:next"]).toBeUndefined();
    const big = await t.app().inject({ method: "GET", url: "/catalog.ttl?pageSize=1001" });
    expect(big.statusCode).toBe(422);
  });
});

describe("with the web app served", () => {
  it("answers the catalogue, not the SPA shell", async () => {
    const webDir = mkdtempSync(path.join(tmpdir(), "kc-web-"));
    writeFileSync(path.join(webDir, "index.html"), "<!doctype html><title>SPA</title>");
    const app = await buildApp({ database: t.database(), webDir });
    try {
      for (const url of ["/catalog.ttl", "/catalog.jsonld?page=1"]) {
        const res = await app.inject({ method: "GET", url });
        expect(res.statusCode).toBe(200);
        expect(res.headers["content-type"]).not.toContain("text/html");
      }
      expect((await app.inject({ method: "GET", url: "/data" })).headers["content-type"]).toContain("text/html");
    } finally {
      await app.close();
      rmSync(webDir, { recursive: true, force: true });
    }
  });
});
