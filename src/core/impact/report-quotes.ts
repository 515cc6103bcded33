import { fail, type Issue, issue, ok, type Result } from '#core/result';
import { isQuotable } from '#core/surveys/survey-answers';
import type { RespondentSide, SurveyTemplate } from '#core/surveys/survey-template';

/**
 * The testimonials HR may quote in a program's impact report (issue 8). An answer is a candidate
 * while, at the time of reading, its question is quotable and its author has agreed both that HR may
 * read it and that it may be quoted; the moment they untick either, it is no longer a candidate, and a
 * quote HR chose from it disappears from the report. A quote carries its side (Mentor or Mentee) and
 * the question, never who wrote it.
 */
export type QuoteRef = { readonly responseId: string; readonly questionId: string };
export type Quote = {
  responseId: string;
  questionId: string;
  prompt: string;
  side: RespondentSide;
  text: string;
};
export type QuotableResponse = {
  readonly responseId: string;
  readonly template: SurveyTemplate;
  readonly side: RespondentSide;
  readonly answers: Readonly<Record<string, unknown>>;
};

export const MAX_QUOTES = 12;
export const SIDE_LABELS: Readonly<Record<RespondentSide, string>> = { mentor: 'Mentor', mentee: 'Mentee' };

const key = (q: QuoteRef) => `${q.responseId}/${q.questionId}`;

/** Every consented answer to a quotable question, in the order of the responses and their questions. */
export function quoteCandidates(responses: readonly QuotableResponse[]): Quote[] {
  return responses.flatMap((r) =>
    r.template.questions.flatMap((q) => {
      const answer = r.answers[q.id];
      if (!('quotable' in q) || !q.quotable || !isQuotable(answer)) return [];
      return [
        {
          responseId: r.responseId,
          questionId: q.id,
          prompt: q.prompt,
          side: r.side,
          text: answer.text.trim(),
        },
      ];
    }),
  );
}

/** The chosen quotes that are still candidates, in HR's order; the others are left out silently. */
export function resolveQuotes(chosen: readonly QuoteRef[], candidates: readonly Quote[]): Quote[] {
  const byKey = new Map(candidates.map((c) => [key(c), c]));
  const seen = new Set<string>();
  return chosen.flatMap((ref) => {
    const found = byKey.get(key(ref));
    if (!found || seen.has(key(ref))) return [];
    seen.add(key(ref));
    return [found];
  });
}

/** HR's choice of quotes: each a current candidate, each once, at most `MAX_QUOTES`. */
export function checkQuoteChoice(
  chosen: readonly QuoteRef[],
  candidates: readonly Quote[],
): Result<QuoteRef[]> {
  const known = new Set(candidates.map(key));
  const seen = new Set<string>();
  const issues: Issue[] = [];
  if (chosen.length > MAX_QUOTES)
    issues.push(issue('too_big', `Choose at most ${MAX_QUOTES} quotes.`, ['quotes']));
  chosen.forEach((ref, index) => {
    if (!known.has(key(ref)))
      issues.push(
        issue(
          'not_quotable',
          'This answer cannot be quoted: its author has not agreed to be quoted, or it no longer exists.',
          ['quotes', index],
        ),
      );
    else if (seen.has(key(ref)))
      issues.push(issue('duplicate', 'This quote is chosen twice.', ['quotes', index]));
    seen.add(key(ref));
  });
  return issues.length > 0
    ? fail(issues)
    : ok(chosen.map((c) => ({ responseId: c.responseId, questionId: c.questionId })));
}
