import { Alert, Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { messageOf } from '../api/api-error';
import { api } from '../api/client';
import { rememberSession, useMe } from '../api/session';
import type { Me } from '../api/types';
import { applyFieldErrors, needsAlert } from '../common/form-errors';
import { usePageTitle } from '../common/use-page-title';
import { AuthLayout } from './auth-layout';
import { safeNextPath } from './roles';
import { validateEmail } from './validate';

export function LoginPage() {
  usePageTitle('Sign in');
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();

  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: validateEmail,
      password: (value) => (value ? null : 'Enter your password'),
    },
  });

  const login = useMutation({
    mutationFn: (values: typeof form.values) => api.post<Me>('/auth/login', values),
    onSuccess: (session) => {
      rememberSession(queryClient, session);
      navigate(next, { replace: true });
    },
    onError: (error) => applyFieldErrors(form, error),
  });

  if (me.data && !login.isPending) return <Navigate to={next} replace />;

  const showAlert = needsAlert(login.error, form.values);

  return (
    <AuthLayout title="Sign in" description="Welcome to Counterpart.">
      <form noValidate onSubmit={form.onSubmit((values) => login.mutate(values))}>
        <Stack gap="md">
          {showAlert ? (
            <Alert color="red" variant="light" role="alert">
              {messageOf(login.error)}
            </Alert>
          ) : null}
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            withAsterisk
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            withAsterisk
            {...form.getInputProps('password')}
          />
          <Group justify="space-between" align="center">
            <Anchor component={Link} to="/forgot-password" size="sm">
              Forgot your password?
            </Anchor>
            <Button type="submit" loading={login.isPending}>
              Sign in
            </Button>
          </Group>
        </Stack>
      </form>
    </AuthLayout>
  );
}
