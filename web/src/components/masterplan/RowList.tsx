import { ActionIcon, Button, Group, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

type RowListProps<T> = {
  rows: T[];
  onChange: (rows: T[]) => void;
  blank: () => T;
  addLabel: string;
  editable: boolean;
  testId: string;
  render: (row: T, update: (changes: Partial<T>) => void, index: number) => ReactNode;
};

/** Repeating rows (missions, budgets, members…) with add and remove, keyboard-usable buttons. */
export function RowList<T>({ rows, onChange, blank, addLabel, editable, testId, render }: RowListProps<T>) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid={testId}>
      {rows.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
        <Group key={index} align="flex-start" gap="xs" wrap="nowrap" data-testid={`${testId}-row`}>
          <div style={{ flex: 1 }}>
            {render(row, (changes) => onChange(rows.map((r, i) => (i === index ? { ...r, ...changes } : r))), index)}
          </div>
          {editable && (
            <ActionIcon
              variant="subtle"
              color="red"
              mt={26}
              aria-label={`${t("masterplan.removeRow")} ${index + 1}`}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              ×
            </ActionIcon>
          )}
        </Group>
      ))}
      {editable && (
        <div>
          <Button size="xs" variant="light" onClick={() => onChange([...rows, blank()])} data-testid={`${testId}-add`}>
            {addLabel}
          </Button>
        </div>
      )}
    </Stack>
  );
}
