import { Alert, Button, Group, MultiSelect, Paper, Skeleton, Stack, Table, Text } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldErrors, isApiError } from "../../api/client";
import { type RoundDetail, setRoundAssessors } from "../../api/evaluations";
import { usersQuery } from "../../api/people";
import { QueryErrorState } from "../AccessStates";
import { useErrorText } from "../ErrorState";
import { ConflictAlert } from "../masterplan/ConflictAlert";
import { Notice, type NoticeMessage } from "../Notice";

/** Asesor: the admin assigns people holding the assessor role; they score every region of the round. */
export function AssessorsTab({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const candidates = useQuery({
    ...usersQuery({ role: "assessor", active: true, pageSize: 500 }),
    enabled: round.can.manage && round.status !== "published",
  });
  const [chosen, setChosen] = useState<string[]>(() => round.assessors.map((a) => a.userId));
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const editable = round.can.manage && round.status !== "published";

  const save = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const saved = await setRoundAssessors(round.id, chosen, round.version);
      setChosen(saved.data.assessors.map((a) => a.userId));
      setNotice({ text: t("evaluation.assessors.saved", { count: saved.data.assessors.length }) });
      await queryClient.invalidateQueries({ queryKey: ["evaluations"] });
    } catch (cause) {
      setFailure(cause);
    } finally {
      setBusy(false);
    }
  };

  // Known names: the assigned ones (from the round) and everyone the user list offers.
  const options = new Map(round.assessors.map((a) => [a.userId, `${a.name} (${a.email})`]));
  for (const u of candidates.data?.data ?? []) options.set(u.id, `${u.name} (${u.email})`);
  const invalid = Object.values(fieldErrors(failure))[0];

  return (
    <Stack gap="md">
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {round.assessors.length === 0 ? (
        <Paper withBorder p="lg" radius="md" ta="center">
          <Text role="status">{t("evaluation.assessors.none")}</Text>
        </Paper>
      ) : (
        <Table verticalSpacing="xs" striped aria-label={t("evaluation.assessors.caption")} data-testid="assessor-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("evaluation.assessors.colName")}</Table.Th>
              <Table.Th>{t("evaluation.assessors.colEmail")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {round.assessors.map((a) => (
              <Table.Tr key={a.userId} data-testid="assessor-row">
                <Table.Td fw={500}>{a.name}</Table.Td>
                <Table.Td>{a.email}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editable &&
        (candidates.isPending ? (
          <Skeleton height={60} />
        ) : candidates.isError ? (
          <QueryErrorState error={candidates.error} onRetry={() => void candidates.refetch()} />
        ) : (
          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <MultiSelect
                label={t("evaluation.assessors.label")}
                description={
                  candidates.data.data.length === 0
                    ? t("evaluation.assessors.noCandidates")
                    : t("evaluation.assessors.hint")
                }
                placeholder={t("evaluation.assessors.placeholder")}
                data={[...options].map(([value, label]) => ({ value, label }))}
                value={chosen}
                onChange={setChosen}
                searchable
                clearable
                nothingFoundMessage={t("evaluation.assessors.nothingFound")}
                error={invalid}
                data-testid="assessors-select"
              />
              {failure !== null &&
                !invalid &&
                (isApiError(failure, 409, "version_conflict") ? (
                  <ConflictAlert
                    onReload={() =>
                      void queryClient.invalidateQueries({ queryKey: ["evaluations"] }).then(() => setFailure(null))
                    }
                  />
                ) : (
                  <Alert color="red" variant="light" role="alert">
                    {errorText(failure)}
                  </Alert>
                ))}
              <Group justify="flex-end">
                <Button onClick={() => void save()} loading={busy} data-testid="assessors-save">
                  {t("evaluation.assessors.save")}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
    </Stack>
  );
}
