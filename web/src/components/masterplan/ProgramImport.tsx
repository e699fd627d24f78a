import { Alert, Anchor, Group, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ImportRowIssue } from "../../../../domain/masterplan-review";
import { importIssues, importPrograms, programTemplateUrl } from "../../api/masterplan-review";
import { useErrorText } from "../ErrorState";
import { FileUploadButton } from "../FileUploadButton";

const IMPORT_ACCEPT = ".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

type ProgramImportProps = { planId: number; onImported: (count: number) => void };

/** "Unduh templat" and "Impor dari XLSX/CSV": all rows stored, or none and a table of the rows to fix. */
export function ProgramImport({ planId, onImported }: ProgramImportProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [issues, setIssues] = useState<ImportRowIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const upload = async (file: File) => {
    setIssues([]);
    setFailure(null);
    try {
      const res = await importPrograms(planId, file);
      onImported(res.data.imported);
    } catch (e) {
      const rows = importIssues(e);
      if (rows.length > 0) setIssues(rows);
      else setFailure(errorText(e));
    }
  };

  return (
    <>
      <Group gap="xs">
        <Anchor href={programTemplateUrl(planId)} download size="sm" data-testid="program-import-template">
          {t("masterplan.review.importTemplate")}
        </Anchor>
        <FileUploadButton
          label={t("masterplan.review.importOpen")}
          accept={IMPORT_ACCEPT}
          onFile={upload}
          testId="program-import-open"
          size="sm"
        />
      </Group>
      {failure && (
        <Alert color="red" variant="light" role="alert" withCloseButton onClose={() => setFailure(null)} w="100%">
          {failure}
        </Alert>
      )}
      {issues.length > 0 && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          withCloseButton
          onClose={() => setIssues([])}
          w="100%"
          data-testid="import-errors"
        >
          <Text size="sm" mb="xs">
            {t("masterplan.review.importInvalid")}
          </Text>
          <Table.ScrollContainer minWidth={500}>
            <Table withTableBorder bg="white">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("masterplan.review.importRow")}</Table.Th>
                  <Table.Th>{t("masterplan.review.importColumn")}</Table.Th>
                  <Table.Th>{t("masterplan.review.importValue")}</Table.Th>
                  <Table.Th>{t("masterplan.review.importMessage")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {issues.map((i) => (
                  <Table.Tr key={`${i.row}-${i.column}-${i.message}`} data-testid="import-error-row">
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
      )}
    </>
  );
}
