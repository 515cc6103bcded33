import { IconCalendarEvent } from '@tabler/icons-react';
import { HomeSection } from './home-section';
import { QuietEmpty } from './quiet-empty';

export function ParticipantHome() {
  return (
    <HomeSection forRole="participant" title="Your mentoring">
      <QuietEmpty icon={<IconCalendarEvent aria-hidden />} title="You're not in a program yet">
        When HR invites you, your match and meetings show up here.
      </QuietEmpty>
    </HomeSection>
  );
}
