import { Button, CloseButton, Group, Stack, Text, Textarea } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { regionQuery } from "../../api/regions";
import { RegionSelect, regionOptionLabel } from "../RegionSelect";

const CODE = /^\d{2}\.\d{2}$/;

function Chosen({ code, onRemove }: { code: string; onRemove: () => void }) {
  const { t } = useTranslation();
  const region = useQuery(regionQuery(code));
  const label = region.data ? regionOptionLabel({ code, name: region.data.displayName }) : code;
  return (
    <Group gap={4} wrap="nowrap" data-testid="eval-region-chosen" data-code={code}>
      <Text size="sm">{label}</Text>
      <CloseButton size="sm" onClick={onRemove} aria-label={t("evaluation.chooser.remove", { region: label })} />
    </Group>
  );
}

type RegionChooserProps = { value: string[]; onChange: (codes: string[]) => void; error?: string };

/** Kabupaten/kota picked one by one by name, or pasted as a list of codes ("32.79"). */
export function RegionChooser({ value, onChange, error }: RegionChooserProps) {
  const { t } = useTranslation();
  const [pasted, setPasted] = useState("");
  const [malformed, setMalformed] = useState<string[]>([]);

  const addPasted = () => {
    const tokens = pasted.split(/[\s,;]+/).filter(Boolean);
    const good = tokens.filter((c) => CODE.test(c));
    setMalformed(tokens.filter((c) => !CODE.test(c)));
    onChange([...new Set([...value, ...good])]);
    setPasted("");
  };

  return (
    <Stack gap="xs">
      {/* Remounted after each pick, so the search box is empty for the next region. */}
      <RegionSelect
        key={value.length}
        label={t("evaluation.chooser.search")}
        placeholder={t("evaluation.chooser.searchPlaceholder")}
        value={null}
        onChange={(code) => {
          if (code && !value.includes(code)) onChange([...value, code]);
        }}
        error={error}
        testId="eval-region-search"
      />
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <Textarea
          label={t("evaluation.chooser.paste")}
          description={t("evaluation.chooser.pasteHint")}
          value={pasted}
          onChange={(event) => setPasted(event.currentTarget.value)}
          autosize
          minRows={1}
          maxRows={6}
          style={{ flex: 1 }}
          data-testid="eval-region-codes"
        />
        <Button variant="default" onClick={addPasted} disabled={!pasted.trim()} data-testid="eval-region-codes-add">
          {t("evaluation.chooser.add")}
        </Button>
      </Group>
      {malformed.length > 0 && (
        <Text size="sm" c="red" role="alert">
          {t("evaluation.chooser.malformed", { codes: malformed.join(", ") })}
        </Text>
      )}
      <Text size="sm" fw={500} role="status">
        {t("evaluation.chooser.count", { count: value.length })}
      </Text>
      {value.length > 0 && (
        <Stack gap={2}>
          {value.map((code) => (
            <Chosen key={code} code={code} onRemove={() => onChange(value.filter((c) => c !== code))} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
