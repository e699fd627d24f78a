import { Button, Group, Image, Paper, Stack, Text } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { regionEmblemQuery, removeRegionEmblem, uploadRegionEmblem } from "../../api/documents";
import { ConfirmDialog, type ConfirmRequest } from "../ConfirmDialog";
import { useErrorText } from "../ErrorState";
import { FileUploadButton } from "../FileUploadButton";
import { Notice, type NoticeMessage } from "../Notice";

/**
 * The region's emblem, printed on the covers of its books: shown to everyone once uploaded; the
 * region's coordinator (or the admin) uploads, replaces or removes it. Nothing shows otherwise.
 */
export function RegionEmblem({ code, regionName }: { code: string; regionName: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const emblem = useQuery({ ...regionEmblemQuery(code), retry: false });
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const current = emblem.data?.data ?? null;
  const canUpdate = emblem.data?.can.update ?? false;
  if (!current && !canUpdate) return null;

  const refresh = () => queryClient.invalidateQueries({ queryKey: regionEmblemQuery(code).queryKey });
  const upload = async (file: File) => {
    try {
      await uploadRegionEmblem(code, file);
      setNotice({ text: t("documents.emblem.uploaded") });
      await refresh();
    } catch (cause) {
      setNotice({ text: errorText(cause), color: "red" });
    }
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="region-emblem">
      <Stack gap="sm">
        <Notice notice={notice} onClose={() => setNotice(null)} />
        <Group gap="md" align="center" wrap="nowrap">
          {current && (
            <Image
              src={current.url}
              alt={t("documents.emblem.alt", { region: regionName })}
              h={72}
              w="auto"
              fit="contain"
              data-testid="region-emblem-image"
            />
          )}
          <Stack gap={4}>
            <Text fw={500}>{t("documents.emblem.title")}</Text>
            {canUpdate && (
              <Text size="sm" c="dimmed">
                {current ? t("documents.emblem.hint") : `${t("documents.emblem.none")} ${t("documents.emblem.hint")}`}
              </Text>
            )}
            {canUpdate && (
              <Group gap="xs">
                <FileUploadButton
                  label={current ? t("documents.emblem.replace") : t("documents.emblem.upload")}
                  accept=".png,.jpg,.jpeg,image/png,image/jpeg"
                  onFile={upload}
                  testId="region-emblem-upload"
                />
                {current && (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    data-testid="region-emblem-remove"
                    onClick={() =>
                      setConfirm({
                        title: t("documents.emblem.confirmTitle"),
                        message: t("documents.emblem.confirm", { region: regionName }),
                        confirmLabel: t("documents.emblem.remove"),
                        action: async () => {
                          await removeRegionEmblem(code);
                          setNotice({ text: t("documents.emblem.removed") });
                          await refresh();
                        },
                      })
                    }
                  >
                    {t("documents.emblem.remove")}
                  </Button>
                )}
              </Group>
            )}
          </Stack>
        </Group>
      </Stack>
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </Paper>
  );
}
