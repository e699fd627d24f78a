import { Alert, Button, CopyButton, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { FeedbackSent } from "../../api/feedback";
import { ButtonLink } from "../RouterLinks";

/** After sending: the private follow link, shown once, with a copy button and why it must be kept. */
export function FeedbackSentPanel({ sent, onClose }: { sent: FeedbackSent; onClose: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const url = `${window.location.origin}${sent.followPath}`;
  // The form is gone; the reader lands on the outcome.
  useEffect(() => heading.current?.focus(), []);

  return (
    <Stack gap="md" data-testid="feedback-sent">
      <Title order={3} size="h4" ref={heading} tabIndex={-1}>
        {t("feedback.sent.title")}
      </Title>
      <Text>{t("feedback.sent.body")}</Text>
      <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-blue-light)">
        <Text size="sm" fw={600} id="feedback-follow-label" mb={4}>
          {t("feedback.sent.linkLabel")}
        </Text>
        <Text
          ff="monospace"
          fw={600}
          style={{ overflowWrap: "anywhere", userSelect: "all" }}
          aria-labelledby="feedback-follow-label"
          data-testid="feedback-follow-url"
        >
          {url}
        </Text>
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button
              mt="sm"
              size="sm"
              onClick={copy}
              color={copied ? "teal" : undefined}
              aria-live="polite"
              data-testid="feedback-follow-copy"
            >
              {copied ? t("feedback.sent.copied") : t("feedback.sent.copy")}
            </Button>
          )}
        </CopyButton>
      </Paper>
      <Alert color="orange" variant="light" role="note">
        {t("feedback.sent.warning")}
      </Alert>
      <Group justify="flex-end" gap="sm">
        <ButtonLink to="/masukan/$token" params={{ token: sent.followToken }} variant="default">
          {t("feedback.sent.open")}
        </ButtonLink>
        <Button onClick={onClose}>{t("feedback.sent.close")}</Button>
      </Group>
    </Stack>
  );
}
