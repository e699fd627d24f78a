import { eq } from "drizzle-orm";
import { buildApp } from "../server/app";
import { openPglite, openPostgres } from "../server/db/client";
import { runMigrations } from "../server/db/migrate";
import { framework } from "../server/db/schema/index";
import { seedReferenceData } from "../server/db/seed/reference";
import { printRows, type Row } from "./measure";
import { cohortScenarios } from "./scenarios/cohort";
import { datasetStreamScenarios } from "./scenarios/dataset-stream";
import { digestScenarios } from "./scenarios/digest";
import { documentScenarios } from "./scenarios/documents";
import { masterplanScenarios } from "./scenarios/masterplan";
import { monitoringScenarios } from "./scenarios/monitoring";
import { monitoringImportScenarios } from "./scenarios/monitoring-import";
import { nationalScenarios } from "./scenarios/national";
import { openDataCatalogueScenarios } from "./scenarios/open-data-catalogue";
import { pageWeightScenarios } from "./scenarios/page-weight";
import { publicMapScenarios } from "./scenarios/public-map";
import { regionScenarios } from "./scenarios/regions";

// Benchmarks on PGlite in memory, or on BENCH_DATABASE_URL (a PostgreSQL database it may fill).
// Results are ratios against a baseline measured in the same process, never absolute promises.
// `npm run bench -- import documents` runs only the groups named.
const url = process.env.BENCH_DATABASE_URL;
const database = url ? await openPostgres(url) : await openPglite("memory://");
await runMigrations(database);
await seedReferenceData(database.db);
const app = await buildApp({ database, webDir: false });

const defaultFramework = async () => {
  const [fw] = await app.database.db.select().from(framework).where(eq(framework.isDefault, true));
  if (!fw) throw new Error("framework");
  return fw.id;
};
// In this order: the national dataset comes before the import, so it runs next to 250,000 stored observations.
const groups: Array<[string, () => Promise<Row[]>]> = [
  ["regions", () => regionScenarios(app, database)],
  ["cohort", () => cohortScenarios(app, database)],
  ["masterplan", () => masterplanScenarios(app, database)],
  ["national", () => nationalScenarios(app, database)],
  ["map", () => publicMapScenarios(app, database)],
  ["weight", () => pageWeightScenarios(database)],
  ["monitoring", () => monitoringScenarios(app, database)],
  ["import", async () => monitoringImportScenarios(app, database, await defaultFramework())],
  ["documents", () => documentScenarios(app)],
  ["digest", () => digestScenarios(app)],
  ["opendata", () => datasetStreamScenarios(app, database)],
  ["catalogue", () => openDataCatalogueScenarios(app, database)],
];
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !groups.some(([name]) => name === w));
if (unknown.length) {
  console.error(`Unknown group(s): ${unknown.join(", ")}; known: ${groups.map(([n]) => n).join(", ")}`);
  process.exit(2);
}
console.log(`Kota Cerdas benchmarks on ${database.kind} (${database.location}), Node ${process.version}`);
const rows: Row[] = [];
for (const [name, run] of groups) if (!wanted.length || wanted.includes(name)) rows.push(...(await run()));
printRows(rows);
await app.close();
await database.close();
