import { z } from 'zod';
import { programMeasureChoices } from '#core/impact/impact-measures';
import { defaultDates, defaultSettings } from '#core/programs/program-defaults';
import { defaultIntakeForm } from '#core/programs/default-intake-form';
import { PHASES } from '#core/programs/program-phase';
import { objectiveSchema, PROGRAM_TYPES, programSettingsSchema } from '#core/programs/program-settings';
import { defaultSurveys } from '#core/surveys/default-surveys';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { HttpError } from '#server/http-error';
import { errorResponses, idParamsSchema } from '#server/routes/api-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { cloneProgram } from '#server/use-cases/clone-program';
import { createProgram } from '#server/use-cases/create-program';
import { deleteProgram } from '#server/use-cases/delete-program';
import { describeProgram } from '#server/use-cases/describe-program';
import { transitionProgram } from '#server/use-cases/transition-program';
import { updateIntakeForm } from '#server/use-cases/update-intake-form';
import { updateProgram } from '#server/use-cases/update-program';
import type { Db } from '#store/database';
import { listProgramSummaries } from '#store/programs-store';

const isoDate = z.iso.date({ error: 'Enter a date as YYYY-MM-DD.' });
const phaseSchema = z.enum(PHASES);
const typeSchema = z.enum(PROGRAM_TYPES);
const sponsorSchema = z.string().min(1).max(100).nullable();

const programSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: typeSchema,
    phase: phaseSchema,
    startDate: z.string(),
    endDate: z.string(),
    midpointDate: z.string(),
    sponsor: z.object({ id: z.string(), name: z.string(), title: z.string() }).nullable(),
    settings: programSettingsSchema,
    intakeForm: z.array(z.unknown()),
    nextPhases: z.array(phaseSchema),
    answersOpen: z.boolean(),
    transitions: z.array(
      z.object({
        fromPhase: phaseSchema.nullable(),
        toPhase: phaseSchema,
        actorName: z.string().nullable(),
        reason: z.string(),
        createdAt: z.string(),
      }),
    ),
    clonedFrom: z.object({ id: z.string(), name: z.string() }).nullable(),
    counts: z.record(z.enum(['mentor', 'mentee']), z.record(z.string(), z.number())),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Program' });

const programBody = z.object({
  name: z.string({ error: 'Give the program a name.' }).trim().min(1, 'Give the program a name.').max(200),
  type: typeSchema,
  sponsorPersonId: sponsorSchema.default(null),
  startDate: isoDate,
  endDate: isoDate.optional(),
  midpointDate: isoDate.optional(),
  settings: z.record(z.string(), z.unknown()).optional(),
});

async function programView(db: Db, orgId: string, programId: string) {
  const view = await describeProgram(db, orgId, programId);
  if (!view) throw new HttpError('not_found', 'That program was not found.');
  return view;
}

export function programRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps.database;
  const read = { permission: 'programs.read' } as const;
  const manage = { permission: 'programs.manage' } as const;

  app.get(
    '/api/programs',
    {
      schema: {
        tags: ['programs'],
        summary: 'Programs, newest first, with approved participants and waiting applications',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                type: typeSchema,
                phase: phaseSchema,
                startDate: z.string(),
                endDate: z.string(),
                sponsorName: z.string().nullable(),
                approvedMentors: z.number(),
                approvedMentees: z.number(),
                pendingApplications: z.number(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
      config: read,
    },
    async (request) => ({ items: await listProgramSummaries(db, callerOf(request).orgId) }),
  );

  app.get(
    '/api/programs/defaults',
    {
      schema: {
        tags: ['programs'],
        summary: 'What a new program of a type starts with',
        querystring: z.object({ type: typeSchema.default('reverse'), startDate: isoDate }),
        response: {
          200: z.object({
            type: typeSchema,
            startDate: z.string(),
            endDate: z.string(),
            midpointDate: z.string(),
            settings: programSettingsSchema,
            intakeForm: z.array(z.unknown()),
            /** What objectives can be measured by, with the default surveys a new program gets. */
            measureChoices: z.array(
              z.object({ key: z.string(), label: z.string(), unit: objectiveSchema.shape.unit.unwrap() }),
            ),
          }),
          ...errorResponses,
        },
      },
      config: read,
    },
    async (request) => ({
      type: request.query.type,
      ...defaultDates(request.query.startDate),
      settings: defaultSettings(request.query.type),
      intakeForm: defaultIntakeForm(),
      measureChoices: programMeasureChoices(defaultSurveys()),
    }),
  );

  app.post(
    '/api/programs',
    {
      schema: {
        tags: ['programs'],
        summary: 'Create a program (draft)',
        body: programBody,
        response: { 201: programSchema, ...errorResponses },
      },
      config: manage,
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const row = unwrap(await createProgram(deps, caller, request.body));
      return reply.status(201).send(await programView(db, caller.orgId, row.id));
    },
  );

  app.get(
    '/api/programs/:id',
    {
      schema: {
        tags: ['programs'],
        summary: 'One program',
        params: idParamsSchema,
        response: { 200: programSchema, ...errorResponses },
      },
      config: read,
    },
    async (request) => programView(db, callerOf(request).orgId, request.params.id),
  );

  app.put(
    '/api/programs/:id',
    {
      schema: {
        tags: ['programs'],
        summary: "Edit a program's settings",
        params: idParamsSchema,
        body: programBody.extend({ endDate: isoDate, midpointDate: isoDate }),
        response: { 200: programSchema, ...errorResponses },
      },
      config: manage,
    },
    async (request) => {
      const caller = callerOf(request);
      const row = unwrap(await updateProgram(deps, caller, request.params.id, request.body));
      return programView(db, caller.orgId, row.id);
    },
  );

  app.put(
    '/api/programs/:id/intake-form',
    {
      schema: {
        tags: ['programs'],
        summary: 'Replace the intake form (while answers are open)',
        params: idParamsSchema,
        body: z.object({ questions: z.array(z.unknown()).max(60) }),
        response: { 200: programSchema, ...errorResponses },
      },
      config: manage,
    },
    async (request) => {
      const caller = callerOf(request);
      unwrap(await updateIntakeForm(deps, caller, request.params.id, request.body.questions));
      return programView(db, caller.orgId, request.params.id);
    },
  );

  app.post(
    '/api/programs/:id/transitions',
    {
      schema: {
        tags: ['programs'],
        summary: 'Move the program to another phase (guarded; 409 with the reason when refused)',
        params: idParamsSchema,
        body: z.object({ to: phaseSchema, reason: z.string().max(1000).optional() }),
        response: { 200: programSchema, ...errorResponses },
      },
      config: manage,
    },
    async (request) => {
      const caller = callerOf(request);
      unwrap(await transitionProgram(deps, caller, request.params.id, request.body));
      return programView(db, caller.orgId, request.params.id);
    },
  );

  app.post(
    '/api/programs/:id/clone',
    {
      schema: {
        tags: ['programs'],
        summary: 'Start the next cohort from this program (settings, form and topics; no people)',
        params: idParamsSchema,
        body: z.object({ name: z.string().max(200), startDate: isoDate }),
        response: { 201: programSchema, ...errorResponses },
      },
      config: manage,
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const row = unwrap(await cloneProgram(deps, caller, request.params.id, request.body));
      return reply.status(201).send(await programView(db, caller.orgId, row.id));
    },
  );

  app.delete(
    '/api/programs/:id',
    {
      schema: {
        tags: ['programs'],
        summary: 'Delete a draft program',
        params: idParamsSchema,
        response: { 204: z.null(), ...errorResponses },
      },
      config: manage,
    },
    async (request, reply) => {
      unwrap(await deleteProgram(deps, callerOf(request), request.params.id));
      return reply.status(204).send(null);
    },
  );
}
