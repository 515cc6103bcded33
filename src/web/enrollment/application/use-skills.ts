import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client';

/** The organisation's skill list, filtered by what was typed. */
export function useSkillSearch(typed: string) {
  const [search] = useDebouncedValue(typed.trim(), 200);
  return useQuery({
    queryKey: ['skills', search],
    queryFn: () =>
      api.get<{ items: { id: string; name: string }[] }>(withQuery('/skills', { q: search || undefined })),
    select: (data) => data.items.map((skill) => skill.name),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
