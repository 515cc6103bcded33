import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';

/** The goal shape of docs/api/workspace.md. */
export type Side = 'mentor' | 'mentee';

export interface GoalUpdate {
  progress: number;
  note: string;
  author: string;
  createdAt: string;
}

export interface Goal {
  id: string;
  side: Side;
  title: string;
  /** 0–100 */
  progress: number;
  completedAt: string | null;
  createdAt: string;
  /** Newest first. */
  updates: GoalUpdate[];
}

export interface ProgressInput {
  progress: number;
  note: string;
}

const enc = encodeURIComponent;

export const goalsKey = (pairId: string) => ['my', 'pairs', pairId, 'goals'] as const;

type GoalList = { items: Goal[] };

export function useGoals(pairId: string) {
  return useQuery({
    queryKey: goalsKey(pairId),
    queryFn: () => api.get<GoalList>(`/my/pairs/${enc(pairId)}/goals`),
    select: (data) => data.items,
  });
}

/** The list shown is the server's answer: each write puts the goal it returns into the cached list. */
function useEditGoals(pairId: string) {
  const queryClient = useQueryClient();
  return (edit: (items: Goal[]) => Goal[]) =>
    queryClient.setQueryData<GoalList>(goalsKey(pairId), (data) =>
      data ? { items: edit(data.items) } : data,
    );
}

export function useAddGoal(pairId: string) {
  const edit = useEditGoals(pairId);
  return useMutation({
    mutationFn: (input: { side: Side; title: string }) =>
      api.post<Goal>(`/my/pairs/${enc(pairId)}/goals`, input),
    onSuccess: (goal) => edit((items) => [...items, goal]),
  });
}

export function useUpdateProgress(pairId: string) {
  const edit = useEditGoals(pairId);
  return useMutation({
    mutationFn: ({ goalId, ...input }: ProgressInput & { goalId: string }) =>
      api.post<Goal>(`/my/pairs/${enc(pairId)}/goals/${enc(goalId)}/updates`, input),
    onSuccess: (goal) => edit((items) => items.map((item) => (item.id === goal.id ? goal : item))),
  });
}

export function useDeleteGoal(pairId: string) {
  const edit = useEditGoals(pairId);
  return useMutation({
    mutationFn: (goalId: string) => api.delete<void>(`/my/pairs/${enc(pairId)}/goals/${enc(goalId)}`),
    onSuccess: (_answer, goalId) => edit((items) => items.filter((item) => item.id !== goalId)),
  });
}
