import { z } from 'zod';
import { auditCsv } from '#core/audit/audit-csv';
import type { AppDeps } from '#server/app-deps';
import { callerOf } from '#server/auth/authenticate';
import { setSessionCookie } from '#server/auth/session-cookie';
import { HttpError } from '#server/http-error';
import {
  emailSchema,
  errorResponses,
  idParamsSchema,
  iso,
  originOf,
  pageQuerySchema,
  roleSchema,
} from '#server/routes/api-schemas';
import { type Api, unwrap } from '#server/routes/route-types';
import { inviteMember } from '#server/use-cases/invite-member';
import { setMemberRoles } from '#server/use-cases/set-member-roles';
import { listMembers } from '#store/accounts-store';
import { listAllAudit, listAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { getOutboxMessage, listOutbox } from '#store/outbox-store';

const memberSchema = z
  .object({
    id: z.string(),
    accountId: z.string(),
    email: z.string(),
    name: z.string(),
    roles: z.array(roleSchema),
    personId: z.string().nullable(),
    status: z.enum(['active', 'invited']),
    lastLoginAt: z.string().nullable(),
  })
  .meta({ id: 'Member' });

const outboxItemSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  createdAt: z.string(),
  transport: z.enum(['outbox', 'smtp']),
  sentAt: z.string().nullable(),
  error: z.string().nullable(),
});

const rolesField = z.array(roleSchema).max(5);

async function members(db: Db, orgId: string) {
  const rows = await listMembers(db, orgId);
  return rows.map((m) => ({
    id: m.id,
    accountId: m.accountId,
    email: m.email,
    name: m.name,
    roles: m.roles,
    personId: m.personId,
    status: m.hasPassword ? ('active' as const) : ('invited' as const),
    lastLoginAt: m.lastLoginAt ? new Date(m.lastLoginAt).toISOString() : null,
  }));
}

async function member(db: Db, orgId: string, membershipId: string) {
  const found = (await members(db, orgId)).find((m) => m.id === membershipId);
  if (!found) throw new HttpError('not_found', 'That member was not found.');
  return found;
}

export function adminRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps.database;

  app.get(
    '/api/admin/members',
    {
      schema: {
        tags: ['admin'],
        summary: 'Members and their roles',
        response: { 200: z.object({ items: z.array(memberSchema) }), ...errorResponses },
      },
      config: { permission: 'members.read' },
    },
    async (request) => ({ items: await members(db, callerOf(request).orgId) }),
  );

  app.post(
    '/api/admin/invitations',
    {
      schema: {
        tags: ['admin'],
        summary: 'Invite someone by email with the given roles',
        body: z.object({
          email: emailSchema,
          name: z.string({ error: 'Enter a name.' }).trim().min(1, 'Enter a name.').max(200),
          roles: rolesField,
        }),
        response: { 201: z.object({ member: memberSchema }), ...errorResponses },
      },
      config: { permission: 'members.manage' },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { membershipId } = unwrap(await inviteMember(deps, caller, request.body, request.ip));
      return reply.status(201).send({ member: await member(db, caller.orgId, membershipId) });
    },
  );

  app.put(
    '/api/admin/members/:id/roles',
    {
      schema: {
        tags: ['admin'],
        summary: "Replace a member's roles (their sessions here end; your own is renewed with a new cookie)",
        params: idParamsSchema,
        body: z.object({ roles: rolesField }),
        response: { 200: z.object({ member: memberSchema }), ...errorResponses },
      },
      config: { permission: 'members.manage' },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { renewedToken } = unwrap(
        await setMemberRoles(
          deps,
          caller,
          { membershipId: request.params.id, roles: request.body.roles },
          originOf(request),
        ),
      );
      if (renewedToken) setSessionCookie(reply, deps.env, renewedToken);
      return { member: await member(db, caller.orgId, request.params.id) };
    },
  );

  app.get(
    '/api/admin/outbox',
    {
      schema: {
        tags: ['admin'],
        summary: 'Email the product has sent',
        querystring: pageQuerySchema,
        response: {
          200: z.object({ items: z.array(outboxItemSchema), total: z.number() }),
          ...errorResponses,
        },
      },
      config: { permission: 'outbox.read' },
    },
    async (request) => {
      const { items, total } = await listOutbox(db, callerOf(request).orgId, request.query);
      return {
        items: items.map((m) => ({ ...m, createdAt: m.createdAt.toISOString(), sentAt: iso(m.sentAt) })),
        total,
      };
    },
  );

  app.get(
    '/api/admin/outbox/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'One email',
        params: idParamsSchema,
        response: {
          200: outboxItemSchema.extend({
            text: z.string(),
            html: z.string().nullable(),
            attachments: z.array(
              z.object({ filename: z.string(), contentType: z.string(), content: z.string() }),
            ),
          }),
          ...errorResponses,
        },
      },
      config: { permission: 'outbox.read' },
    },
    async (request) => {
      const m = await getOutboxMessage(db, callerOf(request).orgId, request.params.id);
      if (!m) throw new HttpError('not_found', 'That message was not found.');
      return {
        id: m.id,
        to: m.toAddress,
        subject: m.subject,
        createdAt: m.createdAt.toISOString(),
        transport: m.transport,
        sentAt: iso(m.sentAt),
        error: m.error,
        text: m.text,
        html: m.html,
        attachments: m.attachments,
      };
    },
  );

  app.get(
    '/api/admin/audit',
    {
      schema: {
        tags: ['admin'],
        summary: 'Administrative actions: who, what, when, from where',
        querystring: pageQuerySchema,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                action: z.string(),
                target: z.string(),
                actorName: z.string().nullable(),
                ip: z.string(),
                createdAt: z.string(),
                detail: z.record(z.string(), z.unknown()),
              }),
            ),
            total: z.number(),
          }),
          ...errorResponses,
        },
      },
      config: { permission: 'audit.read' },
    },
    async (request) => {
      const { items, total } = await listAudit(db, callerOf(request).orgId, request.query);
      return { items: items.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })), total };
    },
  );

  app.get(
    '/api/admin/audit.csv',
    {
      schema: {
        tags: ['admin'],
        summary:
          'The whole audit log as CSV, newest first: when (UTC), who, action, target, details, address',
        response: { 200: z.string().describe('text/csv'), ...errorResponses },
      },
      config: { permission: 'audit.read' },
    },
    async (request, reply) => {
      const events = await listAllAudit(db, callerOf(request).orgId);
      const date = deps.now().toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-log-${date}.csv"`)
        .send(auditCsv(events));
    },
  );
}
