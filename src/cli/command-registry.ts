import type { Command } from '#cli/command';

/** Every `counterpart` command, in the order `--help` lists them. */
export const commands: readonly Command[] = [];
