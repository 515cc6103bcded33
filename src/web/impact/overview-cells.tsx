import { Group, Progress, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconEyeOff, IconZzz } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { HealthCounts } from '#core/impact/programs-overview';
import type { Figure } from '#core/surveys/suppression';

/**
 * A figure's cell: its value when shown; when hidden, the word "hidden" (or "none yet" when there is
 * nothing to count) with the reason in a tooltip that opens on hover and on keyboard focus.
 */
export function FigureCell<T extends object>({
  figure,
  children,
}: {
  figure: Figure<T>;
  children: (shown: T) => ReactNode;
}) {
  if (!figure.suppressed) return <>{children(figure)}</>;
  const word = figure.reason === 'no_answers' ? 'none yet' : 'hidden';
  return (
    <Tooltip
      label={figure.message}
      multiline
      w={260}
      withArrow
      events={{ hover: true, focus: true, touch: true }}
    >
      <Text
        span
        size="sm"
        c="dimmed"
        tabIndex={0}
        aria-label={`${word}: ${figure.message}`}
        data-testid={word === 'hidden' ? 'hidden-figure' : 'empty-figure'}
        style={{ whiteSpace: 'nowrap', cursor: 'help' }}
      >
        {word === 'hidden' ? (
          <IconEyeOff size={14} aria-hidden style={{ verticalAlign: 'middle', marginRight: 4 }} />
        ) : null}
        {word}
      </Text>
    </Tooltip>
  );
}

/** A percentage with a small bar; the number is the text, the bar only repeats it. */
export function PercentBar({ percent, detail }: { percent: number; detail?: string }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress value={Math.min(100, Math.max(0, percent))} size="sm" w={64} aria-hidden />
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {`${percent}%`}
        {detail ? (
          <Text span size="xs" c="dimmed">
            {` (${detail})`}
          </Text>
        ) : null}
      </Text>
    </Group>
  );
}

const HEALTH = [
  { state: 'healthy', label: 'healthy', color: 'teal', Icon: IconCircleCheck },
  { state: 'at_risk', label: 'at risk', color: 'orange', Icon: IconAlertTriangle },
  { state: 'inactive', label: 'inactive', color: 'red', Icon: IconZzz },
] as const;

/** How many pairs are healthy, at risk or inactive, each with a word and an icon as well as a colour. */
export function HealthCell({ health }: { health: HealthCounts | null }) {
  if (health === null)
    return (
      <Text size="sm" c="dimmed">
        Not running
      </Text>
    );
  if (health.total === 0)
    return (
      <Text size="sm" c="dimmed">
        No pairs yet
      </Text>
    );
  return (
    <Group gap="sm" wrap="nowrap">
      {HEALTH.map(({ state, label, color, Icon }) => (
        <Text key={state} span size="sm" style={{ whiteSpace: 'nowrap' }} data-testid={`health-${state}`}>
          <Text span c={color} lh={0}>
            <Icon size={14} aria-hidden style={{ verticalAlign: 'middle', marginRight: 2 }} />
          </Text>
          {`${health[state]} ${label}`}
        </Text>
      ))}
    </Group>
  );
}
