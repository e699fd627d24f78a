import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ROUND_STATUSES, type RoundStatus } from "../../../../domain/evaluation/round";
import { fieldErrors, isApiError } from "../../api/client";
import { type RoundDetail, transitionRound } from "../../api/evaluations";
import { useFormatNumber } from "../../i18n/format";
import { useErrorText } from "../ErrorState";
import { ConflictAlert } from "../masterplan/ConflictAlert";
import { useEvaluationLabels } from "./labels";

type Props = { round: RoundDetail; regionName: (code: string) => string; onMoved: () => void };

/** The admin's phase buttons; each move the server would refuse says why, before anyone clicks. */
export function RoundPhaseControl({ round, regionName, onMoved }: Props) {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<RoundStatus | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [publishing, setPublishing] = useState(false);
  if (!round.can.manage || round.moves.length === 0) return null;

  const position = (s: RoundStatus) => ROUND_STATUSES.indexOf(s);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["evaluations"] });
  const move = async (to: RoundStatus) => {
    setBusy(to);
    setFailure(null);
    try {
      await transitionRound(round.id, { to, version: round.version });
      await refresh();
      onMoved();
    } catch (cause) {
      setFailure(cause);
      // Refused for a reason that arose meanwhile (another region, another admin): show today's blockers.
      if (isApiError(cause, 409) && !isApiError(cause, 409, "version_conflict")) void refresh();
    } finally {
      setBusy(null);
    }
  };
  // Forward first and filled; going back is the lighter, secondary choice.
  const moves = [...round.moves].sort((a, b) => position(b.to) - position(a.to));

  return (
    <div>
      <Text size="sm" c="dimmed" mb={6}>
        {t("evaluation.phase.title")}
      </Text>
      <Group gap="sm" align="flex-start">
        {moves.map((m) => {
          const forward = position(m.to) > position(round.status);
          const blocked = m.blockers.length > 0;
          return (
            <div key={m.to}>
              <Button
                variant={forward ? "filled" : "default"}
                loading={busy === m.to}
                disabled={blocked || (busy !== null && busy !== m.to)}
                onClick={() => (m.to === "published" ? setPublishing(true) : void move(m.to))}
                aria-describedby={blocked ? `blockers-${m.to}` : undefined}
                data-testid={`round-move-${m.to}`}
              >
                {forward
                  ? t(`evaluation.phase.forward.${m.to as "self_assessment" | "scoring" | "published"}`)
                  : t("evaluation.phase.back", { status: labels.status(m.to).toLocaleLowerCase(labels.lang) })}
              </Button>
              {blocked && (
                <List size="sm" c="orange.8" mt={4} id={`blockers-${m.to}`} data-testid={`round-blockers-${m.to}`}>
                  {m.blockers.map((b) => (
                    <List.Item key={b.code}>
                      {labels.blocker(b)}
                      {b.regionCodes?.length ? `: ${b.regionCodes.map(regionName).join(", ")}` : ""}
                    </List.Item>
                  ))}
                </List>
              )}
            </div>
          );
        })}
      </Group>
      {failure !== null &&
        (isApiError(failure, 409, "version_conflict") ? (
          <ConflictAlert onReload={() => void refresh().then(() => setFailure(null))} testId="round-conflict" />
        ) : (
          <Alert
            color="red"
            variant="light"
            mt="sm"
            role="alert"
            withCloseButton
            closeButtonLabel={t("common.close")}
            onClose={() => setFailure(null)}
            data-testid="round-move-error"
          >
            {errorText(failure)}
          </Alert>
        ))}
      <PublishModal
        round={round}
        opened={publishing}
        onClose={() => setPublishing(false)}
        onPublished={async () => {
          setPublishing(false);
          await refresh();
          onMoved();
        }}
      />
    </div>
  );
}

type PublishProps = { round: RoundDetail; opened: boolean; onClose: () => void; onPublished: () => Promise<void> };

/** Publishing computes and stores every result and rank; it needs the result letter and cannot be undone. */
function PublishModal({ round, opened, onClose, onPublished }: PublishProps) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const errorText = useErrorText();
  const [number, setNumber] = useState(round.resultLetterNumber ?? "");
  const [date, setDate] = useState(round.resultLetterDate ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!number.trim()) found.resultLetterNumber = t("evaluation.phase.letterRequired");
    if (!date) found.resultLetterDate = t("evaluation.phase.letterRequired");
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      await transitionRound(round.id, {
        to: "published",
        version: round.version,
        resultLetterNumber: number.trim(),
        resultLetterDate: date,
      });
      await onPublished();
    } catch (cause) {
      const fields = fieldErrors(cause);
      if (Object.keys(fields).length) setErrors(fields);
      else setFailure(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={() => !busy && onClose()} title={t("evaluation.phase.publishTitle")} size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t("evaluation.phase.publishBody", {
              count: round.counts.participants,
              n: formatNumber(round.counts.participants),
            })}
          </Text>
          <Group grow align="flex-start">
            <TextInput
              label={t("evaluation.phase.letterNumber")}
              placeholder={t("evaluation.phase.letterNumberPlaceholder")}
              value={number}
              onChange={(event) => setNumber(event.currentTarget.value)}
              error={errors.resultLetterNumber}
              data-autofocus
              data-testid="publish-letter-number"
            />
            <TextInput
              type="date"
              label={t("evaluation.phase.letterDate")}
              value={date}
              onChange={(event) => setDate(event.currentTarget.value)}
              error={errors.resultLetterDate}
              data-testid="publish-letter-date"
            />
          </Group>
          {failure !== null && (
            <Alert color="red" variant="light" role="alert" data-testid="publish-error">
              {isApiError(failure, 409, "version_conflict")
                ? t("evaluation.phase.publishConflict")
                : errorText(failure)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={busy} data-testid="publish-submit">
              {t("evaluation.phase.publishSubmit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
