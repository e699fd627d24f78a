import { buildApp } from "../server/app";
import { openPglite, openPostgres } from "../server/db/client";
import { runMigrations } from "../server/db/migrate";
import { seedReferenceData } from "../server/db/seed/reference";
import { printRows } from "./measure";
import { cohortScenarios } from "./scenarios/cohort";
import { documentScenarios } from "./scenarios/documents";
import { masterplanScenarios } from "./scenarios/masterplan";
import { monitoringScenarios } from "./scenarios/monitoring";
import { nationalScenarios } from "./scenarios/national";
import { regionScenarios } from "./scenarios/regions";

// Benchmarks on PGlite in memory, or on BENCH_DATABASE_URL (a PostgreSQL database it may fill).
// Results are ratios against a baseline measured in the same process, never absolute promises.
const url = process.env.BENCH_DATABASE_URL;
const database = url ? await openPostgres(url) : await openPglite("memory://");
await runMigrations(database);
await seedReferenceData(database.db);
const app = await buildApp({ database, webDir: false });
console.log(`Kota Cerdas benchmarks on ${database.kind} (${database.location}), Node ${process.version}`);
printRows([
  ...(await regionScenarios(app, database)),
  ...(await cohortScenarios(app, database)),
  ...(await masterplanScenarios(app, database)),
  // The national dataset first, so the import below runs next to 250,000 stored observations.
  ...(await nationalScenarios(app, database)),
  ...(await monitoringScenarios(app, database)),
  ...(await documentScenarios(app)),
]);
await app.close();
await database.close();
