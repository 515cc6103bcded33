import { Skeleton, Table } from '@mantine/core';

/** Placeholder rows with the table's own shape while data loads. */
export function TableSkeleton({ columns, rows = 6 }: { columns: number; rows?: number }) {
  return (
    <Table.Tbody aria-busy="true" data-testid="table-skeleton">
      {Array.from({ length: rows }, (_, row) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows never reorder
        <Table.Tr key={row}>
          {Array.from({ length: columns }, (_, column) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholder cells never reorder
            <Table.Td key={column}>
              <Skeleton height={14} radius="sm" width={column === 0 ? '70%' : '55%'} />
            </Table.Td>
          ))}
        </Table.Tr>
      ))}
    </Table.Tbody>
  );
}
