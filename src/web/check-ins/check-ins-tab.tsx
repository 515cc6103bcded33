import { SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../common/error-alert';
import type { Program } from '../programs/program-types';
import type { ProgramSurvey } from './check-in-types';
import { useProgramSurveys } from './check-ins-api';
import { CloseSurveyModal, SendSurveyModal } from './survey-action-modals';
import { type SurveyAction, SurveyCard } from './survey-card';
import { SurveyDatesModal } from './survey-dates-modal';
import { SurveyPreviewModal } from './survey-preview-modal';
import { SurveyResultsView } from './survey-results-view';

/** The survey whose results to show first: the latest one that has been sent. */
function latestSent(surveys: readonly ProgramSurvey[]): string | null {
  return surveys.findLast((s) => s.status !== 'scheduled')?.id ?? null;
}

/**
 * HR's check-ins of one program (`/programs/:id/check-ins`): the kickoff, halfway and final surveys with
 * their dates and response counts, the actions on each, and the results of one at a time.
 */
export function CheckInsTab({ program }: { program: Program }) {
  const surveys = useProgramSurveys(program.id);
  const [picked, setPicked] = useState<string | null>(null);
  const [open, setOpen] = useState<{ action: SurveyAction; survey: ProgramSurvey } | null>(null);
  const items = surveys.data ?? [];
  const shown = picked ?? latestSent(items);
  const close = () => setOpen(null);
  const modalProps = open
    ? { programId: program.id, programName: program.name, survey: open.survey, onClose: close }
    : null;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2} fz="h3">
          Check-ins
        </Title>
        <Text size="sm" c="dimmed" maw={720}>
          Three short surveys, emailed to everyone in a pair on the dates below. You see how many people
          answered and the results in totals only, never who answered what.
        </Text>
      </Stack>
      {surveys.isError ? <ErrorAlert error={surveys.error} /> : null}
      {surveys.isPending ? <Skeleton height={180} aria-label="Loading the check-ins" /> : null}
      {items.length > 0 ? (
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          {items.map((survey) => (
            <SurveyCard
              key={survey.id}
              survey={survey}
              showingResults={shown === survey.id}
              onAction={(action) => setOpen({ action, survey })}
              onShowResults={() => setPicked(survey.id)}
            />
          ))}
        </SimpleGrid>
      ) : null}
      {shown ? <SurveyResultsView key={shown} programId={program.id} surveyId={shown} /> : null}
      {surveys.data && !shown ? (
        <Text size="sm" c="dimmed">
          Results appear here once the first check-in has been sent.
        </Text>
      ) : null}
      {modalProps && open?.action === 'dates' ? <SurveyDatesModal {...modalProps} /> : null}
      {modalProps && open?.action === 'send' ? <SendSurveyModal {...modalProps} /> : null}
      {modalProps && open?.action === 'close' ? <CloseSurveyModal {...modalProps} /> : null}
      {modalProps && open?.action === 'preview' ? <SurveyPreviewModal {...modalProps} /> : null}
    </Stack>
  );
}
