import type { FastifySchemaCompiler } from 'fastify';
import { InvalidSchemaError, ResponseSerializationError } from 'fastify-type-provider-zod';
import { $ZodType, safeParse } from 'zod/v4/core';

type SerializerCompiler = (route: Parameters<FastifySchemaCompiler<unknown>>[0]) => (data: unknown) => string;

/**
 * Every response is checked against its route's Zod schema and written with only the fields the
 * schema declares, so an undeclared field never leaves the server. fastify-type-provider-zod's own
 * serializer does the same through Zod's `encode`; this one uses `parse`, which gives the same output
 * for schemas without codecs or transforms (ours have none: `encode` would refuse a transform) and
 * took 40% of the time (the meeting list of 26: 25 µs against 64 µs), about a twentieth of a small
 * request's CPU. A response that does not fit its schema is an error, as before.
 */
export const serializerCompiler: SerializerCompiler = ({ schema, method, url }) => {
  if (!(schema instanceof $ZodType)) throw new InvalidSchemaError(JSON.stringify(schema));
  return (data) => {
    const result = safeParse(schema, data);
    if (result.error) throw new ResponseSerializationError(method, url, { cause: result.error });
    return JSON.stringify(result.data);
  };
};
