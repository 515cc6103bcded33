import type { Caller } from '#server/auth/authenticate';
import { type ConcernView, concernViews } from '#server/use-cases/list-my-concerns';
import type { ConcernStatus } from '#store/concerns-store';
import type { Db } from '#store/database';

/** A concern as HR reads it: who raised it, on which side, and who the partner is. */
export type HrConcernView = ConcernView & {
  raisedBy: { name: string; role: 'mentor' | 'mentee' };
  partner: { name: string };
};

export type ConcernStatusFilter = ConcernStatus | 'all';

/**
 * HR's inbox, newest first. A program manager who is in a pair does not see concerns about that
 * pair: the partner never reads one, whatever their role.
 */
export async function listConcerns(
  db: Db,
  caller: Caller,
  filter: { status?: ConcernStatusFilter; ids?: readonly string[] } = {},
): Promise<HrConcernView[]> {
  const status = filter.status ?? 'open';
  const found = await concernViews(db, caller.orgId, {
    notAboutPersonId: caller.personId,
    ...(status === 'all' ? {} : { status }),
    ...(filter.ids ? { ids: filter.ids } : {}),
  });
  return found.map(({ row, view }) => {
    const role = row.raisedBy.id === row.mentor.id ? 'mentor' : 'mentee';
    return {
      ...view,
      raisedBy: { name: row.raisedBy.name, role },
      partner: { name: role === 'mentor' ? row.mentee.name : row.mentor.name },
    };
  });
}

/** One concern HR may read, or undefined (another tenant's, or about HR's own pair). */
export async function hrConcern(db: Db, caller: Caller, id: string): Promise<HrConcernView | undefined> {
  return (await listConcerns(db, caller, { status: 'all', ids: [id] }))[0];
}
