import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../api/client';

export interface PersonOption {
  id: string;
  name: string;
  title: string;
  department?: string;
}

type DirectoryEntry = { id: string; name: string; title: string; department: string; level: number | null };

/**
 * Colleagues whose name, title or department match what was typed (the first ten), from the staff
 * directory: HR and ERG leads may search it; it lists current employees only.
 */
export function usePersonSearch(typed: string) {
  const [search] = useDebouncedValue(typed.trim(), 250);
  return useQuery({
    queryKey: ['directory', search],
    queryFn: () =>
      api.get<{ items: DirectoryEntry[] }>(withQuery('/directory', { q: search || undefined, limit: 10 })),
    select: (page): PersonOption[] =>
      page.items.map(({ id, name, title, department }) => ({ id, name, title, department })),
    placeholderData: keepPreviousData,
  });
}

export function personLabel(person: PersonOption): string {
  return person.title ? `${person.name} · ${person.title}` : person.name;
}
