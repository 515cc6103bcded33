import { Alert, Button, Group } from '@mantine/core';
import { messageOf } from '../api/api-error';
import { needsFormAlert } from './field-issues';

/**
 * The foot of a workspace form modal: the server's refusal when no field shows it, then "cancel" and
 * the action. Field-level issues stay under their fields (`isPlaced` says which paths have one).
 */
export function ModalActions(props: {
  readonly mutation: { readonly isError: boolean; readonly error: unknown; readonly isPending: boolean };
  readonly isPlaced: (path: string) => boolean;
  readonly failedTitle: string;
  readonly cancelLabel?: string;
  readonly submitLabel: string;
  readonly onCancel: () => void;
  readonly onSubmit: () => void;
}) {
  const { mutation } = props;
  return (
    <>
      {mutation.isError && needsFormAlert(mutation.error, props.isPlaced) ? (
        <Alert color="red" variant="light" role="alert" title={props.failedTitle}>
          {messageOf(mutation.error)}
        </Alert>
      ) : null}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={props.onCancel}>
          {props.cancelLabel ?? 'Cancel'}
        </Button>
        <Button onClick={props.onSubmit} loading={mutation.isPending}>
          {props.submitLabel}
        </Button>
      </Group>
    </>
  );
}
