import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { appSetting } from "../db/schema/index";

/**
 * AUTH_SECRET when configured; otherwise a random secret generated on first start and kept
 * in the database, so every instance on the same database signs sessions alike.
 */
export async function resolveAuthSecret(db: Db, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const generated = randomBytes(32).toString("base64url");
  await db.insert(appSetting).values({ key: "auth_secret", value: generated }).onConflictDoNothing();
  const [row] = await db.select().from(appSetting).where(eq(appSetting.key, "auth_secret"));
  if (!row) throw new Error("auth secret could not be stored");
  return row.value;
}
