import { Alert, Button, Group, Modal, Select, Stack, TextInput } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { phaseEndsInOrder, RoundUpdate } from "../../../../domain/evaluation/api";
import { fieldErrors, isApiError } from "../../api/client";
import { type RoundDetail, roundSchemeOptions, schemesQuery, updateRound } from "../../api/evaluations";
import { useErrorText } from "../ErrorState";
import { ConflictAlert } from "../masterplan/ConflictAlert";
import { zodFieldErrors } from "../monitoring/form-values";
import { PhaseEndInputs, type PhaseEnds } from "./PhaseEndInputs";
import { schemeLabel } from "./RoundCreateModal";

type Props = { round: RoundDetail; opened: boolean; onClose: () => void };

/** "Ubah putaran": the name, the phase deadlines, and the scheme while the round is a draft (nothing answered or scored on it yet). */
export function RoundEditModal({ round, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t("evaluation.edit.title")} data-testid="round-edit-modal">
      {opened && <RoundEditForm round={round} onClose={onClose} />}
    </Modal>
  );
}

function RoundEditForm({ round, onClose }: { round: RoundDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const schemes = useQuery(schemesQuery());
  const [name, setName] = useState(round.name);
  const [scheme, setScheme] = useState(round.schemeKey);
  const [ends, setEnds] = useState<PhaseEnds>({
    selfAssessmentEndsOn: round.selfAssessmentEndsOn ?? "",
    scoringEndsOn: round.scoringEndsOn ?? "",
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const draft = round.status === "draft";

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Only what changed is sent; an emptied date is sent as null, which clears it.
    const changed = (field: keyof PhaseEnds) => ends[field] !== (round[field] ?? "");
    const body = {
      ...(name.trim() !== round.name ? { name: name.trim() } : {}),
      ...(draft && scheme !== round.schemeKey ? { schemeKey: scheme } : {}),
      ...(changed("selfAssessmentEndsOn") ? { selfAssessmentEndsOn: ends.selfAssessmentEndsOn || null } : {}),
      ...(changed("scoringEndsOn") ? { scoringEndsOn: ends.scoringEndsOn || null } : {}),
      version: round.version,
    };
    const parsed = RoundUpdate.safeParse(body);
    const found = parsed.success ? {} : zodFieldErrors(parsed.error);
    // Checked on both dates as they will stand, not only on those sent.
    if (!phaseEndsInOrder(ends.selfAssessmentEndsOn, ends.scoringEndsOn))
      found.scoringEndsOn = t("evaluation.form.phaseOrder");
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    if (Object.keys(body).length === 1) return onClose();
    setBusy(true);
    try {
      await updateRound(round.id, body);
      await queryClient.invalidateQueries({ queryKey: ["evaluations"] });
      onClose();
    } catch (cause) {
      const fields = fieldErrors(cause);
      if (Object.keys(fields).length > 0) setErrors(fields);
      else setFailure(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t("evaluation.edit.name")}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.name}
          data-autofocus
          data-testid="round-edit-name"
        />
        <Select
          label={t("evaluation.form.scheme")}
          description={draft ? t("evaluation.edit.schemeHint") : t("evaluation.edit.schemeLocked")}
          data={roundSchemeOptions(schemes.data, round.schemeKey).map((s) => ({ value: s.key, label: schemeLabel(s) }))}
          value={scheme}
          onChange={(v) => v && setScheme(v)}
          allowDeselect={false}
          disabled={!draft}
          error={errors.schemeKey ?? (schemes.isError ? errorText(schemes.error) : undefined)}
          data-testid="round-edit-scheme"
        />
        <PhaseEndInputs value={ends} onChange={setEnds} errors={errors} testId="round-edit" />
        {failure !== null &&
          (isApiError(failure, 409, "version_conflict") ? (
            <ConflictAlert
              onReload={() =>
                void queryClient.invalidateQueries({ queryKey: ["evaluations"] }).then(() => setFailure(null))
              }
            />
          ) : (
            <Alert color="red" variant="light" role="alert" data-testid="round-edit-error">
              {errorText(failure)}
            </Alert>
          ))}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={busy} data-testid="round-edit-save">
            {t("evaluation.edit.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
