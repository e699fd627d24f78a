import { Anchor, Checkbox, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Facet, FacetName } from "../../../../domain/open-data/dataset";
import { useFormatNumber } from "../../i18n/format";
import { useOpenDataLabels } from "./labels";

const SHOWN = 8;

type FacetListProps = {
  facet: FacetName;
  title: string;
  values: Facet;
  /** The value chosen in the URL, if any: kept in the list even when the result has none of it. */
  selected: string | undefined;
  onChange: (value: string | undefined) => void;
};

/**
 * One facet as a list of checkboxes with counts. The API filters on one value per facet, so ticking
 * a value replaces the previous one and unticking it clears the facet.
 */
export function FacetList({ facet, title, values, selected, onChange }: FacetListProps) {
  const { t } = useTranslation();
  const labels = useOpenDataLabels();
  const formatNumber = useFormatNumber();
  const [all, setAll] = useState(false);
  const items =
    selected && !values.some((v) => v.name === selected)
      ? [{ name: selected, count: 0, label: selected }, ...values]
      : values;
  if (items.length === 0) return null;
  // The chosen value stays visible when the list is cut short.
  const shown = all
    ? items
    : items.filter((v, i) => i < SHOWN || v.name === selected).slice(0, SHOWN + (selected ? 1 : 0));

  return (
    <Stack
      gap={6}
      component="fieldset"
      style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
      data-testid={`facet-${facet}`}
    >
      <Text component="legend" fw={600} size="sm" mb={4}>
        {title}
      </Text>
      {shown.map((v) => {
        const label = labels.facetValue(facet, v);
        return (
          <Group key={v.name} gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
            <Checkbox
              size="sm"
              checked={v.name === selected}
              onChange={(e) => onChange(e.currentTarget.checked ? v.name : undefined)}
              label={label}
              aria-label={t("openData.search.facetCount", { label, count: v.count })}
              styles={{ label: { wordBreak: "break-word" } }}
              style={{ flex: 1, minWidth: 0 }}
            />
            <Text size="xs" c="dimmed" aria-hidden="true" style={{ flexShrink: 0 }}>
              {formatNumber(v.count)}
            </Text>
          </Group>
        );
      })}
      {items.length > SHOWN && (
        <Anchor component="button" type="button" size="sm" ta="left" onClick={() => setAll(!all)}>
          {all ? t("openData.search.showLess") : t("openData.search.showMore", { count: items.length })}
        </Anchor>
      )}
    </Stack>
  );
}
