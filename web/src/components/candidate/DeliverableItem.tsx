import { Anchor, Badge, Button, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DeliverableOut } from "../../../../domain/bimtek";
import { actOnDeliverable, updateDeliverable, uploadDeliverableFile } from "../../api/bimtek";
import { fieldErrors } from "../../api/client";
import { fileUrl } from "../../api/cohorts";
import { formatFileSize, inLanguage, useLanguage } from "../../i18n/format";
import { DeliverableStatusBadge } from "../cohort/StatusBadges";
import { useErrorText } from "../ErrorState";
import { FileUploadButton } from "../FileUploadButton";
import type { NoticeMessage } from "../Notice";
import type { CommentRequest } from "./CommentModal";
import { CoveredChapters } from "./CoveredChapters";
import { ReviewHistory } from "./ReviewHistory";

type DeliverableItemProps = {
  deliverable: DeliverableOut;
  onChanged: () => Promise<unknown>;
  onNotice: (notice: NoticeMessage) => void;
  onAskComment: (request: CommentRequest) => void;
};

/** One deliverable: its file or link, its status, and the actions the API allows this person. */
export function DeliverableItem({ deliverable: d, onChanged, onNotice, onAskComment }: DeliverableItemProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const errorText = useErrorText();
  const code = d.template.code;
  const name = inLanguage(lang, d.template.nameId, d.template.nameEn);
  const [link, setLink] = useState(d.link ?? "");
  const [note, setNote] = useState(d.note ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const dirty = link.trim() !== (d.link ?? "") || note.trim() !== (d.note ?? "");

  const run = async (key: string, work: () => Promise<unknown>, done: string) => {
    setBusy(key);
    setErrors({});
    try {
      await work();
      onNotice({ text: done });
      await onChanged();
    } catch (cause) {
      const fields = fieldErrors(cause);
      if (Object.keys(fields).length > 0) setErrors(fields);
      else onNotice({ text: `${name}: ${errorText(cause)}`, color: "red" });
    } finally {
      setBusy(null);
    }
  };

  const saveFields = () =>
    updateDeliverable(d.id, { link: link.trim() || null, note: note.trim() || null, version: d.version });

  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      id={`keluaran-${d.id}`}
      data-testid="deliverable"
      data-code={code}
      data-status={d.status}
    >
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div>
          <Text fw={500} size="sm">
            {name}
          </Text>
          <Badge size="xs" variant="outline" color={d.template.required ? "blue" : "gray"} radius="sm" tt="none">
            {d.template.required ? t("bimtek.required") : t("bimtek.optional")}
          </Badge>
        </div>
        <DeliverableStatusBadge status={d.status} />
      </Group>

      <Stack gap={4} mt="xs">
        <Text size="sm">
          <Text span c="dimmed">
            {t("bimtek.file")}:
          </Text>{" "}
          {d.file ? (
            <Anchor href={fileUrl(d.file.id)} target="_blank" rel="noopener" size="sm">
              {d.file.name}
            </Anchor>
          ) : (
            t("bimtek.noFile")
          )}
          {d.file && (
            <Text span size="xs" c="dimmed">
              {" "}
              ({formatFileSize(d.file.size, lang)})
            </Text>
          )}
        </Text>
        {!d.can.edit && d.link && (
          <Text size="sm">
            <Text span c="dimmed">
              {t("bimtek.link")}:
            </Text>{" "}
            <Anchor href={d.link} target="_blank" rel="noopener noreferrer" size="sm">
              {d.link}
            </Anchor>
          </Text>
        )}
        {!d.can.edit && d.note && (
          <Text size="sm">
            <Text span c="dimmed">
              {t("bimtek.note")}:
            </Text>{" "}
            {d.note}
          </Text>
        )}
      </Stack>

      <CoveredChapters covers={d.covers} code={code} />

      {d.can.edit && (
        <Group align="flex-end" gap="xs" mt="xs" wrap="wrap">
          <TextInput
            label={t("bimtek.link")}
            placeholder={t("bimtek.linkPlaceholder")}
            value={link}
            onChange={(event) => setLink(event.currentTarget.value)}
            error={errors.link}
            size="xs"
            style={{ flex: 2, minWidth: 220 }}
            data-testid={`deliverable-link-${code}`}
          />
          <TextInput
            label={t("bimtek.note")}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errors.note}
            size="xs"
            style={{ flex: 1, minWidth: 160 }}
            data-testid={`deliverable-note-${code}`}
          />
          <Button
            size="xs"
            variant="default"
            disabled={!dirty}
            loading={busy === "save"}
            onClick={() => void run("save", saveFields, t("bimtek.linkSaved", { name }))}
            data-testid={`deliverable-save-${code}`}
          >
            {t("bimtek.saveLink")}
          </Button>
          <FileUploadButton
            label={t("bimtek.uploadFile")}
            size="xs"
            testId={`deliverable-file-${code}`}
            onFile={(file) =>
              run("file", () => uploadDeliverableFile(d.id, file), t("bimtek.fileUploaded", { name: file.name }))
            }
          />
        </Group>
      )}

      <Group gap="xs" mt="xs" justify="space-between" wrap="wrap">
        <ReviewHistory deliverableId={d.id} code={code} />
        <Group gap="xs">
          {d.can.submit && (
            <Button
              size="xs"
              loading={busy === "submit"}
              onClick={() =>
                void run(
                  "submit",
                  async () => {
                    // Typed-in changes go along with the submission.
                    if (dirty) await saveFields();
                    await actOnDeliverable(d.id, "submit");
                  },
                  t("bimtek.submitted", { name }),
                )
              }
              data-testid={`deliverable-submit-${code}`}
            >
              {t("bimtek.submit")}
            </Button>
          )}
          {d.can.request_revision && (
            <Button
              size="xs"
              variant="light"
              color="orange"
              onClick={() =>
                onAskComment({
                  title: t("bimtek.commentTitle", { action: t("bimtek.requestRevision"), name }),
                  confirmLabel: t("bimtek.requestRevision"),
                  testId: "revision-submit",
                  action: async (comment) => {
                    await actOnDeliverable(d.id, "request_revision", comment);
                    onNotice({ text: t("bimtek.revisionRequested", { name }) });
                    await onChanged();
                  },
                })
              }
              data-testid={`deliverable-revise-${code}`}
            >
              {t("bimtek.requestRevision")}
            </Button>
          )}
          {d.can.approve && (
            <Button
              size="xs"
              color="green"
              loading={busy === "approve"}
              onClick={() =>
                void run("approve", () => actOnDeliverable(d.id, "approve"), t("bimtek.approved", { name }))
              }
              data-testid={`deliverable-approve-${code}`}
            >
              {t("bimtek.approve")}
            </Button>
          )}
          {d.can.reopen && (
            <Button
              size="xs"
              variant="subtle"
              color="orange"
              onClick={() =>
                onAskComment({
                  title: t("bimtek.commentTitle", { action: t("bimtek.reopen"), name }),
                  confirmLabel: t("bimtek.reopen"),
                  testId: "reopen-submit",
                  action: async (comment) => {
                    await actOnDeliverable(d.id, "reopen", comment);
                    onNotice({ text: t("bimtek.reopened", { name }) });
                    await onChanged();
                  },
                })
              }
              data-testid={`deliverable-reopen-${code}`}
            >
              {t("bimtek.reopen")}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
