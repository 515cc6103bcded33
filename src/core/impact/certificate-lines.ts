import type { Side } from '#core/programs/intake-form';
import type { ProgramType } from '#core/programs/program-settings';

/**
 * What a certificate of participation says, line by line, for the renderer to draw
 * (#server/reports/certificate-pdf). The person's own part only: their name, role, the program, how
 * often the pair met and the skills they taught — never their partner's name, notes or goals.
 */
export type CertificateFacts = {
  readonly personName: string;
  readonly side: Side;
  readonly program: {
    readonly name: string;
    readonly type: ProgramType;
    readonly startDate: string;
    readonly endDate: string;
  };
  readonly organisationName: string;
  /** Held meetings of the person's pair(s) in the program. */
  readonly meetingsHeld: number;
  /** Names of the skills the person taught, in any order. */
  readonly skillsTaught: readonly string[];
};

export type CertificateLine = {
  readonly style: 'title' | 'name' | 'program' | 'body' | 'detail';
  readonly text: string;
};

export type Certificate = { readonly title: string; readonly lines: readonly CertificateLine[] };

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2026-09-01` → `1 September 2026`, without a locale or a clock. */
export function longDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** The role's name on the certificate: in reverse mentoring the junior is the mentor. */
export function certificateRole(side: Side, type: ProgramType): string {
  const role = side === 'mentor' ? 'Mentor' : 'Mentee';
  return type === 'reverse' ? `Reverse ${role.toLowerCase()}` : role;
}

export function certificateLines(facts: CertificateFacts): Certificate {
  const { program } = facts;
  const meetings = `${facts.meetingsHeld} ${facts.meetingsHeld === 1 ? 'meeting' : 'meetings'} held together`;
  const skills = [...new Set(facts.skillsTaught)].sort((a, b) => a.localeCompare(b));
  return {
    title: `Certificate of participation: ${facts.personName}`,
    lines: [
      { style: 'title', text: 'Certificate of participation' },
      { style: 'body', text: 'This certifies that' },
      { style: 'name', text: facts.personName },
      { style: 'body', text: `took part as ${certificateRole(facts.side, program.type)} in` },
      { style: 'program', text: program.name },
      {
        style: 'body',
        text: `from ${longDate(program.startDate)} to ${longDate(program.endDate)} at ${facts.organisationName}`,
      },
      { style: 'detail', text: meetings },
      ...(skills.length > 0
        ? [{ style: 'detail' as const, text: `Skills taught: ${skills.join(', ')}` }]
        : []),
      { style: 'body', text: `With thanks from ${facts.organisationName}` },
    ],
  };
}
