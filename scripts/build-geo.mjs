// Builds the map layers the web app serves from the boundary files in ../shared/data/geo
// (MIT, Cahya DSN, wilayah_boundaries). Run by hand when the source changes; the output in
// web/public/geo is committed because the machine that runs `npm start` has no ../shared.
//   node scripts/build-geo.mjs [sourceDir]
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import mapshaper from "mapshaper";

const root = fileURLToPath(new URL("..", import.meta.url));
const source = path.resolve(process.argv[2] ?? path.join(root, "../shared/data/geo"));
const out = path.join(root, "web/public/geo");
mkdirSync(out, { recursive: true });

// snap + clean close the slivers between neighbours that upstream simplified one by one, so
// the simplified borders stay flush. Never -filter-islands: it drops whole small regions.
const layers = [
  { input: "kabupaten_kota.geojson", output: "kabupaten-kota.json", fields: "code,name,province_code" },
  { input: "provinsi.geojson", output: "provinsi.json", fields: "code,name" },
];

for (const layer of layers) {
  const input = readFileSync(path.join(source, layer.input), "utf8");
  const cmd = [
    "-i in.json",
    "snap",
    "-clean gap-fill-area=5km2",
    "-simplify 5% keep-shapes",
    `-filter-fields ${layer.fields}`,
    "-o out.json format=geojson precision=0.0001",
  ].join(" ");
  const result = await mapshaper.applyCommands(cmd, { "in.json": input });
  const json = JSON.parse(result["out.json"].toString());
  // Keep the Kemendagri code as the feature id too; the map joins on it, never on the name.
  for (const f of json.features) f.id = f.properties.code;
  json.features.sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1));
  const text = JSON.stringify(json);
  writeFileSync(path.join(out, layer.output), text);
  const gz = gzipSync(text, { level: 9 }).length;
  console.log(`${layer.output}: ${json.features.length} wilayah, ${text.length} B, ${gz} B gzip`);
}
// A light outline of the provinces for the home page's link to the map (an <img>, no ECharts).
{
  const input = readFileSync(path.join(source, "provinsi.geojson"), "utf8");
  const cmd = [
    "-i in.json",
    "snap",
    "-clean gap-fill-area=20km2",
    "-simplify 1% keep-shapes",
    "-style fill='#a5d8ff' stroke='#1c7ed6' stroke-width=0.5",
    "-o out.svg width=640 margin=2 precision=0.1",
  ].join(" ");
  const result = await mapshaper.applyCommands(cmd, { "in.json": input });
  const svg = result["out.svg"].toString();
  writeFileSync(path.join(out, "indonesia.svg"), svg);
  console.log(`indonesia.svg: ${svg.length} B, ${gzipSync(svg, { level: 9 }).length} B gzip`);
}
copyFileSync(path.join(source, "LICENSE-wilayah_boundaries.txt"), path.join(out, "LICENSE-wilayah_boundaries.txt"));
console.log(`Lisensi disalin (${statSync(path.join(out, "LICENSE-wilayah_boundaries.txt")).size} B).`);
