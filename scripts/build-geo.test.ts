// The committed map layers: every kabupaten/kota of the region registry, joined on its code.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { getProvinces, getRegencies } from "idn-area-data";
import { describe, expect, it } from "vitest";

type Layer = { features: { id: string; properties: Record<string, unknown>; geometry: unknown }[] };
const read = (file: string) => readFileSync(new URL(`../web/public/geo/${file}`, import.meta.url));

describe("web/public/geo", () => {
  it("kabupaten-kota.json has the 514 codes the server seeds, and only code, name and province", async () => {
    const layer = JSON.parse(read("kabupaten-kota.json").toString()) as Layer;
    const registry = (await getRegencies()).map((r) => r.code).sort();
    const codes = layer.features.map((f) => f.properties.code as string).sort();
    expect(layer.features).toHaveLength(514);
    expect(codes).toEqual(registry);
    for (const f of layer.features) {
      expect(f.id).toBe(f.properties.code);
      expect(Object.keys(f.properties).sort()).toEqual(["code", "name", "province_code"]);
      expect(f.geometry).not.toBeNull();
    }
  });

  it("the national kab/kota layer is at most 100 KB gzipped", () => {
    expect(gzipSync(read("kabupaten-kota.json"), { level: 9 }).length).toBeLessThanOrEqual(100 * 1024);
  });

  it("provinsi.json has the 38 provinces of the registry", async () => {
    const layer = JSON.parse(read("provinsi.json").toString()) as Layer;
    const registry = (await getProvinces()).map((p) => p.code).sort();
    expect(layer.features.map((f) => f.properties.code as string).sort()).toEqual(registry);
    for (const f of layer.features) expect(f.geometry).not.toBeNull();
  });

  it("ships the upstream MIT licence beside the data", () => {
    const text = read("LICENSE-wilayah_boundaries.txt").toString();
    expect(text).toMatch(/MIT/);
    expect(text).toMatch(/Cahya DSN/);
  });
});
