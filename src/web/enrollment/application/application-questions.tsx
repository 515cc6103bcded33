import { Checkbox, Paper, Stack, Text, Title } from '@mantine/core';
import type { Question } from '#core/programs/intake-form';
import { QuestionField } from './question-field';

interface ApplicationQuestionsProps {
  questions: Question[];
  answers: Record<string, unknown>;
  onAnswer: (id: string, value: unknown) => void;
  errors: Record<string, string>;
  readOnly: boolean;
  timeZone: string;
  matchingConsent: boolean;
  onConsent: (consent: boolean) => void;
}

/**
 * The form as one side sees it: the ordinary questions, then the sensitive ones apart, explained,
 * with their own consent for matching. Used by the application and by HR's preview.
 */
export function ApplicationQuestions(props: ApplicationQuestionsProps) {
  const ordinary = props.questions.filter((q) => !q.sensitive);
  const sensitive = props.questions.filter((q) => q.sensitive);
  const field = (q: Question) => (
    <QuestionField
      key={q.id}
      question={q}
      value={props.answers[q.id]}
      onChange={(value) => props.onAnswer(q.id, value)}
      error={props.errors[q.id]}
      readOnly={props.readOnly}
      timeZone={props.timeZone}
    />
  );
  return (
    <Stack gap="lg">
      {ordinary.map(field)}
      {sensitive.length > 0 ? (
        <Paper
          withBorder
          p="md"
          radius="md"
          component="section"
          aria-labelledby="sensitive-title"
          bg="gray.0"
        >
          <Stack gap="md">
            <Stack gap={4}>
              <Title order={2} fz="h4" id="sensitive-title">
                About you (optional)
              </Title>
              <Text size="sm">
                These questions are optional, and each offers “Prefer not to say”. Your answers are never
                shown to your partner or in small reports. They help bring different perspectives together,
                and are used in matching only if you tick the box below.
              </Text>
            </Stack>
            {sensitive.map(field)}
            <Checkbox
              label="Use my answers in this section for matching, and count them anonymously in this program’s reports"
              description="Reports show only totals for groups of at least your organisation’s minimum size, never fewer, so nobody can be recognised. You can change this until answers close."
              checked={props.matchingConsent}
              disabled={props.readOnly}
              onChange={(e) => props.onConsent(e.currentTarget.checked)}
            />
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
