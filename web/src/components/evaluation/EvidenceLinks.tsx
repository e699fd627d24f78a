import { Anchor, Group, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type EvaluationDetail, evidenceUrl } from "../../api/evaluations";
import { formatFileSize, useLanguage } from "../../i18n/format";

type Evidence = EvaluationDetail["evidence"][number];

/** Links to an evaluation's evidence files (downloaded through the evaluation, so scoping applies). */
export function EvidenceLinks({ evaluationId, items }: { evaluationId: number; items: Evidence[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("evaluation.self.noEvidence")}
      </Text>
    );
  }
  return (
    <List size="sm" spacing={2} data-testid="eval-evidence-list">
      {items.map((e) => (
        <List.Item key={e.id}>
          <Group gap={6} wrap="nowrap">
            <Anchor href={evidenceUrl(evaluationId, e.id)} size="sm" data-testid="eval-evidence">
              {e.file.name}
            </Anchor>
            <Text span size="xs" c="dimmed">
              {formatFileSize(e.file.size, lang)}
            </Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
