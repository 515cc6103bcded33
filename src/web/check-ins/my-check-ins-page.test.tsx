import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../testing/builders';
import { mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';
import { aMyCheckIn, templates } from './check-in-builders';

const waiting = aMyCheckIn();
const answered = aMyCheckIn({
  id: 'rcp-2',
  title: 'Before you start: your expectations',
  programName: 'Graduate Circle',
  answeredAt: '2026-12-02T10:00:00.000Z',
});
const closed = aMyCheckIn({
  id: 'rcp-3',
  title: templates.kickoff.title,
  status: 'closed',
  closesOn: '2026-09-15',
  answeredAt: '2026-09-03T10:00:00.000Z',
});
const missed = aMyCheckIn({
  id: 'rcp-4',
  title: 'Missed check-in',
  status: 'closed',
  closesOn: '2026-08-15',
});

describe('my check-ins', { timeout: 15_000 }, () => {
  it('lists the waiting ones first with Answer, then answered ones to change, then closed ones', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['participant']) },
      'GET /api/my/check-ins': { body: { items: [closed, answered, waiting, missed] } },
    });
    renderApp('/my/check-ins');
    const lists = await screen.findAllByRole('list');
    expect(lists.map((l) => l.getAttribute('aria-label'))).toEqual([
      'Waiting for your answers',
      'Answered',
      'Closed',
    ]);
    const first = within(lists[0] as HTMLElement).getByRole('listitem', { name: 'Halfway check-in' });
    expect(first).toHaveTextContent('Reverse Mentoring 2026 · with Lena Park');
    expect(first).toHaveTextContent('Closes on 15 Dec 2026');
    expect(within(first).getByRole('link', { name: 'Answer' })).toHaveAttribute(
      'href',
      '/my/check-ins/rcp-1',
    );

    const second = within(lists[1] as HTMLElement).getByRole('listitem');
    expect(second).toHaveTextContent(
      'Answered on 2 Dec 2026 · you can change your answers until 15 Dec 2026',
    );
    expect(within(second).getByRole('link', { name: 'Change answers' })).toHaveAttribute(
      'href',
      '/my/check-ins/rcp-2',
    );

    const [done, gone] = within(lists[2] as HTMLElement).getAllByRole('listitem') as [
      HTMLElement,
      HTMLElement,
    ];
    expect(done).toHaveTextContent('Closed');
    expect(within(done).getByRole('link', { name: 'See your answers' })).toHaveAttribute(
      'href',
      '/my/check-ins/rcp-3',
    );
    expect(gone).toHaveTextContent('Closed on 15 Aug 2026 without an answer');
    expect(within(gone).queryByRole('link')).not.toBeInTheDocument();
  });

  it('says calmly that there are none yet', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['participant']) },
      'GET /api/my/check-ins': { body: { items: [] } },
    });
    renderApp('/my/check-ins');
    expect(await screen.findByText('No check-ins yet')).toBeInTheDocument();
    expect(screen.getByText("We'll email you when one opens.")).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
