import { count, desc } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import { PageQuery, pageOf, pageOffset } from "../../domain/pagination";
import { requireActor } from "../auth/actor";
import { outboxMessage } from "../db/schema/index";
import { outboxPolicy } from "../policies/people";

const OutboxOut = z.object({
  id: z.number().int(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string().nullable().describe("Versi HTML (pemberitahuan dan ringkasan)"),
  kind: z.string(),
  status: z.enum(["queued", "sent", "failed"]).describe("queued: menunggu/dicoba ulang; failed: semua percobaan gagal"),
  attempts: z.number().int().describe("Percobaan pengiriman SMTP sejauh ini"),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  error: z.string().nullable().describe("Galat percobaan terakhir"),
});

/** E-mails the platform wrote: the way to read invitations and reset links without a mail server. */
export const outboxRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/outbox",
    {
      schema: {
        tags: ["Sistem"],
        summary: "Kotak keluar e-mail (admin nasional)",
        querystring: PageQuery,
        response: { 200: pageOf(OutboxOut).extend({ delivers: z.boolean() }), 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      outboxPolicy.authorize(actor, "read", null);
      const db = app.database.db;
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(outboxMessage)
          .orderBy(desc(outboxMessage.createdAt), desc(outboxMessage.id))
          .limit(req.query.pageSize)
          .offset(pageOffset(req.query)),
        db.select({ n: count() }).from(outboxMessage),
      ]);
      return {
        data: rows.map((r) => ({
          ...r,
          createdAt: r.createdAt.toISOString(),
          sentAt: r.sentAt?.toISOString() ?? null,
        })),
        total: total?.n ?? 0,
        page: req.query.page,
        pageSize: req.query.pageSize,
        delivers: app.mailer.delivers,
      };
    },
  );
};
