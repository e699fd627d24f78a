import { eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import { PageQuery, pageOf } from "../../domain/pagination";
import { UserOut } from "../../domain/people";
import { RegionCode } from "../../domain/regions";
import { type Actor, isNationalAdmin, MembershipInput, Role, visibleRegions } from "../../domain/roles";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import type { Db } from "../db/client";
import { membership } from "../db/schema/index";
import { AppError } from "../errors";
import { directoryPolicy, membershipPolicy, userPolicy } from "../policies/people";
import { presentUser } from "../presenters/people";
import { grantMembership } from "../services/people/grant-membership";
import { getUserWithMemberships, listUsers } from "../services/people/list-users";
import { revokeMembership } from "../services/people/revoke-membership";
import { setUserActive } from "../services/people/set-user-active";

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const UserParams = z.object({ id: z.string().uuid() });

/** A user is visible to the national admin, and to a coordinator when they hold a role in the coordinator's region. */
async function loadUser(db: Db, id: string, actor: Actor) {
  const u = await getUserWithMemberships(db, id);
  const regions = visibleRegions(actor);
  const visible =
    u &&
    (isNationalAdmin(actor) ||
      (regions !== "all" &&
        u.memberships.some((m) => m.regionCode && directoryPolicy.can(actor, "list", { regionCode: m.regionCode }))));
  if (!u || !visible) throw new AppError("user_not_found", { id });
  return u;
}

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  app.get(
    "/api/users",
    {
      schema: {
        tags: ["Pengguna"],
        summary: "Daftar pengguna (admin nasional: semua; koordinator: pengguna di wilayahnya, wajib `region`)",
        querystring: PageQuery.extend({
          q: z.string().trim().max(100).optional(),
          role: Role.optional(),
          region: RegionCode.optional(),
          active: z.stringbool().optional(),
        }),
        response: { 200: pageOf(UserOut), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      directoryPolicy.authorize(actor, "list", { regionCode: req.query.region ?? null });
      const { region, ...rest } = req.query;
      const { rows, total } = await listUsers(db(), { ...rest, regionCode: region });
      return {
        data: rows.map((u) => presentUser(actor, u)),
        total,
        page: req.query.page,
        pageSize: req.query.pageSize,
      };
    },
  );

  app.get(
    "/api/users/:id",
    {
      schema: {
        tags: ["Pengguna"],
        summary: "Satu pengguna",
        params: UserParams,
        response: { 200: z.object({ data: UserOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return { data: presentUser(actor, await loadUser(db(), req.params.id, actor)) };
    },
  );

  app.post(
    "/api/users/:id/memberships",
    {
      schema: {
        tags: ["Pengguna"],
        summary: "Memberi peran kepada pengguna yang sudah ada",
        params: UserParams,
        body: MembershipInput,
        response: { 201: z.object({ data: UserOut }), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await loadUser(db(), req.params.id, actor);
      membershipPolicy.authorize(actor, "grant", { role: req.body.role, regionCode: req.body.regionCode ?? null });
      await grantMembership(db(), { userId: req.params.id, input: req.body, ctx: requestContext(req) });
      const u = await loadUser(db(), req.params.id, actor);
      return reply.code(201).send({ data: presentUser(actor, u) });
    },
  );

  app.delete(
    "/api/memberships/:id",
    {
      schema: {
        tags: ["Pengguna"],
        summary: "Mencabut peran",
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const [row] = await db().select().from(membership).where(eq(membership.id, req.params.id));
      if (!row) throw new AppError("not_found");
      await loadUser(db(), row.userId, actor).catch(() => {
        throw new AppError("not_found");
      });
      membershipPolicy.authorize(actor, "revoke", row);
      await revokeMembership(db(), { row, ctx: requestContext(req) });
      return reply.code(204).send(null);
    },
  );

  for (const [path, active] of [
    ["deactivate", false],
    ["activate", true],
  ] as const) {
    app.post(
      `/api/users/:id/${path}`,
      {
        schema: {
          tags: ["Pengguna"],
          summary: active ? "Mengaktifkan kembali akun" : "Menonaktifkan akun (semua sesinya berakhir)",
          params: UserParams,
          response: { 200: z.object({ data: UserOut }), ...errors },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        const u = await loadUser(db(), req.params.id, actor);
        userPolicy.authorize(actor, path, u);
        await setUserActive(db(), { userId: u.id, active, ctx: requestContext(req) });
        return { data: presentUser(actor, await loadUser(db(), u.id, actor)) };
      },
    );
  }
};
