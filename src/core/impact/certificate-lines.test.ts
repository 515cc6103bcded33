import { describe, expect, it } from 'vitest';
import {
  type CertificateFacts,
  certificateLines,
  certificateRole,
  longDate,
} from '#core/impact/certificate-lines';

const facts: CertificateFacts = {
  personName: 'Mia Mentor',
  side: 'mentor',
  program: { name: 'Reverse 2026', type: 'reverse', startDate: '2026-09-01', endDate: '2027-03-01' },
  organisationName: 'Acme',
  meetingsHeld: 6,
  skillsTaught: ['Prompting', 'AI tools', 'Prompting'],
};

const texts = (f: CertificateFacts) => certificateLines(f).lines.map((l) => l.text);

describe('certificateLines', () => {
  it('says who took part, as what, in which program, when, where, how often and what they taught', () => {
    expect(certificateLines(facts).lines).toEqual([
      { style: 'title', text: 'Certificate of participation' },
      { style: 'body', text: 'This certifies that' },
      { style: 'name', text: 'Mia Mentor' },
      { style: 'body', text: 'took part as Reverse mentor in' },
      { style: 'program', text: 'Reverse 2026' },
      { style: 'body', text: 'from 1 September 2026 to 1 March 2027 at Acme' },
      { style: 'detail', text: '6 meetings held together' },
      { style: 'detail', text: 'Skills taught: AI tools, Prompting' },
      { style: 'body', text: 'With thanks from Acme' },
    ]);
    expect(certificateLines(facts).title).toBe('Certificate of participation: Mia Mentor');
  });

  it('leaves out the skills line when they taught none, and counts one meeting in the singular', () => {
    const lines = texts({ ...facts, meetingsHeld: 1, skillsTaught: [] });
    expect(lines).toContain('1 meeting held together');
    expect(lines.some((l) => l.startsWith('Skills taught'))).toBe(false);
  });

  it('names the role by side and program type', () => {
    expect(certificateRole('mentor', 'reverse')).toBe('Reverse mentor');
    expect(certificateRole('mentee', 'reverse')).toBe('Reverse mentee');
    expect(certificateRole('mentor', 'traditional')).toBe('Mentor');
    expect(certificateRole('mentee', 'peer')).toBe('Mentee');
  });

  it('writes dates out in words', () => {
    expect(longDate('2026-12-31')).toBe('31 December 2026');
  });
});
