import { eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import { OpdCreate, OpdOut, OpdUpdate, STARTER_OPDS } from "../../domain/opd";
import { RegionCode } from "../../domain/regions";
import type { Actor } from "../../domain/roles";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import type { Db } from "../db/client";
import { opd, region } from "../db/schema/index";
import { AppError } from "../errors";
import { opdPolicy } from "../policies/opd";
import { presentOpd } from "../presenters/opd";
import { createOpds } from "../services/opds/create-opd";
import { listOpds } from "../services/opds/list-opds";
import { loadOpd } from "../services/opds/load-opd";
import { updateOpd } from "../services/opds/update-opd";

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const RegionParams = z.object({ code: RegionCode });

/** A region's workspace is visible only to its members and the national admin: others get 404. */
async function loadWorkspaceRegion(db: Db, code: string, actor: Actor) {
  const [r] = await db.select().from(region).where(eq(region.code, code));
  if (!r || !opdPolicy.can(actor, "read", { regionCode: code })) throw new AppError("region_not_found", { code });
  return r;
}

export const opdRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  app.get(
    "/api/regions/:code/opds",
    {
      schema: {
        tags: ["OPD"],
        summary: "Daftar perangkat daerah (OPD) suatu wilayah",
        params: RegionParams,
        querystring: z.object({ includeInactive: z.stringbool().default(false) }),
        response: { 200: z.object({ data: z.array(OpdOut), can: z.object({ create: z.boolean() }) }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await loadWorkspaceRegion(db(), req.params.code, actor);
      const rows = await listOpds(db(), { regionCode: req.params.code, includeInactive: req.query.includeInactive });
      return {
        data: rows.map((o) => presentOpd(actor, o)),
        can: { create: opdPolicy.can(actor, "create", { regionCode: req.params.code }) },
      };
    },
  );

  app.post(
    "/api/regions/:code/opds",
    {
      schema: {
        tags: ["OPD"],
        summary: "Menambah OPD",
        params: RegionParams,
        body: OpdCreate,
        response: { 201: z.object({ data: OpdOut }), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await loadWorkspaceRegion(db(), req.params.code, actor);
      opdPolicy.authorize(actor, "create", { regionCode: req.params.code });
      const [row] = await createOpds(db(), {
        regionCode: req.params.code,
        items: [req.body],
        ctx: requestContext(req),
      });
      if (!row) throw new Error("no OPD created");
      return reply.code(201).send({ data: presentOpd(actor, row) });
    },
  );

  app.post(
    "/api/regions/:code/opds/starter",
    {
      schema: {
        tags: ["OPD"],
        summary: "Menambahkan daftar OPD lazim yang belum ada (singkatan yang sudah dipakai dilewati)",
        params: RegionParams,
        response: { 201: z.object({ data: z.array(OpdOut), added: z.number().int() }), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await loadWorkspaceRegion(db(), req.params.code, actor);
      opdPolicy.authorize(actor, "create", { regionCode: req.params.code });
      const existing = await db()
        .select({ abbreviation: opd.abbreviation })
        .from(opd)
        .where(eq(opd.regionCode, req.params.code));
      const taken = new Set(existing.map((e) => e.abbreviation.toLowerCase()));
      const items = STARTER_OPDS.filter((s) => !taken.has(s.abbreviation.toLowerCase()));
      const rows = items.length
        ? await createOpds(db(), { regionCode: req.params.code, items, ctx: requestContext(req) })
        : [];
      return reply.code(201).send({ data: rows.map((o) => presentOpd(actor, o)), added: rows.length });
    },
  );

  app.patch(
    "/api/opds/:id",
    {
      schema: {
        tags: ["OPD"],
        summary: "Mengubah atau menonaktifkan OPD (dengan versi untuk mencegah menimpa perubahan orang lain)",
        params: z.object({ id: z.coerce.number().int().positive() }),
        body: OpdUpdate,
        response: { 200: z.object({ data: OpdOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const current = await loadOpd(db(), req.params.id, actor);
      opdPolicy.authorize(actor, "update", current);
      const row = await updateOpd(db(), { current, changes: req.body, ctx: requestContext(req) });
      return { data: presentOpd(actor, row) };
    },
  );
};
