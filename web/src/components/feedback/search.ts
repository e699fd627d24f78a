import type { FeedbackQueueStatus } from "../../api/feedback";
import { pageOf } from "../../routes/search";

export const QUEUE_TABS = ["open", "pending", "published", "rejected", "all"] as const satisfies FeedbackQueueStatus[];

/** The queue's filter as kept in the URL: /wilayah/3279/masukan?status=published&page=2 (open by default). */
export type FeedbackQueueSearch = { status?: (typeof QUEUE_TABS)[number]; page?: number };

export function validateFeedbackQueueSearch(search: Record<string, unknown>): FeedbackQueueSearch {
  const status = QUEUE_TABS.find((s) => s === search.status);
  return { status: status === "open" ? undefined : status, page: pageOf(search.page) };
}
