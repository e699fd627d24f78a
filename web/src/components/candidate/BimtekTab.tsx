import { Paper, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { stagesQuery } from "../../api/bimtek";
import { QueryErrorState } from "../AccessStates";
import { CommentModal, type CommentRequest } from "./CommentModal";
import { StageCard } from "./StageCard";

/** Bimtek: the region's stages in order, each with its schedule, attendance, deliverables and gate. */
export function BimtekTab({ candidateId }: { candidateId: number }) {
  const { t } = useTranslation();
  const stages = useQuery(stagesQuery(candidateId));
  const [comment, setComment] = useState<CommentRequest | null>(null);

  if (stages.isPending) {
    return (
      <Stack gap="md" aria-busy>
        {[1, 2].map((n) => (
          <Skeleton key={n} height={220} />
        ))}
      </Stack>
    );
  }
  if (stages.isError) return <QueryErrorState error={stages.error} onRetry={() => void stages.refetch()} />;
  if (stages.data.length === 0) {
    return (
      <Paper withBorder p="xl" radius="md" ta="center">
        <Text role="status">{t("bimtek.notSelected")}</Text>
      </Paper>
    );
  }

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t("bimtek.intro")}
      </Text>
      {stages.data.map((stage) => (
        <StageCard key={stage.id} stage={stage} onChanged={() => stages.refetch()} onAskComment={setComment} />
      ))}
      <CommentModal request={comment} onClose={() => setComment(null)} />
    </Stack>
  );
}
