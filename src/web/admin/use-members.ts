import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Member } from '../api/types';

export const membersQueryKey = ['admin', 'members'] as const;

export function useMembers() {
  return useQuery({
    queryKey: membersQueryKey,
    queryFn: () => api.get<{ items: Member[] }>('/admin/members'),
    select: (data) => data.items,
  });
}
