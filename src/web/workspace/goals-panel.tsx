import { Button, Group, SimpleGrid, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../api/api-error';
import { ErrorAlert } from '../common/error-alert';
import { DeleteGoalModal } from './delete-goal-modal';
import { GoalCard } from './goal-card';
import { GoalProgressModal } from './goal-progress-modal';
import { type Goal, type Side, useAddGoal, useGoals } from './goals-api';

const titleMax = 200;

function AddGoalForm({ pairId, side }: { pairId: string; side: Side }) {
  const [title, setTitle] = useState('');
  const [tried, setTried] = useState(false);
  const add = useAddGoal(pairId);
  const text = title.trim();
  const localError =
    tried && text === ''
      ? 'Name the goal first.'
      : text.length > titleMax
        ? `Keep it under ${titleMax} characters.`
        : undefined;
  const serverError = isApiError(add.error) ? add.error.fieldErrors.title : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (text === '' || text.length > titleMax) return;
    add.mutate(
      { side, title: text },
      {
        onSuccess: () => {
          setTitle('');
          setTried(false);
        },
      },
    );
  };
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="xs">
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            label="New goal"
            placeholder="Something you can see done in a few months"
            value={title}
            error={localError ?? serverError}
            onChange={(event) => setTitle(event.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button
            type="submit"
            mt={25}
            loading={add.isPending}
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            Add a goal
          </Button>
        </Group>
        {add.isError && !serverError ? <ErrorAlert error={add.error} /> : null}
      </Stack>
    </form>
  );
}

interface ColumnProps {
  title: string;
  goals: Goal[];
  empty: string;
  own: boolean;
  readOnly: boolean;
  onUpdate: (goal: Goal) => void;
  onDelete: (goal: Goal) => void;
}

function GoalColumn({ title, goals, empty, own, readOnly, onUpdate, onDelete }: ColumnProps) {
  const headingId = `goals-${own ? 'mine' : 'partner'}-title`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} fz="h4" id={headingId}>
        {title}
      </Title>
      {goals.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {goals.map((goal) => (
            <GoalCard
              key={goal.id}
              goal={goal}
              canUpdate={!readOnly}
              canDelete={!readOnly && own}
              onUpdate={() => onUpdate(goal)}
              onDelete={() => onDelete(goal)}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

type Editing = { goal: Goal; action: 'update' | 'delete' } | null;

/** Issue 6: goals per side with progress updates; each person adds goals for their own side. */
export function GoalsPanel({
  pairId,
  role,
  readOnly,
}: {
  pairId: string;
  role: 'mentor' | 'mentee';
  readOnly: boolean;
}) {
  const goals = useGoals(pairId);
  const [editing, setEditing] = useState<Editing>(null);
  const mine = (goals.data ?? []).filter((goal) => goal.side === role);
  const theirs = (goals.data ?? []).filter((goal) => goal.side !== role);
  const handlers = {
    readOnly,
    onUpdate: (goal: Goal) => setEditing({ goal, action: 'update' }),
    onDelete: (goal: Goal) => setEditing({ goal, action: 'delete' }),
  };
  return (
    <Stack gap="md">
      {goals.isError ? <ErrorAlert error={goals.error} /> : null}
      {goals.isPending ? <Skeleton height={120} aria-label="Loading the goals" /> : null}
      {goals.data ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <Stack gap="sm">
            <GoalColumn
              title="Your goals"
              goals={mine}
              own
              empty={
                readOnly
                  ? 'You did not set any goals.'
                  : 'No goals yet. Add one or two things you want to get out of these months, small enough to see done, like “Run one team meeting with a new tool”.'
              }
              {...handlers}
            />
            {readOnly ? null : <AddGoalForm pairId={pairId} side={role} />}
          </Stack>
          <GoalColumn
            title="Your partner’s goals"
            goals={theirs}
            own={false}
            empty="Your partner has not added any goals yet."
            {...handlers}
          />
        </SimpleGrid>
      ) : null}
      {editing?.action === 'update' ? (
        <GoalProgressModal pairId={pairId} goal={editing.goal} onClose={() => setEditing(null)} />
      ) : null}
      {editing?.action === 'delete' ? (
        <DeleteGoalModal pairId={pairId} goal={editing.goal} onClose={() => setEditing(null)} />
      ) : null}
    </Stack>
  );
}
