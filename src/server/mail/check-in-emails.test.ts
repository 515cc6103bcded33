import { describe, expect, it } from 'vitest';
import { defaultSurveys } from '#core/surveys/default-surveys';
import { questionsForSide } from '#core/surveys/survey-template';
import {
  type CheckInMail,
  checkInInvitationEmail,
  checkInReminderEmail,
  dayWords,
  minutesToAnswer,
} from '#server/mail/check-in-emails';

const mail: CheckInMail = {
  orgId: 'org-1',
  orgName: 'Northwind <Energy>',
  to: { name: 'Sam Okafor', email: 'sam@example.com' },
  programName: 'Spring cohort',
  partnerName: 'Grace Hopper',
  title: 'Halfway check-in',
  intro: 'You are about halfway through.',
  audienceNote: 'Your partner never sees your answers.',
  closesOn: '2026-12-15',
  minutes: 4,
  url: 'http://localhost:3000/my/check-ins/rec-1',
};

describe('check-in emails', () => {
  it('invite with the title, why, how long, who sees the answers, the closing day and one link', () => {
    const email = checkInInvitationEmail({ ...mail, hasAccount: true });
    expect(email).toMatchObject({
      orgId: 'org-1',
      to: 'sam@example.com',
      subject: 'Check-in: Halfway check-in',
    });
    expect(email.text.split('\n\n')).toEqual([
      'Hello Sam Okafor,',
      'Spring cohort has a short check-in for you: “Halfway check-in”. You get it because you are in a pair with Grace Hopper.',
      'You are about halfway through.',
      'It takes about 4 minutes. You can answer until Tuesday 15 December 2026, and change your answers until then.',
      'Who sees your answers: Your partner never sees your answers.',
      'Answer the check-in: http://localhost:3000/my/check-ins/rec-1',
      'The link asks you to sign in to Counterpart if you are not signed in already.',
    ]);
    expect(email.unsubscribeUrl).toBeUndefined();
    expect(email.html).toContain(
      '<a href="http://localhost:3000/my/check-ins/rec-1">Answer the check-in</a>',
    );
  });

  it('tell someone without an account how to get one', () => {
    const email = checkInInvitationEmail({ ...mail, intro: '', hasAccount: false });
    expect(email.text).toContain(
      'If you have no account yet, ask HR at Northwind <Energy> for an invitation.',
    );
    expect(email.text).not.toContain('\n\n\n');
    expect(email.html).toContain('Northwind &#60;Energy&#62;');
    expect(email.html).not.toContain('<Energy>');
  });

  it('remind with the closing day, why it came and the one-click way to stop reminders', () => {
    const email = checkInReminderEmail({
      ...mail,
      minutes: 1,
      unsubscribeUrl: 'http://localhost:3000/unsubscribe?token=t',
    });
    expect(email.subject).toBe('Reminder: “Halfway check-in” closes on Tuesday 15 December 2026');
    expect(email.unsubscribeUrl).toBe('http://localhost:3000/unsubscribe?token=t');
    expect(email.text).toContain('It closes on Tuesday 15 December 2026 and takes about a minute.');
    expect(email.text).toContain(
      'because check-in reminders are on in your email choices for Northwind <Energy>.',
    );
    expect(email.text).toContain('Answer the check-in: http://localhost:3000/my/check-ins/rec-1');
  });

  it('estimate the time from the questions a side answers', () => {
    const [kickoff, , midpoint, final] = defaultSurveys();
    expect(minutesToAnswer(questionsForSide(kickoff!, 'mentee'))).toBe(3);
    expect(minutesToAnswer(questionsForSide(midpoint!, 'mentor'))).toBe(4);
    // The final review's quotable testimonial is one more written answer.
    expect(minutesToAnswer(questionsForSide(final!, 'mentor'))).toBe(5);
    expect(minutesToAnswer([])).toBe(1);
    expect(dayWords('2027-01-01')).toBe('Friday 1 January 2027');
  });
});
