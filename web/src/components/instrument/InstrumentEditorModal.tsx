import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { LENSES, type Lens } from "../../../../domain/assessment";
import { hasCode } from "../../api/client";
import { type InstrumentWithCan, instrumentQuery, useUpdateInstrument } from "../../api/instruments";
import { QueryErrorState } from "../AccessStates";
import { useErrorText } from "../ErrorState";
import {
  type CriterionDraft,
  draftOf,
  type InstrumentDraft,
  newKey,
  serverFieldErrors,
  totalIsRight,
  validateDraft,
  weightTotal,
} from "./instrument-form";

type InstrumentEditorModalProps = { id: number | null; onClose: () => void; onSaved: (name: string) => void };

/** One instrument's identity, scale and criteria table; editable while `can.update`, else shown read-only. */
export function InstrumentEditorModal({ id, onClose, onSaved }: InstrumentEditorModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={id !== null} onClose={onClose} size="90%" title={t("instrumentEdit.title")}>
      {id !== null && <Loaded id={id} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function Loaded({ id, onClose, onSaved }: { id: number; onClose: () => void; onSaved: (name: string) => void }) {
  const query = useQuery(instrumentQuery(id));
  if (query.isPending) return <Skeleton height={240} aria-busy />;
  if (query.isError) return <QueryErrorState error={query.error} onRetry={() => void query.refetch()} />;
  // Keyed by id only: a save refreshes the query, and remounting would drop the save's own callbacks.
  return <EditorForm key={id} body={query.data} onClose={onClose} onSaved={onSaved} />;
}

function EditorForm(props: { body: InstrumentWithCan; onClose: () => void; onSaved: (name: string) => void }) {
  const { data: instrument, can } = props.body;
  const { t } = useTranslation();
  const errorText = useErrorText();
  const update = useUpdateInstrument(instrument.id);
  const [draft, setDraft] = useState<InstrumentDraft>(() => draftOf(instrument));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const readOnly = !can.update;
  const total = weightTotal(draft);

  const set = <K extends keyof InstrumentDraft>(key: K, value: InstrumentDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const setCriterion = (i: number, patch: Partial<CriterionDraft>) =>
    setDraft((d) => ({ ...d, criteria: d.criteria.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { def, errors: found } = validateDraft(draft);
    setErrors(found);
    setFailure(null);
    if (!def) return;
    update.mutate(
      { ...def, revision: instrument.revision },
      {
        onSuccess: (body) => props.onSaved(body.data.name),
        onError: (cause) => {
          const fields = serverFieldErrors(cause);
          if (Object.keys(fields).length > 0) setErrors(fields);
          else setFailure(cause);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text fw={600}>{t("instrumentEdit.editor.title", { name: instrument.name, version: instrument.version })}</Text>
        {readOnly && instrument.cohortCount > 0 && (
          <Alert color="blue" variant="light" role="status">
            {t("instrumentEdit.inUse", { count: instrument.cohortCount })}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t("instrumentEdit.editor.code")}
            value={draft.code}
            onChange={(e) => set("code", e.currentTarget.value)}
            error={errors.code}
            disabled={readOnly}
          />
          <TextInput
            label={t("instrumentEdit.editor.version")}
            value={draft.version}
            onChange={(e) => set("version", e.currentTarget.value)}
            error={errors.version}
            disabled={readOnly}
          />
          <TextInput
            label={t("instrumentEdit.editor.name")}
            value={draft.name}
            onChange={(e) => set("name", e.currentTarget.value)}
            error={errors.name}
            disabled={readOnly}
            data-testid="instrument-name"
          />
          <NumberInput
            label={t("instrumentEdit.editor.scaleMin")}
            value={draft.scaleMin}
            onChange={(v) => set("scaleMin", v)}
            allowDecimal={false}
            error={errors["scale.min"]}
            disabled={readOnly}
          />
          <NumberInput
            label={t("instrumentEdit.editor.scaleMax")}
            value={draft.scaleMax}
            onChange={(v) => set("scaleMax", v)}
            allowDecimal={false}
            error={errors["scale.max"]}
            disabled={readOnly}
          />
        </SimpleGrid>
        <Text fw={500}>{t("instrumentEdit.editor.criteria")}</Text>
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="xs" aria-label={t("instrumentEdit.editor.criteria")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={90}>{t("instrumentEdit.editor.colCode")}</Table.Th>
                <Table.Th w={180}>{t("instrumentEdit.editor.colLens")}</Table.Th>
                <Table.Th>{t("instrumentEdit.editor.colTextId")}</Table.Th>
                <Table.Th>{t("instrumentEdit.editor.colTextEn")}</Table.Th>
                <Table.Th w={100}>{t("instrumentEdit.editor.colWeight")}</Table.Th>
                {!readOnly && <Table.Th w={40} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {draft.criteria.map((c, i) => {
                const n = i + 1;
                const err = (field: string) => errors[`criteria.${i}.${field}`];
                return (
                  <Table.Tr key={c.key} data-testid="instrument-criterion">
                    <Table.Td>
                      <TextInput
                        aria-label={t("instrumentEdit.editor.criterionCode", { n })}
                        value={c.code}
                        onChange={(e) => setCriterion(i, { code: e.currentTarget.value })}
                        error={err("code")}
                        disabled={readOnly}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={t("instrumentEdit.editor.criterionLens", { n })}
                        data={LENSES.map((l) => ({ value: l, label: t(`lens.${l}`) }))}
                        value={c.lens}
                        onChange={(v) => v && setCriterion(i, { lens: v as Lens })}
                        allowDeselect={false}
                        error={err("lens")}
                        disabled={readOnly}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={t("instrumentEdit.editor.criterionTextId", { n })}
                        value={c.textId}
                        onChange={(e) => setCriterion(i, { textId: e.currentTarget.value })}
                        error={err("textId")}
                        disabled={readOnly}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={t("instrumentEdit.editor.criterionTextEn", { n })}
                        value={c.textEn}
                        onChange={(e) => setCriterion(i, { textEn: e.currentTarget.value })}
                        error={err("textEn")}
                        disabled={readOnly}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        aria-label={t("instrumentEdit.editor.criterionWeight", { n })}
                        value={c.weight}
                        onChange={(v) => setCriterion(i, { weight: v })}
                        min={1}
                        max={100}
                        allowDecimal={false}
                        error={err("weight")}
                        disabled={readOnly}
                        data-testid="instrument-weight"
                      />
                    </Table.Td>
                    {!readOnly && (
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t("instrumentEdit.editor.remove", { n })}
                          onClick={() =>
                            set(
                              "criteria",
                              draft.criteria.filter((_, j) => j !== i),
                            )
                          }
                          disabled={draft.criteria.length <= 1}
                        >
                          ×
                        </ActionIcon>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="space-between" gap="sm">
          {!readOnly ? (
            <Button
              variant="light"
              onClick={() =>
                set("criteria", [
                  ...draft.criteria,
                  { key: newKey(), code: "", lens: "struktur", textId: "", textEn: "", weight: "" },
                ])
              }
            >
              {t("instrumentEdit.editor.add")}
            </Button>
          ) : (
            <span />
          )}
          <Text
            role="status"
            aria-live="polite"
            fw={600}
            c={totalIsRight(draft) ? "green" : "red"}
            data-testid="instrument-weight-total"
          >
            {totalIsRight(draft) ? t("instrumentEdit.editor.totalOk") : t("instrumentEdit.editor.total", { total })}
          </Text>
        </Group>
        {errors.criteria && (
          <Alert color="red" variant="light" role="alert">
            {errors.criteria}
          </Alert>
        )}
        {Object.keys(errors).length > 0 && !errors.criteria && (
          <Text size="sm" c="red" role="alert">
            {t("instrumentEdit.editor.fixErrors")}
          </Text>
        )}
        {failure !== null && (
          <Alert color="red" variant="light" role="alert">
            {hasCode(failure, "version_conflict") ? t("instrumentEdit.editor.stale") : errorText(failure)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose} disabled={update.isPending}>
            {readOnly ? t("common.close") : t("common.cancel")}
          </Button>
          {!readOnly && (
            <Button type="submit" loading={update.isPending} data-testid="instrument-save">
              {t("instrumentEdit.editor.save")}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
