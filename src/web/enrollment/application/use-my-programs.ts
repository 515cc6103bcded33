import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Application, MyProgram } from '../enrollment-types';

export const myProgramsKey = ['my', 'programs'] as const;

export function useMyPrograms() {
  return useQuery({
    queryKey: myProgramsKey,
    queryFn: () => api.get<{ items: MyProgram[] }>('/my/programs'),
    select: (data) => data.items,
  });
}

export function applicationKey(programId: string) {
  return [...myProgramsKey, programId, 'application'] as const;
}

export function useApplication(programId: string) {
  return useQuery({
    queryKey: applicationKey(programId),
    queryFn: () => api.get<Application>(`/my/programs/${encodeURIComponent(programId)}/application`),
  });
}
