import { Box, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** The blue dot of an unread notification, read out as "belum dibaca". */
export function UnreadDot({ unread }: { unread: boolean }) {
  const { t } = useTranslation();
  return (
    <Box
      component="span"
      w={8}
      h={8}
      mt={7}
      style={{
        flex: "none",
        borderRadius: "50%",
        background: unread ? "var(--mantine-color-blue-6)" : "transparent",
      }}
      data-testid={unread ? "unread-dot" : undefined}
    >
      {unread && <VisuallyHidden>{t("notifications.unreadMark")}</VisuallyHidden>}
    </Box>
  );
}
