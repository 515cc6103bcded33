import { CheckInWaitingCard } from '../check-ins/check-in-waiting-card';
import { MyProgramsList } from '../enrollment/application/my-programs-list';
import { MyMatchCards } from '../pairing/my-match-cards';
import { HomeSection } from './home-section';

export function ParticipantHome() {
  return (
    <HomeSection forRole="participant" title="Your mentoring">
      <CheckInWaitingCard />
      <MyMatchCards headingOrder={3} />
      <MyProgramsList headingOrder={3} />
    </HomeSection>
  );
}
