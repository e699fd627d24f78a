import type { FeedbackSubjectKind } from "../../../../domain/feedback";

/** What a feedback is about, as the public page knows it. */
export type FeedbackSubject = { kind: FeedbackSubjectKind; id: number; title: string };

export function subjectKey(subject: { kind: FeedbackSubjectKind; id: number }): string {
  return `${subject.kind}:${subject.id}`;
}
