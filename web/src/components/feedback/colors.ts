import type { FeedbackCategory, FeedbackStatus } from "../../../../domain/feedback";

export const CATEGORY_COLORS: Record<FeedbackCategory, string> = {
  question: "blue",
  report: "orange",
  suggestion: "grape",
};

export const STATUS_COLORS: Record<FeedbackStatus, string> = {
  pending: "yellow",
  published: "green",
  rejected: "gray",
};
