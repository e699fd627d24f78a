import { Button, Group, Paper, Select, Skeleton, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { FrameworkDetail } from "../../../../domain/framework/schemas";
import { TERMS, type Term } from "../../../../domain/masterplan";
import type { MasterplanOut, ProgramOut } from "../../../../domain/masterplan-responses";
import type { OpdOut } from "../../../../domain/opd";
import { deleteProgram, type ProgramFilter, type ProgramPage, programsQuery } from "../../api/masterplans";
import { inLanguage, useLanguage } from "../../i18n/format";
import { useDomainLabels } from "../../i18n/labels";
import { QueryErrorState } from "../AccessStates";
import { ConfirmDialog, type ConfirmRequest } from "../ConfirmDialog";
import { Notice, type NoticeMessage } from "../Notice";
import { Pager } from "../Pager";
import { ProgramFormModal, type ProgramTarget } from "./ProgramFormModal";
import { ProgramImport } from "./ProgramImport";
import { ProgramInlineEditor } from "./ProgramInlineEditor";
import { ProgramRow } from "./ProgramRow";

const PAGE_SIZE = 50;

type ProgramsTabProps = {
  plan: MasterplanOut;
  framework: FrameworkDetail;
  opds: OpdOut[];
  filter: ProgramFilter;
  page: number;
  onFilter: (filter: ProgramFilter & { page?: number }) => void;
};

const COLUMNS = 8;

/**
 * Program: the table filtered by dimension, element, OPD and term (kept in the URL), with add,
 * delete, editing the common fields in place (one row at a time) and the full form.
 */
export function ProgramsTab({ plan, framework, opds, filter, page, onFilter }: ProgramsTabProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const labels = useDomainLabels();
  const client = useQueryClient();
  const programs = useQuery(programsQuery(plan.id, filter, page, PAGE_SIZE));
  const [target, setTarget] = useState<ProgramTarget | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [lastEdited, setLastEdited] = useState<number | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  const dim = framework.dimensions.find((d) => d.code === filter.dimension);
  const dimName = (code: string) => {
    const d = framework.dimensions.find((x) => x.code === code);
    return d ? inLanguage(lang, d.nameId, d.nameEn) : code;
  };
  const elName = (code: string) => {
    for (const d of framework.dimensions) {
      const e = d.elements.find((x) => x.code === code);
      if (e) return inLanguage(lang, e.nameId, e.nameEn);
    }
    return code;
  };
  const opdName = (id: number | null) => opds.find((o) => o.id === id)?.abbreviation ?? t("masterplan.program.noOwner");
  const refresh = () => void client.invalidateQueries({ queryKey: ["masterplans"] });

  const endInline = (id: number, saved: ProgramOut | null) => {
    setEditing(null);
    setLastEdited(id);
    if (!saved) return refresh();
    // The row shows the saved program at once; the lists, roadmap and completeness refresh behind it.
    client.setQueryData<ProgramPage>(programsQuery(plan.id, filter, page, PAGE_SIZE).queryKey, (old) =>
      old ? { ...old, data: old.data.map((x) => (x.id === saved.id ? saved : x)) } : old,
    );
    setNotice({ text: t("masterplan.inline.saved", { name: saved.name }) });
    refresh();
  };
  const dimensionCell = (p: ProgramOut) => (
    <>
      <Text size="sm">{dimName(p.dimensionCode)}</Text>
      <Text size="xs" c="dimmed">
        {elName(p.elementCode)}
      </Text>
    </>
  );

  const askDelete = (p: ProgramOut) =>
    setConfirm({
      title: t("masterplan.program.deleteTitle"),
      message: t("masterplan.program.deleteConfirm", { name: p.name }),
      confirmLabel: t("masterplan.delete"),
      confirmTestId: "program-delete-confirm",
      action: async () => {
        await deleteProgram(p.id, p.version);
        setNotice({ text: t("masterplan.program.deleted") });
        refresh();
      },
    });

  return (
    <Stack gap="md">
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <Paper withBorder p="md" radius="md" component="section" aria-label={t("masterplan.program.filters")}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={t("masterplan.program.dimension")}
            placeholder={t("masterplan.program.allDimensions")}
            data={framework.dimensions.map((d) => ({ value: d.code, label: inLanguage(lang, d.nameId, d.nameEn) }))}
            value={filter.dimension ?? null}
            onChange={(v) => onFilter({ ...filter, dimension: v ?? undefined, element: undefined })}
            clearable
            w={220}
            data-testid="filter-dimension"
          />
          <Select
            label={t("masterplan.program.element")}
            placeholder={t("masterplan.program.allElements")}
            data={(dim?.elements ?? framework.dimensions.flatMap((d) => d.elements)).map((e) => ({
              value: e.code,
              label: inLanguage(lang, e.nameId, e.nameEn),
            }))}
            value={filter.element ?? null}
            onChange={(v) => onFilter({ ...filter, element: v ?? undefined })}
            clearable
            searchable
            w={240}
            data-testid="filter-element"
          />
          <Select
            label={t("masterplan.program.owner")}
            placeholder={t("masterplan.program.allOpds")}
            data={opds.map((o) => ({ value: String(o.id), label: o.abbreviation }))}
            value={filter.opd ? String(filter.opd) : null}
            onChange={(v) => onFilter({ ...filter, opd: v ? Number(v) : undefined })}
            clearable
            searchable
            w={180}
            data-testid="filter-opd"
          />
          <Select
            label={t("masterplan.program.term")}
            placeholder={t("masterplan.program.allTerms")}
            data={TERMS.map((x) => ({ value: x, label: labels.term(x) }))}
            value={filter.term ?? null}
            onChange={(v) => onFilter({ ...filter, term: (v as Term | null) ?? undefined })}
            clearable
            w={220}
            data-testid="filter-term"
          />
          {programs.data?.can.create && (
            <Button ml="auto" onClick={() => setTarget({ mode: "add" })} data-testid="program-add-open">
              {t("masterplan.program.add")}
            </Button>
          )}
        </Group>
        {programs.data?.can.create && (
          <Stack gap="xs" mt="sm" align="flex-end">
            <ProgramImport
              planId={plan.id}
              onImported={(count) => {
                setNotice({ text: t("masterplan.review.imported", { count }) });
                refresh();
              }}
            />
          </Stack>
        )}
      </Paper>

      {programs.isPending ? (
        <Skeleton height={200} />
      ) : programs.isError ? (
        <QueryErrorState error={programs.error} onRetry={() => void programs.refetch()} />
      ) : programs.data.data.length === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Text c="dimmed" data-testid="programs-empty">
            {t("masterplan.program.empty")}
          </Text>
        </Paper>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t("masterplan.program.count", { count: programs.data.total })}
          </Text>
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover withTableBorder data-testid="program-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("masterplan.program.name")}</Table.Th>
                  <Table.Th>
                    {t("masterplan.program.dimension")} / {t("masterplan.program.element")}
                  </Table.Th>
                  <Table.Th>{t("masterplan.program.owner")}</Table.Th>
                  <Table.Th>{t("masterplan.program.term")}</Table.Th>
                  <Table.Th>{t("masterplan.program.years")}</Table.Th>
                  <Table.Th ta="right">{t("masterplan.program.totalBudget")}</Table.Th>
                  <Table.Th>{t("masterplan.program.priority")}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t("masterplan.program.actions")}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {programs.data.data.map((p) =>
                  editing === p.id ? (
                    <ProgramInlineEditor
                      key={p.id}
                      plan={plan}
                      program={p}
                      opds={opds}
                      dimensionCell={dimensionCell(p)}
                      columns={COLUMNS}
                      onDone={(saved) => endInline(p.id, saved)}
                      onFull={(current) => {
                        setEditing(null);
                        setTarget({ mode: "edit", item: current });
                      }}
                    />
                  ) : (
                    <ProgramRow
                      key={p.id}
                      planId={plan.id}
                      program={p}
                      dimensionCell={dimensionCell(p)}
                      ownerName={opdName(p.ownerOpdId)}
                      focusEdit={lastEdited === p.id}
                      onInline={() => {
                        setNotice(null);
                        setEditing(p.id);
                      }}
                      onFull={() => setTarget({ mode: "edit", item: p })}
                      onDelete={() => askDelete(p)}
                    />
                  ),
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={programs.data.total}
            onChange={(n) => onFilter({ ...filter, page: n })}
          />
        </>
      )}

      <ProgramFormModal
        target={target}
        plan={plan}
        framework={framework}
        opds={opds}
        onClose={() => setTarget(null)}
        onSaved={(mode) => {
          setTarget(null);
          setNotice({ text: mode === "add" ? t("masterplan.program.added") : t("masterplan.program.updated") });
          refresh();
        }}
      />
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </Stack>
  );
}
