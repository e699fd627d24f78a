import { type QueryClient, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { EmailMode, NotificationKind, NotificationOut } from "../../../domain/notifications";
import { apiGet, apiSend } from "./client";
import type { One, Page } from "./types";

/** A page of the person's notifications with how many are unread in all. */
export type NotificationPage = Page<NotificationOut> & { unread: number };

export type NotificationFilter = { page: number; pageSize: number; unread?: boolean };

/** Every notification list (the bell's included) starts with this key. */
export const NOTIFICATIONS_KEY = ["notifications"] as const;

export function notificationsQuery({ page, pageSize, unread }: NotificationFilter) {
  return queryOptions({
    queryKey: [...NOTIFICATIONS_KEY, "list", { page, pageSize, unread: unread ?? null }],
    queryFn: ({ signal }) =>
      apiGet<NotificationPage>(
        "/api/me/notifications",
        { page, pageSize, unread: unread === undefined ? undefined : String(unread) },
        signal,
      ),
    staleTime: 0,
    refetchOnWindowFocus: true,
  });
}

/** The bell: the latest few and the unread count, every minute and when the window regains focus. */
export function latestNotificationsQuery(enabled: boolean, pageSize = 8) {
  return queryOptions({
    ...notificationsQuery({ page: 1, pageSize }),
    enabled,
    staleTime: 30_000,
    refetchInterval: 60_000,
  });
}

// Marks the cached copies at once, so the dot and the count drop before the server answers.
function markCached(client: QueryClient, id: number | "all", readAt: string) {
  client.setQueriesData<NotificationPage>({ queryKey: [...NOTIFICATIONS_KEY, "list"] }, (page) => {
    if (!page) return page;
    let marked = 0;
    const data = page.data.map((n) => {
      if (n.readAt !== null || (id !== "all" && n.id !== id)) return n;
      marked += 1;
      return { ...n, readAt };
    });
    const unread = id === "all" ? 0 : Math.max(0, page.unread - marked);
    return marked === 0 && unread === page.unread ? page : { ...page, data, unread };
  });
}

/** Marks one notification read; every list and count follows. */
export function useMarkNotificationRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiSend<One<NotificationOut>>("POST", `/api/me/notifications/${id}/read`),
    onMutate: (id) => markCached(client, id, new Date().toISOString()),
    onSettled: () => client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

/** Marks every notification of the person read. */
export function useMarkAllNotificationsRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend<One<{ updated: number }>>("POST", "/api/me/notifications/read-all"),
    onMutate: () => markCached(client, "all", new Date().toISOString()),
    onSettled: () => client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

/** A person's choices: how e-mail comes, which kinds are off, and the version read. */
export type NotificationSettings = { emailMode: EmailMode; mutedKinds: NotificationKind[]; version: number };

/** One kind as the server lists it; critical kinds cannot be switched off. */
export type NotificationKindOption = { kind: NotificationKind; label: { id: string; en: string }; critical: boolean };

export type NotificationSettingsBody = { data: NotificationSettings; kinds: NotificationKindOption[] };

export const NOTIFICATION_PREFERENCES_KEY = ["notification-preferences"] as const;

export function notificationPreferencesQuery() {
  return queryOptions({
    queryKey: NOTIFICATION_PREFERENCES_KEY,
    queryFn: ({ signal }) => apiGet<NotificationSettingsBody>("/api/me/notification-preferences", {}, signal),
    staleTime: 0,
  });
}

/** Saves the preferences with the version read: 409 version_conflict when they changed since, 422 with field paths. */
export function useSaveNotificationPreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationSettings) =>
      apiSend<NotificationSettingsBody>("PUT", "/api/me/notification-preferences", body),
    onSuccess: (body) => client.setQueryData(NOTIFICATION_PREFERENCES_KEY, body),
  });
}
