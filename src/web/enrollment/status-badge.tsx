import { Badge } from '@mantine/core';
import type { EnrollmentStatus } from '../programs/program-types';
import { statusColors, statusLabels } from './status-labels';

export function StatusBadge({ status }: { status: EnrollmentStatus }) {
  return (
    <Badge component="span" color={statusColors[status]} variant="light" tt="none">
      {statusLabels[status]}
    </Badge>
  );
}
