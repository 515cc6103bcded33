import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { pairsKey } from './use-pairing';

/** docs/api/continuation.md: after a program closes, which pairs keep meeting informally. */
export type ContinuationStatus = 'continuing' | 'not_continuing' | 'not_answered';

export interface ProgramContinuations {
  open: boolean;
  summary: { pairs: number } & Record<ContinuationStatus, number>;
  items: { pairId: string; status: ContinuationStatus }[];
}

export const continuationWords: Record<ContinuationStatus, { label: string; color: string }> = {
  continuing: { label: 'Continuing', color: 'teal' },
  not_continuing: { label: 'Not continuing', color: 'gray' },
  not_answered: { label: 'Not answered', color: 'yellow' },
};

export function useProgramContinuations(programId: string) {
  return useQuery({
    queryKey: [...pairsKey(programId), 'continuations'],
    queryFn: () =>
      api.get<ProgramContinuations>(`/programs/${encodeURIComponent(programId)}/pair-continuations`),
  });
}
