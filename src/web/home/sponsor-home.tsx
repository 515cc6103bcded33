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
        title="See how the programs you sponsor are doing"
        actions={
          <Button component={Link} to="/sponsor" variant="default">
            See the programs I sponsor
          </Button>
        }
      >
        How many pairs meet, how participants feel about it, what they learn and whether the objectives are
        met, always in aggregate. Private conversations stay private.
      </QuietEmpty>
    </HomeSection>
  );
}
