import { Button, Collapse, List, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { reviewsQuery } from "../../api/bimtek";
import { useFormatDate } from "../../i18n/format";
import { useErrorText } from "../ErrorState";

/** The submissions, revision requests and approvals of one deliverable, loaded when opened. */
export function ReviewHistory({ deliverableId, code }: { deliverableId: number; code: string }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatDate();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const reviews = useQuery(reviewsQuery(deliverableId, open));
  const panelId = `history-${deliverableId}`;

  return (
    <div>
      <Button
        size="compact-xs"
        variant="subtle"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-controls={panelId}
        data-testid={`deliverable-history-${code}`}
      >
        {t("bimtek.history")} {open ? "▴" : "▾"}
      </Button>
      <Collapse in={open} id={panelId}>
        {reviews.isPending ? (
          <Text size="xs">{t("common.loading")}</Text>
        ) : reviews.isError ? (
          <Text size="xs" c="red">
            {errorText(reviews.error)}
          </Text>
        ) : reviews.data.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t("bimtek.historyEmpty")}
          </Text>
        ) : (
          <List size="xs" spacing={2} data-testid="review-history">
            {reviews.data.map((r) => (
              <List.Item key={r.id}>
                {dateTime(r.createdAt)} · {t(`bimtek.historyAction.${r.action}`)}
                {r.authorName ? ` · ${r.authorName}` : ""}
                {r.comment ? `: “${r.comment}”` : ""}
              </List.Item>
            ))}
          </List>
        )}
      </Collapse>
    </div>
  );
}
