import { type CliIo, EXIT } from '#cli/command';
import { commands } from '#cli/command-registry';

const USAGE = () =>
  [
    'Usage: counterpart COMMAND [options]',
    '',
    'Counterpart runs reverse mentoring programs. Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`),
    '',
    'Every command reads DATABASE_URL (PostgreSQL) or COUNTERPART_DATA_DIR (embedded database, default ./data).',
    'Run `counterpart COMMAND --help` for its options.',
  ].join('\n');

/** Dispatches to one command; a command never throws to the user, and neither does this. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`counterpart: unknown command "${name}". Run \`counterpart --help\` for the list.`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.err(`counterpart ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failure;
  }
}

const io: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
};

const isEntryPoint = process.argv[1] !== undefined && /(main\.ts|counterpart\.(m?js))$/.test(process.argv[1]);
if (isEntryPoint || process.env.COUNTERPART_CLI === '1') {
  const code = await runCli(process.argv.slice(2), io);
  process.exitCode = code;
  if (process.argv[2] !== 'serve' || code !== EXIT.ok) process.exit(code);
}
