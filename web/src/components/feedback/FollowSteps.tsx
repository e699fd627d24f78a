import { Stepper } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { FeedbackFollow } from "../../api/feedback";
import { useFormatDate } from "../../i18n/format";

type Step = { label: string; description: string; done: boolean; failed?: boolean };

/** Terkirim → Diterbitkan/Ditolak → Diteruskan ke OPD → Dijawab → Ditangani, ticked as far as each has happened. */
export function FollowSteps({ follow }: { follow: FeedbackFollow }) {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const moderated: Step =
    follow.status === "rejected"
      ? {
          label: t("feedback.follow.steps.rejected"),
          description: t("feedback.follow.steps.rejectedDesc", { reason: follow.rejectReason ?? "—" }),
          done: true,
          failed: true,
        }
      : follow.status === "published"
        ? {
            label: t("feedback.follow.steps.published"),
            description: follow.publishedAt
              ? t("feedback.follow.steps.publishedDesc", { date: date(follow.publishedAt) })
              : "",
            done: true,
          }
        : {
            label: t("feedback.follow.steps.waiting"),
            description: t("feedback.follow.steps.waitingDesc"),
            done: false,
          };
  const steps: Step[] = [
    {
      label: t("feedback.follow.steps.sent"),
      description: t("feedback.follow.steps.sentDesc", { date: date(follow.sentAt) }),
      done: true,
    },
    moderated,
    follow.forwardedTo
      ? {
          label: t("feedback.follow.steps.forwarded"),
          description: t("feedback.follow.steps.forwardedDesc", { opd: follow.forwardedTo }),
          done: true,
        }
      : {
          label: t("feedback.follow.steps.forwarded"),
          description: t("feedback.follow.steps.notForwarded"),
          done: false,
        },
    follow.reply
      ? {
          label: t("feedback.follow.steps.replied"),
          description: t("feedback.follow.steps.repliedDesc", { date: date(follow.reply.repliedAt) }),
          done: true,
        }
      : { label: t("feedback.follow.steps.replied"), description: t("feedback.follow.steps.notReplied"), done: false },
    follow.handled
      ? { label: t("feedback.follow.steps.handled"), description: t("feedback.follow.steps.handledDesc"), done: true }
      : { label: t("feedback.follow.steps.handled"), description: t("feedback.follow.steps.notHandled"), done: false },
  ];
  // Forwarding is optional, so a later step may be done while an earlier one is not: each step shows its own state.
  const lastDone = steps.reduce((last, step, index) => (step.done ? index : last), 0);
  return (
    <Stepper
      active={lastDone + 1}
      orientation="vertical"
      size="sm"
      allowNextStepsSelect={false}
      data-testid="follow-steps"
    >
      {steps.map((step, index) => (
        <Stepper.Step
          key={step.label}
          label={step.label}
          description={step.description}
          color={step.failed ? "red" : step.done ? undefined : "gray"}
          completedIcon={step.failed ? "✕" : step.done ? undefined : <span aria-hidden="true">·</span>}
          aria-current={index === lastDone ? "step" : undefined}
          data-done={step.done}
        />
      ))}
    </Stepper>
  );
}
