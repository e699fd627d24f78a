import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import { ProfileUpdate, UserOut } from "../../domain/people";
import { type Actor, hasRole, isNationalAdmin } from "../../domain/roles";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import { AppError } from "../errors";
import { presentUser } from "../presenters/people";
import { getUserWithMemberships } from "../services/people/list-users";
import { updateProfile } from "../services/people/update-profile";

const Abilities = z.object({
  manageUsers: z.boolean(),
  readAudit: z.boolean(),
  readOutbox: z.boolean(),
  coordinatorOf: z.array(z.string()),
});

/** What the signed-in person may reach from the navigation. */
function navAbilities(actor: Actor) {
  const admin = isNationalAdmin(actor);
  const coordinatorOf = [
    ...new Set(
      actor.memberships
        .filter((m) => m.role === "region_coordinator" && m.regionCode)
        .map((m) => m.regionCode as string),
    ),
  ];
  return {
    manageUsers: admin || coordinatorOf.length > 0,
    readAudit: admin || coordinatorOf.some((c) => hasRole(actor, "region_coordinator", c)),
    readOutbox: admin,
    coordinatorOf,
  };
}

export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;
  const respond = async (actor: Actor) => {
    const u = await getUserWithMemberships(db(), actor.userId);
    if (!u) throw new AppError("unauthenticated");
    return { data: presentUser(actor, u), can: navAbilities(actor) };
  };

  app.get(
    "/api/me",
    {
      schema: {
        tags: ["Pengguna"],
        summary: "Pengguna yang sedang masuk, dengan peran dan kemampuannya",
        response: { 200: z.object({ data: UserOut, can: Abilities }), 401: ErrorBody },
      },
    },
    async (req) => respond(requireActor(req)),
  );

  app.patch(
    "/api/me",
    {
      schema: {
        tags: ["Pengguna"],
        summary: "Mengubah nama dan bahasa sendiri",
        body: ProfileUpdate,
        response: { 200: z.object({ data: UserOut, can: Abilities }), 401: ErrorBody, 422: ErrorBody },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await updateProfile(db(), { userId: actor.userId, input: req.body, ctx: requestContext(req) });
      return respond(actor);
    },
  );
};
