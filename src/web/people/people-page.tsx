import { Button, CloseButton, Group, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUpload, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../common/error-alert';
import { PageHeader } from '../common/page-header';
import { Pager } from '../common/pager';
import { usePageParam } from '../common/use-page-param';
import { QuietEmpty } from '../home/quiet-empty';
import { PeopleTable } from './people-table';
import { peoplePageSize, usePeople } from './use-people';

export function PeoplePage() {
  const [params, setParams] = useSearchParams();
  const [page, setPage] = usePageParam();
  const search = params.get('q') ?? '';
  const [typed, setTyped] = useState(search);
  const [debounced] = useDebouncedValue(typed.trim(), 300);

  // The search lives in the address (shareable, survives Back); typing resets to the first page.
  useEffect(() => {
    if (debounced === search) return;
    setParams(debounced ? { q: debounced } : {}, { replace: true });
  }, [debounced, search, setParams]);

  const people = usePeople(search, page);
  const empty = people.data && people.data.total === 0;

  return (
    <Stack gap="lg">
      <PageHeader
        title="People"
        description="Everyone in the organisation's directory. Matching uses these titles, levels, departments and managers."
        actions={
          <Group gap="sm">
            <Button
              component={Link}
              to="/people/import"
              variant="default"
              leftSection={<IconUpload size={16} aria-hidden />}
            >
              Import from CSV
            </Button>
            <Button component={Link} to="/people/new" leftSection={<IconUserPlus size={16} aria-hidden />}>
              Add person
            </Button>
          </Group>
        }
      />
      <TextInput
        label="Search people"
        placeholder="Name, email, title or department"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={typed}
        onChange={(event) => setTyped(event.currentTarget.value)}
        rightSection={
          typed ? <CloseButton aria-label="Clear the search" onClick={() => setTyped('')} size="sm" /> : null
        }
        maw={420}
      />
      {people.isError ? <ErrorAlert error={people.error} /> : null}
      {empty ? (
        search ? (
          <QuietEmpty
            icon={<IconSearch aria-hidden />}
            title={`No one matches “${search}”`}
            actions={
              <Button variant="default" onClick={() => setTyped('')}>
                Clear the search
              </Button>
            }
          >
            Try part of a name, an email address, a title or a department.
          </QuietEmpty>
        ) : (
          <QuietEmpty icon={<IconUsers aria-hidden />} title="The directory is empty">
            People appear here once the organisation's employee records are loaded into Counterpart.
          </QuietEmpty>
        )
      ) : people.isError ? null : (
        <Stack gap="sm">
          <PeopleTable people={people.data?.items} />
          <Pager
            page={page}
            pageSize={peoplePageSize}
            total={people.data?.total ?? 0}
            onChange={setPage}
            noun="people"
          />
        </Stack>
      )}
    </Stack>
  );
}
