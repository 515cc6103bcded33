import { type ApiIssue, networkError, toApiError } from '../api/api-error';
import { getCsrfToken } from '../api/client';

export interface ImportCounts {
  created: number;
  updated: number;
  markedLeft: number;
  unchanged: number;
}

/** A checked file: the counts (what was, or would be, done) or the row-level problems. */
export type ImportOutcome =
  | { ok: true; dryRun: boolean; counts: ImportCounts }
  | { ok: false; message: string; issues: ApiIssue[] };

export const templateUrl = '/api/people/import/template.csv';

/**
 * Sends the file as `text/csv` (the one upload in the API). A validation answer is a result, not a
 * failure: the page shows its problems table. Anything else throws the usual ApiError.
 */
export async function uploadPeopleCsv(
  file: Blob,
  options: { dryRun: boolean; markLeavers: boolean },
): Promise<ImportOutcome> {
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'text/csv' };
  const csrf = getCsrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  const query = new URLSearchParams({
    dryRun: String(options.dryRun),
    markLeavers: String(options.markLeavers),
  });
  let response: Response;
  try {
    response = await fetch(`/api/people/import?${query}`, {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw networkError();
  }
  const body = (await response.json().catch(() => undefined)) as
    | { dryRun: boolean; counts: ImportCounts }
    | { error?: { code?: string; message?: string; issues?: ApiIssue[] } }
    | undefined;
  if (response.ok && body && 'counts' in body) return { ok: true, dryRun: body.dryRun, counts: body.counts };
  const error = body && 'error' in body ? body.error : undefined;
  if (response.status === 400 && error?.code === 'validation' && Array.isArray(error.issues)) {
    return { ok: false, message: error.message ?? 'The file has problems.', issues: error.issues };
  }
  throw toApiError(response.status, body);
}

export function describeCounts(counts: ImportCounts, dryRun: boolean): string {
  const parts = dryRun
    ? [`${counts.created} new`, `${counts.updated} updated`, `${counts.markedLeft} will be marked as left`]
    : [`${counts.created} added`, `${counts.updated} updated`, `${counts.markedLeft} marked as left`];
  return `${parts.join(', ')}; ${counts.unchanged} unchanged.`;
}
