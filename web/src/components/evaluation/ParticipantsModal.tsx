import { Alert, Button, Group, Modal, Skeleton, Stack } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, hasCode, isApiError } from "../../api/client";
import { participantsQuery, type RoundDetail, setRoundParticipants } from "../../api/evaluations";
import { QueryErrorState } from "../AccessStates";
import { useErrorText } from "../ErrorState";
import { ConflictAlert } from "../masterplan/ConflictAlert";
import { RegionChooser } from "./RegionChooser";

type Props = { round: RoundDetail; opened: boolean; onClose: () => void };

/** "Ubah peserta" while the round is a draft: the whole list, replaced at once. */
export function ParticipantsModal({ round, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t("evaluation.participants.editTitle")} size="lg">
      {opened && <ParticipantsForm round={round} onClose={onClose} />}
    </Modal>
  );
}

function ParticipantsForm({ round, onClose }: { round: RoundDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const all = useQuery(participantsQuery(round.id, { pageSize: 500 }));
  if (all.isPending) return <Skeleton height={160} />;
  if (all.isError) return <QueryErrorState error={all.error} onRetry={() => void all.refetch()} />;
  return (
    <ChooserForm
      round={round}
      initial={all.data.data.map((e) => e.regionCode)}
      onClose={onClose}
      hint={t("evaluation.participants.editHint")}
    />
  );
}

function ChooserForm({
  round,
  initial,
  onClose,
  hint,
}: {
  round: RoundDetail;
  initial: string[];
  onClose: () => void;
  hint: string;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [codes, setCodes] = useState(initial);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await setRoundParticipants(round.id, codes, round.version);
      await queryClient.invalidateQueries({ queryKey: ["evaluations"] });
      onClose();
    } catch (cause) {
      setFailure(cause);
    } finally {
      setBusy(false);
    }
  };
  const unknown =
    hasCode(failure, "unknown_region_codes") && failure instanceof ApiError
      ? ((failure.details as { unknown?: string[] } | undefined)?.unknown ?? [])
      : [];

  return (
    <Stack gap="md">
      <Alert color="blue" variant="light">
        {hint}
      </Alert>
      <RegionChooser value={codes} onChange={setCodes} />
      {failure !== null &&
        (isApiError(failure, 409, "version_conflict") ? (
          <ConflictAlert
            onReload={() =>
              void queryClient.invalidateQueries({ queryKey: ["evaluations"] }).then(() => setFailure(null))
            }
          />
        ) : (
          <Alert color="red" variant="light" role="alert">
            {unknown.length ? t("evaluation.form.unknownRegions", { codes: unknown.join(", ") }) : errorText(failure)}
          </Alert>
        ))}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose} disabled={busy}>
          {t("common.cancel")}
        </Button>
        <Button onClick={() => void save()} loading={busy} data-testid="participants-save">
          {t("evaluation.participants.save")}
        </Button>
      </Group>
    </Stack>
  );
}
