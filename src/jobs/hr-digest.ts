import { buildHrDigest, type DigestProgramInput } from '#core/reminders/hr-digest';
import { hrDigestKey } from '#core/reminders/reminder-keys';
import { isoWeek, utcDate } from '#core/reminders/reminder-timing';
import type { JobDefinition, JobDeps } from '#jobs/job-definition';
import { type Outgoing, sendEach } from '#jobs/send-each';
import { hrDigestEmail } from '#server/mail/reminder-emails';
import { unsubscribeUrl } from '#server/mail/unsubscribe-link';
import { rateProgramPairs } from '#server/use-cases/rate-program-pairs';
import { type DigestProgramFigures, listDigestPrograms, listDigestRecipients } from '#store/reminders-store';

const WEEK_MS = 7 * 86_400_000;

/**
 * Monday at 07:00 UTC: each program manager who chose `weeklyDigest` gets one summary of their
 * organisation's running programs for the ISO week (the key names the week, so a retry or a late run
 * sends nothing more). Pair health comes from the same use-case as HR's pair-health view; everything
 * else is counts. An organisation with no running program gets no digest.
 */
export const hrDigest: JobDefinition = {
  name: 'hr-digest',
  cron: '0 7 * * 1',
  run: async (deps) => {
    const now = deps.now();
    const { db } = deps.database;
    const [recipients, programs] = await Promise.all([
      listDigestRecipients(db),
      listDigestPrograms(db, { since: new Date(now.getTime() - WEEK_MS), today: utcDate(now) }),
    ]);
    const wanting = recipients.filter((r) => r.choices.weeklyDigest);
    const week = isoWeek(now);
    const outgoing: Outgoing[] = [];
    for (const orgId of new Set(wanting.map((r) => r.orgId))) {
      const digest = buildHrDigest(await digestInputs(deps, orgId, programs, now));
      if (!digest) continue;
      for (const r of wanting.filter((w) => w.orgId === orgId))
        outgoing.push({
          key: hrDigestKey(r.accountId, week),
          kind: 'weeklyDigest',
          message: () =>
            hrDigestEmail({
              orgId,
              orgName: r.orgName,
              to: { name: r.name, email: r.email },
              unsubscribeUrl: unsubscribeUrl(deps, orgId, r.accountId),
              week,
              digest,
              publicUrl: deps.env.publicUrl,
            }),
        });
    }
    await sendEach(deps, 'hr-digest', outgoing);
  },
};

/** The organisation's running programs with each one's pair health (three queries per program). */
async function digestInputs(
  deps: JobDeps,
  orgId: string,
  programs: readonly DigestProgramFigures[],
  now: Date,
): Promise<DigestProgramInput[]> {
  const inputs: DigestProgramInput[] = [];
  for (const { orgId: _org, ...program } of programs.filter((p) => p.orgId === orgId)) {
    const health = await rateProgramPairs(deps.database.db, orgId, program.programId, now);
    if (!health.ok) continue;
    inputs.push({
      ...program,
      health: {
        summary: health.value.summary,
        pairs: health.value.items.map((item) => ({
          pairId: item.pairId,
          mentorName: item.mentor.name,
          menteeName: item.mentee.name,
          state: item.state,
          reasons: item.reasons.map((r) => r.message),
        })),
      },
    });
  }
  return inputs;
}
