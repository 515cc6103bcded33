import type { CohortComparison, Quote, ReportNotes } from './report-types';

/** Report notes and cohort comparisons as the server sends them, for the web tests. */
export function aQuote(overrides: Partial<Quote> = {}): Quote {
  return {
    responseId: 'rsp-1',
    questionId: 'final_testimonial',
    prompt: 'In a sentence or two, what would you tell a colleague about this program?',
    side: 'mentor',
    text: 'I finally understand how our youngest customers think.',
    ...overrides,
  };
}

export function someNotes(overrides: Partial<ReportNotes> = {}): ReportNotes {
  return { takeaways: '', quotes: [], candidates: [], updatedAt: null, ...overrides };
}

const cell = (value: number | null, text: string, hidden = false) => ({ value, hidden, text });

export function aComparison(earlier: boolean): CohortComparison {
  const cohorts = [
    {
      programId: 'prg-1',
      name: 'Reverse Mentoring 2026',
      startDate: '2026-09-01',
      endDate: '2027-03-01',
      current: true,
    },
    {
      programId: 'prg-0',
      name: 'Reverse Mentoring 2025',
      startDate: '2025-09-01',
      endDate: '2026-03-01',
      current: false,
    },
  ];
  return {
    cohorts: earlier ? cohorts : cohorts.slice(0, 1),
    rows: [
      {
        measure: 'matched',
        label: 'People matched',
        cells: [
          cell(12, '12 people'),
          cell(null, 'Hidden: fewer than 5 people are behind this figure.', true),
        ].slice(0, earlier ? 2 : 1),
      },
      {
        measure: 'pulse',
        label: 'Average meeting rating',
        cells: [cell(4.5, '4.5 out of 5'), cell(4.1, '4.1 out of 5')].slice(0, earlier ? 2 : 1),
      },
    ],
  };
}
