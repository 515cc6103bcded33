import { z } from 'zod';

/**
 * The optional emails a member chooses to get (issue 7). Everything else the product sends (sign-in
 * links, invitations to a program, the first invitation to a check-in, calendar invitations, replies
 * to a concern) is a direct consequence of something they or HR did, and always goes out.
 */
export const NOTIFICATION_KINDS = [
  'meetingReminders',
  'agreementNudges',
  'checkInReminders',
  'quietPairNudges',
  'weeklyDigest',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationChoices = Readonly<Record<NotificationKind, boolean>>;

/** What each choice is called and who it is for; the settings page and the emails use these words. */
export const NOTIFICATION_LABELS: Readonly<
  Record<NotificationKind, { label: string; description: string; audience: 'participant' | 'hr' }>
> = {
  meetingReminders: {
    label: 'Meeting reminders',
    description: 'An email the day before each meeting with your partner, with its topic.',
    audience: 'participant',
  },
  agreementNudges: {
    label: 'Kickoff agreement reminders',
    description: 'A reminder when your pair’s kickoff agreement is still waiting for you.',
    audience: 'participant',
  },
  checkInReminders: {
    label: 'Check-in reminders',
    description: 'A reminder a few days before a check-in closes, if you have not answered yet.',
    audience: 'participant',
  },
  quietPairNudges: {
    label: 'Quiet pair nudges',
    description: 'A nudge when no meeting has been logged with your partner for 30 days.',
    audience: 'participant',
  },
  weeklyDigest: {
    label: 'Weekly program digest',
    description: 'Monday’s summary of your programs: pair health, open concerns and check-in replies.',
    audience: 'hr',
  },
};

export const DEFAULT_NOTIFICATION_CHOICES: NotificationChoices = {
  meetingReminders: true,
  agreementNudges: true,
  checkInReminders: true,
  quietPairNudges: true,
  weeklyDigest: true,
};

/** A partial update from the settings page or the unsubscribe link; unknown keys are refused. */
export const notificationChoicesPatchSchema = z
  .object(
    Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, z.boolean().optional()])) as {
      [K in NotificationKind]: z.ZodOptional<z.ZodBoolean>;
    },
  )
  .strict();

/** Stored choices over the defaults: a kind added later starts at its default. */
export function resolveChoices(
  stored: Readonly<Record<string, unknown>> | null | undefined,
): NotificationChoices {
  const choices = { ...DEFAULT_NOTIFICATION_CHOICES };
  for (const kind of NOTIFICATION_KINDS) {
    const value = stored?.[kind];
    if (typeof value === 'boolean') choices[kind] = value;
  }
  return choices;
}

/** Every optional email turned off (the one-click unsubscribe). */
export const NO_NOTIFICATIONS: NotificationChoices = Object.fromEntries(
  NOTIFICATION_KINDS.map((k) => [k, false]),
) as Record<NotificationKind, boolean>;
