import { Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AuditEventOut } from "../../../../domain/audit";
import { OPD_KINDS, type OpdKind } from "../../../../domain/opd";
import { ROLES, type Role } from "../../../../domain/roles";
import { useFormatDate } from "../../i18n/format";
import { useDomainLabels } from "../../i18n/labels";
import { AnchorLink } from "../RouterLinks";

/** A recorded value as a reader sees it: empty as "—", text as is, the rest as compact JSON. */
export function auditValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** Field names and coded values (roles, OPD kinds, yes/no) in the reader's words. */
function useChangeText() {
  const { t, i18n } = useTranslation();
  const labels = useDomainLabels();
  return {
    field: (field: string) => {
      const key = `audit.field.${field}`;
      return i18n.exists(key) ? t(key as "audit.field.name") : field;
    },
    value: (field: string, value: unknown) => {
      if (typeof value === "boolean") return value ? t("audit.yes") : t("audit.no");
      if (field === "role" && typeof value === "string" && (ROLES as readonly string[]).includes(value)) {
        return labels.role(value as Role);
      }
      if (field === "kind" && typeof value === "string" && (OPD_KINDS as readonly string[]).includes(value)) {
        return labels.opdKind(value as OpdKind);
      }
      return auditValue(value);
    },
  };
}

/** "region_coordinator@32.79, opd_contributor@32.79" → "Koordinator daerah 32.79, Kontributor OPD 32.79". */
function useRolesText(): (roles: string) => string {
  const labels = useDomainLabels();
  return (roles) =>
    roles
      .split(",")
      .map((entry) => {
        const [role = "", region] = entry.trim().split("@");
        const label = (ROLES as readonly string[]).includes(role) ? labels.role(role as Role) : role;
        return region ? `${label} ${region}` : label;
      })
      .join(", ");
}

/** Long ids (UUIDs) are cut to their first part; the full id stays in the tooltip and the CSV. */
function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

function Changes({ changes }: { changes: AuditEventOut["changes"] }) {
  const text = useChangeText();
  const entries = Object.entries(changes);
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed" aria-hidden="true">
        —
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {entries.map(([field, [before, after]]) => (
        <Text key={field} size="xs" style={{ overflowWrap: "anywhere" }}>
          <Text span size="xs" fw={600}>
            {text.field(field)}:
          </Text>{" "}
          {text.value(field, before)} → {text.value(field, after)}
        </Text>
      ))}
    </Stack>
  );
}

/** The audit trail, newest first. */
export function AuditTable({ events, busy = false }: { events: AuditEventOut[]; busy?: boolean }) {
  const { t, i18n } = useTranslation();
  const { dateTime } = useFormatDate();
  const labels = useDomainLabels();
  const rolesText = useRolesText();
  const entityLabel = (type: string) => {
    const key = `audit.entity.${type}`;
    return i18n.exists(key) ? t(key as "audit.entity.opd") : type;
  };

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table
        verticalSpacing="xs"
        striped
        aria-label={t("audit.tableCaption")}
        aria-busy={busy}
        style={{ opacity: busy ? 0.6 : 1, transition: "opacity 150ms" }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={190}>{t("audit.colTime")}</Table.Th>
            <Table.Th w="20%">{t("audit.colActor")}</Table.Th>
            <Table.Th w={180}>{t("audit.colAction")}</Table.Th>
            <Table.Th w={140}>{t("audit.colObject")}</Table.Th>
            <Table.Th w={90}>{t("audit.colRegion")}</Table.Th>
            <Table.Th>{t("audit.colChanges")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id} data-testid="audit-row" data-action={event.action}>
              <Table.Td>
                <Text size="sm" component="time" dateTime={event.at} style={{ whiteSpace: "nowrap" }}>
                  {dateTime(event.at)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                  {/* No actor: the system itself, or someone not signed in (a failed sign-in, a reset request). */}
                  {event.actorEmail ?? (event.ip ? t("audit.anonymous") : t("audit.system"))}
                </Text>
                {event.actorRoles && (
                  <Text size="xs" c="dimmed">
                    {rolesText(event.actorRoles)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {labels.auditAction(event.action)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {entityLabel(event.entityType)}
                  {event.entityId && (
                    <Text span size="xs" c="dimmed" ff="monospace" title={event.entityId}>
                      {" "}
                      #{shortId(event.entityId)}
                    </Text>
                  )}
                </Text>
              </Table.Td>
              <Table.Td>
                {event.regionCode ? (
                  <AnchorLink to="/wilayah/$code" params={{ code: event.regionCode }} size="sm" ff="monospace">
                    {event.regionCode}
                  </AnchorLink>
                ) : (
                  <Text size="sm" c="dimmed" aria-hidden="true">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Changes changes={event.changes} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
