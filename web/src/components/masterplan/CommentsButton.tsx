import { Badge, Button } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
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
