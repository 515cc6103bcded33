import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../api/client';
import type { Page, Person } from '../api/types';

export interface PersonOption {
  id: string;
  name: string;
  title: string;
  department?: string;
}

/** People whose name, email, title or department match what was typed (the first ten). */
export function usePersonSearch(typed: string) {
  const [search] = useDebouncedValue(typed.trim(), 250);
  return useQuery({
    queryKey: ['people', 'search', search],
    queryFn: () => api.get<Page<Person>>(withQuery('/people', { q: search || undefined, limit: 10 })),
    select: (page): PersonOption[] =>
      page.items
        .filter((person) => person.employmentStatus !== 'left')
        .map(({ id, name, title, department }) => ({ id, name, title, department })),
    placeholderData: keepPreviousData,
  });
}

export function personLabel(person: PersonOption): string {
  return person.title ? `${person.name} · ${person.title}` : person.name;
}
