import { Group, Text } from '@mantine/core';

/** The product mark (same drawing as the favicon) and name. */
interface LogoProps {
  size?: number;
  /** Hide the product name on narrow screens (the mark stays). */
  nameVisibleFrom?: 'xs' | 'sm';
}

export function Logo({ size = 28, nameVisibleFrom }: LogoProps) {
  return (
    <Group gap={8} wrap="nowrap">
      <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" fill="var(--mantine-color-teal-9)" />
        <circle cx="12" cy="13" r="4.5" fill="#fff" />
        <circle cx="21" cy="19" r="4.5" fill="none" stroke="#fff" strokeWidth="2.5" />
      </svg>
      <Text fw={700} fz="lg" c="dark.8" {...(nameVisibleFrom ? { visibleFrom: nameVisibleFrom } : {})}>
        Counterpart
      </Text>
    </Group>
  );
}
