import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { CohortComparison, QuoteRef, ReportNotes, ReportTakeaways } from './report-types';

const base = (programId: string) => `/programs/${encodeURIComponent(programId)}/impact`;
export const reportNotesKey = (programId: string) =>
  ['programs', programId, 'impact', 'report-notes'] as const;
export const takeawaysKey = (programId: string) => ['programs', programId, 'impact', 'takeaways'] as const;
export const cohortsKey = (programId: string) => ['programs', programId, 'impact', 'cohorts'] as const;

export function useReportNotes(programId: string) {
  return useQuery({
    queryKey: reportNotesKey(programId),
    queryFn: () => api.get<ReportNotes>(`${base(programId)}/report-notes`),
  });
}

export function useReportTakeaways(programId: string) {
  return useQuery({
    queryKey: takeawaysKey(programId),
    queryFn: () => api.get<ReportTakeaways>(`${base(programId)}/takeaways`),
  });
}

export function useCohortComparison(programId: string) {
  return useQuery({
    queryKey: cohortsKey(programId),
    queryFn: () => api.get<CohortComparison>(`${base(programId)}/cohorts`),
  });
}

export function useSaveReportNotes(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notes: { takeaways: string; quotes: QuoteRef[] }) =>
      api.put<ReportNotes>(`${base(programId)}/report-notes`, notes),
    onSuccess: (saved) => {
      queryClient.setQueryData(reportNotesKey(programId), saved);
      queryClient.setQueryData<ReportTakeaways>(takeawaysKey(programId), {
        takeaways: saved.takeaways,
        updatedAt: saved.updatedAt,
      });
    },
  });
}
