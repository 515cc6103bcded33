import { Badge } from '@mantine/core';
import { type Phase, PHASE_LABELS } from '#core/programs/program-phase';
import { phaseColors } from './program-labels';

export function PhaseBadge({ phase }: { phase: Phase }) {
  return (
    <Badge component="span" color={phaseColors[phase]} variant="light" tt="none" miw="max-content">
      {PHASE_LABELS[phase]}
    </Badge>
  );
}
