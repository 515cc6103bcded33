import { describe, expect, it } from 'vitest';
import { buildHrDigest, type DigestProgramInput } from '#core/reminders/hr-digest';
import {
  agreementNudgeEmail,
  hrDigestEmail,
  meetingReminderEmail,
  quietPairNudgeEmail,
} from '#server/mail/reminder-emails';

const base = {
  orgId: 'org-1',
  orgName: 'Acme',
  to: { name: 'Mia Mentor', email: 'mia@acme.example', timeZone: 'Europe/Berlin' },
  partnerName: 'Max <Mentee>',
  programName: 'Reverse 2026',
  workspaceUrl: 'https://cp.example/my/pairs/pair-1',
  unsubscribeUrl: 'https://cp.example/unsubscribe?token=abc',
};

describe('meetingReminderEmail', () => {
  const meeting = {
    ...base,
    startsAt: new Date('2026-11-17T09:00:00Z'),
    durationMinutes: 45,
    topicTitle: 'Data storytelling',
    mode: 'video' as const,
    place: '',
    videoUrl: 'https://meet.example/pair',
  };

  it('gives the time in the recipient’s zone, the partner, topic, how to join and the workspace link', () => {
    const mail = meetingReminderEmail(meeting);
    expect(mail).toMatchObject({
      orgId: 'org-1',
      to: 'mia@acme.example',
      unsubscribeUrl: base.unsubscribeUrl,
    });
    expect(mail.subject).toBe(
      'Reminder: your meeting with Max <Mentee>, Tuesday 17 November 2026 at 10:00 (Europe/Berlin)',
    );
    expect(mail.text).toContain('Hello Mia Mentor,');
    expect(mail.text).toContain(
      'Your next meeting with Max <Mentee> in Reverse 2026 is on Tuesday 17 November 2026 at 10:00 (Europe/Berlin), for 45 minutes.',
    );
    expect(mail.text).toContain('Topic: Data storytelling.');
    expect(mail.text).toContain('Join the video call: https://meet.example/pair');
    expect(mail.text).toContain('Open your pair workspace: https://cp.example/my/pairs/pair-1');
    expect(mail.text).toContain('meeting reminders are on in your email choices for Acme');
    expect(mail.html).toContain('Max &#60;Mentee&#62;');
    expect(mail.html).not.toContain('<Mentee>');
    expect(mail.html).toContain('<a href="https://cp.example/my/pairs/pair-1">Open your pair workspace</a>');
  });

  it('says where for in-person and phone meetings, leaves out a topic not chosen, and survives a bad zone', () => {
    const inPerson = meetingReminderEmail({
      ...meeting,
      mode: 'in_person',
      place: 'Room 4.01',
      topicTitle: null,
    });
    expect(inPerson.text).toContain('You meet in person: Room 4.01.');
    expect(inPerson.text).not.toContain('Topic:');
    expect(meetingReminderEmail({ ...meeting, mode: 'phone' }).text).toContain('You meet by phone.');
    const badZone = meetingReminderEmail({ ...meeting, to: { ...base.to, timeZone: 'Mars/Olympus' } });
    expect(badZone.text).toContain('Tuesday 17 November 2026 at 09:00 (UTC)');
  });
});

describe('agreementNudgeEmail', () => {
  it('says how long ago the pair started and whether the partner already accepted', () => {
    const waiting = agreementNudgeEmail({ ...base, daysSinceStart: 7, partnerAccepted: true });
    expect(waiting.subject).toBe('Your kickoff agreement with Max <Mentee> is waiting for you');
    expect(waiting.text).toContain('were paired in Reverse 2026 7 days ago');
    expect(waiting.text).toContain('Max <Mentee> has accepted it: it only needs you now.');
    expect(waiting.text).toContain('Read and accept the agreement: https://cp.example/my/pairs/pair-1');
    expect(waiting.unsubscribeUrl).toBe(base.unsubscribeUrl);
    const neither = agreementNudgeEmail({ ...base, daysSinceStart: 3, partnerAccepted: false });
    expect(neither.text).toContain('It needs both of you to accept it');
    expect(neither.text).not.toContain('has accepted it');
  });
});

describe('quietPairNudgeEmail', () => {
  it('is kind and asks for a time, with the number of quiet days', () => {
    const mail = quietPairNudgeEmail({ ...base, quietDays: 34 });
    expect(mail.subject).toBe("It's been a while — pick a time with Max <Mentee>");
    expect(mail.text).toContain('no meeting has been logged for 34 days');
    expect(mail.text).toContain('Pick a time in your workspace: https://cp.example/my/pairs/pair-1');
    expect(mail.text).toContain('quiet pair nudges are on');
    expect(mail.unsubscribeUrl).toBe(base.unsubscribeUrl);
  });
});

describe('hrDigestEmail', () => {
  const program = (over: Partial<DigestProgramInput>): DigestProgramInput => ({
    programId: 'p1',
    name: 'Reverse 2026',
    phase: 'midpoint',
    health: {
      summary: { healthy: 3, at_risk: 1, inactive: 1, total: 5 },
      pairs: [
        {
          pairId: 'a',
          mentorName: 'Ann',
          menteeName: 'Bo',
          state: 'inactive',
          reasons: ['No meeting for 40 days.'],
        },
        {
          pairId: 'b',
          mentorName: 'Cy',
          menteeName: 'Di',
          state: 'at_risk',
          reasons: ['A concern is open.'],
        },
        { pairId: 'c', mentorName: 'Ed', menteeName: 'Flo', state: 'healthy', reasons: [] },
      ],
    },
    openConcerns: 2,
    openRepairRequests: 1,
    responsesThisWeek: 4,
    openCheckIns: [{ title: 'Midpoint check-in', invited: 10, responded: 6 }],
    ...over,
  });

  it('gives each program’s health, the pairs needing attention by name, counts and a link', () => {
    const digest = buildHrDigest([
      program({}),
      program({
        programId: 'p2',
        name: 'Another',
        phase: 'active',
        health: { summary: { healthy: 0, at_risk: 0, inactive: 0, total: 0 }, pairs: [] },
      }),
    ])!;
    const mail = hrDigestEmail({
      orgId: 'org-1',
      orgName: 'Acme',
      to: { name: 'Hana HR', email: 'hr@acme.example' },
      unsubscribeUrl: base.unsubscribeUrl,
      week: '2026-W47',
      digest,
      publicUrl: 'https://cp.example',
    });
    expect(mail.subject).toBe('Weekly program digest: 2 pairs need attention');
    expect(mail.unsubscribeUrl).toBe(base.unsubscribeUrl);
    expect(mail.text).toContain('Hello Hana HR,');
    expect(mail.text).toContain('at Acme are doing this week (2026-W47)');
    expect(mail.text).toContain('Reverse 2026 (at its midpoint)');
    expect(mail.text).toContain('Pairs: 3 healthy, 1 at risk, 1 inactive.');
    expect(mail.text).toContain('• Ann and Bo — inactive. No meeting for 40 days.');
    expect(mail.text).toContain('• Cy and Di — at risk. A concern is open.');
    expect(mail.text).not.toContain('Ed and Flo');
    expect(mail.text).toContain('Open concerns: 2.');
    expect(mail.text).toContain('Open requests to be re-paired: 1.');
    expect(mail.text).toContain('Check-in answers this week: 4.');
    expect(mail.text).toContain('Midpoint check-in: 6 of 10 answered so far.');
    expect(mail.text).toContain(
      'Open the midpoint review of Reverse 2026: https://cp.example/programs/p1/midpoint-review',
    );
    expect(mail.text).toContain('Another (running)\n\nNo active pairs.');
    expect(mail.text).toContain('Open Another: https://cp.example/programs/p2');
    expect(mail.text.indexOf('Another (running)')).toBeLessThan(mail.text.indexOf('Reverse 2026 (at'));
    expect(mail.html).toContain('<h3 style="margin:24px 0 4px">Reverse 2026 (at its midpoint)</h3>');
  });

  it('says so in the subject when no pair needs attention', () => {
    const digest = buildHrDigest([
      program({ health: { summary: { healthy: 1, at_risk: 0, inactive: 0, total: 1 }, pairs: [] } }),
    ])!;
    const mail = hrDigestEmail({
      orgId: 'o',
      orgName: 'Acme',
      to: { name: 'H', email: 'h@x.example' },
      unsubscribeUrl: 'u',
      week: '2026-W47',
      digest,
      publicUrl: 'https://cp.example',
    });
    expect(mail.subject).toBe('Weekly program digest: no pair needs attention');
    expect(mail.text).not.toContain('Needing attention');
  });
});
