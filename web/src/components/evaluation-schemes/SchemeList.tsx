import { Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { SchemeDetail } from "../../api/evaluation-schemes";
import { AnchorLink } from "../RouterLinks";
import { SchemeStatusBadge } from "./SchemeStatusBadge";

type SchemeListProps = {
  schemes: SchemeDetail[];
  frameworkName: (scheme: SchemeDetail) => string;
  /** Given when the person may copy schemes. */
  onCopy?: (scheme: SchemeDetail) => void;
};

/** The schemes: a table on wide screens, one card each on a phone. */
export function SchemeList({ schemes, frameworkName, onCopy }: SchemeListProps) {
  const { t } = useTranslation();
  const narrow = useMediaQuery("(max-width: 48em)", false, { getInitialValueInEffect: false });
  const weights = (s: SchemeDetail) => (
    <Text size="sm" title={t("evaluationSchemes.list.weightsTitle")}>
      {s.resultDimensions.map((r) => r.weight).join("/")}
    </Text>
  );
  const name = (s: SchemeDetail) => (
    <>
      <AnchorLink to="/evaluasi/skema/$id" params={{ id: String(s.id) }} fw={500}>
        {s.name}
      </AnchorLink>
      <Text size="xs" c="dimmed" ff="monospace">
        {s.key}
      </Text>
    </>
  );
  const copy = (s: SchemeDetail) =>
    onCopy && (
      <Button
        variant="subtle"
        size="xs"
        onClick={() => onCopy(s)}
        aria-label={t("evaluationSchemes.list.copyOf", { name: s.name })}
        data-testid="scheme-row-copy"
      >
        {t("evaluationSchemes.actions.copy")}
      </Button>
    );

  if (narrow) {
    return (
      <Stack
        gap="sm"
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: "none" }}
        aria-label={t("evaluationSchemes.list.caption")}
      >
        {schemes.map((s) => (
          <Paper key={s.id} component="li" withBorder radius="md" p="sm" data-testid="scheme-row" data-key={s.key}>
            <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
              <div>{name(s)}</div>
              <SchemeStatusBadge status={s.status} />
            </Group>
            <Text size="sm" mt={6}>
              {t("evaluationSchemes.list.cardMeta", { year: s.year, framework: frameworkName(s) })}
            </Text>
            <Group justify="space-between" gap="xs" mt={4}>
              {weights(s)}
              {copy(s)}
            </Group>
          </Paper>
        ))}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" striped highlightOnHover aria-label={t("evaluationSchemes.list.caption")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("evaluationSchemes.list.colName")}</Table.Th>
            <Table.Th w={70}>{t("evaluationSchemes.list.colYear")}</Table.Th>
            <Table.Th>{t("evaluationSchemes.list.colFramework")}</Table.Th>
            <Table.Th w={110}>{t("evaluationSchemes.list.colWeights")}</Table.Th>
            <Table.Th w={90}>{t("evaluationSchemes.list.colStatus")}</Table.Th>
            {onCopy && (
              <Table.Th w={90}>
                <VisuallyHidden>{t("evaluationSchemes.list.colActions")}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {schemes.map((s) => (
            <Table.Tr key={s.id} data-testid="scheme-row" data-key={s.key}>
              <Table.Td>{name(s)}</Table.Td>
              <Table.Td>{s.year}</Table.Td>
              <Table.Td>{frameworkName(s)}</Table.Td>
              <Table.Td>{weights(s)}</Table.Td>
              <Table.Td>
                <SchemeStatusBadge status={s.status} />
              </Table.Td>
              {onCopy && <Table.Td>{copy(s)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
