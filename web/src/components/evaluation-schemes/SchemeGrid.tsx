import { Badge, Paper, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { SchemeDetail } from "../../api/evaluation-schemes";
import { inLanguage, useLanguage } from "../../i18n/format";

type Item = SchemeDetail["items"][number];

type SchemeGridProps = {
  scheme: Pick<SchemeDetail, "smartDimensions" | "resultDimensions">;
  items: Item[];
  /** When given, the item texts are inputs and each change comes back as the whole list. */
  onChange?: (items: Item[]) => void;
  /** Messages keyed by path ("items.3.textId"). */
  errors?: Record<string, string>;
};

/** The items as the grid smart-city dimension × result dimension: a table on wide screens, cards on a phone. */
export function SchemeGrid({ scheme, items, onChange, errors = {} }: SchemeGridProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const narrow = useMediaQuery("(max-width: 48em)", false, { getInitialValueInEffect: false });
  const index = new Map(items.map((item, i) => [`${item.smartDimension}|${item.resultDimension}`, i]));
  const results = scheme.resultDimensions;

  const cell = (smart: SchemeDetail["smartDimensions"][number], result: (typeof results)[number]) => {
    const i = index.get(`${smart.code}|${result.code}`);
    const item = i === undefined ? undefined : items[i];
    if (i === undefined || !item) {
      return (
        <Text size="sm" c="red.8">
          {t("evaluationSchemes.grid.missing")}
        </Text>
      );
    }
    const where = `${inLanguage(lang, smart.nameId, smart.nameEn)} × ${inLanguage(lang, result.nameId, result.nameEn)}`;
    if (!onChange) {
      return (
        <Text size="sm" data-testid={`scheme-item-${item.code}`}>
          {inLanguage(lang, item.textId, item.textEn)}
        </Text>
      );
    }
    const set = (field: "textId" | "textEn", value: string) =>
      onChange(items.map((it, k) => (k === i ? { ...it, [field]: value } : it)));
    return (
      <Stack gap={6}>
        <Textarea
          label={t("evaluationSchemes.grid.textId")}
          aria-label={t("evaluationSchemes.grid.textIdOf", { where })}
          value={item.textId}
          onChange={(e) => set("textId", e.currentTarget.value)}
          error={errors[`items.${i}.textId`]}
          autosize
          minRows={2}
          size="xs"
          data-testid={`scheme-item-${item.code}-id`}
        />
        <Textarea
          label={t("evaluationSchemes.grid.textEn")}
          aria-label={t("evaluationSchemes.grid.textEnOf", { where })}
          value={item.textEn}
          onChange={(e) => set("textEn", e.currentTarget.value)}
          error={errors[`items.${i}.textEn`]}
          autosize
          minRows={2}
          size="xs"
          lang="en"
        />
      </Stack>
    );
  };

  const resultHead = (r: (typeof results)[number]) => (
    <>
      {inLanguage(lang, r.nameId, r.nameEn)}{" "}
      <Badge variant="outline" radius="sm" size="sm" tt="none">
        {r.weight}%
      </Badge>
    </>
  );

  if (narrow) {
    return (
      <Stack gap="md">
        {scheme.smartDimensions.map((smart) => (
          <Paper key={smart.code} withBorder radius="md" p="sm" component="section">
            <Title order={3} size="h5" mb="xs">
              {inLanguage(lang, smart.nameId, smart.nameEn)}
            </Title>
            <Stack gap="sm">
              {results.map((r) => (
                <div key={r.code}>
                  <Text size="sm" fw={600} mb={2}>
                    {resultHead(r)}
                  </Text>
                  {cell(smart, r)}
                </div>
              ))}
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={onChange ? 1000 : 800}>
      <Table withTableBorder withColumnBorders verticalSpacing="sm" aria-label={t("evaluationSchemes.grid.caption")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={160}>{t("evaluationSchemes.grid.smartDimension")}</Table.Th>
            {results.map((r) => (
              <Table.Th key={r.code}>{resultHead(r)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {scheme.smartDimensions.map((smart) => (
            <Table.Tr key={smart.code} data-testid="scheme-grid-row">
              <Table.Th scope="row" fw={600}>
                {inLanguage(lang, smart.nameId, smart.nameEn)}
              </Table.Th>
              {results.map((r) => (
                <Table.Td key={r.code} valign="top">
                  {cell(smart, r)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
