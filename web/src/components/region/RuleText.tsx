import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PUBLIC_RULES } from "../../../../domain/public-region";

/** The rule behind a roll-up, printed in small text under it. */
export function RuleText({ rule }: { rule: keyof typeof PUBLIC_RULES }) {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed" mt="xs" data-testid={`rule-${rule}`}>
      {t("publicRegion.rule", { rule: t(`publicRegion.rules.${rule}`) })}
    </Text>
  );
}
