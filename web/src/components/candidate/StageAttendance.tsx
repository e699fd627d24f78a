import { Alert, Button, Checkbox, Group, NumberInput, Stack, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { StageOut } from "../../../../domain/bimtek";
import { type AttendanceRow, saveAttendance } from "../../api/bimtek";
import { opdListQuery } from "../../api/opds";
import { useFormatNumber } from "../../i18n/format";
import { useErrorText } from "../ErrorState";

/** Which OPDs took part in a stage and with how many people; editable by who may plan the stage. */
export function StageAttendance({ stage, onSaved }: { stage: StageOut; onSaved: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const [editing, setEditing] = useState(false);
  const attended = stage.attendance.filter((a) => a.attended);
  const participants = stage.attendance.reduce((sum, a) => sum + a.participants, 0);

  return (
    <Stack gap="xs">
      <Group justify="space-between" align="center">
        <Text fw={500} size="sm">
          {t("bimtek.attendance")}
        </Text>
        {stage.can.update && !editing && (
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => setEditing(true)}
            data-testid={`attendance-edit-${stage.number}`}
          >
            {t("bimtek.editAttendance")}
          </Button>
        )}
      </Group>
      {editing ? (
        <AttendanceForm
          stage={stage}
          onCancel={() => setEditing(false)}
          onSaved={async () => {
            await onSaved();
            setEditing(false);
          }}
        />
      ) : stage.attendance.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("bimtek.attendanceEmpty")}
        </Text>
      ) : (
        <Text size="sm" data-testid={`attendance-summary-${stage.number}`}>
          {t("bimtek.attendedOf", {
            attended: formatNumber(attended.length),
            total: formatNumber(stage.attendance.length),
            participants: formatNumber(participants),
          })}
          {attended.length > 0 && (
            <Text span size="xs" c="dimmed">
              {" "}
              ({attended.map((a) => a.opdName).join(", ")})
            </Text>
          )}
        </Text>
      )}
    </Stack>
  );
}

function AttendanceForm({
  stage,
  onCancel,
  onSaved,
}: {
  stage: StageOut;
  onCancel: () => void;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const opds = useQuery(opdListQuery(stage.regionCode));
  const [rows, setRows] = useState<Record<number, AttendanceRow>>(() =>
    Object.fromEntries(stage.attendance.map((a) => [a.opdId, { ...a }])),
  );
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (opds.isPending) return <Text size="sm">{t("common.loading")}</Text>;
  if (opds.isError)
    return (
      <Text size="sm" c="red">
        {errorText(opds.error)}
      </Text>
    );
  // Active OPDs, plus any inactive one that already has a row.
  const list = opds.data.data.filter((o) => o.active || rows[o.id]);
  if (list.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("bimtek.noOpds")}
      </Text>
    );

  const rowOf = (id: number): AttendanceRow => rows[id] ?? { opdId: id, participants: 0, attended: false };
  const set = (id: number, patch: Partial<AttendanceRow>) =>
    setRows((prev) => ({ ...prev, [id]: { ...rowOf(id), ...patch } }));

  const save = async () => {
    setFailure(null);
    setBusy(true);
    try {
      await saveAttendance(
        stage.id,
        list.map((o) => rowOf(o.id)).filter((r) => r.attended || r.participants > 0),
      );
      await onSaved();
    } catch (cause) {
      setFailure(cause);
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      <Table verticalSpacing={4} aria-label={t("bimtek.attendance")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>OPD</Table.Th>
            <Table.Th w={90}>{t("bimtek.attended")}</Table.Th>
            <Table.Th w={130}>{t("bimtek.participants")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((o) => (
            <Table.Tr key={o.id} data-testid="attendance-row" data-opd={o.abbreviation}>
              <Table.Td>
                <Text size="sm">
                  {o.name} ({o.abbreviation})
                </Text>
              </Table.Td>
              <Table.Td>
                <Checkbox
                  checked={rowOf(o.id).attended}
                  onChange={(event) => set(o.id, { attended: event.currentTarget.checked })}
                  aria-label={`${t("bimtek.attended")}: ${o.name}`}
                />
              </Table.Td>
              <Table.Td>
                <NumberInput
                  size="xs"
                  value={rowOf(o.id).participants}
                  onChange={(value) => set(o.id, { participants: typeof value === "number" ? value : 0 })}
                  min={0}
                  max={500}
                  allowDecimal={false}
                  aria-label={`${t("bimtek.participants")}: ${o.name}`}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {failure !== null && (
        <Alert color="red" variant="light" role="alert">
          {errorText(failure)}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel} disabled={busy}>
          {t("common.cancel")}
        </Button>
        <Button onClick={() => void save()} loading={busy} data-testid={`attendance-save-${stage.number}`}>
          {t("bimtek.saveAttendance")}
        </Button>
      </Group>
    </Stack>
  );
}
