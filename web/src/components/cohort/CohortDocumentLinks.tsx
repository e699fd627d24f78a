import { Group, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { cohortDocumentsQuery } from "../../api/documents";
import { DownloadButtons } from "../DocumentDownloads";

/** The cohort's assessment result letter as DOCX and PDF, when the caller may download it. */
export function ResultLetterLinks({ cohortId }: { cohortId: number }) {
  const { t } = useTranslation();
  const docs = useQuery({ ...cohortDocumentsQuery(cohortId), retry: false });
  const letter = docs.data?.resultLetter;
  if (!letter) return null;
  const title = letter.draft ? t("documents.resultLetterDraft") : t("documents.resultLetter");
  return (
    <Group gap="xs" data-testid="result-letter-downloads">
      <Text size="sm" c="dimmed">
        {title}
      </Text>
      <DownloadButtons title={title} formats={letter.formats} testId="result-letter" />
    </Group>
  );
}

/** A region's Nota Kesepakatan summary as DOCX and PDF, once its memorandum is recorded; `short` in table cells. */
export function MouSummaryLinks({
  cohortId,
  regionCode,
  short = false,
}: {
  cohortId: number;
  regionCode: string;
  short?: boolean;
}) {
  const { t } = useTranslation();
  const docs = useQuery({ ...cohortDocumentsQuery(cohortId), retry: false });
  const summary = docs.data?.mouSummaries.find((m) => m.regionCode === regionCode);
  if (!summary) return null;
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="xs" c="dimmed">
        {short ? t("documents.mouSummaryShort") : t("documents.mouSummary")}
      </Text>
      <DownloadButtons
        title={t("documents.mouSummaryOf", { region: summary.regionName })}
        formats={summary.formats}
        testId={`mou-summary-${regionCode}`}
      />
    </Group>
  );
}
