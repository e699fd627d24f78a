import type { Database } from "../../db/client";
import { databaseVersion } from "../../db/client";

export type Health = {
  status: "ok" | "degraded";
  version: string;
  database: { kind: Database["kind"]; reachable: boolean; version: string | null };
};

/** Asks the database for its version; an unreachable database makes the service degraded. */
export async function checkHealth(database: Database, appVersion: string): Promise<Health> {
  try {
    const version = await databaseVersion(database.db);
    return { status: "ok", version: appVersion, database: { kind: database.kind, reachable: true, version } };
  } catch {
    return {
      status: "degraded",
      version: appVersion,
      database: { kind: database.kind, reachable: false, version: null },
    };
  }
}
