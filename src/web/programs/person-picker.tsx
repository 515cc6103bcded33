import { Select } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { type PersonOption, personLabel, usePersonSearch } from './use-person-search';

interface PersonPickerProps {
  label: string;
  description?: string | undefined;
  value: PersonOption | null;
  onChange: (person: PersonOption | null) => void;
  error?: string | undefined;
  required?: boolean | undefined;
}

/** Picks one person from the directory, searching the server as the user types. */
export function PersonPicker({ label, description, value, onChange, error, required }: PersonPickerProps) {
  const [typed, setTyped] = useState(value ? personLabel(value) : '');
  const results = usePersonSearch(typed === (value ? personLabel(value) : '') ? '' : typed);
  const options = [...(value ? [value] : []), ...(results.data ?? []).filter((p) => p.id !== value?.id)];
  return (
    <Select
      label={label}
      {...(description ? { description } : {})}
      placeholder="Search by name, title or department"
      leftSection={<IconSearch size={16} aria-hidden />}
      searchable
      clearable
      withAsterisk={required ?? false}
      error={error}
      data={options.map((person) => ({ value: person.id, label: personLabel(person) }))}
      filter={({ options: all }) => all}
      nothingFoundMessage={results.isFetching ? 'Searching…' : 'No one matches'}
      searchValue={typed}
      onSearchChange={setTyped}
      value={value?.id ?? null}
      onChange={(id) => onChange(options.find((person) => person.id === id) ?? null)}
    />
  );
}
