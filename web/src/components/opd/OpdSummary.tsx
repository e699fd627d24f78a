import { Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { opdListQuery } from "../../api/opds";
import { meQuery } from "../../api/session";
import { useFormatNumber } from "../../i18n/format";
import { ButtonLink } from "../RouterLinks";

/**
 * The OPD block of a region page. It shows only when the OPD list answers, i.e. the person works in this
 * region or is the national admin; for everyone else the region page stays as the public sees it.
 */
export function OpdSummary({ code }: { code: string }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const me = useQuery(meQuery()).data;
  const opds = useQuery({ ...opdListQuery(code), enabled: Boolean(me) });
  if (!me || !opds.isSuccess) return null;

  const active = opds.data.data.filter((o) => o.active).length;
  const manages = opds.data.can.create || opds.data.data.some((o) => o.can.update);
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="section"
      aria-labelledby="region-opd"
      data-testid="region-opd-section"
    >
      <Group justify="space-between" align="center" wrap="wrap" gap="md">
        <Stack gap={2}>
          <Title order={2} size="h4" id="region-opd">
            {t("opd.sectionTitle")}
          </Title>
          <Text size="sm" c="dimmed">
            {opds.data.data.length === 0 ? t("opd.sectionEmpty") : t("opd.sectionCount", { n: formatNumber(active) })}
          </Text>
        </Stack>
        <ButtonLink to="/wilayah/$code/opd" params={{ code }} variant="light" data-testid="region-opd-link">
          {manages ? t("opd.manage") : t("opd.view")}
        </ButtonLink>
      </Group>
    </Paper>
  );
}
