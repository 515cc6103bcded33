import { Button } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { Link } from 'react-router';
import { HomeSection } from './home-section';
import { QuietEmpty } from './quiet-empty';

export function SponsorHome() {
  return (
    <HomeSection forRole="sponsor" title="Programs you sponsor">
      <QuietEmpty
        icon={<IconChartBar aria-hidden />}
        title="Programs you sponsor will show their progress here"
        actions={
          <Button component={Link} to="/sponsor" variant="default">
            See the programs I sponsor
          </Button>
        }
      >
        Once HR starts a program with you as its sponsor, you will see how many pairs meet, how participants
        feel about it and what they learn, always in aggregate. Private conversations stay private.
      </QuietEmpty>
    </HomeSection>
  );
}
