import { ActionIcon, Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { GOVERNANCE_KIND_LABELS, GOVERNANCE_KINDS, type GovernanceKind } from "../../../../domain/governance";
import { useLanguage } from "../../i18n/format";
import { errorAt, type FieldErrors, type GovernanceBodyForm, newUid, removeAt, replaceAt } from "./framework-form";

type GovernanceBodiesEditorProps = {
  bodies: GovernanceBodyForm[];
  errors: FieldErrors;
  onChange: (bodies: GovernanceBodyForm[]) => void;
};

/** The smart-city bodies a plan under this framework sets up (one of each kind), and which ones it must have. */
export function GovernanceBodiesEditor({ bodies, errors, onChange }: GovernanceBodiesEditorProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const unused = GOVERNANCE_KINDS.filter((k) => !bodies.some((b) => b.kind === k));
  const add = (kind: GovernanceKind) =>
    onChange([
      ...bodies,
      {
        uid: newUid(),
        kind,
        nameId: GOVERNANCE_KIND_LABELS[kind].id,
        nameEn: GOVERNANCE_KIND_LABELS[kind].en,
        required: false,
      },
    ]);

  return (
    <Stack gap="sm">
      <Text size="sm">{t("frameworkEdit.governanceIntro")}</Text>
      {bodies.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("frameworkEdit.governanceEmpty")}
        </Text>
      )}
      {bodies.map((b, i) => {
        const n = i + 1;
        const at = (field: string) => errorAt(errors, "governanceBodies", i, field);
        const set = (patch: Partial<GovernanceBodyForm>) => onChange(replaceAt(bodies, i, { ...b, ...patch }));
        return (
          <Paper key={b.uid} withBorder radius="md" p="sm" data-testid="governance-row">
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs" style={{ flex: 1 }}>
                <Select
                  label={t("frameworkEdit.short.kind")}
                  aria-label={t("frameworkEdit.body.kind", { n })}
                  data={GOVERNANCE_KINDS.map((k) => ({
                    value: k,
                    label: GOVERNANCE_KIND_LABELS[k][lang],
                    disabled: k !== b.kind && !unused.includes(k),
                  }))}
                  value={b.kind}
                  onChange={(value) => value && set({ kind: value as GovernanceKind })}
                  allowDeselect={false}
                  error={at("kind")}
                />
                <TextInput
                  label={t("frameworkEdit.short.nameId")}
                  aria-label={t("frameworkEdit.body.nameId", { n })}
                  value={b.nameId}
                  onChange={(e) => set({ nameId: e.currentTarget.value })}
                  error={at("nameId")}
                />
                <TextInput
                  label={t("frameworkEdit.short.nameEn")}
                  aria-label={t("frameworkEdit.body.nameEn", { n })}
                  value={b.nameEn}
                  onChange={(e) => set({ nameEn: e.currentTarget.value })}
                  error={at("nameEn")}
                  lang="en"
                />
                <Checkbox
                  mt={{ base: 0, md: 30 }}
                  label={t("frameworkEdit.short.required")}
                  aria-label={t("frameworkEdit.body.required", { n })}
                  checked={b.required}
                  onChange={(e) => set({ required: e.currentTarget.checked })}
                />
              </SimpleGrid>
              <ActionIcon
                variant="light"
                color="red"
                mt={24}
                aria-label={t("frameworkEdit.body.remove", { n })}
                onClick={() => onChange(removeAt(bodies, i))}
              >
                ✕
              </ActionIcon>
            </Group>
          </Paper>
        );
      })}
      {errorAt(errors, "governanceBodies") && (
        <Text c="red" size="sm">
          {errorAt(errors, "governanceBodies")}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          disabled={unused.length === 0}
          onClick={() => unused[0] && add(unused[0])}
          data-testid="governance-add"
        >
          {t("frameworkEdit.body.add")}
        </Button>
      </Group>
    </Stack>
  );
}
