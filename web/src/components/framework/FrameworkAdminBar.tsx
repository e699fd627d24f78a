import { Badge, Button, Group, Paper, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { FrameworkStatus } from "../../../../domain/framework/editor";
import type { FrameworkDetail } from "../../../../domain/framework/schemas";
import { type FrameworkWithCan, useTransitionFramework } from "../../api/frameworks";
import { ConfirmDialog, type ConfirmRequest } from "../ConfirmDialog";
import { CopyFrameworkModal } from "./CopyFrameworkModal";

const STATUS_COLORS: Record<FrameworkStatus, string> = { draft: "yellow", published: "green", retired: "gray" };

/** Draf / Terbit / Pensiun. */
export function FrameworkStatusBadge({ status }: { status: FrameworkStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" radius="sm" tt="none" data-testid="framework-status">
      {t(`frameworkEdit.status.${status}`)}
    </Badge>
  );
}

type FrameworkAdminBarProps = {
  framework: FrameworkDetail;
  can: FrameworkWithCan["can"];
  editing: boolean;
  dirty: boolean;
  onEditingChange: (editing: boolean) => void;
  onCopied: (id: number) => void;
  onDone: (text: string) => void;
};

/** The program office's actions on one framework, each shown only when `can` allows it. */
export function FrameworkAdminBar(props: FrameworkAdminBarProps) {
  const { framework: f, can, editing, dirty, onEditingChange, onCopied, onDone } = props;
  const { t } = useTranslation();
  const transition = useTransitionFramework(f.id);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [copying, setCopying] = useState(false);

  const ask = (action: "publish" | "retire") =>
    setConfirm({
      title: t(`frameworkEdit.${action}Title`),
      message: t(`frameworkEdit.${action}Message`, { name: f.name, version: f.version }),
      confirmLabel: t(`frameworkEdit.${action}`),
      color: action === "publish" ? "green" : "red",
      confirmTestId: `framework-${action}-confirm`,
      action: async () => {
        await transition.mutateAsync({ action, revision: f.revision });
        onDone(t(action === "publish" ? "frameworkEdit.published" : "frameworkEdit.retired", { name: f.name }));
      },
    });

  return (
    <Paper withBorder radius="md" p="sm" mb="lg" component="section" aria-label={t("frameworkEdit.actions")}>
      <Group justify="space-between" gap="sm">
        <Group gap="xs">
          <Text size="sm" fw={500}>
            {f.name} ({f.version})
          </Text>
          <FrameworkStatusBadge status={f.status} />
        </Group>
        <Group gap="xs">
          {can.update && (
            <Button
              variant={editing ? "default" : "filled"}
              size="sm"
              onClick={() => onEditingChange(!editing)}
              disabled={editing && dirty}
              data-testid="framework-edit-toggle"
            >
              {editing ? t("frameworkEdit.closeEditor") : t("frameworkEdit.edit")}
            </Button>
          )}
          {can.copy && (
            <Button variant="light" size="sm" onClick={() => setCopying(true)} data-testid="framework-copy">
              {t("frameworkEdit.copy")}
            </Button>
          )}
          {can.publish && (
            <Button
              color="green"
              size="sm"
              onClick={() => ask("publish")}
              disabled={dirty}
              title={dirty ? t("frameworkEdit.saveFirst") : undefined}
              data-testid="framework-publish"
            >
              {t("frameworkEdit.publish")}
            </Button>
          )}
          {can.retire && (
            <Button color="red" variant="light" size="sm" onClick={() => ask("retire")} data-testid="framework-retire">
              {t("frameworkEdit.retire")}
            </Button>
          )}
        </Group>
      </Group>
      {can.publish && dirty && (
        <Text size="xs" c="dimmed" mt={4}>
          {t("frameworkEdit.saveFirst")}
        </Text>
      )}
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
      <CopyFrameworkModal
        source={copying ? f : null}
        onClose={() => setCopying(false)}
        onCopied={(id) => {
          setCopying(false);
          onCopied(id);
        }}
      />
    </Paper>
  );
}
