import { Group, Paper, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { type DragEvent, useId, useState } from 'react';

/** A file picker that also takes a file dropped on it. */
export function CsvDropZone({ file, onFile }: { file: File | null; onFile: (file: File | null) => void }) {
  const id = useId();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      style={{ borderStyle: 'dashed', background: over ? 'var(--mantine-color-blue-light)' : undefined }}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Group gap="md" wrap="nowrap">
        <IconFileSpreadsheet size={32} aria-hidden />
        <Stack gap={4}>
          <label htmlFor={id}>
            <Text fw={500}>Choose a CSV file, or drop it here</Text>
          </label>
          <input
            id={id}
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => onFile(event.currentTarget.files?.[0] ?? null)}
          />
          <Text size="sm" c="dimmed">
            {file
              ? `Selected: ${file.name} (${Math.max(1, Math.round(file.size / 1024))} KB)`
              : 'UTF-8, comma or semicolon separated, up to 20 MB.'}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
