import { Box, Group, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { type Phase, PHASE_LABELS, PHASES } from '#core/programs/program-phase';

/** Draft → … → Closed, with the phases done ticked and the current one marked. */
export function PhaseStepper({ phase }: { phase: Phase }) {
  const current = PHASES.indexOf(phase);
  return (
    <Box component="ol" aria-label="Program phases" p={0} m={0} style={{ listStyle: 'none' }}>
      <Group gap="xs" wrap="wrap">
        {PHASES.map((step, index) => {
          const done = index < current || phase === 'closed';
          const isCurrent = index === current;
          return (
            <Group
              key={step}
              component="li"
              gap={6}
              wrap="nowrap"
              aria-current={isCurrent ? 'step' : undefined}
              data-testid={`phase-step-${step}`}
            >
              <ThemeIcon
                size={24}
                radius="xl"
                variant={isCurrent || done ? 'filled' : 'light'}
                color={isCurrent || done ? 'teal' : 'gray'}
                aria-hidden
              >
                {done ? <IconCheck size={14} /> : <Text size="xs">{index + 1}</Text>}
              </ThemeIcon>
              <Text
                size="sm"
                fw={isCurrent ? 700 : 400}
                c={isCurrent ? 'var(--mantine-color-text)' : 'dimmed'}
              >
                {PHASE_LABELS[step]}
                {isCurrent ? <VisuallyHidden> (current phase)</VisuallyHidden> : null}
                {done && !isCurrent ? <VisuallyHidden> (done)</VisuallyHidden> : null}
              </Text>
              {index < PHASES.length - 1 ? (
                <Text c="dimmed" aria-hidden>
                  →
                </Text>
              ) : null}
            </Group>
          );
        })}
      </Group>
    </Box>
  );
}
