import { type ParseArgsConfig, parseArgs } from 'node:util';
import { fail, issue, ok, type Result } from '#core/result';

export type ParsedArgs = {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
};

/**
 * node:util parseArgs as a value: unknown flags and missing values come back as one readable message
 * instead of an exception with a stack trace.
 */
export function parseCliArgs(
  args: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
  allowPositionals = false,
): Result<ParsedArgs> {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, strict: true, allowPositionals });
    return ok({ values: values as ParsedArgs['values'], positionals });
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    return fail([issue('usage', message)]);
  }
}

export function wantsHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}
