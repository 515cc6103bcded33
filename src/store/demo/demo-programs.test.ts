import { describe, expect, it } from 'vitest';
import { programMeasureChoices } from '#core/impact/impact-measures';
import { defaultIntakeForm } from '#core/programs/default-intake-form';
import { fitsSide } from '#core/programs/enrollment-rules';
import type { SkillsAnswer } from '#core/programs/intake-answers';
import { checkAnswers } from '#core/programs/intake-answers';
import { defaultSettings } from '#core/programs/program-defaults';
import { nextPhases, type Phase } from '#core/programs/program-phase';
import { type ProgramSettings, programSettingsSchema } from '#core/programs/program-settings';
import { defaultSurveys } from '#core/surveys/default-surveys';
import { type DemoPerson, demoPeople } from './demo-people';
import { type DemoEnrollment, type DemoProgram, demoPrograms, phaseOf } from './demo-programs';

const TODAY = '2026-11-21';
const form = defaultIntakeForm();
const people = new Map(demoPeople.map((p) => [p.key, p]));
const SENSITIVE_IDS = form.filter((q) => q.sensitive).map((q) => q.id);

function person(key: string): DemoPerson {
  const p = people.get(key);
  if (!p) throw new Error(`no demo person ${key}`);
  return p;
}

function program(name: string): DemoProgram {
  const p = demoPrograms.find((candidate) => candidate.name === name);
  if (!p) throw new Error(`no demo program ${name}`);
  return p;
}

function settingsOf(p: DemoProgram): ProgramSettings {
  return programSettingsSchema.parse({ ...defaultSettings(p.type), ...p.settings });
}

function enrollment(p: DemoProgram, key: string): DemoEnrollment {
  const e = p.enrollments.find((candidate) => candidate.personKey === key);
  if (!e) throw new Error(`${key} is not in ${p.name}`);
  return e;
}

function skills(e: DemoEnrollment): SkillsAnswer {
  return e.answers.skills as SkillsAnswer;
}

/** Skills `a` can teach that `b` wants to learn. */
function taughtTo(a: DemoEnrollment, b: DemoEnrollment): string[] {
  const wanted = new Set(skills(b).wantToLearn.map((s) => s.skill));
  return skills(a)
    .canTeach.map((s) => s.skill)
    .filter((skill) => wanted.has(skill));
}

function managersAbove(key: string): string[] {
  const chain: string[] = [];
  for (let m = person(key).managerKey; m !== null; m = person(m).managerKey) {
    if (chain.includes(m)) throw new Error(`management cycle through ${m}`);
    chain.push(m);
  }
  return chain;
}

const mentorsOf = (p: DemoProgram) => p.enrollments.filter((e) => e.side === 'mentor');
const menteesOf = (p: DemoProgram) => p.enrollments.filter((e) => e.side === 'mentee');
const running = demoPrograms.filter((p) => phaseOf(p) !== 'closed');

function count(p: DemoProgram, side: DemoEnrollment['side'], status: DemoEnrollment['status']): number {
  return p.enrollments.filter((e) => e.side === side && e.status === status).length;
}

describe('demo programs', () => {
  it('has one program in each phase the story needs', () => {
    expect(demoPrograms.map(phaseOf).sort()).toEqual(
      (['closed', 'draft', 'matching', 'midpoint', 'recruiting'] satisfies Phase[]).sort(),
    );
    expect(new Set(demoPrograms.map((p) => p.key)).size).toBe(demoPrograms.length);
    expect(phaseOf(program('Reverse Mentoring 2026'))).toBe('midpoint');
    expect(phaseOf(program('Reverse Mentoring — Operations & Sales'))).toBe('matching');
    expect(phaseOf(program('Reverse Mentoring: New Markets'))).toBe('recruiting');
    expect(phaseOf(program('Digital Leadership Circle 2027'))).toBe('draft');
    expect(phaseOf(program('Reverse Mentoring Pilot 2025'))).toBe('closed');
  });

  it('keeps the dates and sponsors of the brief', () => {
    const flagship = program('Reverse Mentoring 2026');
    expect([flagship.sponsorKey, flagship.startDate, flagship.midpointDate, flagship.endDate]).toEqual([
      'ceo',
      '2026-08-03',
      '2026-11-03',
      '2027-02-03',
    ]);
    const pilot = program('Reverse Mentoring Pilot 2025');
    expect([pilot.sponsorKey, pilot.startDate, pilot.midpointDate, pilot.endDate]).toEqual([
      'ceo',
      '2025-03-03',
      '2025-06-03',
      '2025-09-03',
    ]);
    expect(program('Reverse Mentoring — Operations & Sales')).toMatchObject({
      sponsorKey: 'coo',
      startDate: '2026-12-07',
      midpointDate: '2027-03-07',
      endDate: '2027-06-07',
    });
    expect(program('Reverse Mentoring: New Markets')).toMatchObject({
      sponsorKey: 'cco',
      startDate: '2027-01-11',
    });
    expect(program('Digital Leadership Circle 2027')).toMatchObject({
      sponsorKey: 'cto',
      startDate: '2027-03-01',
    });
    for (const p of demoPrograms) {
      expect(p.type, p.name).toBe('reverse');
      expect(people.has(p.sponsorKey), p.name).toBe(true);
      expect(p.startDate < p.midpointDate && p.midpointDate < p.endDate, p.name).toBe(true);
    }
  });

  it('moves each program from draft along allowed transitions, in date order, up to today', () => {
    for (const p of demoPrograms) {
      let phase: Phase = 'draft';
      let previous = '';
      for (const t of p.transitions) {
        expect(nextPhases(phase), `${p.name}: ${phase} → ${t.to}`).toContain(t.to);
        expect(t.on >= previous && t.on <= TODAY, `${p.name} on ${t.on}`).toBe(true);
        expect(t.byKey).toBe('hr-program-manager');
        phase = t.to;
        previous = t.on;
      }
      expect(phaseOf(p)).toBe(phase);
    }
  });

  it('has settings that parse over the defaults', () => {
    for (const p of demoPrograms) {
      expect(
        programSettingsSchema.safeParse({ ...defaultSettings(p.type), ...p.settings }).success,
        p.name,
      ).toBe(true);
    }
    expect(settingsOf(program('Reverse Mentoring: New Markets')).enrollmentMode).toBe('nominated');
    const circle = settingsOf(program('Digital Leadership Circle 2027'));
    expect(circle.purpose).not.toBe(defaultSettings('reverse').purpose);
    expect(circle.objectives).toHaveLength(defaultSettings('reverse').objectives.length + 1);
  });

  it('links objectives to figures the demo surveys can show, in the objective’s unit', () => {
    const choices = new Map(programMeasureChoices(defaultSurveys()).map((c) => [c.key, c]));
    for (const p of demoPrograms) {
      for (const o of settingsOf(p).objectives) {
        if (o.measure === null) continue;
        expect(choices.get(o.measure)?.unit, `${p.name}: ${o.text}`).toBe(o.unit);
      }
    }
    expect(settingsOf(program('Reverse Mentoring Pilot 2025')).objectives.map((o) => o.measure)).toEqual([
      'improved:final_digital_confidence',
      'improved:final_visibility',
      'still_employed:mentor:12',
      'meetings_held',
    ]);
    expect(settingsOf(program('Digital Leadership Circle 2027')).objectives.at(-1)?.measure).toBeNull();
  });

  it('enrolls known people, once per program, on a side that fits their level', () => {
    for (const p of demoPrograms) {
      const settings = settingsOf(p);
      expect(new Set(p.enrollments.map((e) => e.personKey)).size, p.name).toBe(p.enrollments.length);
      for (const e of p.enrollments) {
        expect(people.has(e.personKey), `${p.name}: ${e.personKey}`).toBe(true);
        expect(fitsSide(settings, e.side, person(e.personKey).level), `${p.name}: ${e.personKey}`).toBe(true);
      }
      const mentorLevels = mentorsOf(p).map((e) => person(e.personKey).level);
      const menteeLevels = menteesOf(p).map((e) => person(e.personKey).level);
      for (const level of mentorLevels) expect(level).toBeGreaterThanOrEqual(1);
      for (const level of menteeLevels) expect(level).toBeGreaterThanOrEqual(6);
      if (mentorLevels.length && menteeLevels.length) {
        expect(Math.max(...mentorLevels) + settings.seniorityGap, p.name).toBeLessThanOrEqual(
          Math.min(...menteeLevels),
        );
      }
    }
  });

  it('has answers that pass the default intake form, sensitive ones apart', () => {
    for (const p of demoPrograms) {
      for (const e of p.enrollments) {
        const where = `${p.name}: ${e.personKey}`;
        if (e.status === 'invited' || e.status === 'nominated') {
          expect(e.answers, where).toEqual({});
          expect(e.sensitiveAnswers, where).toEqual({});
          continue;
        }
        if (['approved', 'applied', 'waitlisted'].includes(e.status))
          expect(Object.keys(e.answers).length, where).toBeGreaterThan(0);
        for (const id of Object.keys(e.sensitiveAnswers)) expect(SENSITIVE_IDS, where).toContain(id);
        for (const id of Object.keys(e.answers)) expect(SENSITIVE_IDS, where).not.toContain(id);
        const checked = checkAnswers(form, e.side, { ...e.answers, ...e.sensitiveAnswers });
        expect(checked.ok ? null : checked.issues, where).toBeNull();
        if (checked.ok)
          expect(checked.value, where).toEqual({ answers: e.answers, sensitiveAnswers: e.sensitiveAnswers });
        if (Object.keys(e.sensitiveAnswers).length === 0) expect(e.matchingConsent, where).toBe(false);
      }
    }
  });

  it('asks consent for the sensitive answers of most, but not all, who gave them', () => {
    const withSensitive = demoPrograms
      .flatMap((p) => p.enrollments)
      .filter((e) => Object.keys(e.sensitiveAnswers).length > 0);
    const consenting = withSensitive.filter((e) => e.matchingConsent).length;
    expect(consenting).toBeGreaterThan(withSensitive.length / 2);
    expect(consenting).toBeLessThan(withSensitive.length);
    expect(
      mentorsOf(program('Reverse Mentoring 2026')).some((e) => Object.keys(e.sensitiveAnswers).length === 0),
    ).toBe(true);
  });

  it('runs the flagship with ten approved juniors and ten approved senior leaders', () => {
    const flagship = program('Reverse Mentoring 2026');
    expect(count(flagship, 'mentor', 'approved')).toBe(10);
    expect(count(flagship, 'mentee', 'approved')).toBe(10);
    expect(flagship.enrollments).toHaveLength(20);
    for (const e of mentorsOf(flagship)) expect(person(e.personKey).level).toBeLessThanOrEqual(3);
    for (const e of menteesOf(flagship)) expect(person(e.personKey).level).toBeGreaterThanOrEqual(7);
    const departments = new Set(mentorsOf(flagship).map((e) => person(e.personKey).department));
    expect(departments.size).toBeGreaterThanOrEqual(7);
  });

  it('makes the story pairs complement each other, outside each other’s reporting line', () => {
    const flagship = program('Reverse Mentoring 2026');
    const story = [
      ['junior-blockchain-engineer', 'cfo', ['Blockchain', 'Fintech']],
      ['social-media-manager', 'vp-marketing', ['Social media', 'Influencer marketing']],
    ] as const;
    for (const [mentorKey, menteeKey, upward] of story) {
      const mentor = enrollment(flagship, mentorKey);
      const mentee = enrollment(flagship, menteeKey);
      expect([mentor.side, mentee.side]).toEqual(['mentor', 'mentee']);
      expect(taughtTo(mentor, mentee)).toEqual(expect.arrayContaining([...upward]));
      expect(taughtTo(mentee, mentor).length, `${menteeKey} teaches ${mentorKey} back`).toBeGreaterThan(0);
      expect(managersAbove(mentorKey)).not.toContain(menteeKey);
      expect(managersAbove(menteeKey)).not.toContain(mentorKey);
    }
    expect(
      taughtTo(enrollment(flagship, 'cfo'), enrollment(flagship, 'junior-blockchain-engineer')),
    ).toContain('Capital allocation');
    expect(person('social-media-manager').department).not.toBe(person('vp-marketing').department);
  });

  it('puts Operations & Sales beside the flagship, with one junior in a senior’s reporting line', () => {
    const ops = program('Reverse Mentoring — Operations & Sales');
    expect(count(ops, 'mentor', 'approved')).toBe(6);
    expect(count(ops, 'mentee', 'approved')).toBe(6);
    const flagshipKeys = new Set(program('Reverse Mentoring 2026').enrollments.map((e) => e.personKey));
    for (const e of ops.enrollments) expect(flagshipKeys.has(e.personKey), e.personKey).toBe(false);
    const conflicts = mentorsOf(ops).flatMap((mentor) =>
      menteesOf(ops)
        .filter((mentee) => managersAbove(mentor.personKey).includes(mentee.personKey))
        .map((mentee) => [mentor.personKey, mentee.personKey]),
    );
    expect(conflicts).toEqual([['it-admin', 'pedro-almeida']]);
  });

  it('recruits New Markets through ERG nominations, with every kind of status', () => {
    const markets = program('Reverse Mentoring: New Markets');
    const statuses = markets.enrollments.map((e) => e.status);
    const tally = (s: DemoEnrollment['status']) => statuses.filter((x) => x === s).length;
    expect([
      tally('nominated'),
      tally('invited'),
      tally('applied'),
      tally('withdrawn'),
      tally('waitlisted'),
    ]).toEqual([3, 2, 3, 1, 1]);
    for (const e of markets.enrollments.filter((x) => x.status === 'nominated')) {
      expect(e.nominatedByKey).toBe('erg-lead');
      expect(e.nominationNote?.length).toBeGreaterThan(20);
      expect(e.side).toBe('mentor');
    }
    for (const e of demoPrograms.flatMap((p) => p.enrollments).filter((x) => x.status !== 'nominated')) {
      expect(e.nominatedByKey).toBeUndefined();
    }
  });

  it('leaves the draft empty and the pilot with six pairs’ worth of alumni', () => {
    expect(program('Digital Leadership Circle 2027').enrollments).toEqual([]);
    const pilot = program('Reverse Mentoring Pilot 2025');
    expect(count(pilot, 'mentor', 'approved')).toBe(6);
    expect(count(pilot, 'mentee', 'approved')).toBe(6);
    expect(pilot.enrollments.some((e) => person(e.personKey).employmentStatus === 'left')).toBe(true);
    for (const e of pilot.enrollments)
      expect(person(e.personKey).hireDate < pilot.startDate, e.personKey).toBe(true);
  });

  it('never has a junior in two running programs, nor anyone who left', () => {
    const juniors = running.flatMap((p) => mentorsOf(p).map((e) => e.personKey));
    expect(new Set(juniors).size).toBe(juniors.length);
    for (const p of running) {
      for (const e of p.enrollments) {
        expect(person(e.personKey).employmentStatus, `${p.name}: ${e.personKey}`).toBe('active');
        expect(person(e.personKey).hireDate < p.startDate, `${p.name}: ${e.personKey}`).toBe(true);
      }
    }
  });
});
