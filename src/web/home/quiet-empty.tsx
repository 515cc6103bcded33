import { EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

interface QuietEmptyProps {
  icon: ReactNode;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}

/** An honest "nothing here yet" that says what will appear and when. */
export function QuietEmpty({ icon, title, children, actions }: QuietEmptyProps) {
  return (
    <EmptyState icon={icon} variant="light" align="left" size="sm">
      <EmptyState.Title order={3}>{title}</EmptyState.Title>
      <EmptyState.Description>{children}</EmptyState.Description>
      {actions ? <EmptyState.Actions>{actions}</EmptyState.Actions> : null}
    </EmptyState>
  );
}
