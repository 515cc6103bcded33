import { Button, Group } from '@mantine/core';
import { IconDownload, IconFileTypePdf } from '@tabler/icons-react';
import { impactCsvUrl, impactReportPdfUrl } from './impact-api';

/**
 * The program's impact to take away: the report as a PDF to read or print, and the aggregates as CSV
 * for a spreadsheet. Hidden figures stay hidden in both. Not printed with the page.
 */
export function ImpactDownloads({ programId }: { programId: string }) {
  const links = [
    { href: impactReportPdfUrl(programId), label: 'Download the report (PDF)', Icon: IconFileTypePdf },
    { href: impactCsvUrl(programId), label: 'Download the figures (CSV)', Icon: IconDownload },
  ];
  return (
    <Group gap="xs" className="no-print">
      {links.map(({ href, label, Icon }) => (
        <Button
          key={href}
          component="a"
          href={href}
          download
          variant="default"
          size="xs"
          leftSection={<Icon size={14} aria-hidden />}
        >
          {label}
        </Button>
      ))}
    </Group>
  );
}
