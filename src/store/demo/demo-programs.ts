import type { Side } from '#core/programs/intake-form';
import { defaultDates, defaultSettings } from '#core/programs/program-defaults';
import type { Phase } from '#core/programs/program-phase';
import type { ProgramSettingsInput, ProgramType } from '#core/programs/program-settings';
import { flagshipIntake, type IntakeSpec } from './demo-flagship-enrollments';

/**
 * The demo organisation's programs, one per phase the story needs (DOMAIN.md, "The story the demo
 * should tell"), as of 2026-11-21: a pilot closed last year, the flagship "Reverse Mentoring 2026" at its
 * midpoint review, an Operations & Sales cohort waiting for the matcher, a New Markets cohort recruiting
 * through ERG nominations, and a Digital Leadership Circle still in draft.
 *
 * Pure data: no database, no clock. Seeding code turns these records into rows.
 */

export type DemoEnrollment = {
  readonly personKey: string;
  readonly side: 'mentor' | 'mentee';
  readonly status: 'invited' | 'nominated' | 'applied' | 'approved' | 'waitlisted' | 'declined' | 'withdrawn';
  /** Non-sensitive question ids only; {} for invited or nominated people who have not answered yet. */
  readonly answers: Readonly<Record<string, unknown>>;
  /** generation / gender / under_represented only. */
  readonly sensitiveAnswers: Readonly<Record<string, unknown>>;
  readonly matchingConsent: boolean;
  readonly nominatedByKey?: string;
  readonly nominationNote?: string;
};

export type DemoTransition = {
  readonly to: Phase;
  readonly on: string; // YYYY-MM-DD
  readonly byKey: string;
  readonly reason?: string;
};

export type DemoProgram = {
  readonly key: string;
  readonly name: string;
  readonly type: ProgramType;
  readonly sponsorKey: string;
  readonly startDate: string;
  readonly midpointDate: string;
  readonly endDate: string;
  /** Overrides of defaultSettings(type). */
  readonly settings: Partial<ProgramSettingsInput>;
  /** From draft up to the program's phase, in order. */
  readonly transitions: readonly DemoTransition[];
  readonly enrollments: readonly DemoEnrollment[];
};

/** The program's phase is the last transition's `to` (draft when none). */
export function phaseOf(program: DemoProgram): Phase {
  return program.transitions.at(-1)?.to ?? 'draft';
}

// ---------------------------------------------------------------------------------------------
// Builders: compact intake specs become answers keyed by the default intake form's question ids.

const SLOT = /^(mon|tue|wed|thu|fri|sat|sun) (\d\d:\d\d)-(\d\d:\d\d)$/;

/** 'tue 09:00-11:00' → { day: 'tue', from: '09:00', to: '11:00' }. */
function slot(text: string): { day: string; from: string; to: string } {
  const match = SLOT.exec(text);
  if (!match) throw new Error(`Demo availability "${text}" is not like "tue 09:00-11:00".`);
  const [, day = '', from = '', to = ''] = match;
  return { day, from, to };
}

const SKILL = /^(.+) ([1-5])$/;

/** 'Blockchain 5, Fintech 4' → [{ skill: 'Blockchain', level: 5 }, { skill: 'Fintech', level: 4 }]. */
function skillLevels(text: string): { skill: string; level: number }[] {
  return text.split(', ').map((item) => {
    const match = SKILL.exec(item);
    if (!match) throw new Error(`Demo skill "${item}" is not like "Blockchain 5".`);
    return { skill: match[1] ?? '', level: Number(match[2]) };
  });
}

function answers(spec: IntakeSpec): Record<string, unknown> {
  return {
    skills: {
      canTeach: skillLevels(spec.teach),
      wantToLearn: skillLevels(spec.learn),
    },
    goals: spec.goals,
    [spec.side === 'mentor' ? 'mentor_perspective' : 'mentee_challenge']: spec.voice,
    availability: spec.slots.map(slot),
    meeting_mode: spec.mode,
    languages: spec.languages,
    ...(spec.side === 'mentor' && spec.confidence !== undefined ? { career_stage: spec.confidence } : {}),
    ground_rules: true,
  };
}

/** Someone who has answered the intake form: approved unless told otherwise. */
function enrolled(spec: IntakeSpec, status: DemoEnrollment['status'] = 'approved'): DemoEnrollment {
  return {
    personKey: spec.key,
    side: spec.side,
    status,
    answers: answers(spec),
    sensitiveAnswers: spec.sensitive ?? {},
    matchingConsent: spec.consent ?? spec.sensitive !== undefined,
  };
}

function invited(personKey: string, side: Side): DemoEnrollment {
  return { personKey, side, status: 'invited', answers: {}, sensitiveAnswers: {}, matchingConsent: false };
}

function nominated(personKey: string, nominatedByKey: string, nominationNote: string): DemoEnrollment {
  return { ...invited(personKey, 'mentor'), status: 'nominated', nominatedByKey, nominationNote };
}

const HR = 'hr-program-manager';

function moves(...steps: readonly [to: Phase, on: string, reason?: string][]): DemoTransition[] {
  return steps.map(([to, on, reason]) => ({ to, on, byKey: HR, ...(reason ? { reason } : {}) }));
}

/** Juniors up to level 4 may mentor in the cohorts that reach beyond the first-time juniors. */
const UP_TO_LEVEL_FOUR: Partial<ProgramSettingsInput> = {
  eligibility: { mentor: { minLevel: null, maxLevel: 4 }, mentee: { minLevel: 6, maxLevel: null } },
};

// ---------------------------------------------------------------------------------------------
// 2. Operations & Sales: approved on both sides, HR is about to run the matcher. Rui Costa (it-admin)
// reports to João Santos, who reports to Pedro Almeida: the matcher must never pair those two.

const operationsAndSalesIntake: readonly IntakeSpec[] = [
  {
    key: 'tyrese-campbell',
    side: 'mentor',
    teach: 'Social selling 4, Gen Z consumer habits 4, CRM automation 3',
    learn: 'Negotiation 1, Key account management 1',
    slots: ['mon 14:00-16:00', 'thu 15:00-16:00'],
    mode: 'video',
    languages: 'English',
    goals:
      'I book most of my meetings through LinkedIn and want to show how. I want to learn to close big deals.',
    voice: 'Buyers my age research everything online and never want a cold call.',
    confidence: 3,
    sensitive: { generation: 'Gen Z', gender: 'Man', under_represented: 'Yes' },
  },
  {
    key: 'jamal-williams',
    side: 'mentor',
    teach: 'Gen Z workplace expectations 4, Employee experience 3',
    learn: 'Operations management 1, Budgeting 1',
    slots: ['tue 10:00-12:00', 'fri 11:00-12:00'],
    mode: 'either',
    languages: 'English',
    goals:
      'I want operations leaders to hear what a first job here feels like, and to learn how operations run.',
    voice:
      'The first month decides whether a new joiner stays, and it is mostly about small practical things.',
    confidence: 3,
    sensitive: { generation: 'Gen Z', gender: 'Man', under_represented: 'Yes' },
  },
  {
    key: 'beatriz-lima',
    side: 'mentor',
    teach: 'Data analysis 4, Process automation 4, Data visualisation 4',
    learn: 'Strategy 2, Leadership 2',
    slots: ['mon 10:00-12:00', 'wed 14:00-15:00'],
    mode: 'video',
    languages: 'Portuguese, English, Spanish',
    goals: 'I want to show leaders the dashboards they could have tomorrow, and learn how strategy gets set.',
    voice: 'Most of our weekly reports could update themselves.',
    confidence: 4,
  },
  {
    key: 'it-admin',
    side: 'mentor',
    teach: 'Cybersecurity awareness 4, Remote collaboration 4, AI tools 3',
    learn: 'Stakeholder management 2, Budgeting 2',
    slots: ['tue 09:00-10:00', 'thu 14:00-16:00'],
    mode: 'either',
    languages: 'Portuguese, English',
    goals:
      'I want leaders to see security as everyone’s habit, and to learn how to make the case for a budget.',
    voice: 'Every shortcut around security policy I see is a sign the policy is too hard to follow.',
    confidence: 3,
  },
  {
    key: 'omar-siddiqui',
    side: 'mentor',
    teach: 'Employer branding on social media 4, Gen Z workplace expectations 3',
    learn: 'Negotiation 2, Operations management 1',
    slots: ['mon 11:00-12:00', 'wed 15:00-17:00'],
    mode: 'in_person',
    languages: 'English, Urdu, Arabic',
    goals: 'I hire for operations and sales every week and want leaders to see what candidates see.',
    voice: 'Candidates decide in the first ten minutes of a video interview whether we are a place for them.',
    confidence: 4,
    sensitive: { generation: 'Millennial', gender: 'Man', under_represented: 'Yes' },
  },
  {
    key: 'felix-hoffmann',
    side: 'mentor',
    teach: 'Sustainability 4, Process automation 4, AI tools 4',
    learn: 'Operations management 1, Negotiation 1',
    slots: ['tue 14:00-16:00', 'thu 10:00-11:00'],
    mode: 'video',
    languages: 'German, English',
    goals: 'I want to help operations measure its carbon footprint with tools we already have.',
    voice: 'Our cloud and our field fleet both waste energy we could measure in an afternoon.',
    confidence: 3,
    sensitive: { generation: 'Millennial' },
  },
  {
    key: 'pedro-almeida',
    side: 'mentee',
    teach: 'Risk management 4, Budgeting 4, Leadership 4',
    learn: 'AI tools 2, Gen Z workplace expectations 1',
    slots: ['mon 10:00-11:00', 'wed 14:00-15:00'],
    mode: 'either',
    languages: 'Portuguese, English, Spanish',
    goals: 'I want to understand which AI tools our people already use, so IT can support them safely.',
    voice: 'Whether to allow AI assistants on company laptops, and with which guard rails.',
  },
  {
    key: 'vp-customer-success',
    side: 'mentee',
    teach: 'Customer strategy 5, Leadership 4, Stakeholder management 4',
    learn: 'Data analysis 2, AI tools 1',
    slots: ['tue 09:00-10:00', 'thu 09:00-11:00'],
    mode: 'video',
    languages: 'English, Mandarin',
    goals: 'I want my decisions about support to rest on data I can explore myself.',
    voice: 'Where AI should answer customers and where a person must.',
    sensitive: { generation: 'Gen X', gender: 'Woman', under_represented: 'Yes' },
  },
  {
    key: 'mei-tan',
    side: 'mentee',
    teach: 'Negotiation 5, Key account management 5',
    learn: 'Social selling 2, Gen Z consumer habits 1',
    slots: ['mon 16:00-18:00', 'wed 16:00-17:00'],
    mode: 'video',
    languages: 'English, Mandarin, Malay',
    goals: 'I want my team to reach younger buyers where they actually spend their time.',
    voice: 'How to hire and coach account executives who sell through social channels.',
  },
  {
    key: 'marcus-johnson',
    side: 'mentee',
    teach: 'Negotiation 4, Sales leadership 4, Key account management 4',
    learn: 'CRM automation 1, Data analysis 2',
    slots: ['tue 10:00-11:00', 'thu 10:00-12:00'],
    mode: 'video',
    languages: 'English',
    goals: 'I want to spend less time on the CRM and more with customers.',
    voice: 'Rebuilding our pipeline reviews so the team trusts the numbers.',
    sensitive: { gender: 'Man', under_represented: 'Yes' },
  },
  {
    key: 'chloe-tremblay',
    side: 'mentee',
    teach: 'Stakeholder management 4, Operations management 4, Coaching 4',
    learn: 'Employer branding on social media 1, Gen Z workplace expectations 2',
    slots: ['mon 09:00-10:00', 'wed 09:00-11:00'],
    mode: 'video',
    languages: 'English, French',
    goals: 'I want to understand what makes support work attractive to people starting their careers.',
    voice: 'Our support team turns over fast; I want to know what would make people stay.',
  },
  {
    key: 'samuel-okoro',
    side: 'mentee',
    teach: 'Budgeting 5, Financial planning 5, Strategy 4',
    learn: 'Sustainability 1, Process automation 2',
    slots: ['mon 09:00-10:00', 'wed 11:00-12:00'],
    mode: 'video',
    languages: 'English, Yoruba',
    goals: 'I want to plan for carbon costs the way we plan for fuel costs, and automate the rest of FP&A.',
    voice: 'How to put a price on carbon in next year’s operating plan.',
    sensitive: { generation: 'Millennial', gender: 'Man', under_represented: 'Yes' },
  },
];

// ---------------------------------------------------------------------------------------------
// 3. New Markets: recruiting through the Women in Tech ERG. Seniors volunteered faster than juniors
// were nominated, so one waits for a partner.

const newMarketsIntake: readonly IntakeSpec[] = [
  {
    key: 'fatima-al-sayed',
    side: 'mentee',
    teach: 'Product strategy 5, Energy trading 5',
    learn: 'Gen Z consumer habits 1, Mobile payments 1',
    slots: ['tue 14:00-15:00', 'thu 11:00-12:00'],
    mode: 'either',
    languages: 'English, Arabic',
    goals: 'I want to learn how young customers in our new markets pay for and talk about energy.',
    voice: 'Which market to launch our trading app in first.',
  },
  {
    key: 'hannah-cohen',
    side: 'mentee',
    teach: 'Contract negotiation 5, Regulatory strategy 4',
    learn: 'AI tools 1, Social media 1',
    slots: ['mon 13:00-14:00', 'wed 10:00-11:00'],
    mode: 'video',
    languages: 'English, Hebrew',
    goals: 'I want to understand the channels where new customers will find us before regulators do.',
    voice: 'How to review marketing in markets and platforms I do not use myself.',
    sensitive: { gender: 'Woman' },
  },
  {
    key: 'charlotte-dubois',
    side: 'mentee',
    teach: 'Brand strategy 5, Public speaking 4',
    learn: 'Influencer marketing 1, Messaging apps 1',
    slots: ['tue 10:00-11:00', 'fri 14:00-15:00'],
    mode: 'either',
    languages: 'English, French',
    goals: 'I want to learn how our brand should sound in markets where WhatsApp matters more than email.',
    voice: 'Launching the brand in two markets where I have never lived.',
    sensitive: { generation: 'Millennial', gender: 'Woman', under_represented: 'No' },
  },
];

const newMarketsWithdrawn: IntakeSpec = {
  key: 'daniel-kim',
  side: 'mentee',
  teach: 'Engineering management 4',
  learn: 'Mobile payments 1',
  slots: ['wed 10:00-11:00'],
  mode: 'video',
  languages: 'English, Korean',
  goals: 'I want to learn how people in new markets pay on their phones.',
  voice: 'Which payment providers to integrate first.',
};

const newMarketsWaitlisted: IntakeSpec = {
  key: 'sophie-laurent',
  side: 'mentee',
  teach: 'Digital marketing 5, Marketing budgets 4',
  learn: 'Messaging apps 1, Gen Z consumer habits 2',
  slots: ['mon 11:00-12:00', 'thu 14:00-15:00'],
  mode: 'either',
  languages: 'English, French',
  goals: 'I want to hear from someone who grew an audience in a market we have not entered yet.',
  voice: 'Planning digital campaigns for markets where our usual channels do not work.',
};

// ---------------------------------------------------------------------------------------------
// 5. The 2025 pilot: closed, with its lessons. Sofia Rossi has since left (retention analysis);
// Elif Yilmaz is on leave; Olivia Grant and Ella Novak came back to mentor again in 2026.

const pilotIntake: readonly IntakeSpec[] = [
  ...(
    [
      ['sofia-rossi', 'Social selling', 'Negotiation', 'English, Italian', 'tue 10:00-11:00'],
      ['olivia-grant', 'AI tools', 'Stakeholder management', 'English', 'wed 10:00-11:00'],
      ['ella-novak', 'Remote collaboration', 'Leadership', 'English, Czech', 'thu 11:00-12:00'],
      ['jamal-williams', 'Gen Z workplace expectations', 'Budgeting', 'English', 'mon 14:00-15:00'],
      ['elif-yilmaz', 'Inclusive design', 'Product strategy', 'Turkish, German, English', 'tue 14:00-15:00'],
      ['beatriz-lima', 'Data analysis', 'Strategy', 'Portuguese, English', 'fri 10:00-11:00'],
    ] as const
  ).map(
    ([key, teach, learn, languages, when]): IntakeSpec => ({
      key,
      side: 'mentor',
      teach: `${teach} 4`,
      learn: `${learn} 1`,
      slots: [when],
      mode: 'video',
      languages,
      goals: `What I can show a leader from where I sit: ${teach}. What I want to learn: ${learn}.`,
      voice: 'We notice more than leaders think, and we would like to be asked.',
      confidence: 2,
    }),
  ),
  ...(
    [
      ['coo', 'Operations management', 'Gen Z workplace expectations', 'English, Tamil', 'tue 10:00-11:00'],
      ['cco', 'Negotiation', 'Social selling', 'English, Polish', 'wed 10:00-11:00'],
      ['vp-operations', 'Budgeting', 'Data analysis', 'Portuguese, English', 'thu 11:00-12:00'],
      ['head-of-people', 'Career development', 'Inclusive design', 'English, Bengali', 'mon 14:00-15:00'],
      ['vp-customer-success', 'Customer strategy', 'AI tools', 'English, Mandarin', 'tue 09:00-10:00'],
      [
        'oliver-brandt',
        'Key account management',
        'Remote collaboration',
        'German, English',
        'fri 10:00-11:00',
      ],
    ] as const
  ).map(
    ([key, teach, learn, languages, when]): IntakeSpec => ({
      key,
      side: 'mentee',
      teach: `${teach} 5`,
      learn: `${learn} 1`,
      slots: [when],
      mode: 'either',
      languages,
      goals: `What I want to learn from someone who lives it: ${learn}. What I can teach back: ${teach}.`,
      voice: 'Understanding how my younger colleagues see the changes I am leading.',
    }),
  ),
];

// ---------------------------------------------------------------------------------------------

export const demoPrograms: readonly DemoProgram[] = [
  {
    key: 'reverse-mentoring-2026',
    name: 'Reverse Mentoring 2026',
    type: 'reverse',
    sponsorKey: 'ceo',
    ...defaultDates('2026-08-03'),
    settings: {
      purpose:
        'Announced by Richard Adeyemi at the spring town hall: ten junior colleagues from across Northwind mentor ten senior leaders on digital tools, new energy markets and what working here is like today, while the leaders teach strategy and leadership back.',
      resources: [
        {
          title: 'Meeting guide for reverse mentoring pairs',
          url: 'https://intranet.northwind.example/mentoring/meeting-guide',
          description: 'How to open a session, share the lead, and close with one thing each of you learned.',
        },
      ],
    },
    transitions: moves(
      ['recruiting', '2026-05-18'],
      ['matching', '2026-07-06'],
      ['active', '2026-07-27'],
      ['midpoint', '2026-11-03', 'Midpoint review: check-ins sent to every participant.'],
    ),
    enrollments: flagshipIntake.map((spec) => enrolled(spec)),
  },
  {
    key: 'reverse-mentoring-operations-sales',
    name: 'Reverse Mentoring — Operations & Sales',
    type: 'reverse',
    sponsorKey: 'coo',
    ...defaultDates('2026-12-07'),
    settings: {
      ...UP_TO_LEVEL_FOUR,
      purpose:
        'Operations, customer success and sales leaders learn from junior colleagues how customers and candidates behave online, and which tools could simplify the work, while sharing how the business runs.',
    },
    transitions: moves(['recruiting', '2026-10-05'], ['matching', '2026-11-16']),
    enrollments: operationsAndSalesIntake.map((spec) => enrolled(spec)),
  },
  {
    key: 'reverse-mentoring-new-markets',
    name: 'Reverse Mentoring: New Markets',
    type: 'reverse',
    sponsorKey: 'cco',
    ...defaultDates('2027-01-11'),
    settings: {
      ...UP_TO_LEVEL_FOUR,
      enrollmentMode: 'nominated',
      purpose:
        'Before Northwind enters new markets, colleagues nominated by our employee resource groups share how customers there live, pay and talk, and commercial leaders share how market entry decisions are made.',
    },
    transitions: moves(['recruiting', '2026-11-09']),
    enrollments: [
      nominated(
        'ines-moreira',
        'erg-lead',
        'Inês built the Portuguese onboarding for our Brazilian pilot customers and knows how young buyers there compare tariffs. Leaders rarely hear her view.',
      ),
      nominated(
        'layla-hassan',
        'erg-lead',
        'Layla modelled the pricing for the Gulf solar partnership and speaks Arabic and French. She is ready for more visibility with leadership.',
      ),
      nominated(
        'farah-aziz',
        'erg-lead',
        'Farah grew our smallest APAC accounts through WhatsApp and LINE communities. Our New Markets leaders should hear how.',
      ),
      invited('oliver-brandt', 'mentee'),
      invited('arjun-patel', 'mentee'),
      ...newMarketsIntake.map((spec) => enrolled(spec, 'applied')),
      enrolled(newMarketsWithdrawn, 'withdrawn'),
      enrolled(newMarketsWaitlisted, 'waitlisted'),
    ],
  },
  {
    key: 'digital-leadership-circle-2027',
    name: 'Digital Leadership Circle 2027',
    type: 'reverse',
    sponsorKey: 'cto',
    ...defaultDates('2027-03-01'),
    settings: {
      purpose:
        'A circle for directors who will lead Northwind’s digital programmes: junior engineers and analysts mentor them on AI, data and the platforms customers use, and each leader runs one small digital experiment with their mentor.',
      objectives: [
        ...defaultSettings('reverse').objectives,
        {
          text: 'Every leader runs a digital experiment with their mentor',
          metric: 'leaders who ran a digital experiment with their mentor',
          comparator: '>=',
          target: 70,
          unit: '%',
          // No figure of the impact report shows this: HR judges it.
          measure: null,
        },
      ],
    },
    transitions: [],
    enrollments: [],
  },
  {
    key: 'reverse-mentoring-pilot-2025',
    name: 'Reverse Mentoring Pilot 2025',
    type: 'reverse',
    sponsorKey: 'ceo',
    ...defaultDates('2025-03-03'),
    settings: {
      ...UP_TO_LEVEL_FOUR,
      objectives: [
        ...defaultSettings('reverse').objectives,
        {
          text: 'Pairs keep meeting',
          metric: 'planned meetings that were held',
          comparator: '>=',
          target: 75,
          unit: '%',
          measure: 'meetings_held',
        },
      ],
      lessonsLearned:
        'Pairs who met in the first two weeks kept meeting; pairs who waited a month mostly did not. Next time: kickoff in person, a meeting guide from day one, and a midpoint check-in for every pair rather than only for struggling ones.',
    },
    transitions: moves(
      ['recruiting', '2024-12-02'],
      ['matching', '2025-02-03'],
      ['active', '2025-02-24'],
      ['midpoint', '2025-06-03'],
      ['closing', '2025-09-03'],
      ['closed', '2025-09-26'],
    ),
    enrollments: pilotIntake.map((spec) => enrolled(spec)),
  },
];
