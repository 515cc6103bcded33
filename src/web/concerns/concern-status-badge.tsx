import { Badge } from '@mantine/core';
import type { Concern } from './concerns-api';

export function ConcernStatusBadge({ status }: { status: Concern['status'] }) {
  return (
    <Badge component="span" variant="light" color={status === 'open' ? 'orange' : 'gray'} tt="none">
      {status === 'open' ? 'Open' : 'Resolved'}
    </Badge>
  );
}
