import { Text } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { Figure } from '#core/surveys/suppression';

/** A figure's value when shown; when hidden, the core's reason in a calm line, never a number. */
export function FigureText<T extends object>({
  figure,
  children,
}: {
  figure: Figure<T>;
  children: (shown: T) => ReactNode;
}) {
  if (figure.suppressed)
    return (
      <Text size="sm" c="dimmed" data-testid="hidden-figure">
        <IconEyeOff size={14} aria-hidden style={{ verticalAlign: 'middle', marginRight: 4 }} />
        {figure.message}
      </Text>
    );
  return <>{children(figure)}</>;
}
