import { Box, Group, Stack, Text } from '@mantine/core';

export interface BarRow {
  label: string;
  count: number;
}

/**
 * A small horizontal bar chart in plain CSS: each row says its label and count in words (the bar is
 * only a picture of the same number), so it reads the same with a screen reader.
 */
export function FigureBars({ label, rows }: { label: string; rows: readonly BarRow[] }) {
  const largest = Math.max(1, ...rows.map((row) => row.count));
  return (
    <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {rows.map((row) => (
        <Group
          key={row.label}
          component="li"
          gap="xs"
          wrap="nowrap"
          aria-label={`${row.label}: ${row.count}`}
        >
          <Text size="sm" w={180} style={{ flexShrink: 0 }} aria-hidden>
            {row.label}
          </Text>
          <Box
            aria-hidden
            h={12}
            style={{
              flexGrow: 1,
              maxWidth: 280,
              borderRadius: 'var(--mantine-radius-sm)',
              background: 'var(--mantine-color-gray-1)',
            }}
          >
            <Box
              h="100%"
              w={`${(100 * row.count) / largest}%`}
              style={{ borderRadius: 'var(--mantine-radius-sm)', background: 'var(--mantine-color-teal-6)' }}
            />
          </Box>
          <Text size="sm" w={32} ta="right" aria-hidden>
            {row.count}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
