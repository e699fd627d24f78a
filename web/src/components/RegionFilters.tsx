import { CloseButton, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { REGION_TYPES, type RegionType } from "../../../domain/regions";
import { provincesQuery } from "../api/regions";
import type { RegionSearch } from "../routes/search";
import { useErrorText } from "./ErrorState";

export type RegionSearchPatch = Partial<RegionSearch>;

type RegionFiltersProps = {
  search: RegionSearch;
  /** `replace` for typing, so each debounced keystroke does not become a history entry. */
  onChange: (patch: RegionSearchPatch, options?: { replace?: boolean }) => void;
};

/** Search text, province and type; every change goes to the URL and starts again at page 1. */
export function RegionFilters({ search, onChange }: RegionFiltersProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const provinces = useQuery(provincesQuery());
  const [text, setText] = useState(search.q ?? "");

  const commitText = useDebouncedCallback((value: string) => {
    onChange({ q: value.trim() || undefined, page: undefined }, { replace: true });
  }, 250);

  // Back/forward and "reset filters" change the URL under the input; follow it (adjusting state during render,
  // as React recommends for derived state). Our own commit arrives here too, and must keep a trailing space.
  const [seenQ, setSeenQ] = useState(search.q);
  if (search.q !== seenQ) {
    setSeenQ(search.q);
    if (text.trim() !== (search.q ?? "")) setText(search.q ?? "");
  }

  const clearText = () => {
    commitText.cancel();
    setText("");
    onChange({ q: undefined, page: undefined });
  };

  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" mb="md">
      <TextInput
        label={t("regions.searchLabel")}
        aria-label={t("regions.searchLabel")}
        placeholder={t("regions.searchPlaceholder")}
        type="search"
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          commitText(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") commitText.flush();
        }}
        rightSection={
          text ? <CloseButton size="sm" aria-label={t("regions.clearSearch")} onClick={clearText} /> : undefined
        }
      />
      <Select
        label={t("regions.provinceLabel")}
        placeholder={t("regions.provincePlaceholder")}
        data={(provinces.data ?? []).map((p) => ({ value: p.code, label: p.name }))}
        value={search.province ?? null}
        onChange={(value) => onChange({ province: value ?? undefined, page: undefined })}
        searchable
        clearable
        nothingFoundMessage={t("regions.provinceNothingFound")}
        error={provinces.isError ? errorText(provinces.error) : undefined}
        disabled={provinces.isError}
      />
      <Select
        label={t("regions.typeLabel")}
        placeholder={t("regions.typePlaceholder")}
        data={REGION_TYPES.map((type) => ({ value: type, label: t(`regionType.${type}`) }))}
        value={search.type ?? null}
        onChange={(value) => onChange({ type: (value as RegionType | null) ?? undefined, page: undefined })}
        clearable
      />
    </SimpleGrid>
  );
}
