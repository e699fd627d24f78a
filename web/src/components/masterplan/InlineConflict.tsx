import { Alert, Button, Group, List, Text } from "@mantine/core";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { ProgramOut } from "../../../../domain/masterplan-responses";
import type { OpdOut } from "../../../../domain/opd";
import { formatRupiah } from "../../api/masterplans";
import { useLanguage } from "../../i18n/format";

type Props = {
  current: ProgramOut;
  opds: OpdOut[];
  busy: boolean;
  onReapply: () => void;
  onDiscard: () => void;
};

/**
 * 409 on an inline edit: what the program holds on the server now, and the way on, which
 * reloads it and applies the person's own changes again. Focus moves to that button.
 */
export function InlineConflict({ current, opds, busy, onReapply, onDiscard }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const reapply = useRef<HTMLButtonElement>(null);
  useEffect(() => reapply.current?.focus(), []);
  const owner = opds.find((o) => o.id === current.ownerOpdId);
  const years = current.startYear === current.endYear ? current.startYear : `${current.startYear}–${current.endYear}`;
  const budgets = current.budgets.map((b) => `${b.year} ${b.source} ${formatRupiah(b.amount, lang)}`).join("; ");

  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      mt="xs"
      title={t("masterplan.inline.conflictTitle")}
      data-testid="inline-conflict"
    >
      <Text size="sm">{t("masterplan.inline.conflictBody")}</Text>
      <List size="sm" spacing={2} my={4} data-testid="inline-conflict-current">
        <List.Item>
          {t("masterplan.program.name")}: <strong>{current.name}</strong>
        </List.Item>
        <List.Item>
          {t("masterplan.program.owner")}:{" "}
          {owner ? `${owner.abbreviation} — ${owner.name}` : t("masterplan.inline.noOwner")}
        </List.Item>
        <List.Item>
          {t("masterplan.program.years")}: {years} · {t(`masterplan.program.termShort.${current.term}`)}
        </List.Item>
        <List.Item>{t("masterplan.program.priorityN", { n: current.priority })}</List.Item>
        <List.Item>
          {t("masterplan.program.budgets")}: {budgets || "—"} ({t("masterplan.program.totalBudget").toLowerCase()}{" "}
          {formatRupiah(current.totalBudget, lang)})
        </List.Item>
      </List>
      <Text size="xs" c="dimmed">
        {t("masterplan.inline.reapplyHint")}
      </Text>
      <Group gap="xs" mt="xs">
        <Button ref={reapply} size="xs" color="orange" onClick={onReapply} loading={busy} data-testid="inline-reapply">
          {t("masterplan.inline.reapply")}
        </Button>
        <Button size="xs" variant="default" onClick={onDiscard} disabled={busy} data-testid="inline-discard">
          {t("masterplan.inline.discard")}
        </Button>
      </Group>
    </Alert>
  );
}
