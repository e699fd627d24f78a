import { Badge, Group, List, Text, Timeline } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { FrameworkDetail } from "../../../domain/framework/schemas";
import { inLanguage, useLanguage } from "../i18n/format";

export type Stage = FrameworkDetail["stages"][number];

/** The Bimtek stages in order, each with its focus and deliverables. */
export function StageTimeline({ stages }: { stages: Stage[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ordered = [...stages].sort((a, b) => a.number - b.number);

  return (
    <Timeline bulletSize={28} lineWidth={2} active={-1}>
      {ordered.map((stage) => (
        <Timeline.Item
          key={stage.number}
          bullet={
            <Text size="xs" fw={700}>
              {stage.number}
            </Text>
          }
          title={
            <Text fw={700} component="h3" m={0}>
              {inLanguage(lang, stage.nameId, stage.nameEn)}
            </Text>
          }
        >
          <Text size="sm" mt={4}>
            <Text span size="sm" c="dimmed">
              {t("framework.focus")}:{" "}
            </Text>
            {inLanguage(lang, stage.focusId, stage.focusEn)}
          </Text>
          <Text size="sm" c="dimmed" mt="sm" mb={4}>
            {t("framework.deliverables")}
          </Text>
          {stage.deliverables.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t("framework.noDeliverables")}
            </Text>
          ) : (
            <List size="sm" spacing={4}>
              {[...stage.deliverables]
                .sort((a, b) => a.order - b.order)
                .map((deliverable) => (
                  <List.Item key={deliverable.code}>
                    <Group gap={6} wrap="nowrap" align="baseline">
                      <span>{inLanguage(lang, deliverable.nameId, deliverable.nameEn)}</span>
                      {deliverable.required && (
                        <Badge size="xs" color="orange" variant="light" radius="sm" style={{ flexShrink: 0 }}>
                          {t("common.required")}
                        </Badge>
                      )}
                    </Group>
                  </List.Item>
                ))}
            </List>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
