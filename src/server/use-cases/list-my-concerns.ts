import { fail, issue, type Result } from '#core/result';
import type { Caller } from '#server/auth/authenticate';
import {
  type ConcernFilter,
  type ConcernListRow,
  findConcerns,
  listConcernMessages,
} from '#store/concerns-store';
import type { Db } from '#store/database';

/** A concern as its author reads it: the conversation with HR, oldest message first. */
export type ConcernView = {
  id: string;
  subject: string;
  status: 'open' | 'resolved';
  createdAt: string;
  resolvedAt: string | null;
  program: { id: string; name: string };
  messages: { fromHr: boolean; author: string; body: string; createdAt: string }[];
};

export const concernNotFound = <T>(): Result<T> => fail([issue('not_found', 'That concern was not found.')]);

/** The rows and their messages, in the order found. HR's answers carry the HR person's name, or "HR". */
export async function concernViews(
  db: Db,
  orgId: string,
  filter: ConcernFilter,
): Promise<{ row: ConcernListRow; view: ConcernView }[]> {
  const rows = await findConcerns(db, orgId, filter);
  const messages = await listConcernMessages(
    db,
    orgId,
    rows.map((r) => r.concern.id),
  );
  return rows.map((row) => ({
    row,
    view: {
      id: row.concern.id,
      subject: row.concern.subject,
      status: row.concern.status,
      createdAt: row.concern.createdAt.toISOString(),
      resolvedAt: row.concern.resolvedAt?.toISOString() ?? null,
      program: row.program,
      messages: messages
        .filter((m) => m.concernId === row.concern.id)
        .map((m) => ({
          fromHr: m.fromHr,
          author: m.fromHr ? (m.authorName ?? 'HR') : row.raisedBy.name,
          body: m.body,
          createdAt: m.createdAt.toISOString(),
        })),
    },
  }));
}

/**
 * The caller's own concerns, newest first: only those they raised, never one their partner raised
 * about the same pair.
 */
export async function listMyConcerns(
  db: Db,
  caller: Caller,
  ids?: readonly string[],
): Promise<ConcernView[]> {
  if (!caller.personId) return [];
  const found = await concernViews(db, caller.orgId, {
    raisedByPersonId: caller.personId,
    ...(ids ? { ids } : {}),
  });
  return found.map((f) => f.view);
}
