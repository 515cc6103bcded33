import { fail, type Issue, issue, ok, type Result } from '#core/result';
import { type Cohort, cohortSchema } from './cohort-schema';

/**
 * Validates a cohort file's content: the Zod schema first, then the references between its parts
 * (unique ids, pins/blocks/history/preferences naming real participants on the right side).
 * Every problem comes back as an issue with its path; nothing throws.
 */
export function parseCohort(input: unknown): Result<Cohort> {
  const parsed = cohortSchema.safeParse(input);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((i) =>
        issue(
          i.code,
          i.message,
          i.path.filter((p): p is string | number => typeof p !== 'symbol'),
        ),
      ),
    );
  }
  const issues = referenceIssues(parsed.data);
  return issues.length > 0 ? fail(issues) : ok(parsed.data);
}

function referenceIssues(cohort: Cohort): Issue[] {
  const issues: Issue[] = [];
  const sideOf = new Map<string, 'mentor' | 'mentee'>();
  cohort.participants.forEach((p, i) => {
    if (sideOf.has(p.id))
      issues.push(issue('duplicate-id', `participant id ${p.id} appears twice`, ['participants', i, 'id']));
    sideOf.set(p.id, p.side);
  });
  cohort.orgChart.forEach((entry, i) => {
    if (sideOf.has(entry.id)) {
      issues.push(
        issue('duplicate-id', `${entry.id} is a participant; give its manager on the participant`, [
          'orgChart',
          i,
          'id',
        ]),
      );
    }
  });
  const expect = (id: string, side: 'mentor' | 'mentee' | undefined, path: Issue['path']): void => {
    const actual = sideOf.get(id);
    if (actual === undefined) issues.push(issue('unknown-id', `unknown participant id ${id}`, path));
    else if (side && actual !== side)
      issues.push(issue('wrong-side', `${id} is a ${actual}, not a ${side}`, path));
  };
  for (const list of ['pins', 'blocks', 'history'] as const) {
    cohort[list].forEach((pair, i) => {
      expect(pair.mentorId, list === 'history' ? undefined : 'mentor', [list, i, 'mentorId']);
      expect(pair.menteeId, list === 'history' ? undefined : 'mentee', [list, i, 'menteeId']);
    });
  }
  cohort.participants.forEach((p, i) => {
    for (const field of ['wouldLike', 'pleaseNot'] as const) {
      p[field].forEach((id, k) => {
        expect(id, undefined, ['participants', i, field, k]);
      });
    }
  });
  cohort.concurrentLoad.forEach((load, i) => {
    expect(load.personId, undefined, ['concurrentLoad', i, 'personId']);
  });
  return issues;
}
