import { z } from 'zod';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { errorResponses } from '#server/routes/api-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import {
  programSurveySchema,
  surveyParams,
  surveyResultsSchema,
  updateSurveyBody,
} from '#server/routes/survey-schemas';
import { closeProgramSurvey } from '#server/use-cases/close-program-survey';
import { describeSurveyResults } from '#server/use-cases/describe-survey-results';
import { listProgramSurveys } from '#server/use-cases/list-program-surveys';
import { sendProgramSurvey } from '#server/use-cases/send-program-survey';
import { updateProgramSurvey } from '#server/use-cases/update-program-survey';

/** HR's check-in surveys of a program (docs/api/check-ins.md, "Surveys in a program"). */
export function surveyRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps.database;
  const hr = { permission: 'surveys.manage' } as const;
  const tags = ['check-ins'];

  app.get(
    '/api/programs/:id/surveys',
    {
      schema: {
        tags,
        summary: 'The program’s three check-ins (kickoff, midpoint, final) with dates, status and counts',
        params: z.object({ id: z.string().min(1).max(100) }),
        response: { 200: z.object({ items: z.array(programSurveySchema) }), ...errorResponses },
      },
      config: hr,
    },
    async (request) =>
      unwrap(await listProgramSurveys(db, callerOf(request).orgId, request.params.id, deps.now())),
  );

  app.patch(
    '/api/programs/:id/surveys/:surveyId',
    {
      schema: {
        tags,
        summary: 'Change a check-in’s dates, or its questions while it is still scheduled',
        params: surveyParams,
        body: updateSurveyBody,
        response: { 200: programSurveySchema, ...errorResponses },
      },
      config: hr,
    },
    async (request) =>
      unwrap(
        await updateProgramSurvey(
          deps,
          callerOf(request),
          request.params.id,
          request.params.surveyId,
          request.body,
        ),
      ),
  );

  app.post(
    '/api/programs/:id/surveys/:surveyId/send',
    {
      schema: {
        tags,
        summary: 'Open a check-in today and email everyone in the program’s pairs an invitation',
        params: surveyParams,
        response: { 202: programSurveySchema, ...errorResponses },
      },
      config: hr,
    },
    async (request, reply) => {
      const survey = unwrap(
        await sendProgramSurvey(deps, callerOf(request), request.params.id, request.params.surveyId),
      );
      return reply.status(202).send(survey);
    },
  );

  app.post(
    '/api/programs/:id/surveys/:surveyId/close',
    {
      schema: {
        tags,
        summary: 'Close an open check-in before its closing date',
        params: surveyParams,
        response: { 200: programSurveySchema, ...errorResponses },
      },
      config: hr,
    },
    async (request) =>
      unwrap(await closeProgramSurvey(deps, callerOf(request), request.params.id, request.params.surveyId)),
  );

  app.get(
    '/api/programs/:id/surveys/:surveyId/results',
    {
      schema: {
        tags,
        summary:
          'A check-in’s results: totals and averages for groups large enough, written answers only where shared with HR',
        params: surveyParams,
        response: { 200: surveyResultsSchema, ...errorResponses },
      },
      config: hr,
    },
    async (request) =>
      unwrap(
        await describeSurveyResults(
          db,
          callerOf(request).orgId,
          request.params.id,
          request.params.surveyId,
          deps.now(),
        ),
      ),
  );
}
