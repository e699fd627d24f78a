import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SchemeStatus } from "../../../../domain/evaluation/scheme-editor";

const COLORS: Record<SchemeStatus, string> = { draft: "yellow", published: "green", retired: "gray" };

/** Draf / Terbit / Pensiun. */
export function SchemeStatusBadge({ status }: { status: SchemeStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLORS[status]}
      variant="light"
      radius="sm"
      tt="none"
      data-testid="scheme-status"
      data-status={status}
    >
      {t(`evaluationSchemes.status.${status}`)}
    </Badge>
  );
}
