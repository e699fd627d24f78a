import { Select, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { ROLE_SCOPE, type Role } from "../../../../domain/roles";
import { cohortsQuery } from "../../api/cohorts";
import { opdListQuery } from "../../api/opds";
import type { ScopeInput } from "../../api/people";
import type { RegionRef } from "../../api/session";
import { useDomainLabels } from "../../i18n/labels";
import { useErrorText } from "../ErrorState";
import { RegionSelect } from "../RegionSelect";
import { AnchorLink } from "../RouterLinks";

export type ScopeValue = {
  role: Role | null;
  regionCode: string | null;
  opdId: number | null;
  cohortId?: number | null;
};
export type ScopeErrors = { role?: string; regionCode?: string; opdId?: string; cohortId?: string };

export const needsRegion = (role: Role | null) =>
  role !== null && (ROLE_SCOPE[role] === "region" || ROLE_SCOPE[role] === "opd");
export const needsOpd = (role: Role | null) => role !== null && ROLE_SCOPE[role] === "opd";
/** Assessors are assigned to one cohort. */
export const needsCohort = (role: Role | null) => role !== null && ROLE_SCOPE[role] === "cohort";

/** What is missing before the role can be sent; the server checks the same rules (MembershipInput). */
export function scopeErrors(t: TFunction, value: ScopeValue): ScopeErrors {
  if (!value.role) return { role: t("invite.roleRequired") };
  if (needsRegion(value.role) && !value.regionCode) return { regionCode: t("invite.regionRequired") };
  if (needsOpd(value.role) && !value.opdId) return { opdId: t("invite.opdRequired") };
  if (needsCohort(value.role) && !value.cohortId) return { cohortId: t("invite.cohortRequired") };
  return {};
}

/** The request body of a complete scope (only the fields the role uses). */
export function scopeInput(value: ScopeValue): ScopeInput {
  if (!value.role) throw new Error("scopeInput without a role");
  return {
    role: value.role,
    ...(needsRegion(value.role) && value.regionCode ? { regionCode: value.regionCode } : {}),
    ...(needsOpd(value.role) && value.opdId ? { opdId: value.opdId } : {}),
    ...(needsCohort(value.role) && value.cohortId ? { cohortId: value.cohortId } : {}),
  };
}

type RoleScopeFieldsProps = {
  value: ScopeValue;
  onChange: (value: ScopeValue) => void;
  errors: ScopeErrors;
  /** The roles the person may hand out. */
  roles: readonly Role[];
  /** A coordinator's own regions; absent = search all regions (national admin). */
  regionOptions?: RegionRef[];
};

/** Role, then region when the role needs one, then OPD for an OPD contributor. */
export function RoleScopeFields({ value, onChange, errors, roles, regionOptions }: RoleScopeFieldsProps) {
  const { t } = useTranslation();
  const labels = useDomainLabels();

  return (
    <>
      <Select
        label={t("invite.role")}
        placeholder={t("invite.rolePlaceholder")}
        data={roles.map((role) => ({ value: role, label: labels.role(role) }))}
        value={value.role}
        onChange={(role) => {
          const next = (role as Role | null) ?? null;
          onChange({
            role: next,
            regionCode: needsRegion(next) ? value.regionCode : null,
            opdId: needsOpd(next) ? value.opdId : null,
            cohortId: needsCohort(next) ? (value.cohortId ?? null) : null,
          });
        }}
        allowDeselect={false}
        error={errors.role}
        data-testid="scope-role"
      />
      {needsRegion(value.role) && (
        <RegionSelect
          label={t("invite.region")}
          placeholder={t("invite.regionPlaceholder")}
          value={value.regionCode}
          onChange={(regionCode) => onChange({ ...value, regionCode, opdId: null })}
          options={regionOptions}
          error={errors.regionCode}
          testId="scope-region"
        />
      )}
      {needsCohort(value.role) && (
        <CohortSelect
          value={value.cohortId ?? null}
          onChange={(cohortId) => onChange({ ...value, cohortId })}
          error={errors.cohortId}
        />
      )}
      {needsOpd(value.role) && (
        <OpdSelect
          regionCode={value.regionCode}
          value={value.opdId}
          onChange={(opdId) => onChange({ ...value, opdId })}
          error={errors.opdId}
        />
      )}
    </>
  );
}

/** The cohort an assessor will score. */
function CohortSelect(props: { value: number | null; onChange: (id: number | null) => void; error?: string }) {
  const { t } = useTranslation();
  const cohorts = useQuery(cohortsQuery());
  return (
    <Select
      label={t("invite.cohort")}
      placeholder={t("invite.cohortPlaceholder")}
      data={(cohorts.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
      value={props.value === null ? null : String(props.value)}
      onChange={(id) => props.onChange(id ? Number(id) : null)}
      searchable
      nothingFoundMessage={t("invite.cohortNothingFound")}
      error={props.error}
      data-testid="scope-cohort"
    />
  );
}

type OpdSelectProps = {
  regionCode: string | null;
  value: number | null;
  onChange: (opdId: number | null) => void;
  error?: string;
};

/** The active OPD of the chosen region. */
function OpdSelect({ regionCode, value, onChange, error }: OpdSelectProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const opds = useQuery({ ...opdListQuery(regionCode ?? ""), enabled: Boolean(regionCode) });
  const active = (opds.data?.data ?? []).filter((o) => o.active);
  const none = Boolean(regionCode) && opds.isSuccess && active.length === 0;

  return (
    <Select
      label={t("invite.opd")}
      placeholder={regionCode ? t("invite.opdPlaceholder") : t("invite.opdChooseRegion")}
      data={active.map((o) => ({ value: String(o.id), label: `${o.name} (${o.abbreviation})` }))}
      value={value === null ? null : String(value)}
      onChange={(id) => onChange(id ? Number(id) : null)}
      searchable
      disabled={!regionCode || none}
      nothingFoundMessage={t("invite.opdNothingFound")}
      error={error ?? (opds.isError ? errorText(opds.error) : undefined)}
      description={
        none && regionCode ? (
          <Text span size="xs">
            {t("invite.opdNone")}{" "}
            <AnchorLink to="/wilayah/$code/opd" params={{ code: regionCode }} size="xs">
              {t("invite.opdManage")}
            </AnchorLink>
          </Text>
        ) : undefined
      }
      data-testid="scope-opd"
    />
  );
}
