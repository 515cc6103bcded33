import { Skeleton, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { DiversityQuestion } from '#core/impact/diversity';
import type { PeopleCount } from '#core/impact/impact-figures';
import type { Figure } from '#core/surveys/suppression';
import { api } from '../api/client';
import { ErrorAlert } from '../common/error-alert';
import type { ProgramDiversity } from './impact-types';

export const diversityKey = (programId: string) => ['programs', programId, 'impact', 'diversity'] as const;

/** Diversity of participation (`GET /api/programs/:id/impact/diversity`). */
export function useProgramDiversity(programId: string) {
  return useQuery({
    queryKey: diversityKey(programId),
    queryFn: () => api.get<ProgramDiversity>(`/programs/${encodeURIComponent(programId)}/impact/diversity`),
  });
}

function Count({ figure }: { figure: Figure<PeopleCount> }) {
  if (figure.suppressed)
    return (
      <Text span size="sm" c="dimmed" title={figure.message}>
        hidden
      </Text>
    );
  return <>{figure.people}</>;
}

const COLUMNS = ['Mentors', 'Mentees', 'Everyone'] as const;

function QuestionTable({ question }: { question: DiversityQuestion }) {
  const rows = [
    { key: 'respondents', label: 'Answered', ...question.respondents },
    ...question.options.map((o) => ({ key: `option:${o.option}`, label: o.option, ...o })),
  ];
  return (
    <Table withTableBorder fz="sm" captionSide="top" data-testid={`diversity-${question.questionId}`}>
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>{question.label}</caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Answer</Table.Th>
          {COLUMNS.map((c) => (
            <Table.Th key={c} scope="col" ta="right">
              {c}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Th scope="row" fw={row.key === 'respondents' ? 600 : 400}>
              {row.label}
            </Table.Th>
            {[row.bySide.mentor, row.bySide.mentee, row.overall].map((figure, i) => (
              <Table.Td key={COLUMNS[i]} ta="right">
                <Count figure={figure} />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

const nobody = (q: DiversityQuestion) =>
  !q.respondents.overall.suppressed && q.respondents.overall.people === 0;

/**
 * "Diversity of participation": how the program's participants answered the intake form's optional
 * background questions, counted only from those who agreed to their answers being used. Counts per
 * side and for everyone; a cell about too few people, or one that would give such a cell away, says
 * "hidden" (its reason on hover).
 */
export function DiversitySection({ programId }: { programId: string }) {
  const diversity = useProgramDiversity(programId);
  if (diversity.isError) return <ErrorAlert error={diversity.error} />;
  if (!diversity.data) return <Skeleton height={120} aria-label="Loading the diversity of participation" />;
  const { questions, minGroupSize } = diversity.data;
  if (questions.length === 0)
    return (
      <Text size="sm" c="dimmed">
        This program’s intake form asks no optional background questions with set answers, so there is nothing
        to count.
      </Text>
    );
  return (
    <Stack gap="md">
      <Text size="sm" maw={720}>
        {`Counted only from participants who agreed to their answers being used. A count is hidden when fewer than ${minGroupSize} people are behind it, or when it would let a hidden count be worked out.`}
      </Text>
      {questions.every(nobody) ? (
        <Text size="sm" c="dimmed" data-testid="diversity-empty">
          No participant has shared answers with consent yet.
        </Text>
      ) : (
        questions.map((q) => <QuestionTable key={q.questionId} question={q} />)
      )}
    </Stack>
  );
}
