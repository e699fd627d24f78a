import { Badge, Button, Group, Paper, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type ProgramIndicatorOut, programIndicatorsQuery, unlinkIndicator } from "../../api/monitoring";
import { QueryErrorState } from "../AccessStates";
import type { ConfirmRequest } from "../ConfirmDialog";
import { FormModal, type FormTarget } from "../masterplan/versioned-form";
import { AnchorLink } from "../RouterLinks";
import { AchievementBadge } from "./Badges";
import { IndicatorTargetsForm } from "./IndicatorTargetsForm";
import { useMonitoringLabels } from "./labels";
import { RealisationsPanel } from "./RealisationsPanel";

type Props = {
  programId: number;
  regionCode: string;
  periodStart: number;
  /** The program's years inside the plan period. */
  years: number[];
  focusYear?: number;
  notify: (text: string, color?: "green" | "red") => void;
  failed: (error: unknown) => void;
  confirm: (request: ConfirmRequest) => void;
};

/** Indikator program: linked indicators with baseline, targets and achievement by year, and their realisations. */
export function ProgramIndicators({ programId, regionCode, periodStart, years, focusYear, ...actions }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const list = useQuery(programIndicatorsQuery(programId));
  const [target, setTarget] = useState<FormTarget<ProgramIndicatorOut> | null>(null);
  const refresh = () => void client.invalidateQueries({ queryKey: ["monitoring"] });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="program-indicators-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="program-indicators-title">
          {t("monitoring.indicators.title")}
        </Title>
        {list.data?.can.create && (
          <Button size="sm" onClick={() => setTarget({ mode: "add" })} data-testid="indicator-link-open">
            {t("monitoring.indicators.link")}
          </Button>
        )}
      </Group>
      {list.isPending ? (
        <Skeleton height={160} />
      ) : list.isError ? (
        <QueryErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.data.length === 0 ? (
        <Text c="dimmed" role="status">
          {t("monitoring.indicators.empty")}
        </Text>
      ) : (
        <Stack gap="lg">
          {list.data.data.map((pi) => (
            <IndicatorCard
              key={pi.id}
              pi={pi}
              years={years}
              focusYear={focusYear}
              onEdit={() => setTarget({ mode: "edit", item: pi })}
              onUnlink={() =>
                actions.confirm({
                  title: t("monitoring.indicators.unlinkTitle"),
                  message: t("monitoring.indicators.unlinkConfirm", { name: pi.indicator.name }),
                  confirmLabel: t("monitoring.indicators.unlink"),
                  confirmTestId: "indicator-unlink-confirm",
                  action: async () => {
                    await unlinkIndicator(pi.id, pi.version);
                    actions.notify(t("monitoring.indicators.unlinked"));
                    refresh();
                  },
                })
              }
              {...actions}
            />
          ))}
        </Stack>
      )}
      <FormModal
        target={target}
        onClose={() => setTarget(null)}
        titles={{ add: t("monitoring.indicators.linkTitle"), edit: t("monitoring.indicators.editTitle") }}
        keyOf={(pi) => pi.id}
        testId="indicator-targets-modal"
      >
        {(current) => (
          <IndicatorTargetsForm
            programId={programId}
            regionCode={regionCode}
            years={years}
            periodStart={periodStart}
            linkedIds={(list.data?.data ?? []).map((pi) => pi.indicator.id)}
            target={current}
            onCancel={() => setTarget(null)}
            onSaved={() => {
              setTarget(null);
              actions.notify(t("monitoring.indicators.saved"));
              refresh();
            }}
          />
        )}
      </FormModal>
    </Paper>
  );
}

type CardProps = Omit<Props, "programId" | "regionCode" | "periodStart"> & {
  pi: ProgramIndicatorOut;
  onEdit: () => void;
  onUnlink: () => void;
};

function IndicatorCard({ pi, years, focusYear, onEdit, onUnlink, notify, failed, confirm }: CardProps) {
  const { t } = useTranslation();
  const labels = useMonitoringLabels();
  // The program's years, plus any plan year that has a target or value outside them.
  const shown = pi.years.filter((y) => years.includes(y.year) || y.target !== null || y.realisation !== null);
  return (
    <Stack gap="xs" data-testid="program-indicator" data-program-indicator-id={pi.id}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <AnchorLink to="/indikator/$id" params={{ id: String(pi.indicator.id) }} fw={600}>
              {pi.indicator.code} — {pi.indicator.name}
            </AnchorLink>
            {pi.indicator.regionCode && (
              <Badge size="sm" variant="outline">
                {t("monitoring.catalog.regionalShort")}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t("monitoring.trend.unit")}: {pi.indicator.unit} · {labels.direction(pi.indicator.direction)} ·{" "}
            {t("monitoring.indicators.baseline")}:{" "}
            {pi.baselineValue === null ? "—" : `${labels.value(pi.baselineValue)} (${pi.baselineYear})`}
          </Text>
          {pi.note && <Text size="sm">{pi.note}</Text>}
        </div>
        <Group gap={4}>
          {pi.can.update && (
            <Button size="compact-sm" variant="light" onClick={onEdit} data-testid={`indicator-edit-${pi.id}`}>
              {t("monitoring.indicators.editTargets")}
            </Button>
          )}
          {pi.can.delete && (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              onClick={onUnlink}
              data-testid={`indicator-unlink-${pi.id}`}
            >
              {t("monitoring.indicators.unlink")}
            </Button>
          )}
        </Group>
      </Group>
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder withColumnBorders fz="sm" layout="fixed" data-testid={`indicator-years-${pi.id}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>{t("monitoring.year")}</Table.Th>
              {shown.map((y) => (
                <Table.Th key={y.year} ta="center" bg={y.year === focusYear ? "yellow.0" : undefined}>
                  {y.year}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row">{t("monitoring.trend.target")}</Table.Th>
              {shown.map((y) => (
                <Table.Td key={y.year} ta="center">
                  {labels.value(y.target)}
                </Table.Td>
              ))}
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t("monitoring.trend.realisation")}</Table.Th>
              {shown.map((y) => (
                <Table.Td key={y.year} ta="center">
                  {labels.value(y.realisation)}
                  {y.status === "entered" && (
                    <Text size="xs" c="blue">
                      {t("monitoring.indicators.unverified")}
                    </Text>
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t("monitoring.achievement")}</Table.Th>
              {shown.map((y) => (
                <Table.Td key={y.year} ta="center">
                  <Group justify="center">
                    <AchievementBadge
                      value={y.achievement.value}
                      light={y.achievement.light}
                      testId={`achievement-${pi.id}-${y.year}`}
                      compact
                    />
                  </Group>
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <RealisationsPanel
        pi={pi}
        years={years}
        defaultYear={focusYear}
        notify={notify}
        failed={failed}
        confirm={confirm}
      />
    </Stack>
  );
}
