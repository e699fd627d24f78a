import { Anchor, Group, List, Text } from "@mantine/core";
import { formatFileSize, useLanguage } from "../i18n/format";

export type FileLink = { key: string | number; href: string; name: string; size: number };

type Props = {
  items: FileLink[];
  /** Shown instead of the list when there is no file. */
  empty: string;
  testId: string;
  /** A test id on each link. */
  linkTestId?: string;
};

/** Uploaded files as download links with their sizes, or a line saying there are none. */
export function FileLinks({ items, empty, testId, linkTestId }: Props) {
  const lang = useLanguage();
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  return (
    <List size="sm" spacing={2} data-testid={testId}>
      {items.map((f) => (
        <List.Item key={f.key}>
          <Group gap={6} wrap="nowrap">
            <Anchor href={f.href} target="_blank" rel="noopener" size="sm" data-testid={linkTestId}>
              {f.name}
            </Anchor>
            <Text span size="xs" c="dimmed">
              {formatFileSize(f.size, lang)}
            </Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
