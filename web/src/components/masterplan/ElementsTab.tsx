import { Accordion, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { frameworkQuery } from "../../api/frameworks";
import { inLanguage, useLanguage } from "../../i18n/format";
import { QueryErrorState } from "../AccessStates";
import { ElementSection } from "./ElementSection";

type ElementsTabProps = {
  planId: number;
  frameworkId: number;
  openDimension?: string;
  onOpen: (dimension: string | undefined) => void;
};

/** Dimensi & Elemen: per dimension of the plan's framework, per element its narrative (loaded when opened). */
export function ElementsTab({ planId, frameworkId, openDimension, onOpen }: ElementsTabProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const framework = useQuery(frameworkQuery(frameworkId));
  if (framework.isPending) return <Skeleton height={300} />;
  if (framework.isError) return <QueryErrorState error={framework.error} onRetry={() => void framework.refetch()} />;
  return (
    <Accordion
      value={openDimension ?? null}
      onChange={(value) => onOpen(value ?? undefined)}
      variant="separated"
      data-testid="dimensions"
    >
      {framework.data.dimensions.map((d) => (
        <Accordion.Item key={d.code} value={d.code} data-testid={`dimension-${d.code}`}>
          <Accordion.Control>
            <Text fw={600}>{inLanguage(lang, d.nameId, d.nameEn)}</Text>
            <Text size="xs" c="dimmed">
              {t("masterplan.program.element")}: {d.elements.length}
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            {openDimension === d.code && (
              <Stack gap="md">
                {d.elements.map((e) => (
                  <ElementSection
                    key={e.code}
                    planId={planId}
                    code={e.code}
                    name={inLanguage(lang, e.nameId, e.nameEn)}
                  />
                ))}
              </Stack>
            )}
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
