import { Alert, Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEye, IconLock } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { messageOf } from '../api/api-error';
import { ErrorAlert } from '../common/error-alert';
import { formatDate } from '../common/format';
import { PageHeader } from '../common/page-header';
import { AnswerField } from './answer-field';
import { type AnswerDraft, answersToSend, issuesByQuestion, missingAnswers } from './answer-draft';
import type { CheckInDetail } from './check-in-types';
import { useCheckIn, useSaveAnswers } from './check-ins-api';

function StatusNote({ detail }: { detail: CheckInDetail }) {
  const { checkIn } = detail;
  if (checkIn.status === 'open') {
    return (
      <Text size="sm" c="dimmed">
        {checkIn.answeredAt
          ? `You answered on ${formatDate(checkIn.answeredAt)}. You can change your answers until ${formatDate(checkIn.closesOn)}.`
          : `Open until ${formatDate(checkIn.closesOn)}.`}
      </Text>
    );
  }
  return (
    <Alert color="gray" variant="light" icon={<IconLock aria-hidden />} title="This check-in is closed">
      {checkIn.answeredAt
        ? `It closed on ${formatDate(checkIn.closesOn)}. These are the answers you gave; they can no longer be changed.`
        : `It closed on ${formatDate(checkIn.closesOn)} before you answered, so there is nothing more to do.`}
    </Alert>
  );
}

function CheckInForm({ id, detail }: { id: string; detail: CheckInDetail }) {
  const navigate = useNavigate();
  const save = useSaveAnswers(id);
  const [draft, setDraft] = useState<AnswerDraft>(() => ({ ...(detail.answers ?? {}) }));
  const [missing, setMissing] = useState<Record<string, string>>({});
  const readOnly = detail.checkIn.status !== 'open';
  const fromServer = issuesByQuestion(save.error);
  const questionIds = new Set(detail.questions.map((q) => q.id));
  const unplaced = Object.entries(fromServer).filter(([qid]) => !questionIds.has(qid));
  const placed = Object.keys(fromServer).length - unplaced.length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blanks = missingAnswers(detail.questions, draft);
    setMissing(blanks);
    if (Object.keys(blanks).length > 0) return;
    save.mutate(answersToSend(detail.questions, draft), {
      onSuccess: () => {
        notifications.show({ message: 'Thank you. Your answers are saved.' });
        void navigate('/my/check-ins');
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={detail.checkIn.title}>
      <Stack gap="lg">
        {detail.questions.some((q) => q.required) && !readOnly ? (
          <Text size="sm" c="dimmed">
            Questions marked * need an answer; the others are up to you.
          </Text>
        ) : null}
        {detail.questions.map((question) => (
          <AnswerField
            key={question.id}
            question={question}
            value={draft[question.id]}
            readOnly={readOnly}
            error={missing[question.id] ?? fromServer[question.id]}
            onChange={(value) => {
              setMissing(({ [question.id]: _, ...rest }) => rest);
              setDraft(({ [question.id]: _, ...rest }) =>
                value === undefined ? rest : { ...rest, [question.id]: value },
              );
            }}
          />
        ))}
        {save.isError ? (
          <Alert color="red" variant="light" role="alert" title="Your answers were not saved">
            {placed > 0
              ? 'Some answers need another look: see the notes under the questions.'
              : messageOf(save.error)}
            {unplaced.map(([qid, message]) => (
              <div key={qid}>{message}</div>
            ))}
          </Alert>
        ) : null}
        <Group gap="sm">
          {readOnly ? null : (
            <Button type="submit" loading={save.isPending}>
              Save answers
            </Button>
          )}
          <Button component={Link} to="/my/check-ins" variant="default">
            Back to check-ins
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A participant answers one check-in, told first who will see the answers (`/my/check-ins/:id`). */
export function CheckInPage() {
  const { id = '' } = useParams();
  const checkIn = useCheckIn(id);
  const detail = checkIn.data;
  if (!detail) {
    return (
      <Stack gap="lg">
        <PageHeader title="Check-in" />
        {checkIn.isError ? (
          <ErrorAlert error={checkIn.error}>
            <Text size="sm" mt="xs">
              <Link to="/my/check-ins">Back to your check-ins</Link>
            </Text>
          </ErrorAlert>
        ) : (
          <Skeleton height={240} aria-label="Loading the check-in" />
        )}
      </Stack>
    );
  }
  const { checkIn: item } = detail;
  return (
    <Stack gap="lg" maw={760}>
      <PageHeader
        title={item.title}
        description={`${item.programName} · your mentoring with ${item.partnerName}`}
      />
      <StatusNote detail={detail} />
      {detail.intro ? <Text>{detail.intro}</Text> : null}
      <Paper withBorder p="md" radius="md" bg="blue.0" component="section" aria-labelledby="who-sees">
        <Group gap="xs" mb={4} wrap="nowrap">
          <IconEye size={20} aria-hidden />
          <Text fw={700} id="who-sees">
            Who sees your answers
          </Text>
        </Group>
        <Text size="sm">{detail.audienceNote}</Text>
      </Paper>
      <CheckInForm key={id} id={id} detail={detail} />
    </Stack>
  );
}
