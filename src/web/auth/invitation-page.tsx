import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError, messageOf } from '../api/api-error';
import { api } from '../api/client';
import { rememberSession } from '../api/session';
import type { Invitation, Me } from '../api/types';
import { applyFieldErrors, needsAlert } from '../common/form-errors';
import { FullPageLoader } from '../common/full-page-loader';
import { usePageTitle } from '../common/use-page-title';
import { AuthLayout } from './auth-layout';
import { newPasswordHint, validateNewPassword, validateRequired } from './validate';

function InvitationProblem({ error }: { error: unknown }) {
  if (isApiError(error, 'gone')) {
    return (
      <AuthLayout title="This invitation can no longer be used">
        <Text>
          It has already been accepted or it has expired. If you have already set your password, sign in.
          Otherwise ask your organisation admin to send you a new invitation.
        </Text>
        <Button component={Link} to="/login">
          Go to sign in
        </Button>
      </AuthLayout>
    );
  }
  const text = isApiError(error, 'not_found')
    ? 'We could not find this invitation. Check that you opened the whole link from your email, or ask your organisation admin to send a new one.'
    : messageOf(error);
  return (
    <AuthLayout title="We couldn't open this invitation">
      <Text>{text}</Text>
    </AuthLayout>
  );
}

export function InvitationPage() {
  usePageTitle('Accept your invitation');
  const { token = '' } = useParams();
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.get<Invitation>(`/invitations/${encodeURIComponent(token)}`),
    retry: false,
  });

  if (invitation.isPending) return <FullPageLoader label="Opening your invitation…" />;
  if (invitation.isError) return <InvitationProblem error={invitation.error} />;
  return <AcceptInvitation token={token} invitation={invitation.data} />;
}

function AcceptInvitation({ token, invitation }: { token: string; invitation: Invitation }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { name: invitation.name, password: '' },
    validate: { name: validateRequired('your name'), password: validateNewPassword },
  });
  const accept = useMutation({
    mutationFn: (values: typeof form.values) =>
      api.post<Me>(`/invitations/${encodeURIComponent(token)}/accept`, values),
    onSuccess: (me) => {
      rememberSession(queryClient, me);
      navigate('/', { replace: true });
    },
    onError: (error) => applyFieldErrors(form, error),
  });

  if (isApiError(accept.error, 'gone')) return <InvitationProblem error={accept.error} />;

  return (
    <AuthLayout
      title={`Join ${invitation.orgName} on Counterpart`}
      description="Set up your account to get started."
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) => accept.mutate({ ...values, name: values.name.trim() }))}
      >
        <Stack gap="md">
          {needsAlert(accept.error, form.values) ? (
            <Alert color="red" variant="light" role="alert">
              {messageOf(accept.error)}
            </Alert>
          ) : null}
          <TextInput
            label="Email"
            value={invitation.email}
            readOnly
            variant="filled"
            description="You will sign in with this address."
          />
          <TextInput label="Your name" autoComplete="name" withAsterisk {...form.getInputProps('name')} />
          <PasswordInput
            label="Choose a password"
            description={newPasswordHint}
            autoComplete="new-password"
            withAsterisk
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={accept.isPending}>
            Create my account
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
