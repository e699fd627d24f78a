import { Alert, Anchor, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MasterplanOut } from "../../../../domain/masterplan-responses";
import type { ImportRowIssue } from "../../../../domain/masterplan-review";
import {
  type ImportResult,
  importSheet,
  monitoringCanQuery,
  type SheetKind,
  sheetIssues,
  sheetUrl,
} from "../../api/monitoring";
import { useErrorText } from "../ErrorState";
import { FileUploadButton } from "../FileUploadButton";

const IMPORT_ACCEPT = ".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const KINDS: SheetKind[] = ["realisations", "progress", "quick-wins"];
/** The i18n key stem of each kind (monitoring.bulk.<stem>Title / <stem>Hint). */
const TEXT_KEY = {
  realisations: "realisations",
  progress: "progress",
  "quick-wins": "quickWins",
} as const satisfies Record<SheetKind, string>;

/** Impor & Ekspor: pre-filled templates, all-or-nothing imports with a per-row report, and exports. */
export function BulkData({ plan }: { plan: MasterplanOut }) {
  const { t } = useTranslation();
  const [year, setYear] = useState<string | null>(null);
  const years = Array.from({ length: plan.periodEnd - plan.periodStart + 1 }, (_, i) => String(plan.periodStart + i));
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t("monitoring.bulk.intro")}
      </Text>
      <Select
        label={t("monitoring.bulk.year")}
        placeholder={t("monitoring.bulk.allYears")}
        data={years}
        value={year}
        onChange={setYear}
        clearable
        w={200}
        data-testid="bulk-year"
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {KINDS.map((kind) => (
          <SheetCard key={kind} plan={plan} kind={kind} year={year ? Number(year) : undefined} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function SheetCard({ plan, kind, year }: { plan: MasterplanOut; kind: SheetKind; year?: number }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const client = useQueryClient();
  const [result, setResult] = useState<(ImportResult & { file: string }) | null>(null);
  const [issues, setIssues] = useState<{ rows: ImportRowIssue[]; total: number; file: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const enacted = plan.status === "enacted";
  // Mentors and viewers read templates and exports; only the region's entrants import.
  const mayImport = useQuery(monitoringCanQuery(plan.id)).data?.import ?? false;

  const upload = async (file: File) => {
    setResult(null);
    setIssues(null);
    setFailure(null);
    try {
      const res = await importSheet(plan.id, kind, file);
      setResult({ ...res.data, file: file.name });
      void client.invalidateQueries({ queryKey: ["monitoring"] });
    } catch (e) {
      const found = sheetIssues(e);
      if (found.rows.length > 0) setIssues({ ...found, file: file.name });
      else setFailure(errorText(e));
    }
  };

  const link = (mode: "template" | "export", format: "xlsx" | "csv") => (
    <Anchor
      href={sheetUrl(plan.id, kind, mode, { format, year })}
      download
      size="sm"
      data-testid={`${kind}-${mode}-${format}`}
    >
      {t(`monitoring.bulk.${mode}Link`, { format: format.toUpperCase() })}
    </Anchor>
  );

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby={`bulk-${kind}`}
      data-testid={`bulk-${kind}`}
    >
      <Title order={2} size="h4" id={`bulk-${kind}`} mb={4}>
        {t(`monitoring.bulk.${TEXT_KEY[kind]}Title`)}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t(`monitoring.bulk.${TEXT_KEY[kind]}Hint`)}
      </Text>
      <Stack gap="xs">
        <Group gap="md">
          <Text size="sm" fw={500}>
            {t("monitoring.bulk.template")}:
          </Text>
          {link("template", "xlsx")}
          {link("template", "csv")}
        </Group>
        {enacted && mayImport ? (
          <Group gap="sm">
            <FileUploadButton
              label={t("monitoring.bulk.import")}
              accept={IMPORT_ACCEPT}
              onFile={upload}
              testId={`${kind}-import`}
              size="sm"
            />
            <Text size="xs" c="dimmed">
              {t("monitoring.bulk.importHint")}
            </Text>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t(enacted ? "monitoring.bulk.readOnly" : "monitoring.notEnacted")}
          </Text>
        )}
        <Group gap="md">
          <Text size="sm" fw={500}>
            {t("monitoring.bulk.export")}:
          </Text>
          {link("export", "xlsx")}
          {link("export", "csv")}
        </Group>
        {result && (
          <Alert
            color="green"
            variant="light"
            role="status"
            withCloseButton
            onClose={() => setResult(null)}
            data-testid={`${kind}-import-done`}
          >
            {t("monitoring.bulk.imported", {
              file: result.file,
              rows: result.rows,
              inserted: result.inserted,
              updated: result.updated,
            })}
          </Alert>
        )}
        {failure && (
          <Alert color="red" variant="light" role="alert" withCloseButton onClose={() => setFailure(null)}>
            {failure}
          </Alert>
        )}
        {issues && <IssueTable kind={kind} issues={issues} onClose={() => setIssues(null)} />}
      </Stack>
    </Paper>
  );
}

type IssueTableProps = {
  kind: SheetKind;
  issues: { rows: ImportRowIssue[]; total: number; file: string };
  onClose: () => void;
};

/** The rows to fix: nothing of the file was stored. */
function IssueTable({ kind, issues, onClose }: IssueTableProps) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      withCloseButton
      onClose={onClose}
      title={t("monitoring.bulk.rejectedTitle", { count: issues.total })}
      data-testid={`${kind}-import-errors`}
    >
      <Text size="sm" mb="xs">
        {t("monitoring.bulk.rejected", { file: issues.file })}
      </Text>
      {issues.total > issues.rows.length && (
        <Text size="sm" mb="xs">
          {t("monitoring.bulk.rejectedMore", { shown: issues.rows.length, total: issues.total })}
        </Text>
      )}
      <Table.ScrollContainer minWidth={520}>
        <Table withTableBorder bg="white" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("monitoring.bulk.row")}</Table.Th>
              <Table.Th>{t("monitoring.bulk.column")}</Table.Th>
              <Table.Th>{t("monitoring.bulk.value")}</Table.Th>
              <Table.Th>{t("monitoring.bulk.message")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {issues.rows.map((i) => (
              <Table.Tr key={`${i.row}-${i.column}-${i.message}`} data-testid="import-issue">
                <Table.Td>{i.row}</Table.Td>
                <Table.Td>{i.column}</Table.Td>
                <Table.Td>{i.value ?? "—"}</Table.Td>
                <Table.Td>{i.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Alert>
  );
}
