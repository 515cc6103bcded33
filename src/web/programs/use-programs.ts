import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MeasureChoice } from '#core/impact/impact-measures';
import type { ProgramType } from '#core/programs/program-settings';
import { api, withQuery } from '../api/client';
import type { Program, ProgramDefaults, ProgramSummary } from './program-types';

export const programsQueryKey = ['programs'] as const;

export function programQueryKey(id: string) {
  return ['programs', 'one', id] as const;
}

export function usePrograms() {
  return useQuery({
    queryKey: programsQueryKey,
    queryFn: () => api.get<{ items: ProgramSummary[] }>('/programs'),
    select: (data) => data.items,
  });
}

export function useProgram(id: string) {
  return useQuery({
    queryKey: programQueryKey(id),
    queryFn: () => api.get<Program>(`/programs/${encodeURIComponent(id)}`),
  });
}

/** The defaults for a new program; the previous answer stays while the next one loads. */
export function useProgramDefaults(type: ProgramType, startDate: string) {
  return useQuery({
    queryKey: ['programs', 'defaults', type, startDate],
    queryFn: () => api.get<ProgramDefaults>(withQuery('/programs/defaults', { type, startDate })),
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
  });
}

/** What this program's objectives can be measured by (its own surveys' paired questions included). */
export function useMeasureChoices(id: string) {
  return useQuery({
    queryKey: ['programs', 'one', id, 'measures'],
    queryFn: () => api.get<{ items: MeasureChoice[] }>(`/programs/${encodeURIComponent(id)}/impact/measures`),
    select: (data) => data.items,
  });
}
