import { Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { type Question, questionsFor, type Side } from '#core/programs/intake-form';
import { ApplicationQuestions } from '../application/application-questions';

/** The form as each side will see it. Answers typed here are not kept. */
export function FormPreview({ questions }: { questions: Question[] }) {
  const [side, setSide] = useState<Side>('mentor');
  const [answers, setAnswers] = useState<Record<string, unknown>>({});
  const [consent, setConsent] = useState(false);
  const shown = questionsFor(questions, side);
  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label="Preview the form as"
        w="fit-content"
        data={[
          { value: 'mentor', label: 'As a mentor' },
          { value: 'mentee', label: 'As a mentee' },
        ]}
        value={side}
        onChange={(value) => setSide(value as Side)}
      />
      <Text size="sm" c="dimmed">
        {shown.length} {shown.length === 1 ? 'question' : 'questions'} for {side}s. Try it out: nothing you
        enter here is saved.
      </Text>
      <Paper withBorder p="lg" radius="md" data-testid="form-preview">
        <ApplicationQuestions
          questions={shown}
          answers={answers}
          onAnswer={(id, value) => setAnswers((current) => ({ ...current, [id]: value }))}
          errors={{}}
          readOnly={false}
          timeZone={Intl.DateTimeFormat().resolvedOptions().timeZone}
          matchingConsent={consent}
          onConsent={setConsent}
        />
      </Paper>
    </Stack>
  );
}
