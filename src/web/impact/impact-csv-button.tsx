import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { impactCsvUrl } from './impact-api';

/** Downloads the program's aggregates as CSV, for a spreadsheet; hidden figures stay hidden there. */
export function ImpactCsvButton({ programId }: { programId: string }) {
  return (
    <Button
      component="a"
      href={impactCsvUrl(programId)}
      download
      variant="default"
      size="xs"
      leftSection={<IconDownload size={14} aria-hidden />}
      w="fit-content"
    >
      Download the figures (CSV)
    </Button>
  );
}
