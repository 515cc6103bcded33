import { Badge } from '@mantine/core';
import type { EmploymentStatus } from '../api/types';

const labels: Record<EmploymentStatus, { label: string; color: string }> = {
  active: { label: 'Active', color: 'teal' },
  on_leave: { label: 'On leave', color: 'yellow' },
  left: { label: 'Left', color: 'gray' },
};

export function EmploymentStatusBadge({ status }: { status: EmploymentStatus }) {
  const { label, color } = labels[status];
  return (
    <Badge color={color} variant="light" radius="sm" tt="none">
      {label}
    </Badge>
  );
}
