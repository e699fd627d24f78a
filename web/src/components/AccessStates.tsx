import { Paper, Stack, Text, Title } from "@mantine/core";
import { useLocation } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";
import { ErrorState } from "./ErrorState";
import { ButtonLink } from "./RouterLinks";

function StatePanel({ title, body, children }: { title: string; body: string; children?: ReactNode }) {
  return (
    <Paper withBorder p="xl" radius="md" maw={640} mx="auto" mt="lg" ta="center" role="alert">
      <Stack align="center" gap="sm">
        <Title order={1} size="h3">
          {title}
        </Title>
        <Text>{body}</Text>
        {children}
      </Stack>
    </Paper>
  );
}

/** 403: the person is signed in but the page is not theirs. */
export function ForbiddenState() {
  const { t } = useTranslation();
  return (
    <StatePanel title={t("access.forbiddenTitle")} body={t("access.forbidden")}>
      <ButtonLink to="/" variant="light" data-testid="forbidden-state">
        {t("access.home")}
      </ButtonLink>
    </StatePanel>
  );
}

/** 404: missing, or outside the person's regions (the API does not tell these apart, on purpose). */
export function NotFoundState({ title, body }: { title?: string; body?: string }) {
  const { t } = useTranslation();
  return (
    <StatePanel title={title ?? t("access.notFoundTitle")} body={body ?? t("access.notFound")}>
      <ButtonLink to="/" variant="light">
        {t("access.home")}
      </ButtonLink>
    </StatePanel>
  );
}

/** 401 from a page's own API call: the session ended while the page was open. */
export function SignedOutState() {
  const { t } = useTranslation();
  const href = useLocation({ select: (l) => l.href });
  return (
    <StatePanel title={t("access.signedOutTitle")} body={t("access.signedOut")}>
      <ButtonLink to="/masuk" search={{ redirect: href }}>
        {t("session.signIn")}
      </ButtonLink>
    </StatePanel>
  );
}

/** A failed page load, told by status: 401 sign in, 403 not allowed, 404 not found, else retry. */
export function QueryErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (error instanceof ApiError) {
    if (error.status === 401) return <SignedOutState />;
    if (error.status === 403) return <ForbiddenState />;
    if (error.status === 404) return <NotFoundState />;
  }
  return <ErrorState error={error} onRetry={onRetry} />;
}
