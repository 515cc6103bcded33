/**
 * A CLI command: parses its own arguments, does one thing, returns an exit code.
 * Bad arguments print one line to stderr and return a non-zero code; commands never throw to the user.
 */
export type CliIo = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
};

export type Command = {
  readonly name: string;
  /** One line, shown in `counterpart --help`. */
  readonly summary: string;
  /** Full help text, shown by `counterpart NAME --help`. */
  readonly help: string;
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
};

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** Prints one message and hands back the exit code: `return exitWith(io.err, 'bad --slug', EXIT.usage)`. */
export function exitWith(print: (text: string) => void, text: string, code: number): number {
  print(text);
  return code;
}
