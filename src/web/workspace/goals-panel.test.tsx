import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { setCsrfToken } from '../api/client';
import { createQueryClient } from '../api/query-client';
import { AppProviders } from '../app-providers';
import { apiError, type MockRoutes, mockApi } from '../testing/mock-api';
import { GoalsPanel } from './goals-panel';
import type { Goal } from './goals-api';

function renderPanel(ui: ReactNode) {
  setCsrfToken('csrf-123');
  const router = createMemoryRouter([{ path: '*', element: ui }]);
  render(
    <AppProviders queryClient={createQueryClient({ retry: false })} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { user: userEvent.setup({ delay: null }) };
}

/** Collapsed content is either not rendered or rendered hidden (React's Activity); both are fine. */
function expectHidden(element: HTMLElement | null) {
  if (element) expect(element).not.toBeVisible();
}

function aGoal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: 'goal-1',
    side: 'mentor',
    title: 'Give a talk to the leadership team',
    progress: 40,
    completedAt: null,
    createdAt: '2026-09-10T09:00:00.000Z',
    updates: [
      {
        progress: 40,
        note: 'Outline agreed with Grace.',
        author: 'Lena Park',
        createdAt: '2026-10-01T09:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

const partnerGoal = aGoal({
  id: 'goal-2',
  side: 'mentee',
  title: 'Use AI tools to draft my updates',
  progress: 100,
  completedAt: '2026-11-01T09:00:00.000Z',
  updates: [],
});

function goalsApi(extra: MockRoutes = {}) {
  return mockApi({
    'GET /api/my/pairs/:pairId/goals': { body: { items: [aGoal(), partnerGoal] } },
    ...extra,
  });
}

const mine = () => screen.getByRole('region', { name: 'Your goals' });
const theirs = () => screen.getByRole('region', { name: 'Your partner’s goals' });

describe('goals', { timeout: 15_000 }, () => {
  it('shows my goals and my partner’s by side, with progress, completion and updates on demand', async () => {
    const api = goalsApi();
    const { user } = renderPanel(<GoalsPanel pairId="pair-1" role="mentor" readOnly={false} />);
    const talk = await screen.findByRole('listitem', { name: 'Give a talk to the leadership team' });
    expect(mine()).toContainElement(talk);
    expect(within(talk).getByRole('progressbar', { name: /Progress of Give a talk/ })).toHaveAttribute(
      'aria-valuenow',
      '40',
    );
    expect(talk).not.toHaveTextContent('Completed');
    const ai = within(theirs()).getByRole('listitem', { name: 'Use AI tools to draft my updates' });
    expect(ai).toHaveTextContent('Completed 1 Nov 2026');
    expect(ai).toHaveTextContent('100%');
    expect(api.callsTo('GET /api/my/pairs/:pairId/goals')[0]?.params.pairId).toBe('pair-1');

    expectHidden(within(talk).queryByText(/Outline agreed with Grace/));
    await user.click(within(talk).getByRole('button', { name: 'Show updates (1)' }));
    await waitFor(() => expect(within(talk).getByText(/Outline agreed with Grace/)).toBeVisible());
    expect(talk).toHaveTextContent('Lena Park, 1 Oct 2026');
  });

  it('puts a mentee’s own goals on the left', async () => {
    goalsApi();
    renderPanel(<GoalsPanel pairId="pair-1" role="mentee" readOnly={false} />);
    expect(
      await screen.findByRole('listitem', { name: 'Use AI tools to draft my updates' }),
    ).toBeInTheDocument();
    expect(within(mine()).getByText('Use AI tools to draft my updates')).toBeInTheDocument();
    expect(within(theirs()).getByText('Give a talk to the leadership team')).toBeInTheDocument();
  });

  it('adds a goal for my own side', async () => {
    const added = aGoal({ id: 'goal-3', title: 'Run a retro with a new format', progress: 0, updates: [] });
    const api = goalsApi({ 'POST /api/my/pairs/:pairId/goals': { status: 201, body: added } });
    const { user } = renderPanel(<GoalsPanel pairId="pair-1" role="mentor" readOnly={false} />);
    await screen.findByRole('listitem', { name: 'Give a talk to the leadership team' });
    await user.click(screen.getByRole('button', { name: 'Add a goal' }));
    expect(screen.getByText('Name the goal first.')).toBeInTheDocument();
    expect(api.callsTo('POST /api/my/pairs/:pairId/goals')).toHaveLength(0);
    await user.type(screen.getByRole('textbox', { name: 'New goal' }), '  Run a retro with a new format ');
    await user.click(screen.getByRole('button', { name: 'Add a goal' }));
    expect(
      await within(mine()).findByRole('listitem', { name: 'Run a retro with a new format' }),
    ).toBeInTheDocument();
    const call = api.callsTo('POST /api/my/pairs/:pairId/goals')[0];
    expect(call?.body).toEqual({ side: 'mentor', title: 'Run a retro with a new format' });
    expect(call?.headers.get('x-csrf-token')).toBe('csrf-123');
    expect(screen.getByRole('textbox', { name: 'New goal' })).toHaveValue('');
  });

  it('shows the server’s refusal of a goal under the field', async () => {
    goalsApi({
      'POST /api/my/pairs/:pairId/goals': apiError(400, 'validation', 'Check the goal.', [
        { code: 'too_big', path: ['title'], message: 'Keep the title under 200 characters.' },
      ]),
    });
    const { user } = renderPanel(<GoalsPanel pairId="pair-1" role="mentor" readOnly={false} />);
    await screen.findByRole('listitem', { name: 'Give a talk to the leadership team' });
    await user.type(screen.getByRole('textbox', { name: 'New goal' }), 'Something long');
    await user.click(screen.getByRole('button', { name: 'Add a goal' }));
    expect(await screen.findByText('Keep the title under 200 characters.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'New goal' })).toHaveValue('Something long');
  });

  it('updates progress on my partner’s goal with a note', async () => {
    const answered = aGoal({
      ...partnerGoal,
      progress: 75,
      completedAt: null,
      updates: [
        {
          progress: 75,
          note: 'Drafted two updates.',
          author: 'Lena Park',
          createdAt: '2026-11-20T09:00:00.000Z',
        },
      ],
    });
    const api = goalsApi({ 'POST /api/my/pairs/:pairId/goals/:goalId/updates': { body: answered } });
    const { user } = renderPanel(<GoalsPanel pairId="pair-1" role="mentor" readOnly={false} />);
    const ai = await screen.findByRole('listitem', { name: 'Use AI tools to draft my updates' });
    await user.click(within(ai).getByRole('button', { name: 'Update progress' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Update progress: Use AI tools to draft my updates',
    });
    const percent = within(dialog).getByRole('textbox', { name: 'Progress (%)' });
    await user.clear(percent);
    await user.click(within(dialog).getByRole('button', { name: 'Save progress' }));
    expect(within(dialog).getByText('Enter a number from 0 to 100.')).toBeInTheDocument();
    expect(api.callsTo('POST /api/my/pairs/:pairId/goals/:goalId/updates')).toHaveLength(0);
    await user.type(percent, '75');
    await user.type(within(dialog).getByRole('textbox', { name: /What changed/ }), 'Drafted two updates.');
    await user.click(within(dialog).getByRole('button', { name: 'Save progress' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const call = api.callsTo('POST /api/my/pairs/:pairId/goals/:goalId/updates')[0];
    expect(call?.params).toEqual({ pairId: 'pair-1', goalId: 'goal-2' });
    expect(call?.body).toEqual({ progress: 75, note: 'Drafted two updates.' });
    const updated = screen.getByRole('listitem', { name: 'Use AI tools to draft my updates' });
    expect(updated).toHaveTextContent('75%');
    expect(updated).not.toHaveTextContent('Completed');
  });

  it('moves the progress with the slider too', async () => {
    const api = goalsApi({
      'POST /api/my/pairs/:pairId/goals/:goalId/updates': { body: aGoal({ progress: 45 }) },
    });
    const { user } = renderPanel(<GoalsPanel pairId="pair-1" role="mentor" readOnly={false} />);
    const talk = await screen.findByRole('listitem', { name: 'Give a talk to the leadership team' });
    await user.click(within(talk).getByRole('button', { name: 'Update progress' }));
    const dialog = await screen.findByRole('dialog');
    const slider = within(dialog).getByRole('slider', { name: 'Progress' });
    expect(slider).toHaveAttribute('aria-valuenow', '40');
    slider.focus();
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByRole('textbox', { name: 'Progress (%)' })).toHaveValue('45');
    await user.click(within(dialog).getByRole('button', { name: 'Save progress' }));
    await waitFor(() =>
      expect(api.callsTo('POST /api/my/pairs/:pairId/goals/:goalId/updates')[0]?.body).toEqual({
        progress: 45,
        note: '',
      }),
    );
  });

  it('deletes only my own goals, after confirming', async () => {
    const api = goalsApi({ 'DELETE /api/my/pairs/:pairId/goals/:goalId': { status: 204 } });
    const { user } = renderPanel(<GoalsPanel pairId="pair-1" role="mentor" readOnly={false} />);
    const talk = await screen.findByRole('listitem', { name: 'Give a talk to the leadership team' });
    const ai = screen.getByRole('listitem', { name: 'Use AI tools to draft my updates' });
    expect(within(ai).queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();
    await user.click(within(talk).getByRole('button', { name: 'Delete Give a talk to the leadership team' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this goal?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('DELETE /api/my/pairs/:pairId/goals/:goalId')).toHaveLength(0);

    await user.click(within(talk).getByRole('button', { name: 'Delete Give a talk to the leadership team' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Delete this goal?' })).getByRole('button', {
        name: 'Delete the goal',
      }),
    );
    await waitFor(() =>
      expect(
        screen.queryByRole('listitem', { name: 'Give a talk to the leadership team' }),
      ).not.toBeInTheDocument(),
    );
    expect(api.callsTo('DELETE /api/my/pairs/:pairId/goals/:goalId')[0]?.params.goalId).toBe('goal-1');
    expect(within(mine()).getByText(/No goals yet/)).toBeInTheDocument();
  });

  it('read-only: shows the goals but offers no way to change them', async () => {
    goalsApi();
    renderPanel(<GoalsPanel pairId="pair-1" role="mentor" readOnly />);
    const talk = await screen.findByRole('listitem', { name: 'Give a talk to the leadership team' });
    expect(talk).toHaveTextContent('40%');
    expect(screen.queryByRole('button', { name: 'Update progress' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a goal' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('suggests what a goal could be when there are none', async () => {
    goalsApi({ 'GET /api/my/pairs/:pairId/goals': { body: { items: [] } } });
    renderPanel(<GoalsPanel pairId="pair-1" role="mentor" readOnly={false} />);
    expect(
      await within(await screen.findByRole('region', { name: 'Your goals' })).findByText(/No goals yet/),
    ).toBeInTheDocument();
    expect(theirs()).toHaveTextContent('Your partner has not added any goals yet.');
    expect(screen.getByRole('button', { name: 'Add a goal' })).toBeInTheDocument();
  });
});
