import { Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Logo } from '../common/logo';

interface AuthLayoutProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

/** The quiet, centred card used by sign-in, password and invitation pages. */
export function AuthLayout({ title, description, children }: AuthLayoutProps) {
  return (
    <Box bg="gray.0" mih="100vh" component="main">
      <Center mih="100vh" p="md">
        <Stack w="100%" maw={420} gap="lg">
          <Center>
            <Logo size={32} />
          </Center>
          <Paper withBorder shadow="xs" p="xl" radius="md">
            <Stack gap="md">
              <Stack gap={4}>
                <Title order={1} fz="h2">
                  {title}
                </Title>
                {description ? <Text c="dimmed">{description}</Text> : null}
              </Stack>
              {children}
            </Stack>
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
