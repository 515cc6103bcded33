import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { messageOf } from '../api/api-error';
import { formatDate } from '../common/format';
import type { ProgramSurvey } from './check-in-types';
import { useCloseSurvey, useSendSurvey } from './check-ins-api';

interface ActionModalProps {
  programId: string;
  programName: string;
  survey: ProgramSurvey;
  onClose: () => void;
}

function Footer(props: {
  mutation: { isError: boolean; error: unknown; isPending: boolean };
  failedTitle: string;
  cancelLabel: string;
  submitLabel: string;
  onCancel: () => void;
  onSubmit: () => void;
}) {
  return (
    <>
      {props.mutation.isError ? (
        <Alert color="red" variant="light" role="alert" title={props.failedTitle}>
          {messageOf(props.mutation.error)}
        </Alert>
      ) : null}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={props.onCancel} data-autofocus>
          {props.cancelLabel}
        </Button>
        <Button onClick={props.onSubmit} loading={props.mutation.isPending}>
          {props.submitLabel}
        </Button>
      </Group>
    </>
  );
}

/** Sending now opens the survey today and emails everyone in the program's pairs; it asks first. */
export function SendSurveyModal({ programId, programName, survey, onClose }: ActionModalProps) {
  const send = useSendSurvey(programId, survey.id);
  const submit = () =>
    send.mutate(undefined, {
      onSuccess: (saved) => {
        notifications.show({ message: `“${saved.title}” is open. The invitations are on their way.` });
        onClose();
      },
    });
  return (
    <Modal opened onClose={onClose} title={`Send “${survey.title}” now?`}>
      <Stack gap="md">
        <Text>
          It opens today instead of {formatDate(survey.opensOn)}. Everyone in an active or paused pair of{' '}
          {programName} (both the mentor and the mentee) gets an email inviting them to answer, and people in
          pairs formed while it is open are invited too.
        </Text>
        <Text size="sm" c="dimmed">
          It stays open until {formatDate(survey.closesOn)}. Three days before, those who have not answered
          get one reminder, if they chose to receive reminders.
        </Text>
        <Footer
          mutation={send}
          failedTitle="The check-in was not sent"
          cancelLabel="Not now"
          submitLabel="Send the invitations"
          onCancel={onClose}
          onSubmit={submit}
        />
      </Stack>
    </Modal>
  );
}

/** Closing ends answering for everyone, before the closing date; it asks first. */
export function CloseSurveyModal({ programId, survey, onClose }: ActionModalProps) {
  const close = useCloseSurvey(programId, survey.id);
  const waiting = Math.max(0, survey.invited - survey.responded);
  const submit = () =>
    close.mutate(undefined, {
      onSuccess: (saved) => {
        notifications.show({ message: `“${saved.title}” is closed.` });
        onClose();
      },
    });
  return (
    <Modal opened onClose={onClose} title={`Close “${survey.title}” now?`}>
      <Stack gap="md">
        <Text>
          Nobody can answer or change their answers after this, although it was to stay open until{' '}
          {formatDate(survey.closesOn)}.{' '}
          {waiting === 0
            ? 'Everyone invited has answered.'
            : `${waiting} of the ${survey.invited} people invited have not answered yet and will not be able to.`}{' '}
          Nobody is emailed.
        </Text>
        <Footer
          mutation={close}
          failedTitle="The check-in is still open"
          cancelLabel="Keep it open"
          submitLabel="Close the check-in"
          onCancel={onClose}
          onSubmit={submit}
        />
      </Stack>
    </Modal>
  );
}
