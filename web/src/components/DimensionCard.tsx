import { Badge, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { FrameworkDetail } from "../../../domain/framework/schemas";
import { inLanguage, useLanguage } from "../i18n/format";

export type Dimension = FrameworkDetail["dimensions"][number];

/** A dimension with its elements; each element also shows its name in the other language. */
export function DimensionCard({ dimension }: { dimension: Dimension }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const name = inLanguage(lang, dimension.nameId, dimension.nameEn);
  const otherName = inLanguage(lang, dimension.nameEn, dimension.nameId);
  const elements = [...dimension.elements].sort((a, b) => a.order - b.order);
  const headingId = `dimension-${dimension.code}`;

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap={4} mb="sm">
        <Group gap="xs" wrap="nowrap" align="baseline">
          <Badge variant="light" radius="sm" circle>
            {dimension.order}
          </Badge>
          <Title order={3} size="h4" id={headingId}>
            {name}
          </Title>
        </Group>
        {otherName !== name && (
          <Text size="sm" c="dimmed" lang={lang === "en" ? "id" : "en"}>
            {otherName}
          </Text>
        )}
        <Text size="sm">{inLanguage(lang, dimension.descriptionId, dimension.descriptionEn)}</Text>
      </Stack>

      {elements.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("framework.noElements")}
        </Text>
      ) : (
        <List spacing="xs" size="sm" aria-label={t("framework.elementsOf", { name })}>
          {elements.map((element) => {
            const elementName = inLanguage(lang, element.nameId, element.nameEn);
            // The tag is the short English label; show it only when it adds something to the two names.
            const muted = [inLanguage(lang, element.nameEn, element.nameId), element.tag].filter(
              (label, i, all) => label !== elementName && all.indexOf(label) === i,
            );
            return (
              <List.Item key={element.code}>
                <Text span size="sm" fw={500}>
                  {elementName}
                </Text>
                {muted.length > 0 && (
                  <Text span size="sm" c="dimmed">
                    {" — "}
                    {muted.join(" · ")}
                  </Text>
                )}
              </List.Item>
            );
          })}
        </List>
      )}
    </Card>
  );
}
