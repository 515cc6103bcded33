import { describe, expect, it } from 'vitest';
import { cohortFromEnrollments, languagesOf } from '#core/pairing/cohort-from-enrollments';
import { enrollmentFor, pairingInput } from '#tests/fixtures/pairing-enrollments';

const SENSITIVE = { generation: 'Gen Z', gender: 'Woman', under_represented: 'Prefer not to say' };

describe('cohortFromEnrollments', () => {
  it('maps answers: either → both modes, languages from text, skills both ways, capacity from settings', () => {
    const input = pairingInput(1);
    const cohort = cohortFromEnrollments({
      ...input,
      program: { ...input.program, settings: { ...input.program.settings, mentorCapacity: 2 } },
    });
    if (!cohort.ok) throw new Error(JSON.stringify(cohort.issues));
    const mentor = cohort.value.participants.find((p) => p.id === 'm0')!;
    expect(mentor.meetingModes).toEqual(['in-person', 'video']);
    expect(mentor.languages).toEqual(['English', 'Portuguese']);
    expect(mentor.skillsOffered).toEqual([{ skill: 'Blockchain', level: 4 }]);
    expect(mentor.skillsWanted).toEqual([{ skill: 'Strategy', level: 1 }]);
    expect(mentor.availability).toEqual([{ day: 'tue', from: '09:00', to: '11:00' }]);
    expect(cohort.value.rules.defaultCapacity).toBe(2);
    expect(cohort.value.program.seniorityGap).toBe(2);
  });

  it('uses sensitive answers as background only with consent, and never "prefer not to say"', () => {
    const input = pairingInput(0, {
      enrollments: [
        enrollmentFor('a', 'mentor', { sensitiveAnswers: SENSITIVE, matchingConsent: true }),
        enrollmentFor('b', 'mentee', { sensitiveAnswers: SENSITIVE, matchingConsent: false }),
      ],
    });
    const cohort = cohortFromEnrollments(input);
    if (!cohort.ok) throw new Error(JSON.stringify(cohort.issues));
    const [a, b] = cohort.value.participants;
    expect(a!.background).toEqual({ generation: 'Gen Z', gender: 'Woman' });
    expect(a!.generation).toBe('Gen Z');
    expect(a!.consentsToBackgroundMatching).toBe(true);
    expect(b!.background).toEqual({});
    expect(b!.generation).toBeUndefined();
    expect(b!.consentsToBackgroundMatching).toBe(false);
  });

  it('keeps manager links of non-participants and only history, pins and load about participants', () => {
    const input = pairingInput(1, {
      orgChart: [
        { id: 'boss', managerId: null },
        { id: 'm0', managerId: 'boss' },
      ],
      history: [
        { mentorId: 'm0', menteeId: 'e0' },
        { mentorId: 'm0', menteeId: 'gone' },
      ],
      concurrentLoad: [
        { personId: 'm0', mentees: 1 },
        { personId: 'x', mentees: 3 },
      ],
    });
    const cohort = cohortFromEnrollments(input);
    if (!cohort.ok) throw new Error(JSON.stringify(cohort.issues));
    expect(cohort.value.orgChart).toEqual([{ id: 'boss', managerId: null }]);
    expect(cohort.value.history).toEqual([{ mentorId: 'm0', menteeId: 'e0' }]);
    expect(cohort.value.concurrentLoad).toEqual([{ personId: 'm0', mentees: 1 }]);
  });

  it('refuses unknown weights as issues rather than throwing', () => {
    const result = cohortFromEnrollments(pairingInput(1, { weights: { 'no-such-criterion': 2 } }));
    expect(result.ok).toBe(false);
  });

  it('reads languages from free text', () => {
    expect(languagesOf('English and French; German/ Arabic')).toEqual([
      'English',
      'French',
      'German',
      'Arabic',
    ]);
    expect(languagesOf(undefined)).toEqual([]);
  });
});
