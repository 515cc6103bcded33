import type { Concern, InboxConcern } from './concerns-api';

/** Test builders for the concern shapes of docs/api/workspace.md. */
export function aConcern(overrides: Partial<Concern> = {}): Concern {
  return {
    id: 'con-1',
    subject: 'Meetings keep being moved',
    status: 'open',
    createdAt: '2026-11-20T09:00:00.000Z',
    resolvedAt: null,
    program: { id: 'prg-1', name: 'Reverse Mentoring 2026' },
    messages: [
      {
        fromHr: false,
        author: 'Lena Park',
        body: 'Grace has moved our last three meetings at short notice.',
        createdAt: '2026-11-20T09:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

export function anInboxConcern(overrides: Partial<InboxConcern> = {}): InboxConcern {
  return {
    ...aConcern(),
    raisedBy: { name: 'Lena Park', role: 'mentor' },
    partner: { name: 'Grace Hopper' },
    ...overrides,
  };
}

export const hrReply = {
  fromHr: true,
  author: 'Ada Lovelace',
  body: 'Thank you for telling us. Could we talk on Thursday?',
  createdAt: '2026-11-21T10:00:00.000Z',
};
