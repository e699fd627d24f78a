import { queryOptions } from "@tanstack/react-query";
import type { FrameworkDetail, FrameworkSummary } from "../../../domain/framework/schemas";
import { apiGet } from "./client";
import type { One, Page } from "./types";

/** The registered frameworks (few; one page holds them all). */
export function frameworkListQuery() {
  return queryOptions({
    queryKey: ["frameworks", "list"],
    queryFn: ({ signal }) => apiGet<Page<FrameworkSummary>>("/api/frameworks", { pageSize: 100 }, signal),
    select: (page) => page.data,
  });
}

/** A framework with its dimensions, elements, stages and deliverables. */
export function frameworkQuery(id: number) {
  return queryOptions({
    queryKey: ["frameworks", "detail", id],
    queryFn: ({ signal }) => apiGet<One<FrameworkDetail>>(`/api/frameworks/${id}`, {}, signal),
    select: (body) => body.data,
  });
}

/** The framework a new cohort would use: the one marked default, else the first. */
export function defaultFramework(frameworks: FrameworkSummary[]): FrameworkSummary | undefined {
  return frameworks.find((f) => f.isDefault) ?? frameworks[0];
}
