import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type {
  ChangeInput,
  MatchRun,
  MyPair,
  Pair,
  RepairRequest,
  RunDiff,
  RunSettings,
  RunSummary,
} from './pairing-types';

const enc = encodeURIComponent;

export const runsKey = (programId: string) => ['programs', programId, 'match-runs'] as const;
export const runKey = (runId: string) => ['match-runs', runId] as const;
export const pairsKey = (programId: string) => ['programs', programId, 'pairs'] as const;
export const myPairsKey = ['my', 'pairs'] as const;

export function useRuns(programId: string) {
  return useQuery({
    queryKey: runsKey(programId),
    queryFn: () => api.get<{ items: RunSummary[] }>(`/programs/${enc(programId)}/match-runs`),
    select: (data) => data.items,
  });
}

export function useRun(runId: string | null) {
  return useQuery({
    queryKey: runKey(runId ?? ''),
    queryFn: () => api.get<MatchRun>(`/match-runs/${enc(runId ?? '')}`),
    enabled: runId !== null,
  });
}

export function useRunDiff(runId: string, againstId: string) {
  return useQuery({
    queryKey: [...runKey(runId), 'diff', againstId],
    queryFn: () => api.get<RunDiff>(`/match-runs/${enc(runId)}/diff?against=${enc(againstId)}`),
  });
}

/** Starts a run; the answer is stored as that run, and the runs list is refreshed. */
export function useStartRun(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: RunSettings) =>
      api.post<MatchRun>(`/programs/${enc(programId)}/match-runs`, settings),
    onSuccess: (run) => {
      queryClient.setQueryData(runKey(run.id), run);
      void queryClient.invalidateQueries({ queryKey: runsKey(programId) });
    },
  });
}

/** One adjustment; the board re-renders from the server's answer. */
export function useRunChange(runId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ChangeInput) => api.post<MatchRun>(`/match-runs/${enc(runId)}/changes`, change),
    onSuccess: (run) => {
      queryClient.setQueryData(runKey(run.id), run);
      void queryClient.invalidateQueries({ queryKey: runsKey(run.programId) });
    },
  });
}

export function usePublishRun(programId: string, runId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api.post<{ pairsCreated: number; waitlisted: number }>(`/match-runs/${enc(runId)}/publish`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: runsKey(programId) });
      void queryClient.invalidateQueries({ queryKey: runKey(runId) });
      void queryClient.invalidateQueries({ queryKey: pairsKey(programId) });
      void queryClient.invalidateQueries({ queryKey: ['programs', 'one', programId] });
    },
  });
}

export function usePairs(programId: string) {
  return useQuery({
    queryKey: pairsKey(programId),
    queryFn: () => api.get<{ items: Pair[] }>(`/programs/${enc(programId)}/pairs`),
    select: (data) => data.items,
  });
}

export function useEndPair(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ pairId, reason }: { pairId: string; reason: string }) =>
      api.post<Pair>(`/pairs/${enc(pairId)}/end`, { reason }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: pairsKey(programId) }),
  });
}

export function useRepairRequests(programId: string) {
  return useQuery({
    queryKey: [...pairsKey(programId), 'repair-requests'],
    queryFn: () => api.get<{ items: RepairRequest[] }>(`/programs/${enc(programId)}/repair-requests`),
    select: (data) => data.items,
  });
}

export function useResolveRepairRequest(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (requestId: string) => api.post<void>(`/repair-requests/${enc(requestId)}/resolve`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: pairsKey(programId) }),
  });
}

export function useMyPairs() {
  return useQuery({
    queryKey: myPairsKey,
    queryFn: () => api.get<{ items: MyPair[] }>('/my/pairs'),
    select: (data) => data.items,
  });
}

export function useAskRepair(pairId: string) {
  return useMutation({
    mutationFn: (reason: string) =>
      api.post<{ id: string }>(`/my/pairs/${enc(pairId)}/repair-request`, { reason }),
  });
}
