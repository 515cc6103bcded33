import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client';
import type { EnrollmentDetail, EnrollmentRow, EnrollmentSummary } from '../enrollment-types';

export interface EnrollmentFilters {
  side: string;
  status: string;
  q: string;
}

export function enrollmentsKey(programId: string) {
  return ['programs', programId, 'enrollments'] as const;
}

const base = (programId: string) => `/programs/${encodeURIComponent(programId)}`;

export function useEnrollments(programId: string, filters: EnrollmentFilters) {
  return useQuery({
    queryKey: [...enrollmentsKey(programId), 'list', filters],
    queryFn: () =>
      api.get<{ items: EnrollmentRow[] }>(
        withQuery(`${base(programId)}/enrollments`, {
          side: filters.side || undefined,
          status: filters.status || undefined,
          q: filters.q || undefined,
        }),
      ),
    select: (data) => data.items,
    placeholderData: keepPreviousData,
  });
}

export function useEnrollmentSummary(programId: string) {
  return useQuery({
    queryKey: [...enrollmentsKey(programId), 'summary'],
    queryFn: () => api.get<EnrollmentSummary>(`${base(programId)}/enrollments/summary`),
  });
}

export function useEnrollment(programId: string, enrollmentId: string | null) {
  return useQuery({
    queryKey: [...enrollmentsKey(programId), 'one', enrollmentId],
    queryFn: () =>
      api.get<EnrollmentDetail>(`${base(programId)}/enrollments/${encodeURIComponent(enrollmentId ?? '')}`),
    enabled: enrollmentId !== null,
  });
}
