import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Role } from '../api/types';

interface HomeSectionProps {
  forRole: Role;
  title: string;
  children: ReactNode;
}

/** A role's part of the home page; `data-testid="home-<role>"` is what the browser journeys look for. */
export function HomeSection({ forRole: role, title, children }: HomeSectionProps) {
  const headingId = `home-${role}-title`;
  return (
    <Paper component="section" withBorder p="lg" data-testid={`home-${role}`} aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} fz="h3" id={headingId}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
