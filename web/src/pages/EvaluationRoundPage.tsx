import { Breadcrumbs, Skeleton, Tabs, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { participantsQuery, type RoundDetail, roundQuery } from "../api/evaluations";
import { NotFoundState, QueryErrorState } from "../components/AccessStates";
import { AssessorsTab } from "../components/evaluation/AssessorsTab";
import { ParticipantsTab } from "../components/evaluation/ParticipantsTab";
import { PreviewTab } from "../components/evaluation/PreviewTab";
import { RoundHeader } from "../components/evaluation/RoundHeader";
import type { RoundTab } from "../components/evaluation/search";
import { RequireSession } from "../components/RequireSession";
import { AnchorLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";

const route = getRouteApi("/evaluasi/$id");

/** The sections a person sees: assessors and the preview are the program office's. */
export function visibleRoundTabs(round: RoundDetail): RoundTab[] {
  const tabs: RoundTab[] = ["peserta"];
  if (round.can.manage) tabs.push("asesor");
  if (round.can.manage && round.status === "scoring") tabs.push("pratinjau");
  return tabs;
}

/** Evaluasi/{id}: one round, its phase, participants, assessors and (while scoring) the preview of results. */
export function EvaluationRoundPage() {
  return <RequireSession>{(me) => <RoundView meId={me.data.id} />}</RequireSession>;
}

function RoundView({ meId }: { meId: string }) {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const roundId = Number(id);
  const valid = Number.isInteger(roundId) && roundId > 0;
  const round = useQuery({ ...roundQuery(roundId), enabled: valid });
  // Names for the blockers' region codes (the admin sees every participant).
  const names = useQuery({
    ...participantsQuery(roundId, { pageSize: 500 }),
    enabled: valid && Boolean(round.data?.moves.some((m) => m.blockers.some((b) => b.regionCodes?.length))),
  });
  usePageTitle(round.data?.name ?? t("evaluation.rounds.title"));

  const crumbs = (
    <Breadcrumbs component="nav" aria-label={t("evaluation.round.breadcrumb")} mb="md" separatorMargin={6}>
      <AnchorLink to="/evaluasi" size="sm">
        {t("evaluation.nav")}
      </AnchorLink>
      <Text size="sm" aria-current="page">
        {round.data?.name ?? id}
      </Text>
    </Breadcrumbs>
  );

  if (!valid) return <NotFoundState />;
  if (round.isPending) {
    return (
      <>
        {crumbs}
        <Skeleton height={36} width="40%" mb="md" />
        <Skeleton height={160} />
      </>
    );
  }
  if (round.isError) {
    return (
      <>
        {crumbs}
        <QueryErrorState error={round.error} onRetry={() => void round.refetch()} />
      </>
    );
  }
  const regionName = (code: string) => names.data?.data.find((e) => e.regionCode === code)?.regionName ?? code;
  return (
    <>
      {crumbs}
      <RoundHeader round={round.data} regionName={regionName} onMoved={() => void round.refetch()} />
      <RoundTabs round={round.data} meId={meId} />
    </>
  );
}

function RoundTabs({ round, meId }: { round: RoundDetail; meId: string }) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const tabs = visibleRoundTabs(round);
  const active = search.tab && tabs.includes(search.tab) ? search.tab : "peserta";
  const labels: Record<RoundTab, string> = {
    peserta: t("evaluation.round.tabParticipants"),
    asesor: t("evaluation.round.tabAssessors"),
    pratinjau: t("evaluation.round.tabPreview"),
  };

  return (
    <Tabs
      value={active}
      onChange={(value) => void navigate({ search: { tab: value === "peserta" ? undefined : (value as RoundTab) } })}
      keepMounted={false}
    >
      <Tabs.List aria-label={t("evaluation.round.tabsLabel")} mb="md">
        {tabs.map((tab) => (
          <Tabs.Tab key={tab} value={tab} data-testid={`round-tab-${tab}`}>
            {labels[tab]}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value="peserta">
        <ParticipantsTab round={round} meId={meId} />
      </Tabs.Panel>
      <Tabs.Panel value="asesor">
        <AssessorsTab round={round} />
      </Tabs.Panel>
      <Tabs.Panel value="pratinjau">
        <PreviewTab round={round} />
      </Tabs.Panel>
    </Tabs>
  );
}
