import { Select, SimpleGrid, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AUDIT_ACTIONS } from "../../../../domain/audit";
import type { RegionRef } from "../../api/session";
import { useDomainLabels } from "../../i18n/labels";
import type { AuditSearch } from "../../routes/search";
import { RegionSelect } from "../RegionSelect";

/** Object types the trail records; each has a label under audit.entity. */
export const AUDIT_ENTITY_TYPES = [
  "user",
  "invitation",
  "opd",
  "cohort",
  "candidate",
  "mou",
  "bimtek_stage",
  "deliverable",
  "framework",
  "readiness_instrument",
  "evaluation_scheme",
] as const;

type AuditFiltersProps = {
  search: AuditSearch;
  onChange: (patch: Partial<AuditSearch>, options?: { replace?: boolean }) => void;
  /** The coordinator's regions (one must be chosen); absent for the national admin. */
  regionOptions?: RegionRef[];
  region: string | undefined;
};

/** Region, actor, object type, action and a date range; every change goes to the URL. */
export function AuditFilters({ search, onChange, regionOptions, region }: AuditFiltersProps) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const [actor, setActor] = useState(search.actor ?? "");
  const commitActor = useDebouncedCallback((value: string) => {
    onChange({ actor: value.trim() || undefined, page: undefined }, { replace: true });
  }, 300);

  const [seenActor, setSeenActor] = useState(search.actor);
  if (search.actor !== seenActor) {
    setSeenActor(search.actor);
    if (actor.trim() !== (search.actor ?? "")) setActor(search.actor ?? "");
  }

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" mb="md">
      <RegionSelect
        label={t("audit.region")}
        placeholder={t("audit.regionPlaceholder")}
        value={region ?? null}
        onChange={(code) => onChange({ region: code ?? undefined, page: undefined })}
        options={regionOptions}
        clearable={!regionOptions}
        testId="audit-region"
      />
      <TextInput
        label={t("audit.actor")}
        placeholder={t("audit.actorPlaceholder")}
        type="search"
        value={actor}
        onChange={(event) => {
          setActor(event.currentTarget.value);
          commitActor(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") commitActor.flush();
        }}
      />
      <Select
        label={t("audit.entityType")}
        placeholder={t("audit.entityPlaceholder")}
        data={AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: t(`audit.entity.${type}`) }))}
        value={search.entityType ?? null}
        onChange={(value) => onChange({ entityType: value ?? undefined, page: undefined })}
        clearable
      />
      <Select
        label={t("audit.action")}
        placeholder={t("audit.actionPlaceholder")}
        data={Object.keys(AUDIT_ACTIONS).map((action) => ({ value: action, label: labels.auditAction(action) }))}
        value={search.action ?? null}
        onChange={(value) => onChange({ action: value ?? undefined, page: undefined })}
        searchable
        clearable
      />
      <TextInput
        label={t("audit.from")}
        type="date"
        value={search.from ?? ""}
        max={search.to}
        onChange={(event) => onChange({ from: event.currentTarget.value || undefined, page: undefined })}
      />
      <TextInput
        label={t("audit.to")}
        type="date"
        value={search.to ?? ""}
        min={search.from}
        onChange={(event) => onChange({ to: event.currentTarget.value || undefined, page: undefined })}
      />
    </SimpleGrid>
  );
}
