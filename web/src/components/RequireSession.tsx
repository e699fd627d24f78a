import { Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Navigate, useLocation } from "@tanstack/react-router";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Me, meQuery } from "../api/session";
import { ErrorState } from "./ErrorState";

type RequireSessionProps = { children: (me: Me) => ReactNode };

/** Renders a signed-in page; a signed-out visitor is sent to /masuk and brought back afterwards. */
export function RequireSession({ children }: RequireSessionProps) {
  const { t } = useTranslation();
  const me = useQuery(meQuery());
  const location = useLocation();
  // The address asked for when the page opened; the location changes under us once the redirect starts.
  const [wanted] = useState(location.href);

  if (me.isPending) {
    return (
      <Stack gap="md" aria-busy>
        <Text size="sm" c="dimmed" role="status">
          {t("access.checking")}
        </Text>
        <Skeleton height={36} width="40%" />
        <Skeleton height={160} />
      </Stack>
    );
  }
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    return location.pathname === "/masuk" ? null : <Navigate to="/masuk" search={{ redirect: wanted }} replace />;
  }
  return <>{children(me.data)}</>;
}
