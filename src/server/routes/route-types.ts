import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Result } from '#core/result';
import { httpErrorFromIssues } from '#server/http-error';

export type Api = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** A use-case's value, or its failure thrown as the one HTTP error. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw httpErrorFromIssues(result.issues);
  return result.value;
}
