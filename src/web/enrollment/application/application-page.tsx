import { Alert, Anchor, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError, messageOf } from '../../api/api-error';
import { api } from '../../api/client';
import { useSession } from '../../api/session-context';
import { ErrorAlert } from '../../common/error-alert';
import { formatDate } from '../../common/format';
import { PageHeader } from '../../common/page-header';
import { sideLabel } from '../../programs/program-labels';
import type { Application } from '../enrollment-types';
import { StatusBadge } from '../status-badge';
import { ApplicationQuestions } from './application-questions';
import { GroundRulesPanel } from './ground-rules-panel';
import { applicationKey, myProgramsKey, useApplication } from './use-my-programs';
import { WithdrawButton } from './withdraw-button';
import { WithdrawConsentButton } from './withdraw-consent-button';

const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const stillIn = ['invited', 'nominated', 'applied', 'approved', 'waitlisted'];

/** My application to one program: the questions of my side, saved as a draft or submitted. */
export function ApplicationPage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  // Availability is entered in the person's own time zone, from their employee record.
  const timeZone = useSession().person?.timeZone ?? browserTimeZone;
  const application = useApplication(id);
  const [answers, setAnswers] = useState<Record<string, unknown>>({});
  const [consent, setConsent] = useState(false);
  const [loadedFor, setLoadedFor] = useState<Application | null>(null);

  useEffect(() => {
    if (!application.data || loadedFor) return;
    setAnswers(application.data.answers);
    setConsent(application.data.matchingConsent);
    setLoadedFor(application.data);
  }, [application.data, loadedFor]);

  const save = useMutation({
    mutationFn: (submit: boolean) =>
      api.put<Application>(`/my/programs/${encodeURIComponent(id)}/application`, {
        ...(application.data?.status === null ? { side: application.data.side } : {}),
        answers,
        matchingConsent: consent,
        submit,
      }),
    onSuccess: (saved, submit) => {
      queryClient.setQueryData(applicationKey(id), saved);
      void queryClient.invalidateQueries({ queryKey: myProgramsKey, exact: true });
      notifications.show({
        message: submit
          ? 'Your application was sent. HR will let you know.'
          : 'Draft saved. You can finish it later.',
      });
    },
  });

  const a = application.data;
  if (application.isError) {
    return (
      <Stack gap="lg">
        <PageHeader title="Application" />
        <ErrorAlert error={application.error} />
      </Stack>
    );
  }
  if (!a || !loadedFor) {
    return (
      <Stack gap="lg" aria-busy="true" aria-label="Loading your application">
        <PageHeader title="Application" />
        <Skeleton height={240} />
      </Stack>
    );
  }
  const questionIds = new Set(a.questions.map((q) => q.id));
  const fieldErrors = isApiError(save.error) ? save.error.fieldErrors : {};
  const atQuestions = Object.fromEntries(Object.entries(fieldErrors).filter(([key]) => questionIds.has(key)));
  const elsewhere = Object.entries(fieldErrors).filter(([key]) => !questionIds.has(key));
  const readOnly = !a.answersOpen || a.status === 'withdrawn' || a.status === 'declined';
  const submitted = a.status !== null && a.status !== 'invited' && a.status !== 'nominated';

  return (
    <Stack gap="lg">
      <PageHeader
        title={a.program.name}
        description={`${formatDate(a.program.startDate)} – ${formatDate(a.program.endDate)} · you take part as ${sideLabel(a.side, a.program.type).toLowerCase()}`}
        actions={
          a.status && stillIn.includes(a.status) ? (
            <WithdrawButton programId={id} programName={a.program.name} />
          ) : null
        }
      />
      <Group gap="xs">
        {a.status ? <StatusBadge status={a.status} /> : <Text fw={500}>Volunteering</Text>}
        <Anchor component={Link} to="/my/programs" size="sm">
          All my programs
        </Anchor>
      </Group>
      {a.program.purpose ? <Text>{a.program.purpose}</Text> : null}
      {!a.answersOpen ? (
        <Alert variant="light" icon={<IconInfoCircle aria-hidden />} title="Answers are closed">
          Matching has started, so answers can no longer change. This is what you sent.
        </Alert>
      ) : null}
      {!a.answersOpen && a.matchingConsent && a.status && stillIn.includes(a.status) ? (
        <WithdrawConsentButton programId={id} answers={a.answers} />
      ) : null}
      <ApplicationQuestions
        questions={a.questions}
        answers={answers}
        onAnswer={(qid, value) => setAnswers((current) => ({ ...current, [qid]: value }))}
        errors={atQuestions}
        readOnly={readOnly}
        timeZone={timeZone}
        matchingConsent={consent}
        onConsent={setConsent}
      />
      {readOnly ? null : (
        <>
          <GroundRulesPanel rules={a.groundRules} />
          {save.isError && (elsewhere.length > 0 || Object.keys(fieldErrors).length === 0) ? (
            <Alert color="red" variant="light" role="alert" title="Not saved">
              {messageOf(save.error)}
              {elsewhere.map(([key, message]) => (
                <div key={key}>{message}</div>
              ))}
            </Alert>
          ) : null}
          {Object.keys(atQuestions).length > 0 ? (
            <Alert color="red" variant="light" role="alert">
              Some answers need another look; they are marked in red above.
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              onClick={() => save.mutate(false)}
              loading={save.isPending && save.variables === false}
            >
              Save draft
            </Button>
            <Button onClick={() => save.mutate(true)} loading={save.isPending && save.variables === true}>
              {submitted ? 'Update my application' : 'Submit my application'}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
