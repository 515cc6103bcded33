import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { setCsrfToken } from './client';
import { meQueryKey } from './session';

/**
 * One QueryClient per app. When any request answers 401 the session has ended (expired or signed out
 * elsewhere): clearing `me` sends the visitor to the sign-in page, which brings them back afterwards.
 */
export function createQueryClient(options: { retry?: boolean } = {}): QueryClient {
  const onError = (error: unknown, key?: readonly unknown[]) => {
    if (key?.[0] === meQueryKey[0]) return;
    if (isApiError(error, 'unauthenticated') && client.getQueryData(meQueryKey)) {
      setCsrfToken(null);
      client.setQueryData(meQueryKey, null);
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onError(error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => onError(error) }),
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        retry: (count, error) =>
          options.retry !== false && count < 2 && (!isApiError(error) || error.status >= 500),
      },
      mutations: { retry: false },
    },
  });
  return client;
}
