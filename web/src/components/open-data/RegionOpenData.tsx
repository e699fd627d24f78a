import { Group, Paper, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { isNationalAdmin, meQuery } from "../../api/session";
import { AnchorLink, ButtonLink } from "../RouterLinks";

/**
 * The region's open data on its page: a link to its published datasets for everyone, and to the
 * publication panel for its coordinator (walidata) and the admin. The panel's API decides the buttons.
 */
export function RegionOpenData({ code }: { code: string }) {
  const { t } = useTranslation();
  const me = useQuery(meQuery()).data ?? null;
  const manages = isNationalAdmin(me) || Boolean(me?.can.coordinatorOf.includes(code));
  return (
    <Paper withBorder p="md" radius="md" data-testid="region-open-data" data-print="hide">
      <Group justify="space-between" align="center" gap="sm">
        <Stack gap={2}>
          <AnchorLink to="/data" search={{ wilayah: code }} fw={500}>
            {t("openData.nav")}
          </AnchorLink>
          <Text size="sm" c="dimmed">
            {manages ? t("openData.manage.regionLinkHint") : t("openData.homeLinkHint")}
          </Text>
        </Stack>
        {manages && (
          <ButtonLink
            to="/wilayah/$code/data"
            params={{ code }}
            variant="light"
            size="sm"
            data-testid="region-open-data-manage"
          >
            {t("openData.manage.regionLink")}
          </ButtonLink>
        )}
      </Group>
    </Paper>
  );
}
