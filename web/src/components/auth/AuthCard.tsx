import { Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

type AuthCardProps = { title: string; intro?: ReactNode; children: ReactNode };

/** The narrow centred card of the sign-in, password and invitation pages. */
export function AuthCard({ title, intro, children }: AuthCardProps) {
  return (
    <Paper withBorder radius="md" p={{ base: "md", sm: "xl" }} maw={460} mx="auto" mt={{ base: 0, sm: "xl" }}>
      <Stack gap="xs" mb="lg">
        <Title order={1} size="h2">
          {title}
        </Title>
        {intro && <Text c="dimmed">{intro}</Text>}
      </Stack>
      {children}
    </Paper>
  );
}
