import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { pairsKey } from '../pairing/use-pairing';
import type { DecidedPair, DecisionInput, MidpointReview } from './midpoint-types';

const enc = encodeURIComponent;

/** Under the pairs' key, so ending a pair or resolving a request refreshes the review too. */
export const midpointReviewKey = (programId: string) => [...pairsKey(programId), 'midpoint-review'] as const;

export function useMidpointReview(programId: string) {
  return useQuery({
    queryKey: midpointReviewKey(programId),
    queryFn: () => api.get<MidpointReview>(`/programs/${enc(programId)}/midpoint-review`),
  });
}

/** Records HR's decision about one pair; the review shows it at once. */
export function useDecidePair(programId: string, pairId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DecisionInput) =>
      api.put<DecidedPair>(`/programs/${enc(programId)}/midpoint-review/pairs/${enc(pairId)}`, input),
    onSuccess: ({ next: _next, ...row }) => {
      queryClient.setQueryData<MidpointReview>(midpointReviewKey(programId), (review) =>
        review ? { ...review, pairs: review.pairs.map((p) => (p.pairId === row.pairId ? row : p)) } : review,
      );
    },
  });
}
