import { Alert, Badge, Button, Group, NumberInput, Paper, Skeleton, Stack, Text, Textarea, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { LENSES } from "../../../../domain/assessment";
import { type Assessment, assessmentQuery, type Criterion, saveAnswer, uploadEvidence } from "../../api/assessment";
import { fieldErrors } from "../../api/client";
import { inLanguage, useFormatNumber, useLanguage } from "../../i18n/format";
import { QueryErrorState } from "../AccessStates";
import { useErrorText } from "../ErrorState";
import { FileUploadButton } from "../FileUploadButton";
import { Notice, type NoticeMessage } from "../Notice";
import { EvidenceList } from "./EvidenceList";

/** Asesmen mandiri: the region's answers per criterion, grouped by lens, with evidence. */
export function SelfAssessmentTab({ candidateId }: { candidateId: number }) {
  const { t } = useTranslation();
  const assessment = useQuery(assessmentQuery(candidateId));
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  if (assessment.isPending) {
    return (
      <Stack gap="sm" aria-busy>
        {[1, 2, 3].map((n) => (
          <Skeleton key={n} height={120} />
        ))}
      </Stack>
    );
  }
  if (assessment.isError) {
    return <QueryErrorState error={assessment.error} onRetry={() => void assessment.refetch()} />;
  }
  const data = assessment.data;
  const editable = data.candidate.can.selfAssess;
  const criteria = data.instrument.criteria;
  const answered = criteria.filter((c) => data.answers.some((a) => a.criterionId === c.id)).length;
  const general = data.evidence.filter((e) => e.criterionId === null);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Text size="sm" c="dimmed" maw={640}>
          {editable ? t("selfAssessment.intro") : t("selfAssessment.readOnly")}
        </Text>
        <Text size="sm" fw={500} role="status" data-testid="self-progress">
          {t("selfAssessment.progress", { answered, total: criteria.length })}
        </Text>
      </Group>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {LENSES.filter((lens) => criteria.some((c) => c.lens === lens)).map((lens) => (
        <Stack key={lens} gap="sm" component="section" aria-labelledby={`lens-${lens}`}>
          <Title order={2} size="h4" id={`lens-${lens}`}>
            {t("selfAssessment.lensSection", { lens: t(`lens.${lens}`) })}
          </Title>
          {criteria
            .filter((c) => c.lens === lens)
            .map((c) => (
              <CriterionAnswer
                key={c.id}
                candidateId={candidateId}
                criterion={c}
                data={data}
                editable={editable}
                onNotice={setNotice}
              />
            ))}
        </Stack>
      ))}
      {(editable || general.length > 0) && (
        <Paper withBorder p="md" radius="md">
          <Text fw={500} mb="xs">
            {t("selfAssessment.evidence")}
          </Text>
          <EvidenceList items={general} />
          {editable && (
            <EvidenceUpload candidateId={candidateId} onNotice={setNotice} testId="evidence-upload-general" />
          )}
        </Paper>
      )}
    </Stack>
  );
}

function EvidenceUpload({
  candidateId,
  criterionId,
  onNotice,
  testId,
}: {
  candidateId: number;
  criterionId?: number;
  onNotice: (n: NoticeMessage) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  return (
    <Group gap="xs" mt="xs">
      <FileUploadButton
        label={t("selfAssessment.upload")}
        testId={testId}
        onFile={async (file) => {
          try {
            await uploadEvidence(candidateId, file, criterionId);
            onNotice({ text: t("selfAssessment.uploaded", { name: file.name }) });
            await queryClient.invalidateQueries({ queryKey: ["candidates", "assessment", candidateId] });
          } catch (cause) {
            onNotice({ text: errorText(cause), color: "red" });
          }
        }}
      />
      <Text size="xs" c="dimmed">
        {t("selfAssessment.uploadHint")}
      </Text>
    </Group>
  );
}

function CriterionAnswer({
  candidateId,
  criterion,
  data,
  editable,
  onNotice,
}: {
  candidateId: number;
  criterion: Criterion;
  data: Assessment;
  editable: boolean;
  onNotice: (n: NoticeMessage) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const formatNumber = useFormatNumber();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const stored = data.answers.find((a) => a.criterionId === criterion.id);
  const [answer, setAnswer] = useState(stored?.answer ?? "");
  const [selfScore, setSelfScore] = useState<number | string>(stored?.selfScore ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const evidence = data.evidence.filter((e) => e.criterionId === criterion.id);
  const { min, max } = data.instrument.scale;
  const code = criterion.code;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!answer.trim()) {
      setErrors({ answer: t("selfAssessment.answerRequired") });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await saveAnswer(candidateId, criterion.id, answer.trim(), selfScore === "" ? null : Number(selfScore));
      onNotice({ text: t("selfAssessment.saved", { code }) });
      await queryClient.invalidateQueries({ queryKey: ["candidates", "assessment", candidateId] });
    } catch (cause) {
      const fields = fieldErrors(cause);
      if (Object.keys(fields).length > 0) setErrors(fields);
      else setFailure(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="criterion" data-code={code}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <Text fw={500}>
          <Text span ff="monospace" c="dimmed" mr={6}>
            {code}
          </Text>
          {inLanguage(lang, criterion.textId, criterion.textEn)}
        </Text>
        <Badge variant="light" color="gray" radius="sm" tt="none" style={{ flexShrink: 0 }}>
          {t("selfAssessment.weight", { weight: formatNumber(criterion.weight) })}
        </Badge>
      </Group>
      {editable ? (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="xs">
            <Textarea
              label={t("selfAssessment.answer")}
              value={answer}
              onChange={(event) => setAnswer(event.currentTarget.value)}
              error={errors.answer}
              autosize
              minRows={2}
              maxRows={10}
              data-testid={`answer-${code}`}
            />
            <Group align="flex-end" gap="sm">
              <NumberInput
                label={t("selfAssessment.selfScore")}
                description={t("selfAssessment.selfScoreHint", { min, max })}
                value={selfScore}
                onChange={setSelfScore}
                min={min}
                max={max}
                allowDecimal={false}
                error={errors.selfScore}
                w={160}
                data-testid={`self-score-${code}`}
              />
              <Button type="submit" loading={busy} variant="light" data-testid={`save-answer-${code}`}>
                {t("selfAssessment.save")}
              </Button>
            </Group>
            {failure !== null && (
              <Alert color="red" variant="light" role="alert">
                {errorText(failure)}
              </Alert>
            )}
          </Stack>
        </form>
      ) : stored ? (
        <Stack gap={4}>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }} data-testid={`answer-${code}`}>
            {stored.answer}
          </Text>
          {stored.selfScore !== null && (
            <Text size="xs" c="dimmed">
              {t("selfAssessment.selfScore")}: {stored.selfScore}
            </Text>
          )}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t("selfAssessment.noAnswer")}
        </Text>
      )}
      <Text size="sm" fw={500} mt="sm" mb={4}>
        {t("selfAssessment.evidence")}
      </Text>
      <EvidenceList items={evidence} />
      {editable && (
        <EvidenceUpload
          candidateId={candidateId}
          criterionId={criterion.id}
          onNotice={onNotice}
          testId={`evidence-upload-${code}`}
        />
      )}
    </Paper>
  );
}
