import { queryOptions } from "@tanstack/react-query";
import { apiGet } from "./client";
import type { Page } from "./types";

export type OutboxMessage = {
  id: number;
  to: string;
  subject: string;
  text: string;
  kind: string;
  status: "queued" | "sent" | "failed";
  attempts: number;
  createdAt: string;
  sentAt: string | null;
  error: string | null;
};

/** A page of the outbox; `delivers` is false when no SMTP server is configured. */
export type OutboxPage = Page<OutboxMessage> & { delivers: boolean };

export function outboxQuery(page: number, pageSize: number) {
  return queryOptions({
    queryKey: ["outbox", page, pageSize],
    queryFn: ({ signal }) => apiGet<OutboxPage>("/api/outbox", { page, pageSize }, signal),
    staleTime: 0,
  });
}
