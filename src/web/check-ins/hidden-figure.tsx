import { Text } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import type { SuppressionReason } from '#core/surveys/suppression';

/** Why a figure is not shown, in plain words (the reasons of src/core/surveys/suppression.ts). */
export function hiddenMessage(reason: SuppressionReason, minGroupSize: number): string {
  const messages: Record<SuppressionReason, string> = {
    small_group: `Hidden: fewer than ${minGroupSize} people answered.`,
    complementary: 'Hidden so that it can’t be worked out from the totals.',
    no_answers: 'No answers yet.',
    not_for_audience: 'Not shown here: written answers stay with HR.',
  };
  return messages[reason];
}

/** A figure that privacy keeps back, said calmly in place of the number. */
export function HiddenFigure({ reason, minGroupSize }: { reason: SuppressionReason; minGroupSize: number }) {
  return (
    <Text size="sm" c="dimmed" data-testid="hidden-figure">
      <IconEyeOff size={14} aria-hidden style={{ verticalAlign: 'middle', marginRight: 4 }} />
      {hiddenMessage(reason, minGroupSize)}
    </Text>
  );
}
