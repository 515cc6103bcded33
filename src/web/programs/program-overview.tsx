import { Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { LessonsLearnedPanel } from './lessons-learned-panel';
import { PhaseActions } from './phase-actions';
import { PhaseStepper } from './phase-stepper';
import { ProgramFacts } from './program-facts';
import type { Program } from './program-types';
import { TransitionHistory } from './transition-history';

/** The Overview tab: where the program stands, what can happen next, and its key settings. */
export function ProgramOverview({ program, canManage }: { program: Program; canManage: boolean }) {
  return (
    <Stack gap="lg">
      <Paper withBorder p="lg" component="section" aria-labelledby="phase-title">
        <Stack gap="md">
          <Title order={2} fz="h4" id="phase-title">
            Phase
          </Title>
          <PhaseStepper phase={program.phase} />
          {canManage && program.nextPhases.length > 0 ? (
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                Each change asks first and is recorded in the history below.
              </Text>
              <PhaseActions program={program} />
            </Stack>
          ) : null}
          <Divider />
          <TransitionHistory transitions={program.transitions} />
        </Stack>
      </Paper>
      <LessonsLearnedPanel program={program} canManage={canManage} />
      <Paper withBorder p="lg" component="section" aria-labelledby="settings-title">
        <Stack gap="md">
          <Title order={2} fz="h4" id="settings-title">
            Key settings
          </Title>
          <ProgramFacts program={program} />
        </Stack>
      </Paper>
    </Stack>
  );
}
