import {
  Alert,
  Button,
  Group,
  Paper,
  Progress,
  Radio,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, fieldErrors } from "../../api/client";
import { type EvaluationDetail, saveScores } from "../../api/evaluations";
import { useFormatNumber } from "../../i18n/format";
import { useErrorText } from "../ErrorState";
import { Notice, type NoticeMessage } from "../Notice";
import { EvidenceLinks } from "./EvidenceLinks";
import { RESULT_ORDER, useEvaluationLabels } from "./labels";
import { scaleValues } from "./scale";

type Sheet = EvaluationDetail["scoreSheets"][number];
type Props = { detail: EvaluationDetail; sheet: Sheet | undefined; reload: () => Promise<unknown> };

/** The assessor's own sheet: a score on the scale and a note per item, the interview; saved in one go. */
export function ScoreSheet({ detail, sheet, reload }: Props) {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  const formatNumber = useFormatNumber();
  const errorText = useErrorText();
  const { scheme, evaluation, answers, evidence } = detail;
  const [scores, setScores] = useState<Record<string, number>>(() =>
    Object.fromEntries((sheet?.items ?? []).map((i) => [i.itemCode, i.score])),
  );
  const [notes, setNotes] = useState<Record<string, string>>(() =>
    Object.fromEntries((sheet?.items ?? []).map((i) => [i.itemCode, i.note ?? ""])),
  );
  const [heldOn, setHeldOn] = useState(sheet?.interview?.heldOn ?? "");
  const [interviewNotes, setInterviewNotes] = useState(sheet?.interview?.notes ?? "");
  const [dirty, setDirty] = useState(false);
  const [itemErrors, setItemErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const values = scaleValues(scheme.scale);
  const scored = scheme.items.filter((i) => scores[i.code] !== undefined).length;
  const total = scheme.items.length;
  const touch = () => {
    setDirty(true);
    setNotice(null);
  };

  const save = async () => {
    const entries = scheme.items
      .filter((i) => scores[i.code] !== undefined)
      .map((i) => ({ itemCode: i.code, score: scores[i.code] as number, note: notes[i.code]?.trim() || null }));
    setBusy(true);
    setFailure(null);
    setItemErrors({});
    try {
      await saveScores(evaluation.id, {
        scores: entries,
        interview: { heldOn: heldOn || null, notes: interviewNotes.trim() || null },
      });
      setDirty(false);
      setNotice({
        text: t("evaluation.score.saved", { scored: formatNumber(entries.length), total: formatNumber(total) }),
      });
      await reload();
    } catch (cause) {
      // "body.scores.3.score" names the fourth entry sent; show its message on that item.
      const issues =
        cause instanceof ApiError
          ? ((cause.details as { issues?: Array<{ path: string; message: string }> })?.issues ?? [])
          : [];
      const byItem: Record<string, string> = {};
      for (const issue of issues) {
        const m = issue.path.match(/^body\.scores\.(\d+)\./);
        const entry = m ? entries[Number(m[1])] : undefined;
        if (entry) byItem[entry.itemCode] ??= issue.message;
      }
      setItemErrors(byItem);
      if (!Object.keys(byItem).length || Object.keys(fieldErrors(cause)).some((k) => k !== "scores")) setFailure(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md">
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <div>
        <Text size="sm" fw={500} role="status" data-testid="score-progress">
          {t("evaluation.score.progress", { scored: formatNumber(scored), total: formatNumber(total) })}
        </Text>
        <Progress
          value={(scored / total) * 100}
          size="md"
          radius="sm"
          color={scored === total ? "green" : "blue"}
          aria-hidden="true"
        />
      </div>
      <Text size="sm" c="dimmed" data-testid="score-legend">
        {t("evaluation.score.legend")}{" "}
        {scheme.scale.labels.map((l) => `${formatNumber(l.value)} = ${labels.pick(l.id, l.en)}`).join("; ")}
      </Text>
      {scheme.smartDimensions.map((d) => {
        const items = scheme.items
          .filter((i) => i.smartDimension === d.code)
          .sort((a, b) => RESULT_ORDER.indexOf(a.resultDimension) - RESULT_ORDER.indexOf(b.resultDimension));
        return (
          <Paper key={d.code} withBorder p="md" radius="md" component="section" aria-labelledby={`score-dim-${d.code}`}>
            <Title order={2} size="h4" mb="sm" id={`score-dim-${d.code}`}>
              {labels.pick(d.nameId, d.nameEn)}
            </Title>
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("evaluation.score.colItem")}</Table.Th>
                    <Table.Th w={230}>{t("evaluation.score.colScore")}</Table.Th>
                    <Table.Th w={240}>{t("evaluation.score.colNote")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((item) => {
                    const answer = answers.find((a) => a.itemCode === item.code);
                    const textId = `score-text-${item.code}`;
                    return (
                      <Table.Tr key={item.code} data-testid={`score-row-${item.code}`}>
                        <Table.Td>
                          <Text size="sm" fw={500} id={textId}>
                            {labels.pick(item.textId, item.textEn)}
                          </Text>
                          <Text size="xs" c="dimmed" lineClamp={3} title={answer?.narrative}>
                            {answer
                              ? t("evaluation.score.regionSaid", {
                                  text: answer.narrative,
                                  score: answer.selfScore === null ? "—" : formatNumber(answer.selfScore),
                                })
                              : t("evaluation.score.noAnswer")}
                          </Text>
                          {evidence.some((e) => e.itemCode === item.code) && (
                            <EvidenceLinks
                              evaluationId={evaluation.id}
                              items={evidence.filter((e) => e.itemCode === item.code)}
                            />
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Group gap="sm" role="radiogroup" aria-labelledby={textId} wrap="nowrap">
                            {values.map((v) => (
                              <Radio
                                key={v}
                                name={`score-${item.code}`}
                                value={String(v)}
                                label={formatNumber(v)}
                                checked={scores[item.code] === v}
                                onChange={() => {
                                  setScores((prev) => ({ ...prev, [item.code]: v }));
                                  touch();
                                }}
                                title={scheme.scale.labels.find((l) => l.value === v)?.[labels.lang]}
                                data-testid={`score-${item.code}-${v}`}
                              />
                            ))}
                          </Group>
                          {itemErrors[item.code] && (
                            <Text size="xs" c="red" role="alert">
                              {itemErrors[item.code]}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <TextInput
                            aria-label={t("evaluation.score.noteFor", { item: labels.pick(item.textId, item.textEn) })}
                            placeholder={t("evaluation.score.notePlaceholder")}
                            value={notes[item.code] ?? ""}
                            onChange={(event) => {
                              const value = event.currentTarget.value;
                              setNotes((prev) => ({ ...prev, [item.code]: value }));
                              touch();
                            }}
                            maxLength={2000}
                            size="xs"
                          />
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        );
      })}
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="interview-title">
        <Title order={2} size="h4" mb="sm" id="interview-title">
          {t("evaluation.score.interview")}
        </Title>
        <Stack gap="sm">
          <TextInput
            type="date"
            label={t("evaluation.score.heldOn")}
            value={heldOn}
            onChange={(event) => {
              setHeldOn(event.currentTarget.value);
              touch();
            }}
            w={{ base: "100%", xs: 220 }}
            data-testid="interview-date"
          />
          <Textarea
            label={t("evaluation.score.interviewNotes")}
            value={interviewNotes}
            onChange={(event) => {
              setInterviewNotes(event.currentTarget.value);
              touch();
            }}
            autosize
            minRows={3}
            maxLength={10_000}
            data-testid="interview-notes"
          />
        </Stack>
      </Paper>
      {failure !== null && (
        <Alert color="red" variant="light" role="alert" data-testid="score-error">
          {errorText(failure)}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        {dirty && (
          <Text size="sm" c="orange.8" role="status">
            {t("evaluation.score.unsaved")}
          </Text>
        )}
        <Button onClick={() => void save()} loading={busy} disabled={!dirty} data-testid="score-save">
          {t("evaluation.score.save")}
        </Button>
      </Group>
    </Stack>
  );
}
