import type { FastifyInstance } from 'fastify';
import { issue } from '#core/result';
import { HttpError } from '#server/http-error';

/**
 * Text PostgreSQL cannot store used to answer 500 wherever it reached the database (issue 9, found by
 * src/server/routes/route-fuzz.test.ts): the NUL character U+0000 ("invalid byte sequence" in any text
 * column) and unpaired UTF-16 surrogates ("Unicode low surrogate must follow a high surrogate" in any
 * jsonb column). Every request's parsed body, query string and path parameters are checked before
 * validation, so such a request is refused with 400 before any use-case runs. Bodies kept as bytes
 * (CSV uploads) are decoded, and checked, by their own parser.
 */
export function registerUnstorableTextRefusal(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const parts = { body: request.body, querystring: request.query, params: request.params } as const;
    for (const [where, value] of Object.entries(parts)) {
      const path = unstorableTextPath(value);
      if (path) {
        const message = 'Text cannot contain a NUL character or a broken Unicode character.';
        throw new HttpError(
          'validation',
          where === 'body' ? message : `The request's ${where} is not valid.`,
          {
            issues: [issue('invalid_character', message, path)],
          },
        );
      }
    }
  });
}

/** A high surrogate not followed by a low one, or a low surrogate not after a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isUnstorableText(text: string): boolean {
  return text.includes('\u0000') || LONE_SURROGATE.test(text);
}

type Step = {
  readonly value: unknown;
  readonly key: string | number | undefined;
  readonly up: Step | undefined;
};

/** Where the first unstorable string or key is, walked without recursion (bodies may nest deeply). */
export function unstorableTextPath(value: unknown): (string | number)[] | undefined {
  const stack: Step[] = [{ value, key: undefined, up: undefined }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const current = step.value;
    if (typeof current === 'string') {
      if (isUnstorableText(current)) return pathOf(step);
    } else if (Array.isArray(current)) {
      current.forEach((item, i) => {
        stack.push({ value: item, key: i, up: step });
      });
    } else if (current !== null && typeof current === 'object' && !Buffer.isBuffer(current)) {
      for (const [key, item] of Object.entries(current)) {
        const child = { value: item, key, up: step };
        if (isUnstorableText(key)) return pathOf(child);
        stack.push(child);
      }
    }
  }
  return undefined;
}

function pathOf(step: Step): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Step | undefined = step; at?.key !== undefined; at = at.up) path.push(at.key);
  return path.reverse();
}
