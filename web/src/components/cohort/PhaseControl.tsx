import { Alert, Button, Group, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { COHORT_STATUSES, type CohortStatus } from "../../../../domain/cohort";
import type { CohortOut } from "../../../../domain/cohort-api";
import { transitionCohort } from "../../api/cohorts";
import { useDomainLabels } from "../../i18n/labels";
import { useErrorText } from "../ErrorState";

/** The admin's buttons to move the cohort to its next (or previous) phase; a refusal says why. */
export function PhaseControl({ cohort, onMoved }: { cohort: CohortOut; onMoved: (status: CohortStatus) => void }) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<CohortStatus | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const position = (s: CohortStatus) => COHORT_STATUSES.indexOf(s);
  // A published selection cannot be reopened: the API still lists the way back, but would refuse it.
  const next = cohort.nextStatuses.filter(
    (to) => !(cohort.selectionPublishedAt && to === "assessment" && cohort.status === "selection"),
  );
  if (!cohort.can.manage || next.length === 0) return null;

  const move = async (to: CohortStatus) => {
    setBusy(to);
    setFailure(null);
    try {
      await transitionCohort(cohort.id, to);
      await queryClient.invalidateQueries({ queryKey: ["cohorts"] });
      onMoved(to);
    } catch (cause) {
      setFailure(cause);
    } finally {
      setBusy(null);
    }
  };

  // Forward moves first and filled; going back is the lighter, secondary choice.
  const ordered = [...next].sort((a, b) => position(b) - position(a));
  return (
    <div>
      <Text size="sm" c="dimmed" mb={6}>
        {t("cohort.phaseTitle")}
      </Text>
      <Group gap="sm">
        {ordered.map((to) => {
          const forward = position(to) > position(cohort.status);
          return (
            <Button
              key={to}
              variant={forward ? "filled" : "default"}
              loading={busy === to}
              disabled={busy !== null && busy !== to}
              onClick={() => void move(to)}
              data-testid={`transition-${to}`}
            >
              {t(forward ? "cohort.moveTo" : "cohort.backTo", { status: labels.cohortStatus(to) })}
            </Button>
          );
        })}
      </Group>
      {failure !== null && (
        <Alert
          color="red"
          variant="light"
          mt="sm"
          role="alert"
          withCloseButton
          closeButtonLabel={t("common.close")}
          onClose={() => setFailure(null)}
          data-testid="transition-error"
        >
          {errorText(failure)}
        </Alert>
      )}
    </div>
  );
}
