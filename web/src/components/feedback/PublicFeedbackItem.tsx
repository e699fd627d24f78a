import { Anchor, Badge, Blockquote, Group, Image, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PublicFeedbackItem as Item } from "../../../../domain/feedback";
import { useFormatDate } from "../../i18n/format";
import { CATEGORY_COLORS } from "./colors";

/** One published feedback: what it is about, the text, who sent it, the photo and the region's reply. */
export function PublicFeedbackItem({ item }: { item: Item }) {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const name = item.name ?? t("feedback.section.anonymous");
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      id={`masukan-${item.id}`}
      data-testid="public-feedback-item"
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm" mb="xs">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap={6}>
            <Badge variant="light" color={CATEGORY_COLORS[item.category]}>
              {t(`feedback.category.${item.category}`)}
            </Badge>
            {item.handled && (
              <Badge variant="filled" color="teal">
                {t("feedback.section.handled")}
              </Badge>
            )}
          </Group>
          <Text size="sm" fw={600}>
            {t(`feedback.subjectKind.${item.subject.kind}`)} {item.subject.code} · {item.subject.title}
          </Text>
        </Stack>
        {item.photoUrl && (
          <Anchor href={item.photoUrl} target="_blank" rel="noopener" aria-label={t("feedback.section.photo")}>
            <Image
              src={item.photoUrl}
              alt={t("feedback.section.photoAlt", { name })}
              w={88}
              h={66}
              radius="sm"
              fit="cover"
              loading="lazy"
            />
          </Anchor>
        )}
      </Group>
      <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{item.body}</Text>
      <Text size="sm" c="dimmed" mt="xs">
        {name} · {t("feedback.section.sentAt", { date: date(item.sentAt) })}
      </Text>
      {item.reply && (
        <Blockquote color="blue" p="sm" mt="sm" radius="sm" iconSize={0}>
          <Text size="sm" fw={600}>
            {t("feedback.section.reply", { by: item.reply.by })}{" "}
            <Text span size="sm" c="dimmed" fw={400}>
              · {date(item.reply.repliedAt)}
            </Text>
          </Text>
          <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
            {item.reply.body}
          </Text>
        </Blockquote>
      )}
    </Paper>
  );
}
