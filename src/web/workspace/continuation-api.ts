import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';

/** docs/api/continuation.md: whether the pair keeps meeting informally once the program is closed. */
export interface PairContinuation {
  /** True once the program is closed, for a pair that lasted to its end. */
  open: boolean;
  reason: string | null;
  /** The caller's own answer. */
  mine: boolean | null;
  answeredAt: string | null;
  /** Only true when both said yes; a partner's no is never shown. */
  bothContinue: boolean;
}

export const continuationKey = (pairId: string) => ['my', 'pairs', pairId, 'continuation'] as const;
const path = (pairId: string) => `/my/pairs/${encodeURIComponent(pairId)}/continuation`;

export function usePairContinuation(pairId: string) {
  return useQuery({
    queryKey: continuationKey(pairId),
    queryFn: () => api.get<PairContinuation>(path(pairId)),
  });
}

export function useAnswerContinuation(pairId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (continues: boolean) => api.put<PairContinuation>(path(pairId), { continues }),
    onSuccess: (saved) => queryClient.setQueryData(continuationKey(pairId), saved),
  });
}
