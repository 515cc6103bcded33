import { Button, Text } from '@mantine/core';
import { IconAddressBook, IconSeeding } from '@tabler/icons-react';
import { Link } from 'react-router';
import { HomeSection } from './home-section';
import { QuietEmpty } from './quiet-empty';

export function ProgramManagerHome() {
  return (
    <HomeSection forRole="program_manager" title="Programs">
      <QuietEmpty
        icon={<IconSeeding aria-hidden />}
        title="No programs yet"
        actions={
          <Button
            component={Link}
            to="/people"
            variant="light"
            leftSection={<IconAddressBook size={16} aria-hidden />}
          >
            Open People
          </Button>
        }
      >
        A program is one cohort of reverse mentoring: junior employees mentor senior leaders for a few months,
        with a purpose, measurable goals, regular meetings and check-ins. Creating and running programs
        arrives in a later release of Counterpart.
      </QuietEmpty>
      <Text size="sm" c="dimmed">
        Meanwhile, check that the people directory is complete: matching relies on titles, levels, departments
        and managers being right.
      </Text>
    </HomeSection>
  );
}
