import { Alert, Drawer, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { questionsFor } from '#core/programs/intake-form';
import { ErrorAlert } from '../../common/error-alert';
import { formatDate } from '../../common/format';
import { sideLabel } from '../../programs/program-labels';
import type { Program } from '../../programs/program-types';
import type { EnrollmentDetail } from '../enrollment-types';
import { StatusBadge } from '../status-badge';
import { AnswerView } from './answer-view';
import { useEnrollment } from './use-enrollments';

function Answers({ program, detail }: { program: Program; detail: EnrollmentDetail }) {
  // Only the non-sensitive questions of the person's side are ever rendered, whatever the answers hold.
  const questions = questionsFor(program.intakeForm, detail.side).filter((q) => !q.sensitive);
  const { answered, matchingConsent } = detail.sensitive;
  return (
    <Stack gap="md">
      {questions.map((q) => (
        <Stack key={q.id} gap={4} data-testid={`answer-${q.id}`}>
          <Text fw={600} size="sm">
            {q.label}
          </Text>
          <AnswerView question={q} value={detail.answers[q.id]} />
        </Stack>
      ))}
      <Alert variant="light" color="grape" icon={<IconLock aria-hidden />} data-testid="sensitive-summary">
        {answered} sensitive {answered === 1 ? 'answer' : 'answers'}, used in matching with consent:{' '}
        <strong>{matchingConsent ? 'yes' : 'no'}</strong>. Sensitive answers are never shown here.
      </Alert>
    </Stack>
  );
}

/** One application, readable: who, their status, the nomination note, and their non-sensitive answers. */
export function EnrollmentDrawer({
  program,
  enrollmentId,
  onClose,
}: {
  program: Program;
  enrollmentId: string | null;
  onClose: () => void;
}) {
  const detail = useEnrollment(program.id, enrollmentId);
  const d = detail.data;
  return (
    <Drawer
      opened={enrollmentId !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={d ? d.person.name : 'Application'}
    >
      {detail.isError ? <ErrorAlert error={detail.error} /> : null}
      {!d ? (
        detail.isError ? null : (
          <Skeleton height={200} aria-label="Loading the application" />
        )
      ) : (
        <Stack gap="lg">
          <Stack gap={4}>
            <Text>
              {d.person.title}
              {d.person.department ? `, ${d.person.department}` : ''}
              {d.person.level !== null ? ` · level ${d.person.level}` : ''}
            </Text>
            <Group gap="xs">
              <Text>{sideLabel(d.side, program.type)}</Text>
              <StatusBadge status={d.status} />
            </Group>
            <Text size="sm" c="dimmed">
              {d.submittedAt ? `Submitted ${formatDate(d.submittedAt)}` : 'Not submitted yet'}
              {d.decidedAt ? ` · decided ${formatDate(d.decidedAt)}` : ''}
            </Text>
          </Stack>
          {d.nominatedBy ? (
            <Alert variant="light" title={`Nominated by ${d.nominatedBy}`}>
              {d.nominationNote || 'No note given.'}
            </Alert>
          ) : null}
          <Title order={3} fz="h4">
            Answers
          </Title>
          <Answers program={program} detail={d} />
        </Stack>
      )}
    </Drawer>
  );
}
