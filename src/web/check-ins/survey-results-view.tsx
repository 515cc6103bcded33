import { Group, Progress, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { ErrorAlert } from '../common/error-alert';
import { QuietEmpty } from '../home/quiet-empty';
import { sidesLabel } from '../programs/program-labels';
import { ChangeTable } from './change-table';
import type { SurveyResults } from './check-in-types';
import { useSurveyResults } from './check-ins-api';
import { hiddenMessage } from './hidden-figure';
import { QuestionResult } from './question-result';

const percentOf = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole));

function ResponseRate({ results }: { results: SurveyResults }) {
  const { invited, responded } = results.responseRate;
  const { respondents, minGroupSize } = results.aggregate;
  const rate = percentOf(responded, invited);
  return (
    <Stack gap={6} maw={560}>
      <Text>
        <Text span fw={700}>
          {responded} of {invited}
        </Text>{' '}
        invited people answered ({rate}%)
      </Text>
      <Progress value={rate} aria-label="Response rate" color="teal" />
      <Group gap="lg">
        {(['mentor', 'mentee'] as const).map((side) => {
          const figure = respondents.bySide[side];
          return (
            <Text key={side} size="sm" c="dimmed">
              {sidesLabel(side)}:{' '}
              {figure.suppressed
                ? hiddenMessage(figure.reason, minGroupSize)
                : `${figure.respondents} answered`}
            </Text>
          );
        })}
      </Group>
    </Stack>
  );
}

function ResultsBody({ results }: { results: SurveyResults }) {
  const { aggregate, survey, change } = results;
  const questionById = new Map(survey.template.questions.map((q) => [q.id, q]));
  if (results.responseRate.responded === 0) {
    return (
      <QuietEmpty icon={<IconChartBar aria-hidden />} title="No answers yet">
        {survey.status === 'scheduled'
          ? 'This check-in has not been sent yet. Results appear here once people answer it.'
          : `Results appear here once people answer. Figures for groups of fewer than ${aggregate.minGroupSize} people stay hidden.`}
      </QuietEmpty>
    );
  }
  return (
    <Stack gap="md">
      <ResponseRate results={results} />
      <Text size="sm" c="dimmed">
        You see totals and averages only, for groups of at least {aggregate.minGroupSize} people. Written
        answers appear only where the person who wrote them agreed, and never with a name.
      </Text>
      {aggregate.questions.map((result) => (
        <QuestionResult
          key={result.questionId}
          result={result}
          question={questionById.get(result.questionId)}
          minGroupSize={aggregate.minGroupSize}
        />
      ))}
      {change && change.length > 0 ? (
        <ChangeTable change={change} minGroupSize={aggregate.minGroupSize} />
      ) : null}
    </Stack>
  );
}

/**
 * A check-in survey's results for HR (GET …/surveys/:surveyId/results): the response rate, each
 * question's figures with small groups hidden, written answers only where their authors agreed, and
 * for the final review the before/after change. Used by the Check-ins tab and the midpoint review.
 */
export function SurveyResultsView({ programId, surveyId }: { programId: string; surveyId: string }) {
  const results = useSurveyResults(programId, surveyId);
  const title = results.data ? `Results: ${results.data.survey.title}` : 'Results';
  return (
    <Stack component="section" gap="md" aria-label={title}>
      <Title order={3} fz="h4">
        {title}
      </Title>
      {results.isError ? <ErrorAlert error={results.error} /> : null}
      {results.isPending ? <Skeleton height={200} aria-label="Loading the results" /> : null}
      {results.data ? <ResultsBody results={results.data} /> : null}
    </Stack>
  );
}
