import { Alert } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export type NoticeMessage = { text: string; color?: "green" | "blue" | "red"; extra?: ReactNode };

type NoticeProps = { notice: NoticeMessage | null; onClose: () => void };

/** The outcome of an action, inline at the top of the page (there is no toast library in this app). */
export function Notice({ notice, onClose }: NoticeProps) {
  const { t } = useTranslation();
  if (!notice) return null;
  return (
    <Alert
      color={notice.color ?? "green"}
      variant="light"
      withCloseButton
      closeButtonLabel={t("common.close")}
      onClose={onClose}
      mb="md"
      role="status"
      data-testid="notice"
    >
      {notice.text}
      {notice.extra}
    </Alert>
  );
}
