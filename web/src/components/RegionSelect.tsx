import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { regionListQuery, regionQuery } from "../api/regions";
import type { RegionRef } from "../api/session";

/** "Kota Banjar (32.79)": the name people search for, with the code that tells namesakes apart. */
export function regionOptionLabel(region: { code: string; name: string }): string {
  return `${region.name} (${region.code})`;
}

type RegionSelectProps = {
  label: string;
  value: string | null;
  onChange: (code: string | null) => void;
  /** A fixed list (a coordinator's own regions) instead of searching all regions. */
  options?: RegionRef[];
  placeholder?: string;
  error?: string;
  clearable?: boolean;
  withAsterisk?: boolean;
  description?: string;
  testId?: string;
};

/** A region chosen by typing part of its name or code; the server does the search. */
export function RegionSelect({ options, ...props }: RegionSelectProps) {
  return options ? <FixedRegionSelect options={options} {...props} /> : <SearchRegionSelect {...props} />;
}

function FixedRegionSelect({
  options,
  label,
  value,
  onChange,
  testId,
  ...rest
}: RegionSelectProps & { options: RegionRef[] }) {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      data={options.map((r) => ({ value: r.code, label: regionOptionLabel(r) }))}
      value={value}
      onChange={onChange}
      searchable
      nothingFoundMessage={t("invite.regionNothingFound")}
      data-testid={testId}
      {...rest}
    />
  );
}

function SearchRegionSelect({ label, value, onChange, testId, ...rest }: Omit<RegionSelectProps, "options">) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 200);
  // Labels of regions seen in results, so the chosen one stays shown when the next search no longer lists it.
  const [known, setKnown] = useState<Record<string, string>>({});

  // A value from the URL that no search has produced yet: ask for its name once.
  const detail = useQuery({ ...regionQuery(value ?? ""), enabled: Boolean(value) && !(value && known[value]) });
  const selectedLabel = value
    ? (known[value] ?? (detail.data ? regionOptionLabel({ code: value, name: detail.data.displayName }) : value))
    : null;

  // After choosing, the input shows the option's label; that text is not a new search.
  const searching = debounced.length >= 2 && debounced !== selectedLabel;
  const results = useQuery({
    ...regionListQuery({ q: debounced, pageSize: 20 }),
    enabled: searching,
    placeholderData: keepPreviousData,
  });

  const found = searching ? (results.data?.data ?? []) : [];
  const data = found.map((r) => ({ value: r.code, label: regionOptionLabel({ code: r.code, name: r.displayName }) }));
  if (value && selectedLabel && !data.some((o) => o.value === value)) data.unshift({ value, label: selectedLabel });

  const nothingFound = !searching
    ? t("invite.regionTypeToSearch")
    : results.isFetching
      ? t("common.loading")
      : t("invite.regionNothingFound");

  return (
    <Select
      label={label}
      data={data}
      value={value}
      onChange={(code, option) => {
        if (code && option) setKnown((prev) => ({ ...prev, [code]: option.label }));
        onChange(code);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already matched names, prefixes ("Kab.") and codes; show its answer as is.
      filter={({ options }) => options}
      nothingFoundMessage={nothingFound}
      data-testid={testId}
      {...rest}
    />
  );
}
