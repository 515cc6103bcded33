import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationChoices, NotificationKind } from '#core/notifications/notification-choices';
import { networkError, toApiError } from '../api/api-error';
import { api } from '../api/client';

/** The shapes of docs/api/check-ins.md, "Notification settings", as the web app reads them. */
export interface NotificationKindView {
  kind: NotificationKind;
  label: string;
  description: string;
  audience: 'participant' | 'hr';
}

export interface NotificationSettings {
  choices: NotificationChoices;
  /** Only the optional emails that can reach this member; the page shows a switch for each. */
  kinds: NotificationKindView[];
}

export interface UnsubscribeSettings extends NotificationSettings {
  orgName: string;
  /** Masked, e.g. `s•••r@northwind.example`. */
  email: string;
}

export type ChoicesChange = Partial<Record<NotificationKind, boolean>>;

export const myNotificationsKey = ['me', 'notifications'] as const;

export function useMyNotifications() {
  return useQuery({
    queryKey: myNotificationsKey,
    queryFn: () => api.get<NotificationSettings>('/me/notifications'),
  });
}

export function useSaveMyNotifications() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ChoicesChange) => api.put<NotificationSettings>('/me/notifications', change),
    onSuccess: (settings) => queryClient.setQueryData(myNotificationsKey, settings),
  });
}

/**
 * The unsubscribe link works without a session: the token in the link is the credential. It is read
 * without cookies, so that someone who happens to be signed in is not asked for a session's CSRF token.
 */
async function publicRequest<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      credentials: 'omit',
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw networkError();
  }
  const parsed = readJson(await response.text());
  if (!response.ok) throw toApiError(response.status, parsed);
  return parsed as T;
}

function readJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

const unsubscribePath = (token: string) => `/unsubscribe?token=${encodeURIComponent(token)}`;
const unsubscribeKey = (token: string) => ['unsubscribe', token] as const;

export function useUnsubscribeSettings(token: string) {
  return useQuery({
    queryKey: unsubscribeKey(token),
    queryFn: () => publicRequest<UnsubscribeSettings>('GET', unsubscribePath(token)),
    enabled: token !== '',
    retry: false,
  });
}

/** `{}` turns every optional email off; named kinds set just those. */
export function useUnsubscribe(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ChoicesChange) =>
      publicRequest<UnsubscribeSettings>('POST', unsubscribePath(token), change),
    onSuccess: (settings) => queryClient.setQueryData(unsubscribeKey(token), settings),
  });
}
