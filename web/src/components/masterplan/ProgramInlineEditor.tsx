import { Alert, Badge, Button, Group, NativeSelect, Table, Text, TextInput } from "@mantine/core";
import { type KeyboardEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { programTotal, termOf } from "../../../../domain/masterplan";
import type { MasterplanOut, ProgramOut } from "../../../../domain/masterplan-responses";
import type { OpdOut } from "../../../../domain/opd";
import { formatRupiahAmount, parseRupiah } from "../../../../domain/rupiah";
import { hasCode } from "../../api/client";
import { formatRupiah, getProgram, updateProgram } from "../../api/masterplans";
import { useLanguage } from "../../i18n/format";
import { useErrorText } from "../ErrorState";
import { InlineConflict } from "./InlineConflict";
import { applyAmounts, cellOfIssue, changesOf, type InlineDraft, inlinePatch, yearCells } from "./inline-program";
import { issueMessages } from "./use-section";

type Props = {
  plan: MasterplanOut;
  program: ProgramOut;
  opds: OpdOut[];
  dimensionCell: ReactNode;
  columns: number;
  /** Ends editing: with the saved program, or `null` when cancelled or nothing changed. */
  onDone: (saved: ProgramOut | null) => void;
  onFull: (program: ProgramOut) => void;
};

/**
 * A program row in edit mode: name, owner OPD, years and priority in their cells, and a row
 * below with the budget per year. Enter saves, Escape cancels, Tab walks the cells. A stale
 * version shows the server's program and re-applies the person's own changes on top of it.
 */
export function ProgramInlineEditor({ plan, program, opds, dimensionCell, columns, onDone, onFull }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const errorText = useErrorText();
  const [base, setBase] = useState(program);
  const [draft, setDraft] = useState<InlineDraft>({ amounts: {} });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<ProgramOut | null>(null);
  const [busy, setBusy] = useState(false);

  const name = draft.name ?? base.name;
  const owner = draft.ownerOpdId !== undefined ? draft.ownerOpdId : base.ownerOpdId;
  const startYear = draft.startYear ?? base.startYear;
  const endYear = draft.endYear ?? base.endYear;
  const priority = draft.priority ?? base.priority;
  const yearsChanged = startYear !== base.startYear || endYear !== base.endYear;
  const term = yearsChanged ? termOf(startYear, endYear, plan.periodStart) : base.term;
  const live = applyAmounts(base.budgets, draft.amounts, lang).budgets;
  const cells = yearCells(base.budgets, startYear, endYear, Object.keys(draft.amounts).map(Number));
  const years = Array.from({ length: plan.periodEnd - plan.periodStart + 1 }, (_, i) => String(plan.periodStart + i));
  const opdOptions = [
    { value: "", label: t("masterplan.inline.noOwner") },
    ...opds.filter((o) => o.active || o.id === owner).map((o) => ({ value: String(o.id), label: o.abbreviation })),
  ];
  const change = (patch: Partial<InlineDraft>) => setDraft((d) => ({ ...d, ...patch }));

  /** Saves `changes` on top of `from`; the arguments make a re-apply after a conflict one step. */
  const save = async (from: ProgramOut, changes: InlineDraft) => {
    const { patch, invalid } = inlinePatch(from, changes, plan.periodStart, lang);
    setFailure(null);
    if (invalid.length) {
      setErrors(Object.fromEntries(invalid.map((y) => [`budget:${y}`, t("masterplan.inline.invalidAmount")])));
      return;
    }
    setErrors({});
    if (!patch) return onDone(null);
    setBusy(true);
    try {
      const saved = await updateProgram(from.id, patch);
      onDone(saved.data);
    } catch (cause) {
      setBusy(false);
      if (hasCode(cause, "version_conflict")) {
        try {
          setConflict((await getProgram(from.id)).data);
        } catch (reloadFailure) {
          setFailure(reloadFailure);
        }
        return;
      }
      const issues = issueMessages(cause, "");
      if (Object.keys(issues).length === 0) return setFailure(cause);
      const byCell: Record<string, string> = {};
      for (const [path, message] of Object.entries(issues)) {
        const cell = cellOfIssue(path, patch.budgets);
        byCell[cell] = byCell[cell] ? `${byCell[cell]}; ${message}` : message;
      }
      setErrors(byCell);
    }
  };

  const reapply = () => {
    if (!conflict) return;
    const mine = changesOf(base, draft, lang);
    setBase(conflict);
    setDraft(mine);
    setConflict(null);
    void save(conflict, mine);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      onDone(null);
    } else if (
      event.key === "Enter" &&
      !event.nativeEvent.isComposing &&
      !(event.target instanceof HTMLButtonElement)
    ) {
      event.preventDefault();
      if (!busy && !conflict) void save(base, draft);
    }
  };

  const editing = { background: "var(--mantine-color-blue-light)" };
  return (
    <>
      <Table.Tr
        data-testid="program-row"
        data-program-id={base.id}
        data-editing="true"
        style={editing}
        onKeyDown={onKeyDown}
      >
        <Table.Td>
          <TextInput
            size="xs"
            aria-label={t("masterplan.program.name")}
            value={name}
            onChange={(e) => change({ name: e.currentTarget.value })}
            error={errors.name}
            miw={200}
            data-autofocus
            autoFocus
            data-testid="inline-name"
          />
        </Table.Td>
        <Table.Td>{dimensionCell}</Table.Td>
        <Table.Td>
          <NativeSelect
            size="xs"
            aria-label={t("masterplan.program.owner")}
            data={opdOptions}
            value={owner === null ? "" : String(owner)}
            onChange={(e) => change({ ownerOpdId: e.currentTarget.value ? Number(e.currentTarget.value) : null })}
            error={errors.owner}
            miw={110}
            data-testid="inline-owner"
          />
        </Table.Td>
        <Table.Td>
          <Badge
            variant="light"
            style={{ minWidth: "max-content" }}
            color={term === "short" ? "teal" : term === "medium" ? "blue" : "grape"}
          >
            {t(`masterplan.program.termShort.${term}`)}
          </Badge>
        </Table.Td>
        <Table.Td>
          <Group gap={4} wrap="nowrap">
            <NativeSelect
              size="xs"
              aria-label={t("masterplan.program.startYear")}
              data={years}
              value={String(startYear)}
              onChange={(e) => change({ startYear: Number(e.currentTarget.value) })}
              miw={72}
              data-testid="inline-start"
            />
            <NativeSelect
              size="xs"
              aria-label={t("masterplan.program.endYear")}
              data={years}
              value={String(endYear)}
              onChange={(e) => change({ endYear: Number(e.currentTarget.value) })}
              miw={72}
              data-testid="inline-end"
            />
          </Group>
          {errors.years && (
            <Text size="xs" c="red" role="alert" data-testid="inline-years-error">
              {errors.years}
            </Text>
          )}
        </Table.Td>
        <Table.Td ta="right" style={{ whiteSpace: "nowrap" }} data-testid="program-total">
          {formatRupiah(programTotal(live), lang)}
        </Table.Td>
        <Table.Td>
          <NativeSelect
            size="xs"
            aria-label={t("masterplan.program.priority")}
            data={["1", "2", "3"]}
            value={String(priority)}
            onChange={(e) => change({ priority: Number(e.currentTarget.value) })}
            error={errors.priority}
            miw={60}
            data-testid="inline-priority"
          />
        </Table.Td>
        <Table.Td />
      </Table.Tr>
      <Table.Tr style={editing} onKeyDown={onKeyDown} data-testid="program-budget-row">
        <Table.Td colSpan={columns}>
          <Text size="sm" fw={600} mb={4} id={`budgets-${base.id}`}>
            {t("masterplan.inline.budgets")}
          </Text>
          <Group gap="xs" align="flex-start" role="group" aria-labelledby={`budgets-${base.id}`}>
            {cells.map((cell) => {
              const outside = cell.year < startYear || cell.year > endYear;
              const typed = draft.amounts[cell.year];
              const shown = typed ?? (cell.amount === null ? "" : formatRupiahAmount(cell.amount, lang));
              const hint = !cell.editable
                ? t("masterplan.inline.multiSource", { sources: cell.sources.join(", ") })
                : outside
                  ? t("masterplan.inline.outside")
                  : cell.sources[0];
              return (
                <TextInput
                  key={cell.year}
                  size="xs"
                  w={150}
                  label={cell.year}
                  aria-label={t("masterplan.inline.budgetYear", { year: cell.year })}
                  description={hint}
                  inputMode="numeric"
                  styles={{ input: { textAlign: "right" } }}
                  value={shown}
                  readOnly={!cell.editable}
                  onChange={(e) => change({ amounts: { ...draft.amounts, [cell.year]: e.currentTarget.value } })}
                  onBlur={() => {
                    // Typed digits take the Indonesian grouping once the cell is left: 1500000 → 1.500.000.
                    const amount = typed === undefined ? null : parseRupiah(typed, lang);
                    if (amount !== null)
                      change({ amounts: { ...draft.amounts, [cell.year]: formatRupiahAmount(amount, lang) } });
                  }}
                  error={errors[`budget:${cell.year}`]}
                  data-testid={`inline-budget-${cell.year}`}
                />
              );
            })}
          </Group>
          {conflict && (
            <InlineConflict
              current={conflict}
              opds={opds}
              busy={busy}
              onReapply={reapply}
              onDiscard={() => onDone(null)}
            />
          )}
          {(failure !== null || errors.row || errors.budgets) && (
            <Alert color="red" variant="light" role="alert" mt="xs" data-testid="inline-error">
              {errors.row ?? errors.budgets ?? errorText(failure)}
            </Alert>
          )}
          <Group gap="xs" mt="xs" align="center">
            <Button
              size="xs"
              onClick={() => void save(base, draft)}
              loading={busy}
              disabled={conflict !== null}
              data-testid="inline-save"
            >
              {t("masterplan.inline.save")}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => onDone(null)}
              disabled={busy}
              data-testid="inline-cancel"
            >
              {t("masterplan.inline.cancel")}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => onFull(base)} disabled={busy}>
              {t("masterplan.inline.full")}
            </Button>
            <Text size="xs" c="dimmed">
              {t("masterplan.inline.hint")}
            </Text>
          </Group>
        </Table.Td>
      </Table.Tr>
    </>
  );
}
