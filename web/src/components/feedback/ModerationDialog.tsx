import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FEEDBACK_LIMITS } from "../../../../domain/feedback";
import type { FeedbackActionInput, FeedbackQueueItem } from "../../api/feedback";
import { opdListQuery } from "../../api/opds";

export type DialogAction = "reject" | "reply" | "forward";
export type ModerationTarget = { action: DialogAction; item: FeedbackQueueItem };

type ModerationDialogProps = {
  regionCode: string;
  target: ModerationTarget | null;
  onClose: () => void;
  /** Runs the step; resolves to an error text to show in the dialog, or null when done. */
  onSubmit: (item: FeedbackQueueItem, input: FeedbackActionInput) => Promise<string | null>;
};

const TITLES = {
  reject: "feedback.queue.rejectTitle",
  reply: "feedback.queue.replyTitle",
  forward: "feedback.queue.forwardTitle",
} as const;

/** Tolak (with a reason), Balas (with the reply) and Teruskan ke OPD (with the OPD): the steps that need input. */
export function ModerationDialog({ target, onClose, ...props }: ModerationDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      closeButtonProps={{ "aria-label": t("common.close") }}
      title={target ? t(TITLES[target.action]) : ""}
      size="lg"
    >
      {target && (
        <ModerationForm key={`${target.action}:${target.item.id}`} target={target} onCancel={onClose} {...props} />
      )}
    </Modal>
  );
}

function ModerationForm({
  regionCode,
  target,
  onCancel,
  onSubmit,
}: Omit<ModerationDialogProps, "target" | "onClose"> & { target: ModerationTarget; onCancel: () => void }) {
  const { t } = useTranslation();
  const { action, item } = target;
  const [text, setText] = useState(action === "reply" ? (item.reply?.body ?? "") : "");
  const [opdId, setOpdId] = useState<string | null>(item.forwardedTo ? String(item.forwardedTo.id) : null);
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const opds = useQuery({ ...opdListQuery(regionCode), enabled: action === "forward" });
  const options = (opds.data?.data ?? [])
    .filter((o) => o.active)
    .map((o) => ({ value: String(o.id), label: `${o.name} (${o.abbreviation})` }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    let input: FeedbackActionInput;
    if (action === "forward") {
      if (!opdId) return setError(t("feedback.queue.forwardRequired"));
      input = { action, version: item.version, opdId: Number(opdId) };
    } else {
      if (text.trim().length < 5) {
        return setError(t(action === "reject" ? "feedback.queue.rejectMin" : "feedback.queue.replyMin"));
      }
      input =
        action === "reject"
          ? { action, version: item.version, reason: text.trim() }
          : { action, version: item.version, body: text.trim() };
    }
    setError(null);
    setBusy(true);
    const problem = await onSubmit(item, input);
    setBusy(false);
    if (problem) setFailure(problem);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed" lineClamp={3} style={{ whiteSpace: "pre-wrap" }}>
          {item.body}
        </Text>
        {failure && (
          <Alert color="red" variant="light" role="alert">
            {failure}
          </Alert>
        )}
        {action === "forward" ? (
          opds.isSuccess && options.length === 0 ? (
            <Text role="status">{t("feedback.queue.noOpds")}</Text>
          ) : (
            <Select
              label={t("feedback.queue.forwardOpd")}
              description={t("feedback.queue.forwardHint")}
              required
              searchable
              data={options}
              value={opdId}
              onChange={(value) => {
                setOpdId(value);
                setError(null);
              }}
              error={error}
              disabled={opds.isPending}
              data-autofocus
              data-testid="feedback-forward-opd"
            />
          )
        ) : (
          <Textarea
            label={t(action === "reject" ? "feedback.queue.rejectReasonLabel" : "feedback.queue.replyBody")}
            description={t(action === "reject" ? "feedback.queue.rejectHint" : "feedback.queue.replyHint")}
            required
            autosize
            minRows={action === "reject" ? 3 : 5}
            maxRows={12}
            maxLength={action === "reject" ? FEEDBACK_LIMITS.reasonMax : FEEDBACK_LIMITS.replyMax}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              setError(null);
            }}
            error={error}
            data-autofocus
            data-testid={`feedback-${action}-text`}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t("feedback.queue.cancel")}
          </Button>
          <Button
            type="submit"
            loading={busy}
            color={action === "reject" ? "red" : undefined}
            data-testid="feedback-moderation-submit"
          >
            {t(`feedback.queue.actions.${action}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
