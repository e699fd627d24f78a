import { Badge, Group, Paper, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TaskOut } from "../../../../domain/notifications";
import { useFormatDate, useLanguage } from "../../i18n/format";
import { HrefLink } from "../HrefLink";
import { type DueHint, dueHint } from "./due";
import classes from "./TaskCard.module.css";

function useDueHintText(): (hint: DueHint) => string | undefined {
  const { t } = useTranslation();
  return (hint) => {
    switch (hint.kind) {
      case "overdue":
        return hint.days === undefined ? undefined : t("tasks.lateBy", { count: hint.days });
      case "today":
        return t("tasks.dueToday");
      case "tomorrow":
        return t("tasks.dueTomorrow");
      case "in":
        return t("tasks.dueIn", { count: hint.days });
      default:
        return undefined;
    }
  };
}

/** One task: what to do (a link to where it is done), the region, the due date and how long it has waited. */
export function TaskCard({ task }: { task: TaskOut }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { date } = useFormatDate();
  const hintText = useDueHintText();
  const hint = dueHint(task);
  const hintLine = hintText(hint);
  const title = task.title[lang] || task.title.id;
  const urgent = hint.kind === "overdue" || hint.kind === "today" || hint.kind === "tomorrow";
  const hintColor = urgent ? "red.8" : hint.kind === "in" && hint.days <= 7 ? "orange.9" : "dimmed";

  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="md"
      className={`${classes.card}${task.overdue ? ` ${classes.overdue}` : ""}`}
      data-testid="task"
      data-kind={task.kind}
      data-overdue={task.overdue || undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Text fw={600} style={{ minWidth: 0, overflowWrap: "anywhere" }}>
          <HrefLink href={task.href} className={classes.link} data-testid="task-link">
            {title}
          </HrefLink>
        </Text>
        {task.overdue && (
          <Badge color="red" variant="filled" radius="sm" style={{ flex: "none" }} data-testid="task-overdue">
            {t("tasks.overdue")}
          </Badge>
        )}
      </Group>
      {task.note && (
        <Text size="sm" mt={6} lineClamp={3} className={classes.note} data-testid="task-note">
          <Text span size="sm" c="dimmed">
            {t("tasks.note")}:
          </Text>{" "}
          {task.note}
        </Text>
      )}
      <Group gap={6} mt={6} wrap="wrap" c="dimmed" fz="sm">
        {task.regionName && <span>{task.regionName}</span>}
        {task.regionName && task.dueOn && <span aria-hidden="true">·</span>}
        {task.dueOn && <span>{t("tasks.due", { date: date(task.dueOn) })}</span>}
        {hintLine && (
          <Text span fz="sm" fw={urgent ? 600 : undefined} c={hintColor} data-testid="task-due-hint">
            {hintLine}
          </Text>
        )}
      </Group>
      {task.since && (
        <Text size="xs" c="dimmed" mt={4}>
          {t("tasks.since", { date: date(task.since) })}
        </Text>
      )}
    </Paper>
  );
}
