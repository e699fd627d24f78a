import { ActionIcon, Anchor, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { EvidenceOut } from "../../../../domain/monitoring-api";
import { formatFileSize } from "../../i18n/format";
import { FileUploadButton } from "../FileUploadButton";
import { useMonitoringLabels } from "./labels";

type Evidence = z.infer<typeof EvidenceOut>;

type Props = {
  files: Evidence[];
  /** Present when the person may add evidence. */
  onAttach?: (file: File) => Promise<unknown>;
  /** Present when the person may remove evidence (the parent asks first). */
  onRemove?: (file: Evidence) => void;
  testId: string;
};

/** Bukti dukung: download links, and adding or removing one when allowed. */
export function EvidenceList({ files, onAttach, onRemove, testId }: Props) {
  const { t } = useTranslation();
  const { lang } = useMonitoringLabels();
  return (
    <Stack gap={4} data-testid={testId}>
      {files.length === 0 && !onAttach && (
        <Text size="sm" c="dimmed">
          —
        </Text>
      )}
      {files.map((f) => (
        <Group key={f.fileId} gap={4} wrap="nowrap">
          <Anchor href={f.url} download={f.name} size="sm" data-testid={`${testId}-file`}>
            {f.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            ({formatFileSize(f.size, lang)})
          </Text>
          {onRemove && (
            <ActionIcon
              variant="subtle"
              color="red"
              size="sm"
              aria-label={t("monitoring.evidence.remove", { name: f.name })}
              onClick={() => onRemove(f)}
            >
              ×
            </ActionIcon>
          )}
        </Group>
      ))}
      {onAttach && (
        <div>
          <FileUploadButton
            label={t("monitoring.evidence.attach")}
            onFile={onAttach}
            testId={`${testId}-upload`}
            size="xs"
          />
        </div>
      )}
    </Stack>
  );
}
