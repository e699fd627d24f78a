import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { FeedbackSubject } from "./types";

/** "Beri masukan", or "Masukan (3)" once some are published, on a program or quick win row. */
export function FeedbackButton({
  subject,
  count,
  onOpen,
}: {
  subject: FeedbackSubject;
  count: number;
  onOpen: (subject: FeedbackSubject) => void;
}) {
  const { t } = useTranslation();
  return (
    <Button
      size="compact-sm"
      variant="light"
      onClick={() => onOpen(subject)}
      aria-label={
        count > 0
          ? t("feedback.giveAriaCount", { title: subject.title, count })
          : t("feedback.giveAria", { title: subject.title })
      }
      style={{ whiteSpace: "nowrap" }}
      data-print="hide"
      data-testid={`feedback-open-${subject.kind}-${subject.id}`}
    >
      {count > 0 ? t("feedback.giveCount", { count }) : t("feedback.give")}
    </Button>
  );
}
