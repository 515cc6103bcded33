import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { PHASE_LABELS } from '#core/programs/program-phase';
import { isApiError, messageOf } from '../api/api-error';
import { api } from '../api/client';
import { ClosingConsequences } from './closing-consequences';
import { type PhaseMove, phaseMove } from './phase-moves';
import type { Program } from './program-types';
import { programQueryKey, programsQueryKey } from './use-programs';

function MoveModal({ program, move, onClose }: { program: Program; move: PhaseMove; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const transition = useMutation({
    mutationFn: () =>
      api.post<Program>(`/programs/${encodeURIComponent(program.id)}/transitions`, {
        to: move.to,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(programQueryKey(program.id), saved);
      void queryClient.invalidateQueries({ queryKey: programsQueryKey, exact: true });
      notifications.show({ message: `${saved.name} is now in ${PHASE_LABELS[saved.phase]}.` });
      onClose();
    },
  });
  // Closing early needs a reason: once the server says so, the field becomes required.
  const reasonRequired = move.to === 'closing' && isApiError(transition.error, 'conflict');

  return (
    <Modal opened onClose={onClose} title={`${move.action}?`}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (reasonRequired && !reason.trim()) {
            setReasonError('Give a reason for closing early.');
            return;
          }
          transition.mutate();
        }}
      >
        <Stack gap="md">
          <Text>
            {program.name} moves from {PHASE_LABELS[program.phase]} to {PHASE_LABELS[move.to]}.{' '}
            {move.explains}
          </Text>
          {move.to === 'closed' ? <ClosingConsequences program={program} /> : null}
          {transition.isError ? (
            <Alert color="red" variant="light" role="alert" title="Not moved">
              {messageOf(transition.error)}
            </Alert>
          ) : null}
          <Textarea
            label={reasonRequired ? 'Why close early?' : 'Note for the history'}
            description={reasonRequired ? 'Recorded with the change.' : 'Optional. Recorded with the change.'}
            withAsterisk={reasonRequired}
            rows={2}
            resize="vertical"
            value={reason}
            error={reasonError}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setReasonError(null);
            }}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={transition.isPending}>
              {move.action}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** One button for each phase the program may move to from here, each asking first. */
export function PhaseActions({ program }: { program: Program }) {
  const [chosen, setChosen] = useState<PhaseMove | null>(null);
  if (program.nextPhases.length === 0) return null;
  return (
    <Group gap="sm">
      {program.nextPhases.map((to) => {
        const move = phaseMove(program.phase, to);
        return (
          <Button key={to} variant={move.backward ? 'default' : 'filled'} onClick={() => setChosen(move)}>
            {move.action}
          </Button>
        );
      })}
      {chosen ? <MoveModal program={program} move={chosen} onClose={() => setChosen(null)} /> : null}
    </Group>
  );
}
