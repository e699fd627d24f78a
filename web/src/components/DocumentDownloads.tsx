import { Button, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DocumentFormat } from "../../../domain/documents";

export type DownloadFormat = { format: DocumentFormat; url: string; fileName: string };

/**
 * One document's formats as plain links with `download`: the browser saves the file under its
 * official name, and each link is a focusable control named after the document and format.
 */
export function DownloadButtons({
  title,
  formats,
  testId,
}: {
  title: string;
  formats: DownloadFormat[];
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      {formats.map((f) => (
        <Button
          key={f.format}
          component="a"
          href={f.url}
          download={f.fileName}
          size="compact-xs"
          variant="light"
          aria-label={t("documents.downloadAs", { title, format: f.format.toUpperCase() })}
          data-testid={`${testId}-${f.format}`}
        >
          {f.format.toUpperCase()}
        </Button>
      ))}
    </Group>
  );
}
