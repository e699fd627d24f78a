import { CloseButton, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ROLES, type Role } from "../../../../domain/roles";
import { useDomainLabels } from "../../i18n/labels";
import type { UsersSearch } from "../../routes/search";
import { RegionSelect } from "../RegionSelect";

type UserFiltersProps = {
  search: UsersSearch;
  onChange: (patch: Partial<UsersSearch>, options?: { replace?: boolean }) => void;
  /** The national admin filters by any region; a coordinator's list is already one region. */
  withRegion: boolean;
};

/** Name/e-mail search, role, region and status; each change goes to the URL and back to page 1. */
export function UserFilters({ search, onChange, withRegion }: UserFiltersProps) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const [text, setText] = useState(search.q ?? "");
  const commitText = useDebouncedCallback((value: string) => {
    onChange({ q: value.trim() || undefined, page: undefined }, { replace: true });
  }, 250);

  // Follow the URL when it changes under the input (back/forward, "clear all filters").
  const [seenQ, setSeenQ] = useState(search.q);
  if (search.q !== seenQ) {
    setSeenQ(search.q);
    if (text.trim() !== (search.q ?? "")) setText(search.q ?? "");
  }

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: withRegion ? 4 : 3 }} spacing="md" mb="md">
      <TextInput
        label={t("users.searchLabel")}
        placeholder={t("users.searchPlaceholder")}
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
          text ? (
            <CloseButton
              size="sm"
              aria-label={t("users.clearSearch")}
              onClick={() => {
                commitText.cancel();
                setText("");
                onChange({ q: undefined, page: undefined });
              }}
            />
          ) : undefined
        }
      />
      <Select
        label={t("users.roleFilter")}
        placeholder={t("users.rolePlaceholder")}
        data={ROLES.map((role) => ({ value: role, label: labels.role(role) }))}
        value={search.role ?? null}
        onChange={(role) => onChange({ role: (role as Role | null) ?? undefined, page: undefined })}
        clearable
      />
      {withRegion && (
        <RegionSelect
          label={t("users.regionFilter")}
          placeholder={t("users.regionPlaceholder")}
          value={search.region ?? null}
          onChange={(region) => onChange({ region: region ?? undefined, page: undefined })}
          clearable
        />
      )}
      <Select
        label={t("users.statusFilter")}
        placeholder={t("users.statusPlaceholder")}
        data={[
          { value: "true", label: t("users.active") },
          { value: "false", label: t("users.inactive") },
        ]}
        value={search.active ?? null}
        onChange={(active) =>
          onChange({ active: active === "true" || active === "false" ? active : undefined, page: undefined })
        }
        clearable
      />
    </SimpleGrid>
  );
}
