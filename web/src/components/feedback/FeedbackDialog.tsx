import { Modal, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FeedbackSent } from "../../api/feedback";
import { EMPTY_DRAFT, type FeedbackDraft, FeedbackForm } from "./FeedbackForm";
import { FeedbackSentPanel } from "./FeedbackSentPanel";
import { type FeedbackSubject, subjectKey } from "./types";

type FeedbackDialogProps = { regionCode: string; subject: FeedbackSubject | null; onClose: () => void };

/** The feedback form in a dialog (full screen on a phone); drafts stay per subject until sent. */
export function FeedbackDialog({ regionCode, subject, onClose }: FeedbackDialogProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery("(max-width: 36em)");
  const drafts = useRef(new Map<string, FeedbackDraft>());
  const [, rerender] = useState(0);
  const [sent, setSent] = useState<{ key: string; out: FeedbackSent } | null>(null);
  const key = subject ? subjectKey(subject) : "";
  const draft = drafts.current.get(key) ?? EMPTY_DRAFT;
  const close = () => {
    setSent(null);
    onClose();
  };

  return (
    <Modal
      opened={subject !== null}
      onClose={close}
      fullScreen={phone}
      closeButtonProps={{ "aria-label": t("common.close") }}
      size="lg"
      title={
        <>
          <Text fw={700} size="lg" component="span" display="block">
            {t("feedback.form.title")}
          </Text>
          {subject && (
            <Text size="sm" c="dimmed" component="span" display="block">
              {t("feedback.form.about", { title: subject.title })}
            </Text>
          )}
        </>
      }
      data-testid="feedback-dialog"
    >
      {subject &&
        (sent && sent.key === key ? (
          <FeedbackSentPanel sent={sent.out} onClose={close} />
        ) : (
          <FeedbackForm
            key={key}
            regionCode={regionCode}
            subject={subject}
            draft={draft}
            onDraft={(next) => {
              drafts.current.set(key, next);
              rerender((n) => n + 1);
            }}
            onSent={(out) => {
              drafts.current.delete(key);
              setSent({ key, out });
            }}
            onCancel={close}
          />
        ))}
    </Modal>
  );
}
