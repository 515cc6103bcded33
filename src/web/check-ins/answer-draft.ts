import { isApiError } from '../api/api-error';
import type { AnswerValue, SurveyAnswers, SurveyQuestion, TextAnswer } from './check-in-types';

/**
 * The answers being written, by question id, in the shape the server keeps them: a number for a scale,
 * an option for one choice, options for several, `{ text, shareWithHr }` for written answers (and
 * `mayQuote` on a quotable question).
 * A question without an answer has no entry.
 */
export type AnswerDraft = Record<string, AnswerValue>;

function isBlank(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return !(value as TextAnswer).text.trim();
  return false;
}

/** The body of `PUT /api/my/check-ins/:id`: blank answers left out, written answers trimmed. */
export function answersToSend(questions: readonly SurveyQuestion[], draft: AnswerDraft): SurveyAnswers {
  const answers: Record<string, AnswerValue> = {};
  for (const q of questions) {
    const value = draft[q.id];
    if (value === undefined || isBlank(value)) continue;
    if (typeof value === 'object' && !Array.isArray(value)) {
      const text = value as TextAnswer;
      const quotable = 'quotable' in q && q.quotable;
      answers[q.id] = {
        text: text.text.trim(),
        shareWithHr: text.shareWithHr,
        ...(quotable ? { mayQuote: text.mayQuote === true } : {}),
      };
    } else answers[q.id] = value;
  }
  return answers;
}

/** The required questions left blank, each with the message the server would give. */
export function missingAnswers(
  questions: readonly SurveyQuestion[],
  draft: AnswerDraft,
): Record<string, string> {
  return Object.fromEntries(
    questions
      .filter((q) => q.required && isBlank(draft[q.id]))
      .map((q) => [q.id, 'Please answer this question.']),
  );
}

/** The server's 422 issues (`path: ['answers', questionId, …]`) by question id, first message each. */
export function issuesByQuestion(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const byQuestion: Record<string, string> = {};
  for (const issue of error.issues) {
    const [root, id] = issue.path;
    if (root === 'answers' && id !== undefined && byQuestion[String(id)] === undefined)
      byQuestion[String(id)] = issue.message;
  }
  return byQuestion;
}
