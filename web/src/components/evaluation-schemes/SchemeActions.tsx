import { Button, Group, Paper, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type SchemeWithCan, useTransitionScheme } from "../../api/evaluation-schemes";
import { ConfirmDialog, type ConfirmRequest } from "../ConfirmDialog";
import { SchemeCopyModal } from "./SchemeCopyModal";

type SchemeActionsProps = {
  body: SchemeWithCan;
  dirty: boolean;
  onCopied: (copy: SchemeWithCan) => void;
  onDone: (text: string) => void;
};

/** The program office's actions on one scheme, each shown only when `can` allows it. */
export function SchemeActions({ body: { data: s, can }, dirty, onCopied, onDone }: SchemeActionsProps) {
  const { t } = useTranslation();
  const transition = useTransitionScheme(s.id);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [copying, setCopying] = useState(false);
  if (!can.copy && !can.publish && !can.retire) return null;

  const ask = (action: "publish" | "retire") =>
    setConfirm({
      title: t(`evaluationSchemes.actions.${action}Title`),
      message: t(`evaluationSchemes.actions.${action}Message`, { name: s.name, key: s.key }),
      confirmLabel: t(`evaluationSchemes.actions.${action}`),
      color: action === "publish" ? "green" : "red",
      confirmTestId: `scheme-${action}-confirm`,
      action: async () => {
        await transition.mutateAsync({ action, revision: s.revision });
        onDone(t(`evaluationSchemes.actions.${action}Done`, { name: s.name }));
      },
    });

  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-label={t("evaluationSchemes.actions.label")}>
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed">
          {s.rounds > 0
            ? t("evaluationSchemes.actions.inUse", { count: s.rounds })
            : can.update
              ? t("evaluationSchemes.actions.editable")
              : t("evaluationSchemes.actions.readOnly")}
        </Text>
        <Group gap="xs">
          {can.copy && (
            <Button variant="light" size="sm" onClick={() => setCopying(true)} data-testid="scheme-copy">
              {t("evaluationSchemes.actions.copy")}
            </Button>
          )}
          {can.publish && (
            <Button
              color="green"
              size="sm"
              onClick={() => ask("publish")}
              disabled={dirty}
              title={dirty ? t("evaluationSchemes.actions.saveFirst") : undefined}
              data-testid="scheme-publish"
            >
              {t("evaluationSchemes.actions.publish")}
            </Button>
          )}
          {can.retire && (
            <Button color="red" variant="light" size="sm" onClick={() => ask("retire")} data-testid="scheme-retire">
              {t("evaluationSchemes.actions.retire")}
            </Button>
          )}
        </Group>
      </Group>
      {can.publish && dirty && (
        <Text size="xs" c="dimmed" mt={4}>
          {t("evaluationSchemes.actions.saveFirst")}
        </Text>
      )}
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
      <SchemeCopyModal
        source={copying ? s : null}
        onClose={() => setCopying(false)}
        onCopied={(copy) => {
          setCopying(false);
          onCopied(copy);
        }}
      />
    </Paper>
  );
}
