import { Alert, Button, Divider, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { isApiError, messageOf } from '../api/api-error';
import { AuthLayout } from '../auth/auth-layout';
import { ErrorAlert } from '../common/error-alert';
import { FullPageLoader } from '../common/full-page-loader';
import { usePageTitle } from '../common/use-page-title';
import { NotificationSwitches, SavedNote, savedWords } from './notification-switches';
import { type UnsubscribeSettings, useUnsubscribe, useUnsubscribeSettings } from './notifications-api';

function BrokenLink({ error }: { error?: unknown }) {
  const known = error === undefined || isApiError(error, 'not_found');
  return (
    <AuthLayout title="This link does not work">
      <Text>
        {known
          ? 'The link may be incomplete, or it belongs to an account that is no longer a member. Check that you opened the whole link from your email.'
          : messageOf(error)}
      </Text>
      <Text>You can also sign in and choose your emails in Email settings.</Text>
      <Button component={Link} to="/settings/notifications">
        Sign in to Email settings
      </Button>
    </AuthLayout>
  );
}

/** The page an optional email's "Stop these emails" link opens: no sign-in needed. */
export function UnsubscribePage() {
  usePageTitle('Your emails');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const settings = useUnsubscribeSettings(token);

  if (!token) return <BrokenLink />;
  if (settings.isPending) return <FullPageLoader label="Opening your email settings…" />;
  if (settings.isError) return <BrokenLink error={settings.error} />;
  return <ChooseEmails token={token} settings={settings.data} />;
}

function ChooseEmails({ token, settings }: { token: string; settings: UnsubscribeSettings }) {
  const save = useUnsubscribe(token);
  const [saved, setSaved] = useState<string | null>(null);
  const allOff = settings.kinds.every(({ kind }) => !settings.choices[kind]);

  if (isApiError(save.error, 'not_found')) return <BrokenLink error={save.error} />;

  return (
    <AuthLayout
      title={`Your emails from ${settings.orgName}`}
      description={`For ${settings.email}. Choose which reminders Counterpart sends you.`}
    >
      <Stack gap="md">
        {allOff ? (
          <Alert color="teal" variant="light" title="All reminders are off">
            You will still get emails about something you or HR did, such as invitations and meeting changes.
          </Alert>
        ) : (
          <Button
            loading={save.isPending && Object.keys(save.variables ?? {}).length === 0}
            onClick={() => {
              setSaved(null);
              save.mutate({}, { onSuccess: () => setSaved('All reminders turned off.') });
            }}
          >
            Turn off all reminders
          </Button>
        )}
        <Divider label="Or choose one by one" labelPosition="left" />
        <NotificationSwitches
          kinds={settings.kinds}
          choices={settings.choices}
          pending={save.isPending ? save.variables : undefined}
          onChange={(kind, on) => {
            const change = { [kind]: on };
            setSaved(null);
            save.mutate(change, { onSuccess: (answer) => setSaved(savedWords(answer.kinds, change)) });
          }}
        />
        {save.isError ? <ErrorAlert error={save.error} title="Not saved" /> : null}
        <SavedNote>{saved}</SavedNote>
      </Stack>
    </AuthLayout>
  );
}
