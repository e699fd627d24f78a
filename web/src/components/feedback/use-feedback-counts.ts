import { useQuery } from "@tanstack/react-query";
import { publicFeedbackQuery } from "../../api/feedback";
import { subjectKey } from "./types";

export const PUBLIC_PAGE_SIZE = 10;

/** Published feedback per program and quick win, from the first page of the region's list (shared cache). */
export function useFeedbackCounts(regionCode: string): Map<string, number> {
  const query = useQuery({
    ...publicFeedbackQuery(regionCode, { page: 1, pageSize: PUBLIC_PAGE_SIZE }),
    select: (body) => new Map(body.counts.bySubject.map((s) => [subjectKey(s), s.published])),
  });
  return query.data ?? new Map();
}
