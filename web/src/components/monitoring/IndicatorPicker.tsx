import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type IndicatorOut, indicatorsQuery } from "../../api/monitoring";

type Props = {
  regionCode: string;
  /** Indicators already linked to the program, left out of the choices. */
  exclude: number[];
  value: IndicatorOut | null;
  onChange: (indicator: IndicatorOut | null) => void;
  error?: string;
};

/** Searches the national catalogue and the region's own indicators as the person types. */
export function IndicatorPicker({ regionCode, exclude, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const label = (i: IndicatorOut) => optionLabel(i, t("monitoring.catalog.regionalShort"));
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search, 250);
  // The label of the chosen option is the search text once chosen; do not search for it.
  const term = value && q === label(value) ? "" : q;
  const list = useQuery({
    ...indicatorsQuery({ regionCode, q: term || undefined }, 1, 30),
    placeholderData: keepPreviousData,
  });
  const options = (list.data?.data ?? []).filter((i) => !exclude.includes(i.id));
  const data = [...(value && !options.some((o) => o.id === value.id) ? [value] : []), ...options];

  return (
    <Select
      label={t("monitoring.indicators.pick")}
      description={t("monitoring.indicators.pickHint")}
      placeholder={t("monitoring.indicators.pickPlaceholder")}
      data={data.map((i) => ({ value: String(i.id), label: label(i) }))}
      value={value ? String(value.id) : null}
      onChange={(v) => onChange(data.find((i) => String(i.id) === v) ?? null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={list.isFetching ? t("common.loading") : t("monitoring.indicators.pickNone")}
      required
      error={error}
      data-autofocus
      data-testid="indicator-pick"
    />
  );
}

const optionLabel = (i: IndicatorOut, regional: string) =>
  `${i.code} — ${i.name} (${i.unit})${i.regionCode ? ` · ${regional}` : ""}`;
