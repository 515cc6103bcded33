import { Modal, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { questionsForSide } from '#core/surveys/survey-template';
import { sidesLabel } from '../programs/program-labels';
import { AnswerField } from './answer-field';
import type { ProgramSurvey, RespondentSide } from './check-in-types';

/** The questions as each side will see them, with what they are told about who reads the answers. */
export function SurveyPreviewModal({ survey, onClose }: { survey: ProgramSurvey; onClose: () => void }) {
  const [side, setSide] = useState<RespondentSide>('mentor');
  const { template } = survey;
  const questions = questionsForSide(template, side);
  return (
    <Modal opened onClose={onClose} title={`Preview: ${survey.title}`} size="lg">
      <Stack gap="md">
        <SegmentedControl
          aria-label="Show the questions for"
          value={side}
          onChange={(value) => setSide(value as RespondentSide)}
          data={(['mentor', 'mentee'] as const).map((s) => ({ value: s, label: sidesLabel(s) }))}
          w="fit-content"
        />
        {template.intro ? <Text size="sm">{template.intro}</Text> : null}
        <Paper withBorder p="sm" radius="md" bg="blue.0">
          <Text size="sm" fw={700}>
            Who sees your answers
          </Text>
          <Text size="sm">{template.audienceNote}</Text>
        </Paper>
        <Text size="sm" c="dimmed">
          {questions.length === 1 ? '1 question' : `${questions.length} questions`} for{' '}
          {sidesLabel(side).toLowerCase()}, shown as they will see them.
        </Text>
        <Stack
          component="ol"
          gap="lg"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={`Questions for ${sidesLabel(side)}`}
        >
          {questions.map((question) => (
            <li key={question.id}>
              <AnswerField
                question={question}
                value={undefined}
                onChange={() => undefined}
                error={undefined}
                readOnly
              />
            </li>
          ))}
        </Stack>
      </Stack>
    </Modal>
  );
}
