import { Badge, Button, Group, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { OpdOut } from "../../../../domain/opd";
import { useDomainLabels } from "../../i18n/labels";

type OpdTableProps = {
  opds: OpdOut[];
  onEdit: (opd: OpdOut) => void;
  onSetActive: (opd: OpdOut, active: boolean) => void;
};

/** The region's OPD; edit controls only on rows the API says may be changed. */
export function OpdTable({ opds, onEdit, onSetActive }: OpdTableProps) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const withActions = opds.some((o) => o.can.update);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" striped highlightOnHover aria-label={t("opd.tableCaption")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("opd.colName")}</Table.Th>
            <Table.Th w={150}>{t("opd.colAbbreviation")}</Table.Th>
            <Table.Th w={150}>{t("opd.colKind")}</Table.Th>
            <Table.Th w={120}>{t("opd.colStatus")}</Table.Th>
            {withActions && <Table.Th w={190}>{t("opd.colActions")}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {opds.map((opd) => (
            <Table.Tr key={opd.id} data-testid="opd-row" data-abbreviation={opd.abbreviation} data-active={opd.active}>
              <Table.Td>
                <Text size="sm" fw={500} c={opd.active ? undefined : "dimmed"}>
                  {opd.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={opd.active ? undefined : "dimmed"}>
                  {opd.abbreviation}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{labels.opdKind(opd.kind)}</Text>
              </Table.Td>
              <Table.Td>
                <Badge color={opd.active ? "green" : "gray"} variant="dot" tt="none" radius="sm">
                  {opd.active ? t("opd.active") : t("opd.inactive")}
                </Badge>
              </Table.Td>
              {withActions && (
                <Table.Td>
                  {opd.can.update && (
                    <Group gap={6} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="light"
                        onClick={() => onEdit(opd)}
                        aria-label={t("opd.editFor", { name: opd.name })}
                        data-testid="opd-edit-open"
                      >
                        {t("opd.edit")}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color={opd.active ? "red" : "blue"}
                        onClick={() => onSetActive(opd, !opd.active)}
                        aria-label={t(opd.active ? "opd.deactivateFor" : "opd.activateFor", { name: opd.name })}
                        data-testid="opd-toggle-active"
                      >
                        {opd.active ? t("opd.deactivate") : t("opd.activate")}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
