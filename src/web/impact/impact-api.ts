import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { ProgramImpact } from './impact-types';

export const impactKey = (programId: string) => ['programs', programId, 'impact'] as const;

export function useProgramImpact(programId: string) {
  return useQuery({
    queryKey: impactKey(programId),
    queryFn: () => api.get<ProgramImpact>(`/programs/${encodeURIComponent(programId)}/impact`),
  });
}
