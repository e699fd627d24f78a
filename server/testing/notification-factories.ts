import { randomUUID } from "node:crypto";
import type { EmailMode } from "../../domain/notifications";
import type { Db } from "../db/client";
import { notification, notificationPreference, user } from "../db/schema/index";

/**
 * A person inserted straight into the user table (no password: these tests only mail them), with
 * a notification preference unless `mode` is left to the default (daily, no row).
 */
export async function makePerson(
  db: Db,
  opts: { name?: string; language?: "id" | "en"; active?: boolean; mode?: EmailMode; muted?: string[] } = {},
) {
  const id = randomUUID();
  const name = opts.name ?? `Pengguna ${id.slice(0, 6)}`;
  const [row] = await db
    .insert(user)
    .values({
      id,
      name,
      email: `${id.slice(0, 8)}@contoh.go.id`,
      language: opts.language ?? "id",
      active: opts.active ?? true,
    })
    .returning();
  if (!row) throw new Error("user insert failed");
  if (opts.mode || opts.muted)
    await db
      .insert(notificationPreference)
      .values({ userId: id, emailMode: opts.mode ?? "daily", mutedKinds: opts.muted ?? [] });
  return row;
}

/** A notification for a person, as the notification writer leaves it (not read, not mailed). */
export async function makeNotification(db: Db, userId: string, opts: Partial<typeof notification.$inferInsert> = {}) {
  const [row] = await db
    .insert(notification)
    .values({
      userId,
      kind: "deliverable.returned",
      titleId: "Keluaran Tahap 2 dikembalikan untuk revisi",
      titleEn: "Stage 2 deliverable returned for revision",
      bodyId: "Lengkapi lampiran anggaran.",
      bodyEn: "Add the budget annex.",
      href: "/kandidat/7?tab=bimtek#keluaran-12",
      objectType: "deliverable",
      objectId: "12",
      ...opts,
    })
    .returning();
  if (!row) throw new Error("notification insert failed");
  return row;
}
