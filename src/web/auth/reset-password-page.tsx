import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { isApiError, messageOf } from '../api/api-error';
import { api } from '../api/client';
import { applyFieldErrors, needsAlert } from '../common/form-errors';
import { usePageTitle } from '../common/use-page-title';
import { AuthLayout } from './auth-layout';
import { newPasswordHint, validateNewPassword } from './validate';

function LinkProblem({ title, children }: { title: string; children: string }) {
  return (
    <AuthLayout title={title}>
      <Text>{children}</Text>
      <Button component={Link} to="/forgot-password">
        Request a new link
      </Button>
    </AuthLayout>
  );
}

export function ResetPasswordPage() {
  usePageTitle('Choose a new password');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const form = useForm({
    initialValues: { password: '', confirm: '' },
    validate: {
      password: validateNewPassword,
      confirm: (value, values) => (value === values.password ? null : 'The two passwords do not match'),
    },
  });
  const reset = useMutation({
    mutationFn: (password: string) => api.post<void>('/auth/reset-password', { token, password }),
    onError: (error) => applyFieldErrors(form, error),
  });

  if (!token) {
    return (
      <LinkProblem title="This link is incomplete">
        The address is missing part of the link from your email. Open the link again, or request a new one.
      </LinkProblem>
    );
  }
  if (isApiError(reset.error, 'gone') || isApiError(reset.error, 'not_found')) {
    return (
      <LinkProblem title="This link can no longer be used">
        {`${reset.error.message} Password links work once and for a limited time.`}
      </LinkProblem>
    );
  }
  if (reset.isSuccess) {
    return (
      <AuthLayout title="Your password has been changed">
        <Text role="status">You can now sign in with your new password.</Text>
        <Button component={Link} to="/login">
          Sign in
        </Button>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title="Choose a new password" description={newPasswordHint}>
      <form noValidate onSubmit={form.onSubmit((values) => reset.mutate(values.password))}>
        <Stack gap="md">
          {needsAlert(reset.error, form.values) ? (
            <Alert color="red" variant="light" role="alert">
              {messageOf(reset.error)}
            </Alert>
          ) : null}
          <PasswordInput
            label="New password"
            autoComplete="new-password"
            withAsterisk
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label="Repeat the new password"
            autoComplete="new-password"
            withAsterisk
            {...form.getInputProps('confirm')}
          />
          <Button type="submit" loading={reset.isPending}>
            Save the new password
          </Button>
          <Anchor component={Link} to="/login" size="sm">
            Back to sign in
          </Anchor>
        </Stack>
      </form>
    </AuthLayout>
  );
}
