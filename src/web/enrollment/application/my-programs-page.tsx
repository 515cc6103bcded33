import { Stack } from '@mantine/core';
import { PageHeader } from '../../common/page-header';
import { MyMatchCards } from '../../pairing/my-match-cards';
import { MyProgramsList } from './my-programs-list';

export function MyProgramsPage() {
  return (
    <Stack gap="lg">
      <PageHeader
        title="My programs"
        description="Programs you take part in, are invited to, or can volunteer for."
      />
      <MyMatchCards headingOrder={2} />
      <MyProgramsList headingOrder={2} />
    </Stack>
  );
}
