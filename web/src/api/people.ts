import { queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import type { InvitationOut, InvitationPreview, UserOut } from "../../../domain/people";
import type { Role } from "../../../domain/roles";
import { apiGet, apiSend } from "./client";
import type { One, Page } from "./types";

export type UserFilters = {
  q?: string;
  role?: Role;
  region?: string;
  active?: boolean;
  page?: number;
  pageSize?: number;
};

export type InvitationPreviewOut = z.infer<typeof InvitationPreview>;

/** A role with its scope, as the forms send it. */
export type ScopeInput = { role: Role; regionCode?: string; opdId?: number; cohortId?: number };

export function usersQuery(filters: UserFilters) {
  return queryOptions({
    queryKey: ["users", "list", filters],
    queryFn: ({ signal }) =>
      apiGet<Page<UserOut>>(
        "/api/users",
        { ...filters, active: filters.active === undefined ? undefined : String(filters.active) },
        signal,
      ),
    staleTime: 0,
  });
}

export function pendingInvitationsQuery(region: string | undefined) {
  return queryOptions({
    queryKey: ["invitations", "pending", region ?? null],
    queryFn: ({ signal }) =>
      apiGet<Page<InvitationOut>>("/api/invitations", { region, pending: "true", pageSize: 100 }, signal),
    staleTime: 0,
  });
}

export function invitationPreviewQuery(token: string) {
  return queryOptions({
    queryKey: ["invitation-preview", token],
    queryFn: ({ signal }) =>
      apiGet<One<InvitationPreviewOut>>(`/api/invitations/by-token/${encodeURIComponent(token)}`, {}, signal),
    select: (body) => body.data,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function invite(input: ScopeInput & { email: string; name?: string }) {
  return apiSend<One<InvitationOut>>("POST", "/api/invitations", input);
}

export function revokeInvitation(id: number) {
  return apiSend("DELETE", `/api/invitations/${id}`);
}

export function acceptInvitation(token: string, input: { name: string; password: string; email?: string }) {
  return apiSend<One<{ email: string }>>(
    "POST",
    `/api/invitations/by-token/${encodeURIComponent(token)}/accept`,
    input,
  );
}

export function grantMembership(userId: string, input: ScopeInput) {
  return apiSend<One<UserOut>>("POST", `/api/users/${encodeURIComponent(userId)}/memberships`, input);
}

export function revokeMembership(id: number) {
  return apiSend("DELETE", `/api/memberships/${id}`);
}

export function setUserActive(userId: string, active: boolean) {
  const action = active ? "activate" : "deactivate";
  return apiSend<One<UserOut>>("POST", `/api/users/${encodeURIComponent(userId)}/${action}`);
}
