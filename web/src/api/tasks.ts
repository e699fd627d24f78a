import { queryOptions } from "@tanstack/react-query";
import type { TaskOut } from "../../../domain/notifications";
import { apiGet } from "./client";
import type { Page } from "./types";

/** Every tasks query starts with this key; invalidate it after anything that may settle a task. */
export const TASKS_KEY = ["tasks"] as const;

// Tasks are computed from the current state on each request: what the person did a minute ago,
// here or in another tab, shows on the next look.
export function tasksQuery(page: number, pageSize: number) {
  return queryOptions({
    queryKey: [...TASKS_KEY, "list", page, pageSize],
    queryFn: ({ signal }) => apiGet<Page<TaskOut>>("/api/me/tasks", { page, pageSize }, signal),
    staleTime: 0,
    refetchOnWindowFocus: true,
  });
}

/** How many tasks wait for the person (the navigation badge): every minute and when the window regains focus. */
export function taskCountQuery(enabled: boolean) {
  return queryOptions({
    queryKey: [...TASKS_KEY, "count"],
    queryFn: ({ signal }) => apiGet<Page<TaskOut>>("/api/me/tasks", { pageSize: 1 }, signal),
    select: (body) => body.total,
    enabled,
    staleTime: 30_000,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}
