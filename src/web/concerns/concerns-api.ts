import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';

/** The concern shapes of docs/api/workspace.md, as the web app reads them. */
export interface ConcernMessage {
  fromHr: boolean;
  author: string;
  body: string;
  createdAt: string;
}

export interface Concern {
  id: string;
  subject: string;
  status: 'open' | 'resolved';
  createdAt: string;
  resolvedAt: string | null;
  program: { id: string; name: string };
  /** Oldest first. */
  messages: ConcernMessage[];
}

/** What HR sees in the inbox: who raised it and who their partner is. */
export interface InboxConcern extends Concern {
  raisedBy: { name: string; role: 'mentor' | 'mentee' };
  partner: { name: string };
}

export type InboxFilter = 'open' | 'resolved' | 'all';

const enc = encodeURIComponent;

export const myConcernsKey = ['my', 'concerns'] as const;
export const inboxKey = ['concerns'] as const;

/** Puts the server's answer for one concern into a cached list, keeping what only the list carries. */
function replaceIn<T extends Concern>(items: T[], answer: Concern): T[] {
  return items.map((item) => (item.id === answer.id ? { ...item, ...answer } : item));
}

export function useMyConcerns() {
  return useQuery({
    queryKey: myConcernsKey,
    queryFn: () => api.get<{ items: Concern[] }>('/my/concerns'),
    select: (data) => data.items,
  });
}

export interface ConcernInput {
  subject: string;
  body: string;
}

export function useRaiseConcern(pairId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConcernInput) => api.post<Concern>(`/my/pairs/${enc(pairId)}/concerns`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: myConcernsKey }),
  });
}

/** A participant writes again; a resolved concern reopens. */
export function useWriteToHr() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ concernId, body }: { concernId: string; body: string }) =>
      api.post<Concern>(`/my/concerns/${enc(concernId)}/messages`, { body }),
    onSuccess: (answer) =>
      queryClient.setQueryData<{ items: Concern[] }>(myConcernsKey, (data) =>
        data ? { items: replaceIn(data.items, answer) } : data,
      ),
  });
}

export function useInbox(filter: InboxFilter) {
  return useQuery({
    queryKey: [...inboxKey, filter],
    queryFn: () => api.get<{ items: InboxConcern[] }>(`/concerns?status=${filter}`),
    select: (data) => data.items,
  });
}

/** After HR replies or resolves: show the answer at once, then refresh every filter of the inbox. */
function useShowInInbox() {
  const queryClient = useQueryClient();
  return (answer: Concern) => {
    queryClient.setQueriesData<{ items: InboxConcern[] }>({ queryKey: inboxKey }, (data) =>
      data ? { items: replaceIn(data.items, answer) } : data,
    );
    void queryClient.invalidateQueries({ queryKey: inboxKey });
  };
}

export function useReplyAsHr() {
  const show = useShowInInbox();
  return useMutation({
    mutationFn: ({ concernId, body }: { concernId: string; body: string }) =>
      api.post<Concern>(`/concerns/${enc(concernId)}/replies`, { body }),
    onSuccess: show,
  });
}

export function useResolveConcern() {
  const show = useShowInInbox();
  return useMutation({
    mutationFn: (concernId: string) => api.post<Concern>(`/concerns/${enc(concernId)}/resolve`),
    onSuccess: show,
  });
}
