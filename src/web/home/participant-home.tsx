import { MyProgramsList } from '../enrollment/application/my-programs-list';
import { HomeSection } from './home-section';

export function ParticipantHome() {
  return (
    <HomeSection forRole="participant" title="Your mentoring">
      <MyProgramsList headingOrder={3} />
    </HomeSection>
  );
}
