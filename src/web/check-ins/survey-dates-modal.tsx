import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { issuesByPath } from '../workspace/field-issues';
import { ModalActions } from '../workspace/modal-actions';
import type { ProgramSurvey, SurveyDatesInput } from './check-in-types';
import { useChangeSurveyDates } from './check-ins-api';

const isPlaced = (path: string) => path === 'opensOn' || path === 'closesOn';

/**
 * HR moves a survey's dates. While it is scheduled both dates may move; once open, only the closing
 * date (the invitations have gone out).
 */
export function SurveyDatesModal({
  programId,
  survey,
  onClose,
}: {
  programId: string;
  survey: ProgramSurvey;
  onClose: () => void;
}) {
  const [opensOn, setOpensOn] = useState(survey.opensOn);
  const [closesOn, setClosesOn] = useState(survey.closesOn);
  const [tried, setTried] = useState(false);
  const change = useChangeSurveyDates(programId, survey.id);
  const issues = issuesByPath(change.error);
  const canMoveOpening = survey.status === 'scheduled';
  const missing = {
    opensOn: canMoveOpening && !opensOn ? 'Choose the day it opens.' : undefined,
    closesOn: !closesOn ? 'Choose the day it closes.' : undefined,
  };
  const submit = () => {
    setTried(true);
    if (missing.opensOn || missing.closesOn) return;
    const input: SurveyDatesInput = canMoveOpening ? { opensOn, closesOn } : { closesOn };
    change.mutate(input, {
      onSuccess: (saved) => {
        notifications.show({ message: `The dates of “${saved.title}” changed.` });
        onClose();
      },
    });
  };
  return (
    <Modal opened onClose={onClose} title={`Change the dates: ${survey.title}`}>
      <Stack gap="md">
        <Text size="sm">
          {canMoveOpening
            ? 'Invitations go out by email on the opening day. People can answer until the end of the closing day.'
            : 'The invitations have gone out, so only the closing day can move. People can answer until the end of it.'}
        </Text>
        <TextInput
          type="date"
          label="Opens on"
          w={220}
          value={opensOn}
          disabled={!canMoveOpening}
          onChange={(event) => setOpensOn(event.currentTarget.value)}
          error={issues.opensOn ?? (tried ? missing.opensOn : undefined)}
        />
        <TextInput
          type="date"
          label="Closes on"
          w={220}
          value={closesOn}
          onChange={(event) => setClosesOn(event.currentTarget.value)}
          error={issues.closesOn ?? (tried ? missing.closesOn : undefined)}
        />
        <ModalActions
          mutation={change}
          isPlaced={isPlaced}
          failedTitle="The dates did not change"
          cancelLabel="Keep the dates"
          submitLabel="Save the dates"
          onCancel={onClose}
          onSubmit={submit}
        />
      </Stack>
    </Modal>
  );
}
