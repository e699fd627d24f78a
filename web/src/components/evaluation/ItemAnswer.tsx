import { Alert, Button, Group, Paper, Select, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldErrors, isApiError } from "../../api/client";
import { type EvaluationDetail, type Scheme, saveAnswer, uploadEvidence } from "../../api/evaluations";
import { useFormatDate } from "../../i18n/format";
import { useErrorText } from "../ErrorState";
import { FileUploadButton } from "../FileUploadButton";
import { ConflictAlert } from "../masterplan/ConflictAlert";
import { EvidenceLinks } from "./EvidenceLinks";
import { useEvaluationLabels } from "./labels";

type Answer = EvaluationDetail["answers"][number];
type Item = Scheme["items"][number];

type Props = {
  evaluationId: number;
  item: Item;
  scheme: Scheme;
  answer: Answer | undefined;
  evidence: EvaluationDetail["evidence"];
  editable: boolean;
  /** Refetches the evaluation and answers with the fresh copy. */
  reload: () => Promise<EvaluationDetail | undefined>;
};

/** One item of the self-assessment: narrative, optional self score, evidence; saved on its own with its version. */
export function ItemAnswer({ evaluationId, item, scheme, answer, evidence, editable, reload }: Props) {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  const errorText = useErrorText();
  const { dateTime } = useFormatDate();
  const [narrative, setNarrative] = useState(answer?.narrative ?? "");
  const [selfScore, setSelfScore] = useState<string | null>(
    answer?.selfScore == null ? null : String(answer.selfScore),
  );
  const [version, setVersion] = useState(answer?.version ?? 0);
  const [saved, setSaved] = useState({ narrative: answer?.narrative ?? "", selfScore: answer?.selfScore ?? null });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [uploadFailure, setUploadFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const scoreValue = selfScore === null ? null : Number(selfScore);
  const dirty = narrative.trim() !== saved.narrative || scoreValue !== saved.selfScore;
  const testId = `item-${item.code}`;

  const save = async () => {
    if (!narrative.trim()) {
      setErrors({ narrative: t("evaluation.self.narrativeRequired") });
      return;
    }
    setErrors({});
    setFailure(null);
    setBusy(true);
    try {
      const res = await saveAnswer(evaluationId, item.code, {
        narrative: narrative.trim(),
        selfScore: scoreValue,
        version,
      });
      setVersion(res.data.version);
      setSaved({ narrative: narrative.trim(), selfScore: scoreValue });
      void reload();
    } catch (cause) {
      const fields = fieldErrors(cause);
      if (Object.keys(fields).length) setErrors(fields);
      else setFailure(cause);
    } finally {
      setBusy(false);
    }
  };

  // After a conflict: take the server's version (and know what it holds), keep what the person typed.
  const takeLatest = async () => {
    const fresh = await reload();
    const latest = fresh?.answers.find((a) => a.itemCode === item.code);
    setVersion(latest?.version ?? 0);
    setSaved({ narrative: latest?.narrative ?? "", selfScore: latest?.selfScore ?? null });
    setFailure(null);
  };

  const upload = async (file: File) => {
    setUploadFailure(null);
    try {
      await uploadEvidence(evaluationId, file, item.code);
      await reload();
    } catch (cause) {
      setUploadFailure(cause);
    }
  };

  const scale = scheme.scale.labels.map((l) => ({
    value: String(l.value),
    label: `${l.value} — ${labels.pick(l.id, l.en)}`,
  }));
  const scoreLabel = scale.find((s) => s.value === selfScore)?.label;

  return (
    <Paper withBorder p="md" radius="md" data-testid={testId} data-saved={answer ? "true" : "false"}>
      <Stack gap="xs">
        <Text size="sm" fw={600} id={`${testId}-text`}>
          {labels.pick(item.textId, item.textEn)}
        </Text>
        {editable ? (
          <>
            <Textarea
              label={t("evaluation.self.narrative")}
              description={t("evaluation.self.narrativeHint")}
              value={narrative}
              onChange={(event) => setNarrative(event.currentTarget.value)}
              autosize
              minRows={3}
              maxRows={12}
              maxLength={10_000}
              error={errors.narrative}
              data-testid={`${testId}-narrative`}
            />
            <Group align="flex-end" justify="space-between" wrap="wrap" gap="sm">
              <Select
                label={t("evaluation.self.selfScore")}
                placeholder={t("evaluation.self.selfScorePlaceholder")}
                data={scale}
                value={selfScore}
                onChange={setSelfScore}
                clearable
                error={errors.selfScore}
                w={{ base: "100%", xs: 300 }}
                data-testid={`${testId}-score`}
              />
              <Group gap="sm">
                <Text size="xs" c={dirty ? "orange.8" : "dimmed"} role="status" data-testid={`${testId}-state`}>
                  {dirty
                    ? t("evaluation.self.unsaved")
                    : version > 0
                      ? t("evaluation.self.saved", { version })
                      : t("evaluation.self.notAnswered")}
                  {!dirty && version > 0 && answer && ` · ${dateTime(answer.updatedAt)}`}
                </Text>
                <Button onClick={() => void save()} loading={busy} disabled={!dirty} data-testid={`${testId}-save`}>
                  {t("evaluation.self.save")}
                </Button>
              </Group>
            </Group>
          </>
        ) : answer ? (
          <>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }} data-testid={`${testId}-narrative-text`}>
              {answer.narrative}
            </Text>
            <Text size="xs" c="dimmed">
              {scoreLabel ? t("evaluation.self.selfScoreIs", { score: scoreLabel }) : t("evaluation.self.noSelfScore")}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t("evaluation.self.notAnswered")}
          </Text>
        )}
        {failure !== null &&
          (isApiError(failure, 409, "version_conflict") ? (
            <ConflictAlert onReload={() => void takeLatest()} testId={`${testId}-conflict`} />
          ) : (
            <Alert color="red" variant="light" role="alert">
              {errorText(failure)}
            </Alert>
          ))}
        <Group justify="space-between" align="flex-start" gap="sm">
          <div>
            <Text size="xs" c="dimmed" mb={2}>
              {t("evaluation.self.evidence")}
            </Text>
            <EvidenceLinks evaluationId={evaluationId} items={evidence} />
          </div>
          {editable && (
            <FileUploadButton
              label={t("evaluation.self.upload")}
              ariaLabel={t("evaluation.self.uploadFor", { item: labels.pick(item.textId, item.textEn) })}
              onFile={upload}
              testId={`${testId}-upload`}
            />
          )}
        </Group>
        {uploadFailure !== null && (
          <Alert color="red" variant="light" role="alert" data-testid={`${testId}-upload-error`}>
            {errorText(uploadFailure)}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
