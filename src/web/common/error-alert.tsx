import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { messageOf } from '../api/api-error';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
  children?: ReactNode;
}

/** The server's message in a calm red box; never a stack trace. */
export function ErrorAlert({ error, title, children }: ErrorAlertProps) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={title} role="alert">
      {messageOf(error)}
      {children}
    </Alert>
  );
}
