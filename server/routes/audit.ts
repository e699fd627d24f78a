import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { AuditEventOut, AuditQuery } from "../../domain/audit";
import { ErrorBody } from "../../domain/errors";
import { pageOf } from "../../domain/pagination";
import { requireActor } from "../auth/actor";
import type { auditEvent } from "../db/schema/index";
import { auditPolicy } from "../policies/people";
import { csvLine } from "../presenters/csv";
import { allAuditEvents, listAuditEvents } from "../services/audit/list-audit-events";

type Row = typeof auditEvent.$inferSelect;

function present(r: Row): AuditEventOut {
  return {
    id: r.id,
    at: r.at.toISOString(),
    actorUserId: r.actorUserId,
    actorEmail: r.actorEmail,
    actorRoles: r.actorRoles,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    regionCode: r.regionCode,
    changes: (r.changes ?? {}) as AuditEventOut["changes"],
    ip: r.ip,
    userAgent: r.userAgent,
  };
}

const COLUMNS = ["waktu", "pelaku", "peran", "aksi", "objek", "id_objek", "wilayah", "perubahan", "ip", "peramban"];

/** The audit trail: read-only, filtered, exportable. No route changes or removes an event. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const schema = {
    tags: ["Jejak Audit"],
    querystring: AuditQuery,
  };

  app.get(
    "/api/audit-events",
    {
      schema: {
        ...schema,
        summary: "Jejak audit (admin nasional: semua; koordinator: wajib `region` miliknya)",
        response: { 200: pageOf(AuditEventOut), 401: ErrorBody, 403: ErrorBody, 422: ErrorBody },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      auditPolicy.authorize(actor, "list", { regionCode: req.query.region ?? null });
      const { rows, total } = await listAuditEvents(app.database.db, req.query);
      return { data: rows.map(present), total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  app.get(
    "/api/audit-events.csv",
    { schema: { ...schema, summary: "Jejak audit sebagai CSV, dengan penyaring yang sama" } },
    async (req, reply) => {
      const actor = requireActor(req);
      auditPolicy.authorize(actor, "list", { regionCode: req.query.region ?? null });
      const lines: string[] = [csvLine(COLUMNS)];
      for await (const r of allAuditEvents(app.database.db, req.query)) {
        lines.push(
          csvLine([
            r.at.toISOString(),
            r.actorEmail,
            r.actorRoles,
            r.action,
            r.entityType,
            r.entityId,
            r.regionCode,
            r.changes,
            r.ip,
            r.userAgent,
          ]),
        );
      }
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="jejak-audit-${day}.csv"`)
        .send(`\uFEFF${lines.join("")}`);
    },
  );
};
