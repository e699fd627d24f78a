import { Badge, Button, Collapse, Group, Paper, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CommentThreadOut } from "../../../../domain/masterplan-review";
import { fieldErrors } from "../../api/client";
import { createComment, settleComment } from "../../api/masterplan-review";
import { useFormatDate } from "../../i18n/format";
import { useErrorText } from "../ErrorState";

type CommentThreadProps = { planId: number; thread: CommentThreadOut; onChanged: () => void };

/** One thread: the first comment, its replies, a reply box, and resolve or reopen as `can` allows. */
export function CommentThread({ planId, thread, onChanged }: CommentThreadProps) {
  const { t } = useTranslation();
  const { dateTime } = useFormatDate();
  const errorText = useErrorText();
  const resolved = thread.resolvedAt !== null;
  const [expanded, setExpanded] = useState(!resolved);
  const [reply, setReply] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const who = (p: CommentThreadOut["author"]) => p?.name ?? t("masterplan.review.unknownPerson");

  const run = async (action: () => Promise<unknown>, after?: () => void) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      after?.();
      onChanged();
    } catch (e) {
      setError(fieldErrors(e).body ?? errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const sendReply = () =>
    run(
      () =>
        createComment(planId, {
          targetType: thread.targetType,
          targetId: thread.targetId,
          body: reply,
          parentId: thread.id,
        }),
      () => setReply(""),
    );
  const settle = (action: "resolve" | "reopen") =>
    run(
      () => settleComment(thread.id, action),
      () => setExpanded(action === "reopen"),
    );

  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      id={`komentar-${thread.id}`}
      data-testid="comment-thread"
      data-thread-id={thread.id}
      data-resolved={resolved}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <div>
            <Text size="sm" fw={600}>
              {who(thread.author)}
            </Text>
            <Text size="xs" c="dimmed">
              {dateTime(thread.createdAt)}
            </Text>
          </div>
          {resolved && (
            <Badge color="gray" variant="light">
              {t("masterplan.review.resolvedBadge")}
            </Badge>
          )}
        </Group>
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }} lineClamp={expanded ? undefined : 2}>
          {thread.body}
        </Text>
        {resolved && (
          <Group gap="xs">
            <Text size="xs" c="dimmed" data-testid={`comment-resolved-${thread.id}`}>
              {t("masterplan.review.resolvedBy", {
                name: who(thread.resolvedBy),
                at: thread.resolvedAt ? dateTime(thread.resolvedAt) : "",
              })}
            </Text>
            <Button size="compact-xs" variant="subtle" onClick={() => setExpanded((x) => !x)} aria-expanded={expanded}>
              {expanded ? t("masterplan.review.hideThread") : t("masterplan.review.showThread")}
              {thread.replies.length > 0 && ` · ${t("masterplan.review.replies", { count: thread.replies.length })}`}
            </Button>
          </Group>
        )}
        <Collapse in={expanded}>
          <Stack gap={6}>
            {thread.replies.map((r) => (
              <Paper key={r.id} bg="gray.0" p="xs" radius="sm" ml="md" data-testid="comment-reply">
                <Text size="xs" fw={600}>
                  {who(r.author)}{" "}
                  <Text span size="xs" c="dimmed" fw={400}>
                    {dateTime(r.createdAt)}
                  </Text>
                </Text>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {r.body}
                </Text>
              </Paper>
            ))}
            {thread.can.reply && !resolved && (
              <Stack gap={4} ml="md">
                <Textarea
                  aria-label={t("masterplan.review.replyLabel")}
                  placeholder={t("masterplan.review.replyLabel")}
                  value={reply}
                  onChange={(e) => setReply(e.currentTarget.value)}
                  autosize
                  minRows={1}
                  maxLength={4000}
                  data-testid={`comment-reply-body-${thread.id}`}
                />
                <Group justify="flex-end">
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() => void sendReply()}
                    loading={busy}
                    disabled={reply.trim() === ""}
                    data-testid={`comment-reply-${thread.id}`}
                  >
                    {t("masterplan.review.sendReply")}
                  </Button>
                </Group>
              </Stack>
            )}
          </Stack>
        </Collapse>
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end" gap="xs">
          {!resolved && thread.can.resolve && (
            <Button
              size="compact-xs"
              variant="light"
              color="teal"
              onClick={() => void settle("resolve")}
              loading={busy}
              data-testid={`comment-resolve-${thread.id}`}
            >
              {t("masterplan.review.resolve")}
            </Button>
          )}
          {resolved && thread.can.reopen && (
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => void settle("reopen")}
              loading={busy}
              data-testid={`comment-reopen-${thread.id}`}
            >
              {t("masterplan.review.reopen")}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
