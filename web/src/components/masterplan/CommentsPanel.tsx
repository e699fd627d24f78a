import { Alert, Button, Drawer, Group, Skeleton, Stack, Text, Textarea } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { COMMENT_MAX, type CommentTarget } from "../../../../domain/masterplan-review";
import { fieldErrors } from "../../api/client";
import { commentsQuery, createComment } from "../../api/masterplan-review";
import { QueryErrorState } from "../AccessStates";
import { useErrorText } from "../ErrorState";
import { CommentThread } from "./CommentThread";

type CommentsPanelProps = {
  planId: number;
  targetType: CommentTarget;
  targetId: string;
  targetLabel: string;
  opened: boolean;
  onClose: () => void;
};

/** The threads on one object of a plan, oldest first, and the box to start a new one. */
export function CommentsPanel({ planId, targetType, targetId, targetLabel, opened, onClose }: CommentsPanelProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="md"
      title={t("masterplan.review.commentsTitle", { target: targetLabel })}
      closeButtonProps={{ "aria-label": t("masterplan.review.close") }}
    >
      {opened && <CommentsBody planId={planId} targetType={targetType} targetId={targetId} />}
    </Drawer>
  );
}

function CommentsBody({
  planId,
  targetType,
  targetId,
}: {
  planId: number;
  targetType: CommentTarget;
  targetId: string;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const client = useQueryClient();
  const threads = useQuery(commentsQuery(planId, { targetType, targetId }));
  const [body, setBody] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => void client.invalidateQueries({ queryKey: ["masterplans", "comments", planId] });

  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      await createComment(planId, { targetType, targetId, body });
      setBody("");
      refresh();
    } catch (e) {
      setError(fieldErrors(e).body ?? errorText(e));
    } finally {
      setBusy(false);
    }
  };

  if (threads.isPending) return <Skeleton height={160} />;
  if (threads.isError) return <QueryErrorState error={threads.error} onRetry={() => void threads.refetch()} />;
  return (
    <Stack gap="sm" data-testid="comments-panel">
      {threads.data.data.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="comments-empty">
          {t("masterplan.review.empty")}
        </Text>
      ) : (
        threads.data.data.map((thread) => (
          <CommentThread key={thread.id} planId={planId} thread={thread} onChanged={refresh} />
        ))
      )}
      {threads.data.can.create ? (
        <Stack gap={4}>
          <Textarea
            label={t("masterplan.review.write")}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={COMMENT_MAX}
            error={error}
            data-testid="comment-body"
          />
          <Group justify="flex-end">
            <Button
              onClick={() => void send()}
              loading={busy}
              disabled={body.trim() === ""}
              data-testid="comment-submit"
            >
              {t("masterplan.review.send")}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Alert variant="light" color="gray">
          {t("masterplan.review.readOnly")}
        </Alert>
      )}
    </Stack>
  );
}
