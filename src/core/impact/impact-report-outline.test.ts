import { describe, expect, it } from 'vitest';
import {
  type ImpactForReport,
  impactReportOutline,
  type OutlineRow,
} from '#core/impact/impact-report-outline';
import { objectiveResults } from '#core/impact/objective-results';
import { HIDDEN, smallProgramImpact } from '#tests/fixtures/impact-aggregates';

const IMPACT: ImpactForReport = {
  program: { name: 'Pilot 2026', startDate: '2026-01-01', endDate: '2026-12-31' },
  minGroupSize: 5,
  asOf: '2026-06-01',
  ...smallProgramImpact({
    skill: 'AI tools',
    objectives: objectiveResults(
      [
        { text: 'Pairs keep meeting', metric: 'held', comparator: '>=', target: 70, unit: '%' },
        { text: 'Everyone is matched', metric: 'matched', comparator: '>=', target: 20, unit: 'people' },
        { text: 'Mentees stay', metric: 'retention', comparator: '>=', target: 90, unit: '%' },
      ],
      [
        { status: 'measured', value: 75, unit: '%' },
        { status: 'measured', value: 9, unit: 'people' },
        { status: 'hidden', message: HIDDEN },
      ],
    ),
  }),
};

const outline = impactReportOutline(IMPACT);
const section = (heading: string) => outline.sections.find((s) => s.heading === heading)?.rows ?? [];
/** The rows of a section after a subheading, up to the next subheading. */
function under(heading: string, subheading: string): OutlineRow[] {
  const rows = section(heading);
  const start = rows.findIndex((r) => r.kind === 'subheading' && r.text === subheading);
  const end = rows.findIndex((r, i) => i > start && r.kind === 'subheading');
  return rows.slice(start + 1, end === -1 ? undefined : end);
}

describe('the impact report’s outline', () => {
  it('opens with the program, its dates, the day of the figures and the small-group rule', () => {
    expect(outline.title).toBe('Impact report: Pilot 2026');
    expect(outline.lines).toEqual([
      'Program: 2026-01-01 to 2026-12-31',
      'Figures as of 2026-06-01',
      expect.stringContaining('Any figure about fewer than 5 people is hidden'),
    ]);
    expect(outline.sections.map((s) => s.heading)).toEqual([
      'Key takeaways',
      'Objectives',
      'Participation',
      'Engagement',
      'Learning, both ways',
      'Retention against comparable colleagues',
      'Compared with earlier cohorts',
    ]);
  });

  it('lists each objective with whether it was met, a hidden one without its value', () => {
    expect(section('Objectives').slice(0, 3)).toEqual([
      {
        kind: 'figure',
        label: 'Pairs keep meeting',
        value: 'Met. 75% against a target of at least 70%: met.',
      },
      {
        kind: 'figure',
        label: 'Everyone is matched',
        value: 'Not met. 9 people against a target of at least 20 people: not met.',
      },
      { kind: 'figure', label: 'Mentees stay', value: `Hidden. ${HIDDEN}` },
    ]);
  });

  it('draws the funnel as bars per side, a hidden count as words with no bar', () => {
    const everyone = under('Participation', 'Everyone');
    expect(everyone.map((r) => (r.kind === 'bar' ? r.label : r.kind))).toEqual([
      'Invited',
      'Applied',
      'Approved',
      'Matched',
      'Active',
      'Completed',
    ]);
    expect(everyone[3]).toEqual({ kind: 'bar', label: 'Matched', value: 9, max: 9, text: '9 people' });
    expect(under('Participation', 'Mentees')[3]).toEqual({
      kind: 'bar',
      label: 'Matched',
      value: null,
      max: 1,
      text: HIDDEN,
    });
    expect(under('Participation', 'Mentors')[3]).toMatchObject({
      value: null,
      text: 'Hidden so that a smaller hidden group cannot be worked out by subtraction.',
    });
  });

  it('says why engagement and retention figures are missing, and lists only skills learned by enough people', () => {
    expect(section('Engagement')[0]).toEqual({
      kind: 'figure',
      label: 'Meetings held',
      value: 'Nothing to count yet.',
    });
    expect(under('Learning, both ways', 'What mentees learned from mentors')).toEqual([
      { kind: 'figure', label: 'People who learned a skill', value: '5 people' },
      { kind: 'bar', label: 'AI tools', value: 5, max: 5, text: '5 people, 10 lessons' },
    ]);
    expect(under('Learning, both ways', 'What mentors learned from mentees')[1]).toEqual({
      kind: 'text',
      text: 'No skill was learned by at least 5 people yet.',
    });
    const six = under('Retention against comparable colleagues', 'Still employed after 6 months');
    expect(six.slice(0, 3)).toEqual([
      { kind: 'bar', label: 'Participants, everyone', value: 88.9, max: 100, text: '88.9% of 9 people' },
      {
        kind: 'bar',
        label: 'Comparable colleagues, everyone',
        value: 80,
        max: 100,
        text: '80% of 40 people',
      },
      { kind: 'bar', label: 'Participants, mentors', value: null, max: 100, text: HIDDEN },
    ]);
    const twelve = under('Retention against comparable colleagues', 'Still employed after 12 months');
    expect(twelve[0]).toMatchObject({ value: null, text: 'Not measurable yet.' });
  });

  it('never carries a hidden number: no row shows a count of the hidden mentee side', () => {
    const text = JSON.stringify(outline);
    expect(text).not.toContain('3 people');
    expect(text).not.toContain('6 people');
  });
});

const month = (start: string, end: string, matched: number | null, active: number | null) => ({
  start,
  end,
  stages: [
    ['matched', matched],
    ['active', active],
    ['completed', 0],
  ].map(([stage, people]) => ({
    stage: stage as 'matched',
    overall:
      people === null
        ? { suppressed: true as const, reason: 'small_group' as const, message: HIDDEN }
        : { suppressed: false as const, people: people as number },
    bySide: {
      mentor: { suppressed: true as const, reason: 'small_group' as const, message: HIDDEN },
      mentee: { suppressed: true as const, reason: 'small_group' as const, message: HIDDEN },
    },
  })),
});
const QUOTE = {
  responseId: 'r1',
  questionId: 'final_testimonial',
  prompt: 'What would you tell a colleague?',
  side: 'mentee' as const,
  text: 'Worth every hour.',
};
const cell = (value: number | null, text: string, hidden = false) => ({ value, hidden, text });
const COHORTS = {
  cohorts: [
    { programId: 'p2', name: 'Cohort 2', startDate: '2026-01-01', endDate: '2026-12-31', current: true },
    { programId: 'p1', name: 'Cohort 1', startDate: '2025-01-01', endDate: '2025-12-31', current: false },
  ],
  rows: [
    {
      measure: 'matched' as const,
      label: 'People matched',
      cells: [cell(9, '9 people'), cell(null, HIDDEN, true)],
    },
    {
      measure: 'pulse' as const,
      label: 'Average meeting rating',
      cells: [cell(4.5, '4.5 out of 5'), cell(null, 'Not measurable yet.')],
    },
  ],
};

describe('the report’s notes, charts and cohorts', () => {
  const full = impactReportOutline({
    ...IMPACT,
    takeaways: 'Pairs that met early kept meeting.\n\n  Next time, book the first meeting at kickoff.  ',
    quotes: [QUOTE],
    cohorts: COHORTS,
    byMonth: [
      month('2026-01-01', '2026-02-01', 9, null),
      month('2026-02-01', '2026-03-01', 9, 6),
      // After the program's end (2026-12-31): not charted.
      month('2027-01-01', '2027-02-01', 9, 9),
    ],
  });
  const rows = (heading: string) => full.sections.find((s) => s.heading === heading)?.rows ?? [];

  it('puts HR’s takeaways first, a paragraph per block, and says so when there are none', () => {
    expect(full.sections[0]!.heading).toBe('Key takeaways');
    expect(rows('Key takeaways')).toEqual([
      { kind: 'paragraph', text: 'Pairs that met early kept meeting.' },
      { kind: 'paragraph', text: 'Next time, book the first meeting at kickoff.' },
    ]);
    expect(section('Key takeaways')).toEqual([
      { kind: 'text', text: 'HR has not written the key takeaways yet.' },
    ]);
  });

  it('quotes chosen answers labelled by side only, and leaves the section out when quotes are not for the audience', () => {
    expect(full.sections.at(-1)!.heading).toBe('In their words');
    expect(rows('In their words').at(-1)).toEqual({
      kind: 'quote',
      text: 'Worth every hour.',
      side: 'Mentee',
      prompt: 'What would you tell a colleague?',
    });
    expect(full.lines[2]).toContain('Quotes appear only where their authors agreed, without names.');
    const forSponsor = impactReportOutline({
      ...IMPACT,
      takeaways: 'Kept meeting.',
      quotes: null,
      cohorts: COHORTS,
    });
    expect(forSponsor.sections.map((s) => s.heading)).not.toContain('In their words');
    expect(JSON.stringify(forSponsor)).not.toContain('Worth every hour');
    expect(JSON.stringify(forSponsor)).toContain('Kept meeting.');
    const none = impactReportOutline({ ...IMPACT, quotes: [] });
    expect(none.sections.at(-1)!.rows).toEqual([
      { kind: 'text', text: 'No quotes were chosen for this report.' },
    ]);
  });

  it('charts participation by month up to the program’s end, a hidden count as a gap with a note', () => {
    const chart = rows('Participation')[0];
    expect(chart).toEqual({
      kind: 'chart',
      title: 'Participation over time (everyone, by the end of each month)',
      series: ['Matched', 'Active', 'Completed'],
      groups: [
        { label: 'Jan 2026', values: [9, null, 0] },
        { label: 'Feb 2026', values: [9, 6, 0] },
      ],
      max: 9,
      note: 'Gaps are hidden figures: fewer than 5 people were behind them, so they could be recognised.',
    });
  });

  it('charts the objectives by result, a hidden objective as a gap', () => {
    expect(section('Objectives').at(-1)).toEqual({
      kind: 'chart',
      title: 'Objectives by result',
      series: ['Objectives'],
      groups: [
        { label: 'Met', values: [1] },
        { label: 'Not met', values: [1] },
        { label: 'Not measurable yet', values: [0] },
        { label: 'Hidden', values: [null] },
      ],
      max: 1,
      note: '1 objective is left as a gap: too few people are behind the figures, so whether it was met is hidden.',
    });
  });

  it('compares with earlier cohorts in a table, hidden cells as a word, or says there is none', () => {
    expect(rows('Compared with earlier cohorts')).toEqual([
      {
        kind: 'table',
        columns: ['Measure', 'Cohort 2 (this cohort)', 'Cohort 1'],
        rows: [
          { label: 'People matched', cells: ['9 people', 'Hidden'] },
          { label: 'Average meeting rating', cells: ['4.5 out of 5', 'Not yet'] },
        ],
      },
      {
        kind: 'text',
        text: 'Hidden: fewer than 5 people were behind the figure, so they could be recognised.',
      },
    ]);
    expect(section('Compared with earlier cohorts')).toEqual([
      {
        kind: 'text',
        text: expect.stringMatching(/^There is no earlier cohort of this program to compare with yet\./),
      },
    ]);
  });
});
