import { Group, List, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { stagesQuery } from "../api/bimtek";
import { type Candidacy, useCandidacies } from "../api/candidacies";
import type { Me, RegionRef } from "../api/session";
import { QueryErrorState } from "../components/AccessStates";
import { stageLabel } from "../components/candidate/stage-labels";
import { CandidateStatusBadge } from "../components/cohort/StatusBadges";
import { useErrorText } from "../components/ErrorState";
import { PageHeader } from "../components/PageHeader";
import { RequireSession } from "../components/RequireSession";
import { AnchorLink, ButtonLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";
import { inLanguage, useLanguage } from "../i18n/format";

/** The regions a person mentors, from their mentor roles. */
export function mentoredRegions(me: Me | null | undefined): RegionRef[] {
  const seen = new Map<string, string>();
  for (const m of me?.data.memberships ?? []) {
    if (m.role === "mentor" && m.regionCode) seen.set(m.regionCode, m.regionName ?? m.regionCode);
  }
  return [...seen].map(([code, name]) => ({ code, name }));
}

/** Wilayah Dampingan: a mentor's regions, their candidate pages and the deliverables awaiting review. */
export function MentorPage() {
  return <RequireSession>{(me) => <MentorView regions={mentoredRegions(me)} />}</RequireSession>;
}

function MentorView({ regions }: { regions: RegionRef[] }) {
  const { t } = useTranslation();
  usePageTitle(t("mentorHome.title"));
  const codes = regions.map((r) => r.code);
  const data = useCandidacies({ regionCodes: codes, enabled: codes.length > 0 });

  return (
    <>
      <PageHeader title={t("mentorHome.title")} description={t("mentorHome.intro")} testId="mentor-title" />
      {regions.length === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Text role="status">{t("mentorHome.empty")}</Text>
        </Paper>
      ) : data.isPending ? (
        <Skeleton height={200} />
      ) : data.error ? (
        <QueryErrorState error={data.error} onRetry={() => void data.refetch()} />
      ) : (
        <Stack gap="md">
          {regions.map((region) => {
            const own = data.candidacies.filter((c) => c.candidate.regionCode === region.code);
            return (
              <Paper
                key={region.code}
                withBorder
                p="md"
                radius="md"
                data-testid="mentor-region"
                data-code={region.code}
              >
                <Title order={2} size="h4" mb="xs">
                  <AnchorLink to="/wilayah/$code" params={{ code: region.code }} inherit>
                    {region.name}
                  </AnchorLink>
                </Title>
                {own.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t("mentorHome.noCandidacy")}
                  </Text>
                ) : (
                  <Stack gap="sm">
                    {own.map((c) => (
                      <MentorCandidacy key={c.candidate.id} candidacy={c} />
                    ))}
                  </Stack>
                )}
              </Paper>
            );
          })}
        </Stack>
      )}
    </>
  );
}

function MentorCandidacy({ candidacy }: { candidacy: Candidacy }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const errorText = useErrorText();
  const { candidate, cohort } = candidacy;
  const selected = candidate.status === "selected";
  const stages = useQuery(stagesQuery(candidate.id, selected));
  const awaiting = (stages.data ?? []).flatMap((s) =>
    s.deliverables.filter((d) => d.status === "submitted" && d.can.approve).map((d) => ({ stage: s, d })),
  );

  return (
    <Stack gap={6}>
      <Group gap="sm" justify="space-between" wrap="wrap">
        <Group gap="xs">
          <AnchorLink to="/kandidat/$id" params={{ id: String(candidate.id) }} fw={500}>
            {cohort.name}
          </AnchorLink>
          <CandidateStatusBadge status={candidate.status} />
        </Group>
        {selected && (
          <ButtonLink
            to="/kandidat/$id"
            params={{ id: String(candidate.id) }}
            search={{ tab: "bimtek" }}
            size="compact-sm"
            variant="light"
            data-testid={`mentor-open-${candidate.id}`}
          >
            {t("mentorHome.openBimtek")}
          </ButtonLink>
        )}
      </Group>
      {selected &&
        (stages.isPending ? (
          <Skeleton height={20} />
        ) : stages.isError ? (
          <Text size="sm" c="red">
            {errorText(stages.error)}
          </Text>
        ) : (
          <div>
            <Text size="sm" fw={500}>
              {t("mentorHome.awaiting")}
            </Text>
            {awaiting.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("mentorHome.awaitingNone")}
              </Text>
            ) : (
              <List size="sm" data-testid="mentor-awaiting">
                {awaiting.map(({ stage, d }) => (
                  <List.Item key={d.id}>
                    <AnchorLink
                      to="/kandidat/$id"
                      params={{ id: String(candidate.id) }}
                      search={{ tab: "bimtek" }}
                      size="sm"
                    >
                      {t("mentorHome.stageOf", {
                        stage: stageLabel(t, stage.number),
                        name: inLanguage(lang, d.template.nameId, d.template.nameEn),
                      })}
                    </AnchorLink>
                  </List.Item>
                ))}
              </List>
            )}
          </div>
        ))}
    </Stack>
  );
}
