import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CandidateOut } from "../../../../domain/cohort-api";
import { MOU_MODES, type MouMode, type MouOut } from "../../../../domain/mou";
import { fieldIssues } from "../../api/issues";
import { type CeremonyBody, recordCeremony } from "../../api/mou";
import { useDomainLabels } from "../../i18n/labels";
import { useErrorText } from "../ErrorState";

const NUMBER_FIELDS = ["ministryNumber", "regionNumber", "regionSignatoryName", "regionSignatoryPosition"] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];
type RowValues = Record<NumberField, string>;

type CeremonyModalProps = {
  cohortId: number;
  regions: CandidateOut[] | null;
  onClose: () => void;
  onDone: (mous: MouOut[]) => void;
};

/** "Penandatanganan bersama": one date, mode, place and ministry signatory for many regions at once. */
export function CeremonyModal({ cohortId, regions, onClose, onDone }: CeremonyModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={regions !== null}
      onClose={onClose}
      title={t("mou.ceremonyTitle")}
      size={1000}
      data-testid="ceremony-modal"
    >
      {regions && <CeremonyForm cohortId={cohortId} regions={regions} onCancel={onClose} onDone={onDone} />}
    </Modal>
  );
}

const EMPTY_ROW: RowValues = {
  ministryNumber: "",
  regionNumber: "",
  regionSignatoryName: "",
  regionSignatoryPosition: "",
};

function CeremonyForm({
  cohortId,
  regions,
  onCancel,
  onDone,
}: {
  cohortId: number;
  regions: CandidateOut[];
  onCancel: () => void;
  onDone: (mous: MouOut[]) => void;
}) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const errorText = useErrorText();
  const [signedOn, setSignedOn] = useState("");
  const [mode, setMode] = useState<MouMode>("virtual");
  const [place, setPlace] = useState("");
  const [signatoryName, setSignatoryName] = useState("");
  const [signatoryPosition, setSignatoryPosition] = useState("");
  const [signatoryNip, setSignatoryNip] = useState("");
  const [chosen, setChosen] = useState<Set<number>>(() => new Set(regions.map((r) => r.id)));
  const [rows, setRows] = useState<Record<number, RowValues>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const rowOf = (id: number) => rows[id] ?? EMPTY_ROW;
  const setCell = (id: number, field: NumberField, value: string) =>
    setRows((prev) => ({ ...prev, [id]: { ...(prev[id] ?? EMPTY_ROW), [field]: value } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found: Record<string, string> = {};
    if (!signedOn) found.signedOn = t("mou.required");
    if (signatoryName.trim().length < 3) found.ministrySignatoryName = t("mou.required");
    if (signatoryPosition.trim().length < 3) found.ministrySignatoryPosition = t("mou.required");
    if (signatoryNip.trim() && !/^\d{18}$/.test(signatoryNip.trim())) found.ministrySignatoryNip = t("mou.nipInvalid");
    if (chosen.size === 0) found.candidateIds = t("mou.pickRegion");
    setErrors(found);
    if (Object.keys(found).length > 0) return;

    const candidateIds = regions.filter((r) => chosen.has(r.id)).map((r) => r.id);
    // Only rows with something typed go along; empty numbers may follow later, region by region.
    const numbers = candidateIds.flatMap((candidateId) => {
      const filled = Object.fromEntries(
        NUMBER_FIELDS.map((f) => [f, rowOf(candidateId)[f].trim()]).filter(([, v]) => v !== ""),
      );
      return Object.keys(filled).length > 0 ? [{ candidateId, ...filled }] : [];
    });
    const body: CeremonyBody = {
      signedOn,
      mode,
      ...(place.trim() ? { place: place.trim() } : {}),
      ministrySignatoryName: signatoryName.trim(),
      ministrySignatoryPosition: signatoryPosition.trim(),
      ...(signatoryNip.trim() ? { ministrySignatoryNip: signatoryNip.trim() } : {}),
      candidateIds,
      ...(numbers.length > 0 ? { numbers } : {}),
    };
    setBusy(true);
    try {
      const result = await recordCeremony(cohortId, body);
      onDone(result.data);
    } catch (cause) {
      const issues = fieldIssues(cause);
      const mapped: Record<string, string> = {};
      for (const issue of issues) {
        const [head, index, field] = issue.path;
        // numbers.2.regionNumber → the row of the region sent third, that field.
        const row = head === "numbers" ? numbers[Number(index)] : undefined;
        const key = row ? `${row.candidateId}.${field}` : (head ?? "_");
        mapped[key] ??= issue.message;
      }
      if (issues.length > 0) setErrors(mapped);
      if (issues.length === 0 || mapped._) setFailure(cause);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t("mou.ceremonyIntro")}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t("mou.signedOn")}
            value={signedOn}
            onChange={(event) => setSignedOn(event.currentTarget.value)}
            error={errors.signedOn}
            withAsterisk
            data-autofocus
            data-testid="ceremony-signedOn"
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="ceremony-mode-label">
              {t("mou.mode")}
            </Text>
            <SegmentedControl
              aria-labelledby="ceremony-mode-label"
              value={mode}
              onChange={(value) => setMode(value as MouMode)}
              data={MOU_MODES.map((m) => ({ value: m, label: labels.mouMode(m) }))}
              data-testid="ceremony-mode"
            />
          </Stack>
          <TextInput
            label={t("mou.place")}
            value={place}
            onChange={(event) => setPlace(event.currentTarget.value)}
            error={errors.place}
            data-testid="ceremony-place"
          />
          <div />
          <TextInput
            label={t("mou.ministrySignatoryName")}
            value={signatoryName}
            onChange={(event) => setSignatoryName(event.currentTarget.value)}
            error={errors.ministrySignatoryName}
            withAsterisk
            data-testid="ceremony-ministrySignatoryName"
          />
          <TextInput
            label={t("mou.ministrySignatoryPosition")}
            value={signatoryPosition}
            onChange={(event) => setSignatoryPosition(event.currentTarget.value)}
            error={errors.ministrySignatoryPosition}
            withAsterisk
            data-testid="ceremony-ministrySignatoryPosition"
          />
          <TextInput
            label={t("mou.ministrySignatoryNip")}
            description={t("mou.nipHint")}
            value={signatoryNip}
            onChange={(event) => setSignatoryNip(event.currentTarget.value)}
            error={errors.ministrySignatoryNip}
            inputMode="numeric"
            maxLength={18}
            autoComplete="off"
            data-testid="ceremony-ministrySignatoryNip"
          />
        </SimpleGrid>

        <div>
          <Text fw={500} size="sm">
            {t("mou.ceremonyRegions")}
          </Text>
          <Text size="xs" c="dimmed" mb="xs">
            {t("mou.ceremonyNumbers")}
          </Text>
          {errors.candidateIds && (
            <Text size="sm" c="red" role="alert" mb="xs">
              {errors.candidateIds}
            </Text>
          )}
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing={4} aria-label={t("mou.ceremonyRegions")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("mou.colRegion")}</Table.Th>
                  {NUMBER_FIELDS.map((f) => (
                    <Table.Th key={f}>{t(`mou.${f}`)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {regions.map((r) => {
                  const on = chosen.has(r.id);
                  return (
                    <Table.Tr key={r.id} data-testid="ceremony-row" data-candidate-id={r.id}>
                      <Table.Td>
                        <Checkbox
                          label={r.regionName}
                          checked={on}
                          onChange={(event) => {
                            const checked = event.currentTarget.checked;
                            setChosen((prev) => {
                              const next = new Set(prev);
                              if (checked) next.add(r.id);
                              else next.delete(r.id);
                              return next;
                            });
                          }}
                          data-testid={`ceremony-region-${r.id}`}
                        />
                      </Table.Td>
                      {NUMBER_FIELDS.map((f) => (
                        <Table.Td key={f}>
                          <TextInput
                            size="xs"
                            aria-label={`${t(`mou.${f}`)} · ${r.regionName}`}
                            value={rowOf(r.id)[f]}
                            onChange={(event) => setCell(r.id, f, event.currentTarget.value)}
                            disabled={!on}
                            error={errors[`${r.id}.${f}`]}
                            data-testid={`ceremony-${f}-${r.id}`}
                          />
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </div>

        {failure !== null && (
          <Alert color="red" variant="light" role="alert" data-testid="ceremony-error">
            {errorText(failure)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={busy} data-testid="ceremony-submit">
            {t("mou.ceremonySubmit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
