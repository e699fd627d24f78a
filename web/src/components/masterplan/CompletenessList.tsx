import { Anchor, Group, List, Paper, Skeleton, Text, ThemeIcon, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { completenessQuery } from "../../api/masterplans";
import type { MasterplanSearch } from "../../routes/search";
import { useErrorText } from "../ErrorState";

/** Where a checklist target ("section:vision", "dimension:x", "program:12", …) is fixed. */
export function targetSearch(target: string): MasterplanSearch {
  if (target.startsWith("section:")) {
    const key = target.slice("section:".length);
    return { tab: key === "vision" ? "visi" : key.startsWith("element:") ? "dimensi" : "strategis" };
  }
  if (target.startsWith("dimension:")) return { tab: "dimensi", dimension: target.slice("dimension:".length) };
  if (target.startsWith("program")) return { tab: "program" };
  if (target === "quick_wins") return { tab: "quick-wins" };
  if (target === "governance") return { tab: "tata-kelola" };
  return {};
}

/** The completeness checklist, each missing item linking to where it is fixed. */
export function CompletenessList({ planId, onGo }: { planId: number; onGo: (search: MasterplanSearch) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const check = useQuery(completenessQuery(planId));
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="completeness" data-ok={check.data?.ok}>
      <Title order={2} size="h5" mb="xs">
        {t("masterplan.completeness.title")}
      </Title>
      {check.isPending ? (
        <Skeleton height={120} />
      ) : check.isError ? (
        <Text size="sm" c="red">
          {errorText(check.error)}
        </Text>
      ) : (
        <>
          <Text size="sm" mb="xs" c={check.data.ok ? "green" : "orange"} fw={500}>
            {check.data.ok
              ? t("masterplan.completeness.allOk")
              : t("masterplan.completeness.missing", { count: check.data.items.filter((i) => !i.ok).length })}
          </Text>
          <List spacing={4} size="sm" center>
            {check.data.items.map((item, i) => (
              <List.Item
                // biome-ignore lint/suspicious/noArrayIndexKey: codes repeat per dimension
                key={i}
                data-testid="completeness-item"
                data-ok={item.ok}
                data-code={item.code}
                icon={
                  <ThemeIcon
                    size={18}
                    radius="xl"
                    color={item.ok ? "green" : "orange"}
                    aria-label={item.ok ? t("masterplan.completeness.ok") : t("masterplan.completeness.notOk")}
                  >
                    <Text size="xs" c="white" fw={700}>
                      {item.ok ? "✓" : "!"}
                    </Text>
                  </ThemeIcon>
                }
              >
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" c={item.ok ? "dimmed" : undefined}>
                    {item.message}
                  </Text>
                  {!item.ok && (
                    <Anchor component="button" type="button" size="sm" onClick={() => onGo(targetSearch(item.target))}>
                      {t("masterplan.completeness.fix")}
                    </Anchor>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Paper>
  );
}
