import { queryOptions } from "@tanstack/react-query";
import type { UserOut } from "../../../domain/people";
import type { Language } from "../i18n";
import { ApiError, apiGet, apiSend } from "./client";

/** What the signed-in person may reach from the navigation (GET /api/me `can`). */
export type Abilities = { manageUsers: boolean; readAudit: boolean; readOutbox: boolean; coordinatorOf: string[] };

/** The signed-in person with their roles and abilities. */
export type Me = { data: UserOut; can: Abilities };

/** The user as the sign-in endpoint returns it. */
export type SignedInUser = { id: string; name: string; email: string; language?: string };

export const ME_KEY = ["me"] as const;

/** The signed-in person; `null` when signed out (401 is an answer here, not an error). */
export function meQuery() {
  return queryOptions({
    queryKey: ME_KEY,
    queryFn: async ({ signal }): Promise<Me | null> => {
      try {
        return await apiGet<Me>("/api/me", {}, signal);
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function isNationalAdmin(me: Me | null | undefined): boolean {
  return Boolean(me?.data.memberships.some((m) => m.role === "national_admin"));
}

export type RegionRef = { code: string; name: string };

/** The regions the person coordinates, with names from their memberships. */
export function coordinatedRegions(me: Me | null | undefined): RegionRef[] {
  if (!me) return [];
  return me.can.coordinatorOf.map((code) => ({
    code,
    name: me.data.memberships.find((m) => m.regionCode === code && m.regionName)?.regionName ?? code,
  }));
}

export function signIn(email: string, password: string) {
  return apiSend<{ redirect: unknown; user: SignedInUser }>("POST", "/api/auth/sign-in/email", { email, password });
}

export function signOut() {
  return apiSend<unknown>("POST", "/api/auth/sign-out", {});
}

export function updateMe(patch: { name?: string; language?: Language }) {
  return apiSend<Me>("PATCH", "/api/me", patch);
}

export function changePassword(currentPassword: string, newPassword: string) {
  return apiSend<unknown>("POST", "/api/auth/change-password", {
    currentPassword,
    newPassword,
    revokeOtherSessions: true,
  });
}

export function requestPasswordReset(email: string) {
  return apiSend<unknown>("POST", "/api/auth/request-password-reset", { email, redirectTo: "/atur-ulang-sandi" });
}

export function resetPassword(newPassword: string, token: string) {
  return apiSend<unknown>("POST", "/api/auth/reset-password", { newPassword, token });
}

/** A redirect target from the URL, only when it is a path of this site (no open redirect). */
export function safeRedirect(value: unknown): string | undefined {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return undefined;
  }
  // Coming back to the sign-in page itself would be a loop.
  return value === "/masuk" || value.startsWith("/masuk?") ? undefined : value;
}

/** Where a newly signed-in person starts: Perlu Tindakan, what waits for them now (home for the public). */
export function landingPath(me: Me | null): string {
  return me ? "/tugas" : "/";
}
