import { Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

type PageHeaderProps = { title: ReactNode; description?: ReactNode; testId?: string };

/** The page's one h1 with an optional lead line. */
export function PageHeader({ title, description, testId }: PageHeaderProps) {
  return (
    <Stack gap={4} mb="lg">
      <Title order={1} size="h2" data-testid={testId}>
        {title}
      </Title>
      {description && <Text c="dimmed">{description}</Text>}
    </Stack>
  );
}
