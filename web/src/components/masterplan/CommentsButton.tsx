import { Badge, Button } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useLocation } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CommentTarget } from "../../../../domain/masterplan-review";
import { commentsQuery, openThreadCounts } from "../../api/masterplan-review";
import { CommentsPanel } from "./CommentsPanel";

type CommentsButtonProps = { planId: number; targetType: CommentTarget; targetId: string; targetLabel: string };

/** "Komentar" with the count of open threads (from the plan's one unfiltered list), opening the panel. */
export function CommentsButton({ planId, targetType, targetId, targetLabel }: CommentsButtonProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  // One request per plan, shared by every button through the query cache.
  const counts = useQuery({ ...commentsQuery(planId), select: openThreadCounts, retry: false });
  const open = counts.data?.get(`${targetType}:${targetId}`) ?? 0;
  // A link to one thread (#komentar-12, from Perlu Tindakan or a notification) opens its panel.
  const linked = useLinkedThread(planId, targetType, targetId);
  useEffect(() => {
    if (linked) setOpened(true);
  }, [linked]);
  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        onClick={() => setOpened(true)}
        aria-label={open > 0 ? t("masterplan.review.commentsOpen", { count: open }) : undefined}
        rightSection={
          open > 0 ? (
            <Badge size="xs" circle color="orange" data-testid={`comments-count-${targetType}-${targetId}`}>
              {open}
            </Badge>
          ) : undefined
        }
        data-testid={`comments-open-${targetType}-${targetId}`}
      >
        {t("masterplan.review.comments")}
      </Button>
      <CommentsPanel
        planId={planId}
        targetType={targetType}
        targetId={targetId}
        targetLabel={targetLabel}
        opened={opened}
        onClose={() => setOpened(false)}
      />
    </>
  );
}

/** The thread id of a `#komentar-{id}` link when that thread is about this target, else null. */
function useLinkedThread(planId: number, targetType: CommentTarget, targetId: string): number | null {
  const hash = useLocation({ select: (l) => l.hash });
  const wanted = /^komentar-(\d+)$/.exec(hash ?? "")?.[1];
  const threads = useQuery({ ...commentsQuery(planId), enabled: Boolean(wanted), retry: false });
  if (!wanted) return null;
  const thread = threads.data?.data.find((t) => String(t.id) === wanted);
  return thread && thread.targetType === targetType && thread.targetId === targetId ? thread.id : null;
}
