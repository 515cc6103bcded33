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

/** The caller's certificate of participation in a program they completed (a PDF download). */
export const certificateUrl = (programId: string) =>
  `/api/my/programs/${encodeURIComponent(programId)}/certificate.pdf`;

export function applicationKey(programId: string) {
  return [...myProgramsKey, programId, 'application'] as const;
}

export function useApplication(programId: string) {
  return useQuery({
    queryKey: applicationKey(programId),
    queryFn: () => api.get<Application>(`/my/programs/${encodeURIComponent(programId)}/application`),
  });
}
