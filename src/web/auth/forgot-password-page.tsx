import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { isApiError, messageOf } from '../api/api-error';
import { api } from '../api/client';
import { applyFieldErrors, needsAlert } from '../common/form-errors';
import { usePageTitle } from '../common/use-page-title';
import { AuthLayout } from './auth-layout';
import { validateEmail } from './validate';

/** Only errors that are about the request itself are shown; anything else still gets the neutral answer. */
function isShownError(error: unknown): boolean {
  return isApiError(error) && ['rate_limited', 'network', 'validation'].includes(error.code);
}

export function ForgotPasswordPage() {
  usePageTitle('Reset your password');
  const form = useForm({ initialValues: { email: '' }, validate: { email: validateEmail } });
  const send = useMutation({
    mutationFn: (values: { email: string }) => api.post<{ message: string }>('/auth/forgot-password', values),
    onError: (error) => applyFieldErrors(form, error),
  });

  const sent = send.isSuccess || (send.isError && !isShownError(send.error));
  if (sent) {
    return (
      <AuthLayout title="Check your email">
        <Text role="status">
          If an account exists for <strong>{form.values.email}</strong>, we have sent it a link to choose a
          new password. The link works for a limited time.
        </Text>
        <Text c="dimmed" size="sm">
          Nothing arrived? Check your spam folder, or ask your organisation admin: when email is not set up,
          they can find the message in Counterpart's outbox.
        </Text>
        <Anchor component={Link} to="/login">
          Back to sign in
        </Anchor>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout
      title="Reset your password"
      description="Enter the email you sign in with and we'll send you a link to choose a new password."
    >
      <form noValidate onSubmit={form.onSubmit((values) => send.mutate(values))}>
        <Stack gap="md">
          {needsAlert(send.error, form.values) ? (
            <Alert color="red" variant="light" role="alert">
              {messageOf(send.error)}
            </Alert>
          ) : null}
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            withAsterisk
            {...form.getInputProps('email')}
          />
          <Button type="submit" loading={send.isPending}>
            Send the link
          </Button>
          <Anchor component={Link} to="/login" size="sm">
            Back to sign in
          </Anchor>
        </Stack>
      </form>
    </AuthLayout>
  );
}
