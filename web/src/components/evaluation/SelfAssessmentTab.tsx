import { Accordion, Alert, Badge, Group, Progress, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EvaluationDetail } from "../../api/evaluations";
import { useFormatNumber } from "../../i18n/format";
import { EvidenceLinks } from "./EvidenceLinks";
import { ItemAnswer } from "./ItemAnswer";
import { RESULT_ORDER, useEvaluationLabels } from "./labels";

type Props = { detail: EvaluationDetail; reload: () => Promise<EvaluationDetail | undefined> };

/**
 * Penilaian mandiri: the scheme's items grouped by smart-city dimension and ordered by result
 * dimension; the region's coordinator writes while the round is open for it, everyone else reads.
 */
export function SelfAssessmentTab({ detail, reload }: Props) {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  const formatNumber = useFormatNumber();
  const { evaluation, scheme, answers, evidence, round } = detail;
  const editable = evaluation.can.selfAssess;
  const [open, setOpen] = useState<string[]>(() => scheme.smartDimensions.slice(0, 1).map((d) => d.code));
  const answered = new Set(answers.map((a) => a.itemCode));
  const general = evidence.filter((e) => e.itemCode === null);
  const resultName = (code: string) => {
    const r = scheme.resultDimensions.find((d) => d.code === code);
    return r ? labels.pick(r.nameId, r.nameEn) : code;
  };

  return (
    <Stack gap="md">
      {!editable && (
        <Alert color="blue" variant="light" data-testid="self-readonly">
          {round.status === "draft" || round.status === "self_assessment"
            ? t("evaluation.self.readOnly")
            : t("evaluation.self.closed", { status: labels.status(round.status) })}
        </Alert>
      )}
      <div>
        <Text size="sm" fw={500} role="status" data-testid="self-progress">
          {t("evaluation.self.progress", {
            done: formatNumber(answered.size),
            total: formatNumber(scheme.items.length),
            evidence: formatNumber(evidence.length),
          })}
        </Text>
        <Progress value={(answered.size / scheme.items.length) * 100} size="md" radius="sm" aria-hidden="true" />
      </div>
      <Accordion multiple value={open} onChange={setOpen} variant="separated" data-testid="self-dimensions">
        {scheme.smartDimensions.map((d) => {
          const items = scheme.items
            .filter((i) => i.smartDimension === d.code)
            .sort((a, b) => RESULT_ORDER.indexOf(a.resultDimension) - RESULT_ORDER.indexOf(b.resultDimension));
          const done = items.filter((i) => answered.has(i.code)).length;
          return (
            <Accordion.Item key={d.code} value={d.code} data-testid={`self-dimension-${d.code}`}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" pr="sm">
                  <Text fw={600}>{labels.pick(d.nameId, d.nameEn)}</Text>
                  <Badge variant="light" color={done === items.length ? "green" : "gray"} radius="sm" tt="none">
                    {t("evaluation.participants.of", { done: formatNumber(done), total: formatNumber(items.length) })}
                  </Badge>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  {items.map((item) => (
                    <div key={item.code}>
                      <Text size="xs" tt="uppercase" fw={700} c="dimmed" mb={4}>
                        {resultName(item.resultDimension)}
                      </Text>
                      <ItemAnswer
                        evaluationId={evaluation.id}
                        item={item}
                        scheme={scheme}
                        answer={answers.find((a) => a.itemCode === item.code)}
                        evidence={evidence.filter((e) => e.itemCode === item.code)}
                        editable={editable}
                        reload={reload}
                      />
                    </div>
                  ))}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      {general.length > 0 && (
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t("evaluation.self.generalEvidence")}
          </Text>
          <EvidenceLinks evaluationId={evaluation.id} items={general} />
        </div>
      )}
    </Stack>
  );
}
