import { eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import {
  CRITICAL_KINDS,
  EmailMode,
  NOTIFICATION_KIND_LABELS,
  NOTIFICATION_KINDS,
  NotificationKind,
  NotificationOut,
  NotificationPreferencesUpdate,
} from "../../domain/notifications";
import { PageQuery, pageOf } from "../../domain/pagination";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import { user } from "../db/schema/index";
import { listNotifications, presentNotification } from "../services/notifications/list-notifications";
import { markAllNotificationsRead, markNotificationRead } from "../services/notifications/mark-read";
import { getPreferences, savePreferences } from "../services/notifications/preferences";

const PreferencesOut = z.object({
  data: z.object({ emailMode: EmailMode, mutedKinds: z.array(NotificationKind), version: z.number().int() }),
  kinds: z.array(
    z.object({ kind: NotificationKind, label: z.object({ id: z.string(), en: z.string() }), critical: z.boolean() }),
  ),
});
const KINDS = NOTIFICATION_KINDS.map((kind) => ({
  kind,
  label: NOTIFICATION_KIND_LABELS[kind],
  critical: CRITICAL_KINDS.includes(kind),
}));

/** The bell: the person's own notifications, read marks and e-mail preferences. */
export const meNotificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;
  // The bell asks every minute: read the one column, not the person with their memberships.
  const languageOf = async (userId: string) =>
    (await db().select({ language: user.language }).from(user).where(eq(user.id, userId)))[0]?.language ?? "id";

  app.get(
    "/api/me/notifications",
    {
      schema: {
        tags: ["Pengguna"],
        summary: "Pemberitahuan milik pengguna ini, terbaru lebih dulu",
        querystring: PageQuery.extend({
          unread: z.enum(["true", "false"]).optional().describe("true: hanya yang belum dibaca"),
        }),
        response: { 200: pageOf(NotificationOut).extend({ unread: z.number().int() }), 401: ErrorBody, 422: ErrorBody },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const q = req.query;
      const [found, language] = await Promise.all([
        listNotifications(db(), {
          userId: actor.userId,
          unreadOnly: q.unread === "true",
          page: q.page,
          pageSize: q.pageSize,
        }),
        languageOf(actor.userId),
      ]);
      return {
        data: found.rows.map((n) => presentNotification(n, language)),
        total: found.total,
        unread: found.unread,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  app.post(
    "/api/me/notifications/:id/read",
    {
      schema: {
        tags: ["Pengguna"],
        summary: "Menandai satu pemberitahuan sudah dibaca",
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: z.object({ data: NotificationOut }), 401: ErrorBody, 404: ErrorBody, 422: ErrorBody },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await markNotificationRead(db(), { userId: actor.userId, id: req.params.id });
      return { data: presentNotification(row, await languageOf(actor.userId)) };
    },
  );

  app.post(
    "/api/me/notifications/read-all",
    {
      schema: {
        tags: ["Pengguna"],
        summary: "Menandai semua pemberitahuan sudah dibaca",
        response: { 200: z.object({ data: z.object({ updated: z.number().int() }) }), 401: ErrorBody },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return { data: { updated: await markAllNotificationsRead(db(), { userId: actor.userId }) } };
    },
  );

  app.get(
    "/api/me/notification-preferences",
    {
      schema: {
        tags: ["Pengguna"],
        summary: "Pengaturan pemberitahuan dan e-mail (bawaan: ringkasan harian pukul 07.00 WIB)",
        response: { 200: PreferencesOut, 401: ErrorBody },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return { data: await getPreferences(db(), actor.userId), kinds: KINDS };
    },
  );

  app.put(
    "/api/me/notification-preferences",
    {
      schema: {
        tags: ["Pengguna"],
        summary: "Mengubah pengaturan pemberitahuan",
        body: NotificationPreferencesUpdate,
        response: { 200: PreferencesOut, 401: ErrorBody, 409: ErrorBody, 422: ErrorBody },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const saved = await savePreferences(db(), { userId: actor.userId, input: req.body, ctx: requestContext(req) });
      return { data: saved, kinds: KINDS };
    },
  );
};
