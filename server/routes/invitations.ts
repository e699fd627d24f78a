import { eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import { PageQuery, pageOf } from "../../domain/pagination";
import { InvitationAccept, InvitationCreate, InvitationOut, InvitationPreview } from "../../domain/people";
import { RegionCode } from "../../domain/regions";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import { invitation, region } from "../db/schema/index";
import { AppError } from "../errors";
import { directoryPolicy, membershipPolicy } from "../policies/people";
import { presentInvitation } from "../presenters/people";
import { acceptInvitation } from "../services/people/accept-invitation";
import { checkScope } from "../services/people/check-scope";
import { findPendingInvitation } from "../services/people/find-invitation";
import { inviteUser } from "../services/people/invite-user";
import { listInvitations } from "../services/people/list-invitations";
import { revokeInvitation } from "../services/people/revoke-invitation";

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 410: ErrorBody, 422: ErrorBody };
const Token = z.object({ token: z.string().min(20).max(200) });

export const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  app.post(
    "/api/invitations",
    {
      schema: {
        tags: ["Pengguna"],
        summary: "Mengundang seseorang ke suatu peran; tautannya dikirim lewat e-mail (atau disimpan di kotak keluar)",
        body: InvitationCreate,
        response: { 201: z.object({ data: InvitationOut }), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      membershipPolicy.authorize(actor, "grant", { role: req.body.role, regionCode: req.body.regionCode ?? null });
      const { invitation: row } = await inviteUser(db(), {
        input: req.body,
        ctx: requestContext(req),
        mailer: app.mailer,
        publicUrl: app.publicUrl,
      });
      const [r] = await db()
        .select()
        .from(region)
        .where(eq(region.code, row.regionCode ?? ""));
      return reply.code(201).send({
        data: presentInvitation(actor, { invitation: row, regionName: r?.name ?? null, regionType: r?.type ?? null }),
      });
    },
  );

  app.get(
    "/api/invitations",
    {
      schema: {
        tags: ["Pengguna"],
        summary: "Daftar undangan (koordinator: wajib `region` miliknya)",
        querystring: PageQuery.extend({ region: RegionCode.optional(), pending: z.stringbool().default(false) }),
        response: { 200: pageOf(InvitationOut), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      directoryPolicy.authorize(actor, "list", { regionCode: req.query.region ?? null });
      const { rows, total } = await listInvitations(db(), {
        ...req.query,
        regionCode: req.query.region,
        pendingOnly: req.query.pending,
      });
      return {
        data: rows.map((r) => presentInvitation(actor, r)),
        total,
        page: req.query.page,
        pageSize: req.query.pageSize,
      };
    },
  );

  app.delete(
    "/api/invitations/:id",
    {
      schema: {
        tags: ["Pengguna"],
        summary: "Membatalkan undangan yang belum diterima",
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const [row] = await db().select().from(invitation).where(eq(invitation.id, req.params.id));
      const visible = row && directoryPolicy.can(actor, "list", { regionCode: row.regionCode });
      if (!row || !visible) throw new AppError("not_found");
      membershipPolicy.authorize(actor, "revoke", row);
      await revokeInvitation(db(), { row, ctx: requestContext(req) });
      return reply.code(204).send(null);
    },
  );

  // The two public endpoints of an invitation link: what it offers, and accepting it.
  app.get(
    "/api/invitations/by-token/:token",
    {
      schema: {
        tags: ["Pengguna"],
        summary: "Isi undangan dari tautannya (publik)",
        params: Token,
        response: { 200: z.object({ data: InvitationPreview }), 410: ErrorBody, 422: ErrorBody },
      },
    },
    async (req) => {
      const inv = await findPendingInvitation(db(), req.params.token);
      const scope = await checkScope(db(), inv);
      return {
        data: {
          email: inv.email,
          name: inv.name,
          role: inv.role,
          scope,
          isSetup: inv.email === null,
          expiresAt: inv.expiresAt.toISOString(),
        },
      };
    },
  );

  app.post(
    "/api/invitations/by-token/:token/accept",
    {
      schema: {
        tags: ["Pengguna"],
        summary: "Menerima undangan: membuat akun dengan kata sandi (publik)",
        params: Token,
        body: InvitationAccept,
        response: {
          201: z.object({ data: z.object({ email: z.string() }) }),
          409: ErrorBody,
          410: ErrorBody,
          422: ErrorBody,
        },
      },
    },
    async (req, reply) => {
      const created = await acceptInvitation(db(), app.auth, {
        token: req.params.token,
        input: req.body,
        ctx: requestContext(req),
      });
      return reply.code(201).send({ data: { email: created.email } });
    },
  );
};
