import { describe, expect, it } from "vitest";
import { CkanError } from "./errors";
import { matches, parseQuery, parseSolrDate, type SearchDoc } from "./fq";

const doc: SearchDoc = {
  id: "11111111-1111-5111-8111-111111111111",
  name: "anggaran-program-kota-banjar-32-79",
  title: "Anggaran Program Masterplan — Kota Banjar",
  notes: "Anggaran program",
  organization: "kota-banjar-32-79",
  owner_org: "22222222-2222-5222-8222-222222222222",
  groups: ["economy", "governance"],
  tags: ["smart city", "anggaran"],
  res_format: ["CSV", "JSON", "XLSX"],
  license_id: "CC-BY-4.0",
  metadata_created: Date.parse("2026-01-01T00:00:00Z"),
  metadata_modified: Date.parse("2026-06-01T12:00:00.500Z"),
  num_resources: 3,
  num_tags: 2,
  text: "anggaran program kota banjar",
};
const NOW = Date.parse("2026-06-02T00:00:00Z");
const test = (q: string) => matches(parseQuery(q), doc, NOW);

describe("fq", () => {
  it.each([
    ["organization:kota-banjar-32-79", true],
    ["organization:kota-bandung-32-73", false],
    ["-organization:kota-bandung-32-73", true],
    ["organization:kota-bandung-32-73 OR organization:kota-banjar-32-79", true],
    ["organization:(kota-bandung-32-73 OR kota-banjar-32-79)", true],
    ['tags:"smart city" res_format:CSV', true],
    ["tags:smart", false],
    ["groups:economy AND -groups:living", true],
    ["groups:economy && groups:living", false],
    ["NOT groups:living", true],
    [
      "organization:kota-bandung-32-73 OR organization:kota-banjar-32-79 metadata_modified:[2026-06-01T00:00:00.123456Z TO *]",
      true,
    ],
    ["metadata_modified:[2026-06-01T12:00:00.500Z TO NOW]", true],
    ["metadata_modified:{2026-06-01T12:00:00.500Z TO *]", false],
    ["metadata_modified:[NOW-1DAY TO *]", true],
    ["metadata_modified:[NOW/DAY TO *]", false],
    ["metadata_created:[* TO 2026-01-01]", true],
    ["num_resources:[3 TO *]", true],
    ["name:anggaran-*", true],
    ["owner_org:*", true],
    ["*:*", true],
    ["+capacity:public +state:active", true],
    ["banjar", true],
    ["bandung", false],
  ])("%s → %s", (q, want) => expect(test(q)).toBe(want));

  it.each([
    "organization:(a OR",
    'tags:"smart city',
    "warna:merah",
    "metadata_modified:[kemarin TO *]",
    "metadata_modified:[NOW-1FORTNIGHT TO *]",
    "groups:[a TO",
    "organization:a)",
  ])("refuses %s with a 409 Search Error", (q) => {
    try {
      parseQuery(q);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CkanError);
      expect((e as CkanError).status).toBe(409);
      expect((e as CkanError).error).toMatchObject({ __type: "Search Error" });
    }
  });

  it("reads Solr dates with microseconds and date math", () => {
    expect(parseSolrDate("2026-12-07T09:23:36.123456Z", NOW)).toBe(Date.parse("2026-12-07T09:23:36.123Z"));
    expect(parseSolrDate("NOW", NOW)).toBe(NOW);
    expect(parseSolrDate("NOW-1MONTH/DAY", NOW + 5000)).toBe(Date.parse("2026-05-02T00:00:00Z"));
    expect(parseSolrDate("*", NOW)).toBeNull();
  });
});
