import { Alert, Badge, Button, Divider, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { StageOut } from "../../../../domain/bimtek";
import { closeStage } from "../../api/bimtek";
import { ApiError } from "../../api/client";
import { inLanguage, useFormatDate, useLanguage } from "../../i18n/format";
import { useErrorText } from "../ErrorState";
import { Notice, type NoticeMessage } from "../Notice";
import type { CommentRequest } from "./CommentModal";
import { DeliverableItem } from "./DeliverableItem";
import { StageAttendance } from "./StageAttendance";
import { StageSchedule } from "./StageSchedule";
import { gateMessage, stageLabel } from "./stage-labels";

/** "Tahap I · Bimtek I": the stage as the gate messages name it, then its own name. */
function stageTitle(label: string, own: string): string {
  return own === label ? own : `${label} · ${own}`;
}

type StageCardProps = {
  stage: StageOut;
  onChanged: () => Promise<unknown>;
  onAskComment: (request: CommentRequest) => void;
};

/** One Bimtek stage: schedule, attendance, deliverables, and closing it with the gate's reason when it cannot. */
export function StageCard({ stage, onChanged, onAskComment }: StageCardProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { date } = useFormatDate();
  const errorText = useErrorText();
  // Outcomes are told inside the card, next to where the person is working.
  const [notice, onNotice] = useState<NoticeMessage | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [closing, setClosing] = useState(false);
  const name = stageLabel(t, stage.number);

  const close = async () => {
    setClosing(true);
    setRefusal(null);
    try {
      await closeStage(stage.id);
      onNotice({ text: t("bimtek.closed", { stage: name }) });
      await onChanged();
    } catch (cause) {
      // The gate's 409 names the reason (and the pending deliverables); say it in full.
      const pending =
        (cause instanceof ApiError ? (cause.details as { pending?: string[] } | undefined)?.pending : undefined) ?? [];
      const message = cause instanceof ApiError ? gateMessage(t, stage, cause.code, pending, lang) : "";
      setRefusal(message || errorText(cause));
      await onChanged();
    } finally {
      setClosing(false);
    }
  };

  const gate =
    !stage.closedAt && !stage.gate.ok && stage.gate.code
      ? gateMessage(t, stage, stage.gate.code, stage.gate.pending, lang)
      : null;
  const message = refusal ?? gate;

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      id={`tahap-${stage.number}`}
      data-testid={`stage-${stage.number}`}
      data-closed={Boolean(stage.closedAt)}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={2} size="h4">
              {stageTitle(name, inLanguage(lang, stage.nameId, stage.nameEn))}
            </Title>
            <Text size="sm" c="dimmed">
              {inLanguage(lang, stage.focusId, stage.focusEn)}
            </Text>
          </div>
          {stage.closedAt ? (
            <Badge color="green" variant="light" radius="sm" tt="none" size="lg">
              ✓ {t("bimtek.closedOn", { date: date(stage.closedAt) })}
            </Badge>
          ) : (
            <Badge color="blue" variant="light" radius="sm" tt="none" size="lg">
              {t("bimtek.open")}
            </Badge>
          )}
        </Group>

        <StageSchedule stage={stage} onSaved={onChanged} />
        <Divider />
        <StageAttendance stage={stage} onSaved={onChanged} />
        <Divider />
        <Text fw={500} size="sm">
          {t("bimtek.deliverables")}
        </Text>
        {stage.deliverables.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("bimtek.empty")}
          </Text>
        ) : (
          <Stack gap="xs">
            {stage.deliverables.map((d) => (
              <DeliverableItem
                key={`${d.id}-${d.version}`}
                deliverable={d}
                onChanged={onChanged}
                onNotice={onNotice}
                onAskComment={onAskComment}
              />
            ))}
          </Stack>
        )}

        <Notice notice={notice} onClose={() => onNotice(null)} />
        {!stage.closedAt && (stage.can.close || message) && (
          <Group justify="flex-end" align="flex-start" gap="sm" wrap="nowrap">
            {message && (
              <Alert
                color={refusal ? "red" : "yellow"}
                variant="light"
                role={refusal ? "alert" : "status"}
                style={{ flex: 1 }}
                data-testid={`stage-gate-message-${stage.number}`}
              >
                {message}
              </Alert>
            )}
            {stage.can.close && (
              <Button
                onClick={() => void close()}
                loading={closing}
                variant={stage.gate.ok ? "filled" : "default"}
                data-testid={`stage-close-${stage.number}`}
              >
                {t("bimtek.close")}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
