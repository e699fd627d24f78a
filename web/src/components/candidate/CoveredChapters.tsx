import { Badge, Group, Stack, Text, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CoveredChapterOut } from "../../../../domain/bimtek";
import { chapterTab } from "../../../../domain/masterplan-chapters";
import { inLanguage, useLanguage } from "../../i18n/format";
import type { MasterplanTab } from "../../routes/search";
import { AnchorLink } from "../RouterLinks";

/**
 * "Bab masterplan yang dicakup": the chapters a Bimtek deliverable drafts, each linking to the
 * region's current plan with a ✓ or "belum lengkap" (what is missing on hover).
 */
export function CoveredChapters({ covers, code }: { covers: CoveredChapterOut[]; code: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (covers.length === 0) return null;
  const noPlan = covers.every((c) => c.masterplanId === null);
  return (
    <Stack gap={4} mt="xs" data-testid={`deliverable-covers-${code}`}>
      <Text size="xs" c="dimmed" fw={500}>
        {t("bimtek.covers")}
        {noPlan && ` · ${t("bimtek.coversNoPlan")}`}
      </Text>
      <Group gap="xs" wrap="wrap">
        {covers.map((c) => {
          const name = inLanguage(lang, c.nameId, c.nameEn);
          return (
            <Group
              key={c.chapter}
              gap={4}
              wrap="nowrap"
              data-testid="covered-chapter"
              data-chapter={c.chapter}
              data-complete={c.complete === null ? undefined : String(c.complete)}
            >
              {c.masterplanId === null ? (
                <Text size="xs">{name}</Text>
              ) : (
                <AnchorLink
                  to="/masterplan/$id"
                  params={{ id: String(c.masterplanId) }}
                  search={{ tab: chapterTab(c.chapter) as MasterplanTab }}
                  size="xs"
                >
                  {name}
                </AnchorLink>
              )}
              {c.complete === true && (
                <Badge size="xs" color="green" variant="light" aria-label={t("bimtek.chapterComplete")}>
                  ✓
                </Badge>
              )}
              {c.complete === false && (
                <Tooltip
                  multiline
                  w={280}
                  withArrow
                  label={c.missing.map((m) => (
                    <Text key={m} size="xs">
                      • {m}
                    </Text>
                  ))}
                >
                  <Badge size="xs" color="orange" variant="light" tt="none" title={c.missing.join("; ")}>
                    {t("bimtek.chapterIncomplete", { count: c.missing.length })}
                  </Badge>
                </Tooltip>
              )}
            </Group>
          );
        })}
      </Group>
    </Stack>
  );
}
