import { Anchor, Stack, Title } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ProgramSurvey } from '../check-ins/check-in-types';
import { SurveyResultsView } from '../check-ins/survey-results-view';
import { formatDate } from '../common/format';
import { QuietEmpty } from '../home/quiet-empty';

/** The midpoint check-in's results once it has been sent; before that, when it opens and where to send it. */
export function CheckInResultsSection({
  programId,
  survey,
}: {
  programId: string;
  survey: ProgramSurvey | null;
}) {
  const checkInsTab = (
    <Anchor component={Link} to={`/programs/${encodeURIComponent(programId)}/check-ins`}>
      Open the Check-ins tab
    </Anchor>
  );
  return (
    <Stack component="section" gap="sm" aria-labelledby="midpoint-results-title">
      <Title order={2} fz="h3" id="midpoint-results-title">
        Check-in results
      </Title>
      {survey && survey.status !== 'scheduled' ? (
        <SurveyResultsView programId={programId} surveyId={survey.id} />
      ) : (
        <QuietEmpty
          icon={<IconCalendarEvent aria-hidden />}
          title="The halfway check-in has not opened yet"
          actions={checkInsTab}
        >
          {survey
            ? `It is emailed to everyone in a pair on ${formatDate(survey.opensOn)}. You can change the date or send it now from the Check-ins tab; its results will appear here.`
            : 'Once the halfway check-in is sent from the Check-ins tab, its results will appear here.'}
        </QuietEmpty>
      )}
    </Stack>
  );
}
