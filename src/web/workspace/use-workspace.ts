import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type {
  Agreement,
  AgreementInput,
  CalendarFeed,
  Meeting,
  MeetingLogInput,
  MeetingSchedule,
  TopicInput,
  Workspace,
} from './workspace-types';

const enc = encodeURIComponent;

export const workspaceKey = (pairId: string) => ['my', 'pairs', pairId, 'workspace'] as const;
export const meetingsKey = (pairId: string) => ['my', 'pairs', pairId, 'meetings'] as const;
export const calendarFeedKey = ['my', 'calendar-feed'] as const;

const pairPath = (pairId: string) => `/my/pairs/${enc(pairId)}`;
const meetingPath = (pairId: string, meetingId: string) => `${pairPath(pairId)}/meetings/${enc(meetingId)}`;

/** Where the browser downloads calendar files (same origin, the session cookie goes along). */
export const meetingIcsUrl = (pairId: string, meetingId: string) =>
  `/api${meetingPath(pairId, meetingId)}/calendar.ics`;
export const pairIcsUrl = (pairId: string) => `/api${pairPath(pairId)}/calendar.ics`;

export function useWorkspace(pairId: string) {
  return useQuery({
    queryKey: workspaceKey(pairId),
    queryFn: () => api.get<Workspace>(`${pairPath(pairId)}/workspace`),
  });
}

export function useMeetings(pairId: string) {
  return useQuery({
    queryKey: meetingsKey(pairId),
    queryFn: () => api.get<{ items: Meeting[] }>(`${pairPath(pairId)}/meetings`),
    select: (data) => data.items,
  });
}

function storeAgreement(queryClient: QueryClient, pairId: string, agreement: Agreement): void {
  queryClient.setQueryData<Workspace>(workspaceKey(pairId), (current) =>
    current ? { ...current, agreement } : current,
  );
}

function storeMeeting(queryClient: QueryClient, pairId: string, meeting: Meeting): void {
  queryClient.setQueryData<{ items: Meeting[] }>(meetingsKey(pairId), (current) =>
    current ? { items: current.items.map((m) => (m.id === meeting.id ? meeting : m)) } : current,
  );
}

export function useSaveAgreement(pairId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AgreementInput) => api.put<Agreement>(`${pairPath(pairId)}/agreement`, input),
    onSuccess: (agreement) => storeAgreement(queryClient, pairId, agreement),
  });
}

/** Accepting the second time creates the meetings: the list and the counts are read again. */
export function useAcceptAgreement(pairId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => api.post<Agreement>(`${pairPath(pairId)}/agreement/accept`, { version }),
    onSuccess: (agreement) => {
      storeAgreement(queryClient, pairId, agreement);
      if (agreement.agreedAt) void queryClient.invalidateQueries({ queryKey: meetingsKey(pairId) });
    },
  });
}

export function useChangeCadence(pairId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { fromDate: string; schedule: MeetingSchedule }) =>
      api.post<{ items: Meeting[] }>(`${pairPath(pairId)}/cadence`, input),
    onSuccess: (meetings) => {
      queryClient.setQueryData(meetingsKey(pairId), meetings);
      void queryClient.invalidateQueries({ queryKey: workspaceKey(pairId) });
    },
  });
}

/** Moving or cancelling renumbers the other meetings, so the list is read again afterwards. */
export function useMoveMeeting(pairId: string, meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (startsAt: string) =>
      api.post<Meeting>(`${meetingPath(pairId, meetingId)}/move`, { startsAt }),
    onSuccess: (meeting) => {
      storeMeeting(queryClient, pairId, meeting);
      void queryClient.invalidateQueries({ queryKey: meetingsKey(pairId) });
    },
  });
}

export function useCancelMeeting(pairId: string, meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      api.post<Meeting>(`${meetingPath(pairId, meetingId)}/cancel`, reason ? { reason } : {}),
    onSuccess: (meeting) => {
      storeMeeting(queryClient, pairId, meeting);
      void queryClient.invalidateQueries({ queryKey: meetingsKey(pairId) });
    },
  });
}

export function useChangeTopic(pairId: string, meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TopicInput) => api.put<Meeting>(`${meetingPath(pairId, meetingId)}/topic`, input),
    onSuccess: (meeting) => storeMeeting(queryClient, pairId, meeting),
  });
}

export function useLogMeeting(pairId: string, meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MeetingLogInput) => api.put<Meeting>(`${meetingPath(pairId, meetingId)}/log`, input),
    onSuccess: (meeting) => {
      storeMeeting(queryClient, pairId, meeting);
      void queryClient.invalidateQueries({ queryKey: workspaceKey(pairId) });
    },
  });
}

export function useSavePrivateNote(pairId: string, meeting: Meeting) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) =>
      api.put<{ myPrivateNote: string | null }>(`${meetingPath(pairId, meeting.id)}/private-note`, { text }),
    onSuccess: ({ myPrivateNote }) => {
      queryClient.setQueryData<{ items: Meeting[] }>(meetingsKey(pairId), (current) =>
        current
          ? { items: current.items.map((m) => (m.id === meeting.id ? { ...m, myPrivateNote } : m)) }
          : current,
      );
    },
  });
}

export function useCalendarFeed() {
  return useQuery({
    queryKey: calendarFeedKey,
    queryFn: () => api.get<CalendarFeed>('/my/calendar-feed'),
  });
}

/** Creates the private address, or replaces it (the old one stops working at once). */
export function useNewCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<CalendarFeed>('/my/calendar-feed'),
    onSuccess: (feed) => queryClient.setQueryData(calendarFeedKey, feed),
  });
}

export function useTurnOffCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<void>('/my/calendar-feed'),
    onSuccess: () => queryClient.setQueryData<CalendarFeed>(calendarFeedKey, { url: null, createdAt: null }),
  });
}
