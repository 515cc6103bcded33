import { type QueryClient, useQuery } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { api, setCsrfToken } from './client';
import type { Me } from './types';

export const meQueryKey = ['me'] as const;

/** The signed-in session, or null when nobody is signed in (401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error, 'unauthenticated')) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000 });
}

/** Store a fresh session from login, invitation acceptance or an organisation switch. */
export function rememberSession(queryClient: QueryClient, me: Me): void {
  setCsrfToken(me.csrfToken);
  queryClient.setQueryData(meQueryKey, me);
}

/** Forget everything cached for the previous session (other organisation's data included). */
export function forgetSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  forgetOrgData(queryClient);
  queryClient.setQueryData(meQueryKey, null);
}

/** Drops every cached answer except the session itself (e.g. when switching organisation). */
export function forgetOrgData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
}
