import { IconUserPlus } from '@tabler/icons-react';
import { HomeSection } from './home-section';
import { QuietEmpty } from './quiet-empty';

export function ErgLeadHome() {
  return (
    <HomeSection forRole="erg_lead" title="Your nominations">
      <QuietEmpty
        icon={<IconUserPlus aria-hidden />}
        title="Juniors you nominate will appear here with their status"
      >
        When a program opens for nominations, you can put forward junior colleagues from your group. Each
        nomination shows here as invited, approved or matched, and your group's participation is shown in
        aggregate.
      </QuietEmpty>
    </HomeSection>
  );
}
