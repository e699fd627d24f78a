import { Badge, Breadcrumbs, Group, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { type SchemeWithCan, schemeQuery } from "../api/evaluation-schemes";
import { frameworkListQuery } from "../api/frameworks";
import { NotFoundState, QueryErrorState } from "../components/AccessStates";
import { SchemeActions } from "../components/evaluation-schemes/SchemeActions";
import { SchemeEditor } from "../components/evaluation-schemes/SchemeEditor";
import { SchemeStatusBadge } from "../components/evaluation-schemes/SchemeStatusBadge";
import { SchemeView } from "../components/evaluation-schemes/SchemeView";
import { Notice, type NoticeMessage } from "../components/Notice";
import { PageHeader } from "../components/PageHeader";
import { RequireSession } from "../components/RequireSession";
import { AnchorLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";

const route = getRouteApi("/evaluasi/skema/$id");

/** Evaluasi/Skema/{id}: one scheme's weights, scale and grid; the program office edits, publishes and retires it. */
export function EvaluationSchemePage() {
  return <RequireSession>{() => <SchemePageView />}</RequireSession>;
}

function SchemePageView() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const navigate = route.useNavigate();
  const schemeId = Number(id);
  const valid = Number.isInteger(schemeId) && schemeId > 0;
  const scheme = useQuery({ ...schemeQuery(schemeId), enabled: valid });
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  usePageTitle(scheme.data?.data.name ?? t("evaluationSchemes.list.title"));

  const crumbs = (
    <Breadcrumbs component="nav" aria-label={t("evaluationSchemes.breadcrumb")} mb="md" separatorMargin={6}>
      <AnchorLink to="/evaluasi" size="sm" activeOptions={{ exact: true }}>
        {t("evaluation.nav")}
      </AnchorLink>
      <AnchorLink to="/evaluasi/skema" size="sm" activeOptions={{ exact: true }}>
        {t("evaluationSchemes.list.title")}
      </AnchorLink>
      <Text size="sm" aria-current="page">
        {scheme.data?.data.key ?? id}
      </Text>
    </Breadcrumbs>
  );

  if (!valid) return <NotFoundState />;
  let body: ReactNode;
  if (scheme.isPending) {
    body = (
      <Stack gap="md" aria-busy>
        <Skeleton height={36} width="40%" />
        <Skeleton height={160} />
      </Stack>
    );
  } else if (scheme.isError) {
    body = <QueryErrorState error={scheme.error} onRetry={() => void scheme.refetch()} />;
  } else {
    body = (
      <SchemeBlock
        key={scheme.data.data.id}
        body={scheme.data}
        notice={notice}
        onNotice={setNotice}
        onCopied={(copy) => {
          setNotice({ text: t("evaluationSchemes.copy.done", { name: copy.data.name }) });
          void navigate({ to: "/evaluasi/skema/$id", params: { id: String(copy.data.id) } });
        }}
      />
    );
  }
  return (
    <>
      {crumbs}
      {body}
    </>
  );
}

type SchemeBlockProps = {
  body: SchemeWithCan;
  notice: NoticeMessage | null;
  onNotice: (notice: NoticeMessage | null) => void;
  onCopied: (copy: SchemeWithCan) => void;
};

function SchemeBlock({ body, notice, onNotice, onCopied }: SchemeBlockProps) {
  const { t } = useTranslation();
  const frameworks = useQuery(frameworkListQuery());
  const [dirty, setDirty] = useState(false);
  const s = body.data;
  const framework = frameworks.data?.find((f) => f.id === s.frameworkId);

  return (
    <Stack gap="lg">
      <div>
        <PageHeader
          title={s.name}
          description={t("evaluationSchemes.page.lead", {
            framework: framework ? `${framework.name} (${framework.version})` : s.frameworkCode,
            year: s.year,
          })}
          testId="scheme-title"
        />
        <Group gap="xs" mt={-8}>
          <SchemeStatusBadge status={s.status} />
          <Badge variant="outline" radius="sm" tt="none" ff="monospace" data-testid="scheme-key">
            {s.key}
          </Badge>
          <Text size="sm" c="dimmed">
            {t("evaluationSchemes.page.counts", {
              items: s.items.length,
              dimensions: s.smartDimensions.length,
              rounds: s.rounds,
            })}
          </Text>
        </Group>
      </div>
      <Notice notice={notice} onClose={() => onNotice(null)} />
      <SchemeActions body={body} dirty={dirty} onCopied={onCopied} onDone={(text) => onNotice({ text })} />
      {body.can.update ? (
        <SchemeEditor
          key={`${s.id}-${s.revision}`}
          scheme={s}
          onDirtyChange={setDirty}
          onSaved={() => onNotice({ text: t("evaluationSchemes.editor.savedNotice", { name: s.name }) })}
        />
      ) : (
        <SchemeView scheme={s} />
      )}
    </Stack>
  );
}
