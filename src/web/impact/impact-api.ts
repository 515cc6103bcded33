import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { ProgramImpact, SponsoredProgram } from './impact-types';

export const sponsoredProgramsKey = ['my', 'sponsored-programs'] as const;
export const impactKey = (programId: string) => ['programs', programId, 'impact'] as const;

export function useProgramImpact(programId: string) {
  return useQuery({
    queryKey: impactKey(programId),
    queryFn: () => api.get<ProgramImpact>(`/programs/${encodeURIComponent(programId)}/impact`),
  });
}

export function useSponsoredPrograms() {
  return useQuery({
    queryKey: sponsoredProgramsKey,
    queryFn: () => api.get<{ items: SponsoredProgram[] }>('/my/sponsored-programs'),
    select: (data) => data.items,
  });
}

/** The same figures as a CSV download (the browser sends the session cookie with the link). */
export const impactCsvUrl = (programId: string) =>
  `/api/programs/${encodeURIComponent(programId)}/impact.csv`;

/** The same figures as a printable PDF report, also a plain link download. */
export const impactReportPdfUrl = (programId: string) =>
  `/api/programs/${encodeURIComponent(programId)}/impact/report.pdf`;
