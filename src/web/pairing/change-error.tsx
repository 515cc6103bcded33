import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { isApiError, messageOf } from '../api/api-error';

/**
 * Why a change was refused, in the rule's words. A 409 may carry the words as issues (one per rule
 * broken) rather than in its message; show those when present.
 */
export function changeRefusal(error: unknown): string {
  if (isApiError(error, 'conflict')) {
    const words = Object.values(error.fieldErrors);
    if (words.length > 0) return words.join(' ');
  }
  return messageOf(error);
}

/** A refused change, shown right where it was tried. */
export function ChangeError({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={title} role="alert">
      {changeRefusal(error)}
    </Alert>
  );
}
