import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../api/client';
import type { Page, Person } from '../api/types';

export const peoplePageSize = 25;

export function usePeople(search: string, page: number) {
  return useQuery({
    queryKey: ['people', { search, page }],
    queryFn: () =>
      api.get<Page<Person>>(
        withQuery('/people', {
          q: search || undefined,
          limit: peoplePageSize,
          offset: (page - 1) * peoplePageSize,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: string) {
  return useQuery({
    queryKey: ['people', 'one', id],
    queryFn: () => api.get<Person>(`/people/${encodeURIComponent(id)}`),
  });
}
