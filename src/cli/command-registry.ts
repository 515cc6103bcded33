import type { Command } from '#cli/command';
import { assignCommand } from '#cli/commands/assign';
import { backupCommand } from '#cli/commands/backup';
import { createOrgCommand } from '#cli/commands/create-org';
import { importPeopleCommand } from '#cli/commands/import-people';
import { matchCommand } from '#cli/commands/match';
import { migrateCommand } from '#cli/commands/migrate';
import { restoreCommand } from '#cli/commands/restore';
import { seedDemoCommand } from '#cli/commands/seed-demo';
import { serveCommand } from '#cli/commands/serve';

/** Every `counterpart` command, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  serveCommand,
  migrateCommand,
  seedDemoCommand,
  createOrgCommand,
  importPeopleCommand,
  matchCommand,
  assignCommand,
  backupCommand,
  restoreCommand,
];
