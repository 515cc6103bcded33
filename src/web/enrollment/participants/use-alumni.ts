import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Side } from '../../programs/program-types';
import { programQueryKey } from '../../programs/use-programs';
import { enrollmentsKey } from './use-enrollments';

/** GET /api/programs/:id/alumni (docs/api/next-cohort.md). */
export interface AlumniPreview {
  earlierCohorts: { id: string; name: string; phase: string }[];
  counts: Record<Side, number>;
  people: { personId: string; name: string; side: Side; cohort: { id: string; name: string } }[];
}

export interface AlumniInvitationResult {
  invited: number;
  bySide: Record<Side, number>;
  skipped: { personId: string; reason: string }[];
}

const url = (programId: string) => `/programs/${encodeURIComponent(programId)}/alumni`;
export const alumniKey = (programId: string) => ['programs', programId, 'alumni'] as const;

/** Not asked when the program was not cloned: it has no earlier cohort. */
export function useAlumni(programId: string, enabled: boolean) {
  return useQuery({
    queryKey: alumniKey(programId),
    queryFn: () => api.get<AlumniPreview>(url(programId)),
    enabled,
  });
}

export function useInviteAlumni(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<AlumniInvitationResult>(`${url(programId)}/invitations`, {}),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: alumniKey(programId) });
      void queryClient.invalidateQueries({ queryKey: enrollmentsKey(programId) });
      void queryClient.invalidateQueries({ queryKey: programQueryKey(programId) });
    },
  });
}
