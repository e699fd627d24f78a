import { Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useCandidacies } from "../../api/candidacies";
import { useErrorText } from "../ErrorState";
import { ButtonLink } from "../RouterLinks";
import { CandidateStatusBadge, CohortStatusBadge } from "./StatusBadges";

/** The region's candidacies ("Angkatan" on the region page), each linking to its candidate page. */
export function RegionCandidacies({ code }: { code: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const data = useCandidacies({ regionCodes: [code] });

  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="section"
      aria-labelledby="region-cohorts"
      data-testid="region-cohorts"
    >
      <Title order={2} size="h4" mb="sm" id="region-cohorts">
        {t("regionCohorts.title")}
      </Title>
      {data.isPending ? (
        <Skeleton height={40} />
      ) : data.error ? (
        <Text size="sm" c="red">
          {errorText(data.error)}
        </Text>
      ) : data.candidacies.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("regionCohorts.empty")}
        </Text>
      ) : (
        <Stack gap="xs">
          {data.candidacies.map(({ candidate, cohort }) => (
            <Group key={candidate.id} justify="space-between" wrap="wrap" data-testid="region-candidacy">
              <Group gap="xs">
                <Text fw={500}>{cohort.name}</Text>
                <CohortStatusBadge status={cohort.status} />
                <CandidateStatusBadge status={candidate.status} />
              </Group>
              <ButtonLink
                to="/kandidat/$id"
                params={{ id: String(candidate.id) }}
                size="compact-sm"
                variant="light"
                data-testid={`region-candidacy-open-${candidate.id}`}
              >
                {t("regionCohorts.open")}
              </ButtonLink>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
