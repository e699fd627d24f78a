import { Anchor, Group, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Evidence } from "../../api/assessment";
import { fileUrl } from "../../api/cohorts";
import { formatFileSize, useLanguage } from "../../i18n/format";

/** Links to the uploaded evidence files, with their sizes. */
export function EvidenceList({ items }: { items: Evidence[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("selfAssessment.noEvidence")}
      </Text>
    );
  }
  return (
    <List size="sm" spacing={2} data-testid="evidence-list">
      {items.map((e) => (
        <List.Item key={e.id}>
          <Group gap={6} wrap="nowrap">
            <Anchor href={fileUrl(e.file.id)} target="_blank" rel="noopener" size="sm">
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
