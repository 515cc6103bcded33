import { ENROLLMENT_STATUS_LIST, type EnrollmentState } from '#core/programs/enrollment-rules';
import type { Side } from '#core/programs/intake-form';
import { ok, type Result } from '#core/result';
import { loadEnrollmentProgram } from '#server/use-cases/load-enrollment-program';
import type { Db } from '#store/database';
import { countEnrollments } from '#store/enrollments-store';

export type EnrollmentSummary = {
  bySide: Record<Side, Record<EnrollmentState, number>>;
  byDepartment: { department: string; mentor: number; mentee: number }[];
  byLevel: { level: number | null; mentor: number; mentee: number }[];
};

/** Who is in the cohort so far: the applied and approved count in the department and level figures. */
const IN_COHORT: readonly EnrollmentState[] = ['applied', 'approved'];

function zeroes(): Record<EnrollmentState, number> {
  return Object.fromEntries(ENROLLMENT_STATUS_LIST.map((s) => [s, 0])) as Record<EnrollmentState, number>;
}

/** HR's view of a program's enrollment: counts by side and status, by department and by level. */
export async function summariseEnrollments(
  db: Db,
  orgId: string,
  programId: string,
): Promise<Result<EnrollmentSummary>> {
  const loaded = await loadEnrollmentProgram(db, orgId, programId);
  if (!loaded.ok) return loaded;
  const groups = await countEnrollments(db, orgId, programId);
  const bySide = { mentor: zeroes(), mentee: zeroes() };
  const departments = new Map<string, { department: string; mentor: number; mentee: number }>();
  const levels = new Map<number | null, { level: number | null; mentor: number; mentee: number }>();
  for (const g of groups) {
    bySide[g.side][g.status] += g.count;
    if (!IN_COHORT.includes(g.status)) continue;
    const department = departments.get(g.department) ?? { department: g.department, mentor: 0, mentee: 0 };
    department[g.side] += g.count;
    departments.set(g.department, department);
    const level = levels.get(g.level) ?? { level: g.level, mentor: 0, mentee: 0 };
    level[g.side] += g.count;
    levels.set(g.level, level);
  }
  return ok({
    bySide,
    byDepartment: [...departments.values()].sort((a, b) => a.department.localeCompare(b.department)),
    byLevel: [...levels.values()].sort((a, b) => (a.level ?? Infinity) - (b.level ?? Infinity)),
  });
}
