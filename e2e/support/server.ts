import type { AddressInfo } from "node:net";
import { type App, buildApp, WEB_DIST } from "../../server/app";
import { openPglite } from "../../server/db/client";
import { runMigrations } from "../../server/db/migrate";
import { seedReferenceData } from "../../server/db/seed/reference";

/** The whole platform (API + built SPA) on an in-memory database and a free port. */
export async function startPlatform(): Promise<{ url: string; close: () => Promise<void>; app: App }> {
  const database = await openPglite("memory://");
  await runMigrations(database);
  await seedReferenceData(database.db);
  const app = await buildApp({ database, webDir: WEB_DIST });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
