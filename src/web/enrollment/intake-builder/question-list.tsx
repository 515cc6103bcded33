import { Badge, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import type { Question } from '#core/programs/intake-form';
import { ListItemActions } from '../../programs/list-item-actions';
import { kindLabels, questionSideLabels } from '../question-labels';

interface QuestionListProps {
  questions: Question[];
  readOnly: boolean;
  onEdit: (index: number) => void;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** The form's questions in order, with what kind each is, who answers it, and its flags. */
export function QuestionList({ questions, readOnly, onEdit, onMove, onRemove }: QuestionListProps) {
  if (questions.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        The form has no questions yet. Add at least one so people can apply.
      </Text>
    );
  }
  return (
    <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Questions">
      {questions.map((q, index) => (
        <Paper
          key={q.id}
          component="li"
          withBorder
          p="sm"
          radius="md"
          data-testid={`builder-question-${q.id}`}
        >
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={4} style={{ flex: 1 }}>
              {readOnly ? (
                <Text fw={600}>{q.label}</Text>
              ) : (
                <UnstyledButton onClick={() => onEdit(index)} aria-label={`Edit “${q.label}”`}>
                  <Text fw={600} td="underline" style={{ textDecorationStyle: 'dotted' }}>
                    {q.label}
                  </Text>
                </UnstyledButton>
              )}
              <Group gap={6}>
                <Badge component="span" variant="light" color="gray" tt="none">
                  {kindLabels[q.kind]}
                </Badge>
                <Badge component="span" variant="light" color="blue" tt="none">
                  {questionSideLabels[q.side]}
                </Badge>
                {q.required ? (
                  <Badge component="span" variant="light" color="teal" tt="none">
                    Required
                  </Badge>
                ) : null}
                {q.sensitive ? (
                  <Badge component="span" variant="light" color="grape" tt="none">
                    Sensitive
                  </Badge>
                ) : null}
                {q.options.length > 0 ? (
                  <Text size="xs" c="dimmed">
                    {q.options.join(' · ')}
                  </Text>
                ) : null}
              </Group>
            </Stack>
            {readOnly ? null : (
              <ListItemActions
                name={`“${q.label}”`}
                index={index}
                count={questions.length}
                onMove={onMove}
                onRemove={() => onRemove(index)}
              />
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
