import { Alert, List, Text } from '@mantine/core';
import { useState } from 'react';
import { formatDate } from '../common/format';
import type { Program } from './program-types';

/**
 * What closing a program does, said before HR confirms it (issue 8): the pairs end, the thank-you
 * emails with certificates go out, and the report becomes final. Closing before the end date is
 * called out, because then nobody counts as having completed the program.
 */
export function ClosingConsequences({ program }: { program: Program }) {
  const [today] = useState(() => new Date().toISOString().slice(0, 10));
  const early = today < program.endDate;
  return (
    <>
      <Text fw={600}>When you close it:</Text>
      <List size="sm" spacing={4}>
        <List.Item>
          Every pair still meeting ends. Their workspaces stay readable but can no longer change.
        </List.Item>
        <List.Item>
          Each participant who completed the program gets a thank-you email, once, with the meetings they
          held, a link to their certificate of participation and the question whether they will keep meeting
          their partner informally.
        </List.Item>
        <List.Item>The impact report becomes final. This cannot be undone.</List.Item>
      </List>
      {early ? (
        <Alert color="orange" variant="light" role="alert" title="This is before the end date">
          The program ends on {formatDate(program.endDate)}. Closed today, its pairs end early, so nobody
          counts as having completed it: no certificates and no thank-you emails. To avoid that, first set the
          end date to today in the program’s settings.
        </Alert>
      ) : null}
    </>
  );
}
