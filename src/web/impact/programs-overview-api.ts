import { useQuery } from '@tanstack/react-query';
import type { OverviewRow, OverviewTotals } from '#core/impact/programs-overview';
import type { Phase } from '#core/programs/program-phase';
import { api } from '../api/client';

/** A program as the overview lists it (`GET /api/impact/programs`). */
export interface OverviewProgram {
  id: string;
  name: string;
  phase: Phase;
  startDate: string;
  endDate: string;
  sponsorName: string | null;
}

/** HR's dashboard across programs (docs/api/impact.md, "Impact across programs"). */
export interface ProgramsOverview {
  minGroupSize: number;
  asOf: string;
  programs: OverviewRow<OverviewProgram>[];
  totals: OverviewTotals;
  drafts: OverviewProgram[];
}

export const programsOverviewKey = ['impact', 'programs'] as const;

export function useProgramsOverview() {
  return useQuery({
    queryKey: programsOverviewKey,
    queryFn: () => api.get<ProgramsOverview>('/impact/programs'),
  });
}

/** A program's Impact tab, where each row leads. */
export const programImpactPath = (id: string) => `/programs/${encodeURIComponent(id)}/impact`;
