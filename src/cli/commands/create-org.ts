import { type Command, EXIT, exitWith } from '#cli/command';
import { closeDeps, openDeps } from '#cli/open-deps';
import { parseCliArgs, wantsHelp } from '#cli/parse-args';
import { createOrganisation } from '#server/use-cases/create-organisation';

export const createOrgCommand: Command = {
  name: 'create-org',
  summary: 'Create an organisation and print a one-time sign-in link for its first admin',
  help: `Usage: counterpart create-org --name NAME --slug SLUG --admin-email EMAIL

  --name NAME           the organisation's name, e.g. "Acme Corporation"
  --slug SLUG           a short id: lower-case letters, digits and dashes, e.g. acme
  --admin-email EMAIL   the first admin; the printed link lets them choose a password (valid 7 days)`,
  run: async (args, io) => {
    if (wantsHelp(args)) return exitWith(io.out, createOrgCommand.help, EXIT.ok);
    const parsed = parseCliArgs(args, {
      name: { type: 'string' },
      slug: { type: 'string' },
      'admin-email': { type: 'string' },
    });
    if (!parsed.ok)
      return exitWith(io.err, `counterpart create-org: ${parsed.issues[0]?.message}`, EXIT.usage);
    const { name, slug, 'admin-email': adminEmail } = parsed.value.values;
    const missing = (['name', 'slug', 'admin-email'] as const).filter(
      (k) => typeof parsed.value.values[k] !== 'string',
    );
    if (missing.length > 0) {
      io.err(`counterpart create-org: missing ${missing.map((m) => `--${m}`).join(', ')} (see --help)`);
      return EXIT.usage;
    }
    const opened = await openDeps(io);
    if (!opened.ok) return exitWith(io.err, opened.message, EXIT.failure);
    try {
      const created = await createOrganisation(opened.deps, {
        name: String(name),
        slug: String(slug),
        adminEmail: String(adminEmail),
      });
      if (!created.ok) {
        const problems = created.issues.map((i) => i.message).join(' ');
        return exitWith(io.err, `counterpart create-org: ${problems}`, EXIT.failure);
      }
      io.out(`Created ${String(name)} (${String(slug)}).`);
      io.out(`One-time sign-in link for ${String(adminEmail)} (valid 7 days):\n  ${created.value.loginLink}`);
      return EXIT.ok;
    } finally {
      await closeDeps(opened.deps);
    }
  },
};
