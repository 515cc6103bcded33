import { describe, expect, it } from 'vitest';
import { programSettingsSchema } from '#core/programs/program-settings';
import { agreementDefaults, canTeachFrom, objectivesFrom } from '#server/use-cases/agreement-view';

const settings = programSettingsSchema.parse({
  cadence: { everyWeeks: 3, minutes: 90 },
  groundRules: ['Confidential'],
});
// 23:30 UTC on 1 March is already 2 March in Tokyo.
const now = new Date('2026-03-01T23:30:00Z');

describe('agreement defaults', () => {
  it('start on the later of today in the mentee’s zone and the program start', () => {
    const early = agreementDefaults({
      settings,
      programStart: '2026-02-01',
      menteeTimeZone: 'Asia/Tokyo',
      now,
      mentorAnswers: undefined,
      menteeAnswers: undefined,
    });
    expect(early.schedule).toMatchObject({
      startsOn: '2026-03-02',
      timeZone: 'Asia/Tokyo',
      weekday: 2,
      time: '10:00',
      everyWeeks: 3,
      durationMinutes: 90,
    });
    expect(early.groundRules).toEqual(['Confidential']);
    const later = agreementDefaults({
      settings,
      programStart: '2026-04-06',
      menteeTimeZone: 'Nowhere/Special',
      now,
      mentorAnswers: {},
      menteeAnswers: {},
    });
    expect(later.schedule).toMatchObject({ startsOn: '2026-04-06', timeZone: 'UTC' });
  });

  it('read objectives and skills from intake answers, ignoring what is not there', () => {
    expect(objectivesFrom({ goals: '  Learn A \n\n Learn B ' })).toEqual(['Learn A', 'Learn B']);
    expect(objectivesFrom({ goals: 42 })).toEqual([]);
    expect(objectivesFrom(undefined)).toEqual([]);
    expect(canTeachFrom({ skills: { canTeach: [{ skill: 'SQL', level: 3 }, { level: 2 }, 'x'] } })).toEqual([
      'SQL',
    ]);
    expect(canTeachFrom({ skills: 'nope' })).toEqual([]);
  });
});
