import { z } from 'zod';
import { ENROLLMENT_STATUS_LIST } from '#core/programs/enrollment-rules';
import { QUESTION_KINDS, SIDES } from '#core/programs/intake-form';
import { PHASES } from '#core/programs/program-phase';
import { PROGRAM_TYPES } from '#core/programs/program-settings';
import { iso } from '#server/routes/api-schemas';
import type { EnrollmentRowRecord } from '#store/enrollments-store';

/** Schemas shared by the enrollment, nomination and application routes (docs/api/programs-and-enrollment.md). */

export const sideSchema = z.enum(['mentor', 'mentee']);
export const statusSchema = z.enum(ENROLLMENT_STATUS_LIST);
export const phaseSchema = z.enum(PHASES);
export const programParamsSchema = z.object({ id: z.string().min(1).max(100) });

export const enrollmentRowSchema = z
  .object({
    id: z.string(),
    side: sideSchema,
    status: statusSchema,
    person: z.object({
      id: z.string(),
      name: z.string(),
      title: z.string(),
      department: z.string(),
      level: z.number().nullable(),
    }),
    nominatedBy: z.string().nullable(),
    nominationNote: z.string(),
    submittedAt: z.string().nullable(),
    decidedAt: z.string().nullable(),
  })
  .meta({ id: 'EnrollmentRow' });

export type EnrollmentRowView = z.infer<typeof enrollmentRowSchema>;

/** Only the fields of the row: never answers, never anything sensitive. */
export function toEnrollmentRow(r: EnrollmentRowRecord): EnrollmentRowView {
  return {
    id: r.id,
    side: r.side,
    status: r.status,
    person: {
      id: r.personId,
      name: r.personName,
      title: r.personTitle,
      department: r.personDepartment,
      level: r.personLevel,
    },
    nominatedBy: r.nominatedBy,
    nominationNote: r.nominationNote,
    submittedAt: iso(r.submittedAt),
    decidedAt: iso(r.decidedAt),
  };
}

export const questionViewSchema = z
  .object({
    id: z.string(),
    kind: z.enum(QUESTION_KINDS),
    label: z.string(),
    help: z.string(),
    side: z.enum(SIDES),
    required: z.boolean(),
    sensitive: z.boolean(),
    options: z.array(z.string()),
  })
  .meta({ id: 'IntakeQuestion' });

export const programBriefSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(PROGRAM_TYPES),
  phase: phaseSchema,
  startDate: z.string(),
  endDate: z.string(),
  purpose: z.string(),
});

export const applicationSchema = z
  .object({
    program: programBriefSchema,
    side: sideSchema,
    status: statusSchema.nullable(),
    questions: z.array(questionViewSchema),
    answers: z.record(z.string(), z.unknown()),
    matchingConsent: z.boolean(),
    answersOpen: z.boolean(),
    groundRules: z.array(z.string()),
  })
  .meta({ id: 'Application' });
