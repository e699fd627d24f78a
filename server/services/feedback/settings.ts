/** Abuse limits of the public feedback form and the retention of senders' personal data. */
export type FeedbackSettings = {
  /** Days after which a sender's e-mail and network address are erased (FEEDBACK_RETENTION_DAYS). */
  retentionDays: number;
  /** Feedback accepted from one network address per hour (FEEDBACK_LIMIT_PER_HOUR). */
  perAddressPerHour: number;
  /** Feedback accepted with one e-mail address per day (FEEDBACK_LIMIT_PER_EMAIL_DAY). */
  perEmailPerDay: number;
};

export const DEFAULT_FEEDBACK_SETTINGS: FeedbackSettings = {
  retentionDays: 180,
  perAddressPerHour: 5,
  perEmailPerDay: 5,
};
