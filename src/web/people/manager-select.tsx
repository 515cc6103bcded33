import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, withQuery } from '../api/client';
import type { Page, Person } from '../api/types';

interface ManagerSelectProps {
  value: string | null;
  /** The current manager's name, shown before any search. */
  currentName: string | null;
  /** The person being edited: not offered as their own manager. */
  excludeId?: string;
  error?: React.ReactNode;
  onChange: (id: string | null) => void;
}

/** Picks a manager by searching the directory (name, email, title or department). */
export function ManagerSelect({ value, currentName, excludeId, error, onChange }: ManagerSelectProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({
    queryKey: ['people', 'manager-search', debounced],
    queryFn: () => api.get<Page<Person>>(withQuery('/people', { q: debounced || undefined, limit: 20 })),
  });
  const options = (found.data?.items ?? [])
    .filter((p) => p.id !== excludeId)
    .map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }));
  if (value && currentName && !options.some((o) => o.value === value))
    options.unshift({ value, label: currentName });
  return (
    <Select
      label="Manager"
      placeholder="Search by name or email"
      searchable
      clearable
      data={options}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? 'Searching…' : 'No one found'}
      error={error}
    />
  );
}
