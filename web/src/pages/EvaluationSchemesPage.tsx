import { Breadcrumbs, Button, Group, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type SchemeDetail, type SchemeWithCan, schemeListQuery } from "../api/evaluation-schemes";
import { frameworkListQuery } from "../api/frameworks";
import { QueryErrorState } from "../components/AccessStates";
import { SchemeCopyModal } from "../components/evaluation-schemes/SchemeCopyModal";
import { SchemeCreateModal } from "../components/evaluation-schemes/SchemeCreateModal";
import { SchemeList } from "../components/evaluation-schemes/SchemeList";
import { PageHeader } from "../components/PageHeader";
import { RequireSession } from "../components/RequireSession";
import { AnchorLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";

/** Evaluasi/Skema: the evaluation schemes; the program office makes, copies and opens them here. */
export function EvaluationSchemesPage() {
  return <RequireSession>{() => <SchemesView />}</RequireSession>;
}

function SchemesView() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const schemes = useQuery(schemeListQuery());
  const frameworks = useQuery(frameworkListQuery());
  const [creating, setCreating] = useState(false);
  const [copying, setCopying] = useState<SchemeDetail | null>(null);
  usePageTitle(t("evaluationSchemes.list.title"));
  const canCreate = schemes.data?.can.create ?? false;
  const list = [...(schemes.data?.data ?? [])].sort((a, b) => b.year - a.year || b.id - a.id);
  const frameworkName = (s: SchemeDetail) => {
    const f = frameworks.data?.find((x) => x.id === s.frameworkId);
    return f ? `${f.name} (${f.version})` : s.frameworkCode;
  };
  const open = (body: SchemeWithCan) =>
    void navigate({ to: "/evaluasi/skema/$id", params: { id: String(body.data.id) } });

  return (
    <>
      <Breadcrumbs component="nav" aria-label={t("evaluationSchemes.breadcrumb")} mb="md" separatorMargin={6}>
        <AnchorLink to="/evaluasi" size="sm" activeOptions={{ exact: true }}>
          {t("evaluation.nav")}
        </AnchorLink>
        <Text size="sm" aria-current="page">
          {t("evaluationSchemes.list.title")}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <PageHeader
          title={t("evaluationSchemes.list.title")}
          description={t("evaluationSchemes.list.intro")}
          testId="schemes-title"
        />
        {canCreate && (
          <Button onClick={() => setCreating(true)} data-testid="scheme-create-open">
            {t("evaluationSchemes.list.create")}
          </Button>
        )}
      </Group>

      {schemes.isPending ? (
        <Stack gap="xs" aria-busy>
          {[1, 2, 3].map((n) => (
            <Skeleton key={n} height={40} />
          ))}
        </Stack>
      ) : schemes.isError ? (
        <QueryErrorState error={schemes.error} onRetry={() => void schemes.refetch()} />
      ) : list.length === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Text role="status">
            {canCreate ? t("evaluationSchemes.list.emptyAdmin") : t("evaluationSchemes.list.empty")}
          </Text>
        </Paper>
      ) : (
        <SchemeList
          schemes={list}
          frameworkName={frameworkName}
          onCopy={canCreate ? (scheme) => setCopying(scheme) : undefined}
        />
      )}

      <SchemeCreateModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(body) => {
          setCreating(false);
          open(body);
        }}
      />
      <SchemeCopyModal
        source={copying}
        onClose={() => setCopying(null)}
        onCopied={(body) => {
          setCopying(null);
          open(body);
        }}
      />
    </>
  );
}
