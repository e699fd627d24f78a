import { Alert, Button, Group, Paper, Skeleton, Stack, Title } from "@mantine/core";
import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { QueryErrorState } from "../AccessStates";
import { useErrorText } from "../ErrorState";
import { CommentsButton } from "./CommentsButton";
import { ConflictAlert, ReloadedNote } from "./ConflictAlert";
import { HistoryButton } from "./HistoryPanel";
import type { SectionState } from "./use-section";

type SectionCardProps = {
  title: string;
  state: SectionState;
  onSubmit: () => void;
  testId: string;
  /** The plan and chapter key ("vision", "element:<code>") for the chapter's comments and history. */
  review?: { planId: number; sectionKey: string };
  children: (content: Record<string, unknown>, editable: boolean) => ReactNode;
};

/** A chapter's card: loading and error states, the fields, and the save with its conflict handling. */
export function SectionCard({ title, state, onSubmit, testId, review, children }: SectionCardProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { query } = state;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Paper withBorder p="lg" radius="md" component="section" data-testid={testId}>
      <Group justify="space-between" align="center" mb="sm" gap="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        {review && (
          <Group gap={4}>
            <CommentsButton
              planId={review.planId}
              targetType="section"
              targetId={review.sectionKey}
              targetLabel={title}
            />
            <HistoryButton
              planId={review.planId}
              entityType="masterplan_section"
              entityId={review.sectionKey}
              targetLabel={title}
            />
          </Group>
        )}
      </Group>
      {query.isPending ? (
        <Skeleton height={120} />
      ) : query.isError ? (
        <QueryErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {children(query.data.content, query.data.can.update)}
            {state.conflict && <ConflictAlert onReload={() => void state.reload()} busy={state.busy} />}
            {state.reloaded && <ReloadedNote />}
            {state.errors._ && (
              <Alert color="red" variant="light" role="alert">
                {state.errors._}
              </Alert>
            )}
            {state.failure !== null && (
              <Alert color="red" variant="light" role="alert">
                {errorText(state.failure)}
              </Alert>
            )}
            {query.data.can.update && (
              <Group justify="flex-end" gap="sm">
                {state.saved && (
                  <Alert color="green" variant="light" p={6} role="status" data-testid={`${testId}-saved`}>
                    {t("masterplan.saved")}
                  </Alert>
                )}
                <Button type="submit" loading={state.busy} disabled={state.conflict} data-testid={`${testId}-save`}>
                  {t("masterplan.save")}
                </Button>
              </Group>
            )}
          </Stack>
        </form>
      )}
    </Paper>
  );
}
