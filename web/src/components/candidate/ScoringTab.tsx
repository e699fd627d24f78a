import {
  Alert,
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Skeleton,
  Spoiler,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Assessment, type AssessorScores, assessmentQuery, saveScores } from "../../api/assessment";
import { fieldErrors } from "../../api/client";
import { inLanguage, useLanguage } from "../../i18n/format";
import { QueryErrorState } from "../AccessStates";
import { useErrorText } from "../ErrorState";
import { Notice, type NoticeMessage } from "../Notice";
import { ScoresResult } from "./ScoresResult";

/** Penilaian: the assessor's scores and interview record; the admin sees every assessor and the result. */
export function ScoringTab({ candidateId }: { candidateId: number }) {
  const { t } = useTranslation();
  const assessment = useQuery(assessmentQuery(candidateId));

  if (assessment.isPending) return <Skeleton height={240} />;
  if (assessment.isError) {
    return <QueryErrorState error={assessment.error} onRetry={() => void assessment.refetch()} />;
  }
  const data = assessment.data;
  if (data.result) return <ScoresResult data={data} />;
  if (data.candidate.can.score) return <ScoreForm key={data.candidate.id} data={data} />;
  // An assessor outside the assessment phase reads back their own scores.
  if (data.scores.length > 0) return <ScoresResult data={data} />;
  return (
    <Text c="dimmed" role="status">
      {t("scoring.readOnly")}
    </Text>
  );
}

type Row = { score: string; note: string };

function initialRows(data: Assessment, own: AssessorScores | undefined): Record<number, Row> {
  return Object.fromEntries(
    data.instrument.criteria.map((c) => {
      const item = own?.items.find((i) => i.criterionId === c.id);
      return [c.id, { score: item ? String(item.score) : "", note: item?.note ?? "" }];
    }),
  );
}

function ScoreForm({ data }: { data: Assessment }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const own = data.scores[0];
  const { min, max } = data.instrument.scale;
  const options = Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
  const [rows, setRows] = useState(() => initialRows(data, own));
  const [heldOn, setHeldOn] = useState(own?.interview?.heldOn ?? "");
  const [presentationNote, setPresentationNote] = useState(own?.interview?.presentationNote ?? "");
  const [interviewNote, setInterviewNote] = useState(own?.interview?.interviewNote ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const criteria = data.instrument.criteria;
  const scored = criteria.filter((c) => rows[c.id]?.score).length;

  const setRow = (id: number, patch: Partial<Row>) =>
    setRows((prev) => ({ ...prev, [id]: { ...(prev[id] ?? { score: "", note: "" }), ...patch } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setErrors({});
    setBusy(true);
    try {
      await saveScores(data.candidate.id, {
        scores: criteria
          .filter((c) => rows[c.id]?.score)
          .map((c) => ({ criterionId: c.id, score: Number(rows[c.id]?.score), note: rows[c.id]?.note.trim() || null })),
        interview: {
          heldOn: heldOn || null,
          presentationNote: presentationNote.trim() || null,
          interviewNote: interviewNote.trim() || null,
        },
      });
      setNotice({ text: t("scoring.saved") });
      await queryClient.invalidateQueries({ queryKey: ["candidates", "assessment", data.candidate.id] });
      await queryClient.invalidateQueries({ queryKey: ["cohorts", "ranking"] });
    } catch (cause) {
      const fields = fieldErrors(cause);
      if (Object.keys(fields).length > 0 && !fields.scores) setErrors(fields);
      else setFailure(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t("scoring.intro", { min, max })}
          </Text>
          <Text size="sm" fw={500} role="status" data-testid="scores-progress">
            {t("scoring.progress", { scored, total: criteria.length })}
          </Text>
        </Group>
        <Notice notice={notice} onClose={() => setNotice(null)} />
        {criteria.map((c) => {
          const answer = data.answers.find((a) => a.criterionId === c.id);
          const labelId = `score-label-${c.id}`;
          return (
            <Paper key={c.id} withBorder p="md" radius="md" data-testid="score-criterion" data-code={c.code}>
              <Text fw={500} id={labelId}>
                <Text span ff="monospace" c="dimmed" mr={6}>
                  {c.code}
                </Text>
                {inLanguage(lang, c.textId, c.textEn)}
                <Text span size="xs" c="dimmed" ml={6}>
                  · {t(`lens.${c.lens}`)}
                </Text>
              </Text>
              <Spoiler maxHeight={44} showLabel="…" hideLabel="↑" mt={4}>
                <Text size="sm" c="dimmed">
                  {t("scoring.selfAnswer")}: {answer?.answer ?? t("selfAssessment.noAnswer")}
                </Text>
              </Spoiler>
              <Group align="flex-end" gap="md" mt="sm" wrap="wrap">
                <Stack gap={4}>
                  <Text size="sm" fw={500}>
                    {t("scoring.score")}
                  </Text>
                  <SegmentedControl
                    aria-labelledby={labelId}
                    value={rows[c.id]?.score ?? ""}
                    onChange={(value) => setRow(c.id, { score: value })}
                    data={options}
                    data-testid={`score-${c.code}`}
                  />
                </Stack>
                <TextInput
                  label={t("scoring.note")}
                  value={rows[c.id]?.note ?? ""}
                  onChange={(event) => setRow(c.id, { note: event.currentTarget.value })}
                  style={{ flex: 1, minWidth: 220 }}
                  data-testid={`score-note-${c.code}`}
                />
              </Group>
            </Paper>
          );
        })}
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h5" mb="sm">
            {t("scoring.interview")}
          </Title>
          <Stack gap="sm">
            <TextInput
              type="date"
              label={t("scoring.heldOn")}
              value={heldOn}
              onChange={(event) => setHeldOn(event.currentTarget.value)}
              error={errors.interview}
              maw={220}
              data-testid="interview-heldOn"
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Textarea
                label={t("scoring.presentationNote")}
                value={presentationNote}
                onChange={(event) => setPresentationNote(event.currentTarget.value)}
                autosize
                minRows={3}
                data-testid="interview-presentationNote"
              />
              <Textarea
                label={t("scoring.interviewNote")}
                value={interviewNote}
                onChange={(event) => setInterviewNote(event.currentTarget.value)}
                autosize
                minRows={3}
                data-testid="interview-interviewNote"
              />
            </SimpleGrid>
          </Stack>
        </Paper>
        {scored < criteria.length && (
          <Text size="sm" c="dimmed">
            {t("scoring.incomplete")}
          </Text>
        )}
        {failure !== null && (
          <Alert color="red" variant="light" role="alert" data-testid="scores-error">
            {errorText(failure)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={busy} data-testid="scores-submit">
            {t("scoring.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
