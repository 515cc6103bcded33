import { Button } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { impactReportPdfUrl } from './impact-api';

/** Downloads the program's impact as a printable PDF report; hidden figures stay hidden there. */
export function ImpactPdfButton({ programId }: { programId: string }) {
  return (
    <Button
      component="a"
      href={impactReportPdfUrl(programId)}
      download
      variant="default"
      size="xs"
      leftSection={<IconFileTypePdf size={14} aria-hidden />}
      w="fit-content"
    >
      Download the report (PDF)
    </Button>
  );
}
