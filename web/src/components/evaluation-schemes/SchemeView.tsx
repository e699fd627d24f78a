import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { SchemeDetail } from "../../api/evaluation-schemes";
import { inLanguage, useLanguage } from "../../i18n/format";
import { SchemeGrid } from "./SchemeGrid";

/** A titled block of the scheme page. */
export function SchemeSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p={{ base: "sm", sm: "lg" }} component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The score scale with its labels. */
export function ScaleView({ scale }: { scale: SchemeDetail["scale"] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t("evaluationSchemes.scale.range", { min: scale.min, max: scale.max, step: scale.step })}
      </Text>
      <Group gap="xs">
        {scale.labels.map((l) => (
          <Badge key={l.value} variant="light" radius="sm" tt="none" size="lg">
            {l.value} — {inLanguage(lang, l.id, l.en)}
          </Badge>
        ))}
      </Group>
    </Stack>
  );
}

/** A scheme that may not change here: its weights, scale and grid. */
export function SchemeView({ scheme }: { scheme: SchemeDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Stack gap="lg">
      <SchemeSection id="scheme-weights-title" title={t("evaluationSchemes.page.weights")}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm" data-testid="scheme-weights">
          {scheme.resultDimensions.map((r) => (
            <Paper key={r.code} withBorder radius="sm" p="sm">
              <Group justify="space-between" gap={4} wrap="nowrap">
                <Text fw={600}>{inLanguage(lang, r.nameId, r.nameEn)}</Text>
                <Text fw={700} data-testid={`scheme-weight-${r.code}`}>
                  {r.weight}%
                </Text>
              </Group>
              <Text size="xs" c="dimmed" mt={4}>
                {inLanguage(lang, r.descriptionId, r.descriptionEn)}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      </SchemeSection>
      <SchemeSection id="scheme-scale-title" title={t("evaluationSchemes.page.scale")}>
        <ScaleView scale={scheme.scale} />
      </SchemeSection>
      <SchemeSection id="scheme-grid-title" title={t("evaluationSchemes.page.grid")}>
        <SchemeGrid scheme={scheme} items={scheme.items} />
      </SchemeSection>
    </Stack>
  );
}
