import { Badge, Button, Group, Popover, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { planDocumentsQuery } from "../../api/documents";
import { QueryErrorState } from "../AccessStates";
import { DownloadButtons } from "../DocumentDownloads";

/**
 * "Unduh dokumen": the plan's official books (Buku 1–4, executive summary, Perkada draft), each as
 * DOCX and PDF links. The panel traps focus while open, Esc closes it and focus returns to the button.
 */
export function DocumentsMenu({ planId }: { planId: number }) {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(false);
  const docs = useQuery({ ...planDocumentsQuery(planId), enabled: opened, retry: false });
  const draft = docs.data?.data.some((d) => d.draft) ?? false;

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" width={380} shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => setOpened((o) => !o)}
          aria-haspopup="dialog"
          aria-expanded={opened}
          data-testid="documents-menu-open"
        >
          {t("documents.menu")}
        </Button>
      </Popover.Target>
      <Popover.Dropdown role="dialog" aria-label={t("documents.menuTitle")} data-testid="documents-menu">
        <Stack gap="xs">
          <Group gap="xs" justify="space-between">
            <Text fw={600} size="sm">
              {t("documents.menuTitle")}
            </Text>
            {draft && (
              <Badge color="red" variant="light" radius="sm" data-testid="documents-draft">
                {t("documents.draftBadge")}
              </Badge>
            )}
          </Group>
          {docs.isPending ? (
            <Stack gap={6} aria-busy aria-label={t("documents.loading")}>
              {[1, 2, 3].map((n) => (
                <Skeleton key={n} height={22} />
              ))}
            </Stack>
          ) : docs.isError ? (
            <QueryErrorState error={docs.error} onRetry={() => void docs.refetch()} />
          ) : (
            <>
              <Text size="xs" c="dimmed">
                {draft ? t("documents.draftNote") : t("documents.enactedNote")} {t("documents.generatingNote")}
              </Text>
              <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: "none" }}>
                {docs.data.data.map((d) => {
                  const title = i18n.language === "en" ? d.titleEn : d.title;
                  // "Buku 2 · Masterplan"; the summary and the Perkada draft are named by their title alone.
                  const name = d.label.startsWith("Buku") ? `${d.label} · ${title}` : title;
                  return (
                    <Group key={d.book} component="li" justify="space-between" wrap="nowrap" gap="sm">
                      <Text size="sm">{name}</Text>
                      <DownloadButtons title={name} formats={d.formats} testId={`document-${d.book}`} />
                    </Group>
                  );
                })}
              </Stack>
            </>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
