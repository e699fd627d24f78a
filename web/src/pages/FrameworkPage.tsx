import { Badge, Group, Paper, Select, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FrameworkDetail } from "../../../domain/framework/schemas";
import { defaultFramework, type FrameworkWithCan, frameworkListQuery, frameworkWithCanQuery } from "../api/frameworks";
import { DimensionCard } from "../components/DimensionCard";
import { ErrorState } from "../components/ErrorState";
import { FrameworkAdminBar } from "../components/framework/FrameworkAdminBar";
import { FrameworkEditor } from "../components/framework/FrameworkEditor";
import { Notice, type NoticeMessage } from "../components/Notice";
import { PageHeader } from "../components/PageHeader";
import { StageTimeline } from "../components/StageTimeline";
import { usePageTitle } from "../components/use-page-title";
import { inLanguage, useFormatNumber, useLanguage } from "../i18n/format";

const route = getRouteApi("/kerangka");

/** Kerangka: the framework's dimensions, elements and Bimtek stages, rendered from data. */
export function FrameworkPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  usePageTitle(t("framework.title"));

  const list = useQuery(frameworkListQuery());
  const frameworks = list.data ?? [];
  // An id that is not (or no longer) registered falls back to the default instead of an error.
  const selected = frameworks.find((f) => f.id === search.id) ?? defaultFramework(frameworks);
  const detail = useQuery({ ...frameworkWithCanQuery(selected?.id ?? 0), enabled: selected !== undefined });
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  let body: ReactNode;
  if (list.isPending || (selected && detail.isPending)) {
    body = <FrameworkSkeleton />;
  } else if (list.isError) {
    body = <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  } else if (!selected) {
    body = (
      <Paper withBorder p="xl" radius="md" ta="center">
        <Text role="status">{t("framework.empty")}</Text>
      </Paper>
    );
  } else if (detail.isError) {
    body = <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  } else if (detail.data) {
    body = (
      <FrameworkBlock
        key={detail.data.data.id}
        body={detail.data}
        onCopied={(id) => {
          setNotice(null);
          void navigate({ search: { id } });
        }}
        onDone={(text) => setNotice({ text })}
      />
    );
  }

  return (
    <>
      <PageHeader title={t("framework.title")} description={t("framework.intro")} />
      {frameworks.length > 1 && selected && (
        <Select
          label={t("framework.select")}
          data={frameworks.map((f) => ({
            value: String(f.id),
            label: `${f.name} (${f.version})${f.isDefault ? ` — ${t("framework.default")}` : ""}${
              f.status === "draft" ? ` — ${t("frameworkEdit.draftSuffix")}` : ""
            }`,
          }))}
          value={String(selected.id)}
          onChange={(value) => value && void navigate({ search: { id: Number(value) } })}
          allowDeselect={false}
          maw={420}
          mb="lg"
        />
      )}
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {body}
    </>
  );
}

type FrameworkBlockProps = { body: FrameworkWithCan; onCopied: (id: number) => void; onDone: (text: string) => void };

/** The read-only framework, and for the program office its actions and, when it may change, the editor. */
function FrameworkBlock({ body: { data: framework, can }, onCopied, onDone }: FrameworkBlockProps) {
  const acts = can.update || can.copy || can.publish || can.retire;
  // A draft opens in the editor; a published framework that nobody uses yet opens on request.
  const [editing, setEditing] = useState(framework.status === "draft" && can.update);
  const [dirty, setDirty] = useState(false);
  if (!acts) return <FrameworkView framework={framework} />;
  return (
    <>
      <FrameworkAdminBar
        framework={framework}
        can={can}
        editing={editing && can.update}
        dirty={dirty}
        onEditingChange={setEditing}
        onCopied={onCopied}
        onDone={onDone}
      />
      {editing && can.update ? (
        <FrameworkEditor framework={framework} onDirtyChange={setDirty} />
      ) : (
        <FrameworkView framework={framework} />
      )}
    </>
  );
}

function FrameworkView({ framework }: { framework: FrameworkDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const formatNumber = useFormatNumber();
  const dimensions = [...framework.dimensions].sort((a, b) => a.order - b.order);
  const elementCount = dimensions.reduce((sum, d) => sum + d.elements.length, 0);

  return (
    <Stack gap="xl">
      <Paper withBorder p="lg" radius="md">
        <Group gap="xs" mb="xs">
          <Title order={2} size="h3">
            {framework.name}
          </Title>
          <Badge variant="outline" radius="sm" tt="none">
            {t("framework.version", { version: framework.version })}
          </Badge>
          {framework.isDefault && (
            <Badge variant="light" color="green" radius="sm" tt="none">
              {t("framework.default")}
            </Badge>
          )}
        </Group>
        <Text>{inLanguage(lang, framework.descriptionId, framework.descriptionEn)}</Text>
        <Text size="sm" c="dimmed" mt="xs">
          {t("framework.summary", {
            dimensions: formatNumber(dimensions.length),
            elements: formatNumber(elementCount),
            stages: formatNumber(framework.stages.length),
          })}
        </Text>
      </Paper>

      <section aria-labelledby="dimensions-title">
        <Title order={2} size="h3" id="dimensions-title" mb="md">
          {t("framework.dimensionsTitle")}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {dimensions.map((dimension) => (
            <DimensionCard key={dimension.code} dimension={dimension} />
          ))}
        </SimpleGrid>
      </section>

      <section aria-labelledby="stages-title">
        <Title order={2} size="h3" id="stages-title" mb="md">
          {t("framework.stagesTitle")}
        </Title>
        <StageTimeline stages={framework.stages} />
      </section>
    </Stack>
  );
}

function FrameworkSkeleton() {
  return (
    <Stack gap="md">
      <Skeleton height={110} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {[1, 2, 3].map((n) => (
          <Skeleton key={n} height={200} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
