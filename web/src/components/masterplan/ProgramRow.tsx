import { Badge, Button, Group, Table } from "@mantine/core";
import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { ProgramOut } from "../../../../domain/masterplan-responses";
import { formatRupiah } from "../../api/masterplans";
import { useLanguage } from "../../i18n/format";
import { CommentsButton } from "./CommentsButton";
import { HistoryButton } from "./HistoryPanel";

type Props = {
  planId: number;
  program: ProgramOut;
  dimensionCell: ReactNode;
  ownerName: string;
  /** Focus the row's edit button, e.g. when an inline edit of this row just ended. */
  focusEdit: boolean;
  onInline: () => void;
  onFull: () => void;
  onDelete: () => void;
};

/** A program as plain text; who may change it gets "Ubah" (in place) and "Ubah lengkap" (the full form). */
export function ProgramRow({
  planId,
  program: p,
  dimensionCell,
  ownerName,
  focusEdit,
  onInline,
  onFull,
  onDelete,
}: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const edit = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusEdit) edit.current?.focus();
  }, [focusEdit]);

  return (
    <Table.Tr data-testid="program-row" data-program-id={p.id}>
      <Table.Td fw={500} data-testid="program-name-cell">
        {p.name}
      </Table.Td>
      <Table.Td>{dimensionCell}</Table.Td>
      <Table.Td>{ownerName}</Table.Td>
      <Table.Td>
        <Badge
          variant="light"
          style={{ minWidth: "max-content" }}
          color={p.term === "short" ? "teal" : p.term === "medium" ? "blue" : "grape"}
        >
          {t(`masterplan.program.termShort.${p.term}`)}
        </Badge>
      </Table.Td>
      <Table.Td style={{ whiteSpace: "nowrap" }}>
        {p.startYear === p.endYear ? p.startYear : `${p.startYear}–${p.endYear}`}
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: "nowrap" }} data-testid="program-total">
        {formatRupiah(p.totalBudget, lang)}
      </Table.Td>
      <Table.Td>{p.priority}</Table.Td>
      <Table.Td w={210}>
        <Group gap={4}>
          {p.can.update && (
            <Button
              ref={edit}
              size="compact-xs"
              variant="light"
              onClick={onInline}
              aria-label={t("masterplan.inline.editLabel", { name: p.name })}
              data-testid={`program-inline-${p.id}`}
            >
              {t("masterplan.inline.edit")}
            </Button>
          )}
          {p.can.update && (
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={onFull}
              aria-label={t("masterplan.inline.fullLabel", { name: p.name })}
              data-testid={`program-edit-${p.id}`}
            >
              {t("masterplan.inline.full")}
            </Button>
          )}
          <CommentsButton planId={planId} targetType="program" targetId={String(p.id)} targetLabel={p.name} />
          <HistoryButton planId={planId} entityType="program" entityId={String(p.id)} targetLabel={p.name} />
          {p.can.delete && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              onClick={onDelete}
              data-testid={`program-delete-${p.id}`}
            >
              {t("masterplan.delete")}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
