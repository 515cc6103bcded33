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
      'Objectives',
      'Participation',
      'Engagement',
      'Learning, both ways',
      'Retention against comparable colleagues',
    ]);
  });

  it('lists each objective with whether it was met, a hidden one without its value', () => {
    expect(section('Objectives')).toEqual([
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
