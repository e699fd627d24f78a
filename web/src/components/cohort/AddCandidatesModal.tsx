import {
  Alert,
  Button,
  CloseButton,
  FileInput,
  Group,
  Modal,
  Select,
  Stack,
  Tabs,
  Text,
  Textarea,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, hasCode } from "../../api/client";
import { addCandidates, type CandidatesAdded, type CandidatesAddInput } from "../../api/cohorts";
import { provincesQuery, regionQuery } from "../../api/regions";
import { useErrorText } from "../ErrorState";
import { RegionSelect, regionOptionLabel } from "../RegionSelect";

type Mode = "search" | "province" | "codes";

type AddCandidatesModalProps = {
  cohortId: number | null;
  onClose: () => void;
  onAdded: (result: CandidatesAdded) => void;
};

/** "Tambah kandidat": by searching regions, a whole province, or a pasted/uploaded list of codes. */
export function AddCandidatesModal({ cohortId, onClose, onAdded }: AddCandidatesModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={cohortId !== null}
      onClose={onClose}
      title={t("addCandidates.title")}
      size="lg"
      data-testid="candidates-add-modal"
    >
      {cohortId !== null && <AddCandidatesForm cohortId={cohortId} onCancel={onClose} onAdded={onAdded} />}
    </Modal>
  );
}

function ChosenRegion({ code, onRemove }: { code: string; onRemove: () => void }) {
  const { t } = useTranslation();
  const region = useQuery(regionQuery(code));
  const label = region.data ? regionOptionLabel({ code, name: region.data.displayName }) : code;
  return (
    <Group gap={4} wrap="nowrap" data-testid="candidates-chosen" data-code={code}>
      <Text size="sm">{label}</Text>
      <CloseButton size="sm" onClick={onRemove} aria-label={t("addCandidates.removeChosen", { region: label })} />
    </Group>
  );
}

type CodeProblems = { unknown: string[]; malformed: string[] };

function AddCandidatesForm({
  cohortId,
  onCancel,
  onAdded,
}: {
  cohortId: number;
  onCancel: () => void;
  onAdded: (result: CandidatesAdded) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const provinces = useQuery(provincesQuery());
  const [mode, setMode] = useState<Mode>("search");
  const [chosen, setChosen] = useState<string[]>([]);
  const [province, setProvince] = useState<string | null>(null);
  const [codesText, setCodesText] = useState("");
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [problems, setProblems] = useState<CodeProblems | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [empty, setEmpty] = useState(false);
  const [busy, setBusy] = useState(false);

  const readFile = async (file: File | null) => {
    setFileNote(null);
    if (!file) return;
    try {
      setCodesText(await file.text());
      setFileNote(t("addCandidates.fileRead", { name: file.name }));
    } catch (cause) {
      setFailure(cause);
    }
  };

  const input = (): CandidatesAddInput | null => {
    if (mode === "search") return chosen.length ? { regionCodes: chosen } : null;
    if (mode === "province") return province ? { province } : null;
    return codesText.trim() ? { codesText } : null;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems(null);
    setFailure(null);
    const body = input();
    setEmpty(body === null);
    if (!body) return;
    setBusy(true);
    try {
      const result = await addCandidates(cohortId, body);
      onAdded(result.data);
    } catch (cause) {
      if (hasCode(cause, "unknown_region_codes") && cause instanceof ApiError) {
        const d = cause.details as Partial<CodeProblems> | undefined;
        setProblems({ unknown: d?.unknown ?? [], malformed: d?.malformed ?? [] });
      }
      setFailure(cause);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Tabs value={mode} onChange={(value) => setMode((value as Mode | null) ?? "search")}>
          <Tabs.List aria-label={t("addCandidates.tabsLabel")}>
            <Tabs.Tab value="search" data-testid="candidates-add-tab-search">
              {t("addCandidates.bySearch")}
            </Tabs.Tab>
            <Tabs.Tab value="province" data-testid="candidates-add-tab-province">
              {t("addCandidates.byProvince")}
            </Tabs.Tab>
            <Tabs.Tab value="codes" data-testid="candidates-add-tab-codes">
              {t("addCandidates.byCodes")}
            </Tabs.Tab>
          </Tabs.List>

          <Tabs.Panel value="search" pt="md">
            <Stack gap="sm">
              {/* Remounted after each pick, so the search box is empty for the next region. */}
              <RegionSelect
                key={chosen.length}
                label={t("addCandidates.region")}
                placeholder={t("addCandidates.regionPlaceholder")}
                value={null}
                onChange={(code) => {
                  if (code && !chosen.includes(code)) setChosen((prev) => [...prev, code]);
                }}
                testId="candidates-add-region"
              />
              <Text size="sm" fw={500}>
                {t("addCandidates.chosen")}
              </Text>
              {chosen.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t("addCandidates.chosenEmpty")}
                </Text>
              ) : (
                <Stack gap={2}>
                  {chosen.map((code) => (
                    <ChosenRegion
                      key={code}
                      code={code}
                      onRemove={() => setChosen((prev) => prev.filter((c) => c !== code))}
                    />
                  ))}
                </Stack>
              )}
            </Stack>
          </Tabs.Panel>

          <Tabs.Panel value="province" pt="md">
            <Select
              label={t("addCandidates.province")}
              placeholder={t("addCandidates.provincePlaceholder")}
              description={t("addCandidates.provinceHint")}
              data={(provinces.data ?? []).map((p) => ({ value: p.code, label: regionOptionLabel(p) }))}
              value={province}
              onChange={setProvince}
              searchable
              nothingFoundMessage={t("regions.provinceNothingFound")}
              data-testid="candidates-add-province"
            />
          </Tabs.Panel>

          <Tabs.Panel value="codes" pt="md">
            <Stack gap="sm">
              <Textarea
                label={t("addCandidates.codes")}
                description={t("addCandidates.codesHint")}
                value={codesText}
                onChange={(event) => setCodesText(event.currentTarget.value)}
                autosize
                minRows={4}
                maxRows={12}
                data-testid="candidates-add-codes"
              />
              <FileInput
                label={t("addCandidates.file")}
                accept=".txt,.csv,text/plain,text/csv"
                onChange={(file) => void readFile(file)}
                clearable
                data-testid="candidates-add-file"
              />
              {fileNote && (
                <Text size="sm" c="dimmed" role="status">
                  {fileNote}
                </Text>
              )}
            </Stack>
          </Tabs.Panel>
        </Tabs>

        {empty && (
          <Alert color="orange" variant="light" role="alert">
            {t("addCandidates.nothing")}
          </Alert>
        )}
        {failure !== null && (
          <Alert color="red" variant="light" role="alert" data-testid="candidates-add-error">
            <Text size="sm">{errorText(failure)}</Text>
            {problems && problems.unknown.length > 0 && (
              <Text size="sm" mt={4} data-testid="candidates-unknown">
                {t("addCandidates.unknown", { codes: problems.unknown.join(", ") })}
              </Text>
            )}
            {problems && problems.malformed.length > 0 && (
              <Text size="sm" mt={4} data-testid="candidates-malformed">
                {t("addCandidates.malformed", { codes: problems.malformed.join(", ") })}
              </Text>
            )}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={busy} data-testid="candidates-add-submit">
            {t("addCandidates.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
