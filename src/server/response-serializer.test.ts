import Fastify from 'fastify';
import { type ZodTypeProvider, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serializerCompiler } from '#server/response-serializer';

const app = Fastify().withTypeProvider<ZodTypeProvider>();
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);
const person = z.object({ name: z.string(), team: z.object({ id: z.string() }).nullable() });
app.get('/declared', { schema: { response: { 200: person } } }, async () => ({
  name: 'Ada',
  team: { id: 't1', budget: 'secret' },
  passwordHash: 'secret',
}));
app.get('/misfit', { schema: { response: { 200: person } } }, async () => ({ name: 42 }) as never);
afterAll(() => app.close());

describe('the response serializer', () => {
  it('writes only the fields the schema declares, at every depth', async () => {
    const response = await app.inject({ method: 'GET', url: '/declared' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('{"name":"Ada","team":{"id":"t1"}}');
  });

  it('refuses a response that does not fit its schema', async () => {
    const response = await app.inject({ method: 'GET', url: '/misfit' });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('42');
  });
});
