import { useQuery } from '@tanstack/react-query';
import type { FunnelStageFigure } from '#core/impact/participation-funnel';
import type { Phase } from '#core/programs/program-phase';
import { api } from '../../api/client';
import type { Nomination } from '../enrollment-types';

export const nominationsKey = ['nominations'] as const;

export function useNominations() {
  return useQuery({
    queryKey: nominationsKey,
    queryFn: () => api.get<{ items: Nomination[] }>('/nominations'),
    select: (data) => data.items,
  });
}

export function useNominationPrograms() {
  return useQuery({
    queryKey: [...nominationsKey, 'programs'],
    queryFn: () => api.get<{ items: { id: string; name: string; phase: Phase }[] }>('/nominations/programs'),
    select: (data) => data.items,
  });
}

export type NomineeImpact = {
  minGroupSize: number;
  overall: FunnelStageFigure[];
  programs: { id: string; name: string; phase: Phase; funnel: FunnelStageFigure[] }[];
};

export function useNomineeImpact() {
  return useQuery({
    queryKey: [...nominationsKey, 'impact'],
    queryFn: () => api.get<NomineeImpact>('/my/nominees/impact'),
  });
}
