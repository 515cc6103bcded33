import { z } from 'zod';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { errorResponses, idParamsSchema } from '#server/routes/api-schemas';
import {
  changeBody,
  matchRunSchema,
  pairSchema,
  repairRequestListSchema,
  reasonBody,
  runDiffSchema,
  runListSchema,
  startRunBody,
} from '#server/routes/pairing-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { changeMatchRun } from '#server/use-cases/change-match-run';
import { describeMatchRun, runNotFound } from '#server/use-cases/describe-match-run';
import { diffMatchRuns } from '#server/use-cases/diff-match-runs';
import { endPair } from '#server/use-cases/end-pair';
import { listRunsOfProgram } from '#server/use-cases/list-match-runs';
import { listPairsOfProgram, pairView } from '#server/use-cases/list-program-pairs';
import { listRequestsOfProgram } from '#server/use-cases/list-repair-requests';
import { publishMatchRun } from '#server/use-cases/publish-match-run';
import { resolveRepairRequest } from '#server/use-cases/resolve-repair-request';
import { startMatchRun } from '#server/use-cases/start-match-run';
import type { Db } from '#store/database';
import { getMatchRun, type MatchRunRow } from '#store/match-runs-store';
import { listProgramPairs } from '#store/pairs-store';

const runParams = z.object({ runId: z.string().min(1).max(100) });
const pairParams = z.object({ pairId: z.string().min(1).max(100) });

async function runView(db: Db, orgId: string, row: MatchRunRow) {
  return unwrap(await describeMatchRun(db, orgId, row));
}

/** HR's pairing workflow (docs/api/pairing.md): runs, changes, what-if diffs, publishing, pairs, requests. */
export function pairingRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps.database;
  const config = { permission: 'pairing.manage' } as const;
  const tags = ['pairing'];

  app.get(
    '/api/programs/:id/match-runs',
    {
      schema: {
        tags,
        summary: "A program's match runs, newest first",
        params: idParamsSchema,
        response: {
          200: runListSchema,
          ...errorResponses,
        },
      },
      config,
    },
    async (request) => ({
      items: unwrap(await listRunsOfProgram(db, callerOf(request).orgId, request.params.id)),
    }),
  );

  app.post(
    '/api/programs/:id/match-runs',
    {
      schema: {
        tags,
        summary:
          'Run the matcher: first run in phase matching, re-match of the freed people when active or at midpoint',
        params: idParamsSchema,
        body: startRunBody,
        response: { 201: matchRunSchema, ...errorResponses },
      },
      config,
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const row = unwrap(await startMatchRun(deps, caller, request.params.id, request.body));
      return reply.status(201).send(await runView(db, caller.orgId, row));
    },
  );

  app.get(
    '/api/match-runs/:runId',
    {
      schema: {
        tags,
        summary: 'One match run, whole',
        params: runParams,
        response: { 200: matchRunSchema, ...errorResponses },
      },
      config,
    },
    async (request) => {
      const { orgId } = callerOf(request);
      const row = (await getMatchRun(db, orgId, request.params.runId)) ?? unwrap(runNotFound<MatchRunRow>());
      return runView(db, orgId, row);
    },
  );

  app.get(
    '/api/match-runs/:runId/diff',
    {
      schema: {
        tags,
        summary: 'What changes from another run of the program to this one',
        params: runParams,
        querystring: z.object({ against: z.string().min(1).max(100) }),
        response: { 200: runDiffSchema, ...errorResponses },
      },
      config,
    },
    async (request) => {
      const diff = unwrap(
        await diffMatchRuns(db, callerOf(request).orgId, request.params.runId, request.query.against),
      );
      return {
        ...diff,
        changed: [...diff.changed],
        newlyUnmatched: [...diff.newlyUnmatched],
        newlyMatched: [...diff.newlyMatched],
      };
    },
  );

  app.post(
    '/api/match-runs/:runId/changes',
    {
      schema: {
        tags,
        summary: 'Pin, unpin, block, swap, hand-pair or remove (409 when a hard rule would break)',
        params: runParams,
        body: changeBody,
        response: { 200: matchRunSchema, ...errorResponses },
      },
      config,
    },
    async (request) => {
      const caller = callerOf(request);
      const row = unwrap(await changeMatchRun(deps, caller, request.params.runId, request.body));
      return runView(db, caller.orgId, row);
    },
  );

  app.post(
    '/api/match-runs/:runId/publish',
    {
      schema: {
        tags,
        summary: 'Publish a draft run: pairs become active, introductions and wait-list emails go out',
        params: runParams,
        response: { 200: z.object({ pairsCreated: z.number(), waitlisted: z.number() }), ...errorResponses },
      },
      config,
    },
    async (request) => unwrap(await publishMatchRun(deps, callerOf(request), request.params.runId)),
  );

  app.get(
    '/api/programs/:id/pairs',
    {
      schema: {
        tags,
        summary: "A program's pairs in every state, with end reasons and open re-pair requests",
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(pairSchema) }), ...errorResponses },
      },
      config,
    },
    async (request) => ({
      items: unwrap(await listPairsOfProgram(db, callerOf(request).orgId, request.params.id, deps.now())),
    }),
  );

  app.post(
    '/api/pairs/:pairId/end',
    {
      schema: {
        tags,
        summary: 'End a pair (the reason stays confidential to HR)',
        params: pairParams,
        body: reasonBody,
        response: { 200: pairSchema, ...errorResponses },
      },
      config,
    },
    async (request) => {
      const caller = callerOf(request);
      const pair = unwrap(await endPair(deps, caller, request.params.pairId, request.body));
      const row = (await listProgramPairs(db, caller.orgId, pair.programId)).find(
        (r) => r.pair.id === pair.id,
      )!;
      return pairView(row.pair, row.mentor, row.mentee, { openRepairRequests: row.openRepairRequests });
    },
  );

  app.get(
    '/api/programs/:id/repair-requests',
    {
      schema: {
        tags,
        summary: "A program's confidential re-pair requests, newest first",
        params: idParamsSchema,
        response: {
          200: repairRequestListSchema,
          ...errorResponses,
        },
      },
      config,
    },
    async (request) => ({
      items: unwrap(await listRequestsOfProgram(db, callerOf(request).orgId, request.params.id)),
    }),
  );

  app.post(
    '/api/repair-requests/:id/resolve',
    {
      schema: {
        tags,
        summary: 'Mark a re-pair request as resolved',
        params: idParamsSchema,
        response: { 204: z.null(), ...errorResponses },
      },
      config,
    },
    async (request, reply) => {
      unwrap(await resolveRepairRequest(deps, callerOf(request), request.params.id));
      return reply.status(204).send(null);
    },
  );
}
