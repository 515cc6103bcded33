import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../api/query-client';
import { AppProviders } from '../app-providers';
import { ResourcesPanel } from './resources-panel';

function renderPanel(ui: ReactNode) {
  render(
    <AppProviders queryClient={createQueryClient({ retry: false })} env="test">
      {ui}
    </AppProviders>,
  );
  return { user: userEvent.setup({ delay: null }) };
}

/** Collapsed content is either not rendered or rendered hidden (React's Activity); both are fine. */
function expectHidden(element: HTMLElement | null) {
  if (element) expect(element).not.toBeVisible();
}

const resources = [
  {
    title: 'How to run a reverse-mentoring session',
    url: 'https://example.org/guide',
    description: 'Ten minutes, read before the kickoff.',
  },
  { title: 'Not a web page', url: 'javascript:alert(1)', description: '' },
];

const topicPlan = [
  { title: 'Getting to know each other', guide: 'Share one thing you are proud of this year.' },
  { title: 'Tools you use every day', guide: '' },
];

describe('resources and the topic plan', () => {
  it('links each resource in a new tab without giving the page access to ours', async () => {
    renderPanel(<ResourcesPanel resources={resources} topicPlan={topicPlan} />);
    const link = screen.getByRole('link', { name: /How to run a reverse-mentoring session/ });
    expect(link).toHaveAttribute('href', 'https://example.org/guide');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')?.split(' ')).toContain('noopener');
    expect(link).toHaveAccessibleName(/opens in a new tab/);
    expect(screen.getByText('Ten minutes, read before the kickoff.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Not a web page/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Not a web page/)).toBeInTheDocument();
  });

  it('numbers the topics and opens a topic’s guide on demand', async () => {
    const { user } = renderPanel(<ResourcesPanel resources={resources} topicPlan={topicPlan} />);
    const plan = screen.getByRole('region', { name: 'Topic plan' });
    const list = within(plan).getByRole('list');
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Getting to know each other'),
      expect.stringContaining('Tools you use every day'),
    ]);
    expectHidden(screen.queryByText('Share one thing you are proud of this year.'));
    await user.click(screen.getByRole('button', { name: 'Show the guide for Getting to know each other' }));
    await waitFor(() =>
      expect(screen.getByText('Share one thing you are proud of this year.')).toBeVisible(),
    );
    expect(within(items[1] as HTMLElement).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says plainly when there are no resources and no topic plan', () => {
    renderPanel(<ResourcesPanel resources={[]} topicPlan={[]} />);
    expect(screen.getByRole('region', { name: 'Resources' })).toHaveTextContent(
      'HR has not shared any resources for this program yet.',
    );
    expect(screen.getByRole('region', { name: 'Topic plan' })).toHaveTextContent(
      'This program has no topic plan: choose what to talk about at each meeting together.',
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
