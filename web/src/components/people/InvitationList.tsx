import { Button, Paper, Skeleton, Table, Text, Title } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { InvitationOut } from "../../../../domain/people";
import type { Page } from "../../api/types";
import { useFormatDate } from "../../i18n/format";
import { QueryErrorState } from "../AccessStates";
import { useScopedRoleText } from "./MembershipBadge";

type InvitationListProps = {
  query: UseQueryResult<Page<InvitationOut>>;
  onRevoke: (invitation: InvitationOut) => void;
};

/** Invitations sent but not yet accepted, each with "Batalkan" when the viewer may revoke it. */
export function InvitationList({ query, onRevoke }: InvitationListProps) {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const scopedRole = useScopedRoleText();

  let body: ReactNode;
  if (query.isPending) body = <Skeleton height={60} />;
  else if (query.isError) body = <QueryErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.data.length === 0)
    body = (
      <Text c="dimmed" size="sm" role="status">
        {t("invitations.empty")}
      </Text>
    );
  else
    body = (
      <Table.ScrollContainer minWidth={600}>
        <Table verticalSpacing="xs" aria-label={t("invitations.tableCaption")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("invitations.colEmail")}</Table.Th>
              <Table.Th>{t("invitations.colRole")}</Table.Th>
              <Table.Th w={180}>{t("invitations.colExpires")}</Table.Th>
              <Table.Th w={120} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.data.map((inv) => (
              <Table.Tr key={inv.id} data-testid="invitation-row" data-email={inv.email ?? ""}>
                <Table.Td>
                  <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                    {inv.email ?? t("invitations.setupLink")}
                  </Text>
                  {inv.name && (
                    <Text size="xs" c="dimmed">
                      {inv.name}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{scopedRole({ role: inv.role, regionName: inv.regionName })}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{date(inv.expiresAt)}</Text>
                </Table.Td>
                <Table.Td>
                  {inv.can.revoke && (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => onRevoke(inv)}
                      aria-label={t("invitations.revokeFor", { email: inv.email ?? t("invitations.setupLink") })}
                      data-testid="invitation-revoke"
                    >
                      {t("invitations.revoke")}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="invitations-title" mt="xl">
      <Title order={2} size="h4" id="invitations-title" mb="sm">
        {t("invitations.title")}
      </Title>
      {body}
    </Paper>
  );
}
