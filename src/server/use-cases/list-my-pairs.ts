import type { Caller } from '#server/auth/authenticate';
import type { Db } from '#store/database';
import { pairsOfPerson } from '#store/pairs-store';

/**
 * The caller's active and paused pairs with the partner and why they were paired. Never the end
 * reason or any re-pair request: those are HR's.
 */
export async function listMyPairs(db: Db, caller: Caller) {
  if (!caller.personId) return [];
  const rows = await pairsOfPerson(db, caller.orgId, caller.personId);
  return rows.map((r) => {
    const role = r.pair.mentorPersonId === caller.personId ? ('mentor' as const) : ('mentee' as const);
    const partner = role === 'mentor' ? r.mentee : r.mentor;
    return {
      pairId: r.pair.id,
      program: r.program,
      role,
      partner: {
        name: partner.name,
        title: partner.title,
        department: partner.department,
        location: partner.location,
      },
      explanation: r.pair.explanation,
      score: r.pair.score,
      startedAt: r.pair.startedAt.toISOString(),
      status: r.pair.status as 'active' | 'paused',
    };
  });
}
