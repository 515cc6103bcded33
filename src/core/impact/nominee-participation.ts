import { countFigure } from '#core/impact/impact-figures';
import {
  FUNNEL_STAGES,
  type FunnelStage,
  type FunnelStageFigure,
  type ParticipantJourney,
  reachedAt,
} from '#core/impact/participation-funnel';
import type { Side } from '#core/programs/intake-form';
import { type Group, planSuppression, type SumRelation } from '#core/surveys/suppression';

/**
 * What an ERG lead sees of their nominees (issue 8): how far the people they nominated got, per
 * program and across all their programs, as counts only — the stages of the participation funnel
 * (participation-funnel.ts), each counted on or before `asOf`. Across programs a person counts once per
 * stage and side, however many programs they were nominated to.
 *
 * Suppression, planned once per stage over every figure shown together (suppression.ts): a count from
 * fewer than the minimum is hidden; within a program and across programs, everyone = mentors +
 * mentees; and across programs, each group = the sum of that group in every program. So a program
 * hidden next to a shown total takes another program (the smallest) with it, and the hidden count
 * cannot be worked out by subtracting the others from the total. (A person in two programs makes the
 * total smaller than the sum, which only makes subtraction less exact.) No names, no single person's
 * status: the lead follows each nominee on their own list, not here.
 */
export type NomineeProgram<P> = {
  readonly program: P;
  readonly journeys: readonly ParticipantJourney[];
};

export type NomineeParticipation<P> = {
  overall: FunnelStageFigure[];
  programs: (P & { funnel: FunnelStageFigure[] })[];
};

const SIDES: readonly Side[] = ['mentor', 'mentee'];
const GROUPS = ['all', ...SIDES] as const;

function reached(journeys: readonly ParticipantJourney[], stage: FunnelStage, until: number, side?: Side) {
  const people = new Set<string>();
  for (const j of journeys)
    if ((side === undefined || j.side === side) && (reachedAt(j, stage)?.getTime() ?? Infinity) <= until)
      people.add(`${j.side}:${j.personId}`);
  return people.size;
}

export function nomineeParticipation<P extends object>(
  programs: readonly NomineeProgram<P>[],
  options: { readonly asOf: Date; readonly minGroupSize: number },
): NomineeParticipation<P> {
  const until = options.asOf.getTime();
  const min = options.minGroupSize;
  const scopes = [
    { key: 'overall', journeys: programs.flatMap((p) => p.journeys) },
    ...programs.map((p, i) => ({ key: `p${i}`, journeys: p.journeys })),
  ];
  const relations: SumRelation[] = [
    ...scopes.map((s) => ({ total: `${s.key}:all`, parts: SIDES.map((side) => `${s.key}:${side}`) })),
    ...GROUPS.map((g) => ({ total: `overall:${g}`, parts: programs.map((_, i) => `p${i}:${g}`) })),
  ];
  const byStage = FUNNEL_STAGES.map((stage) => {
    const groups: Record<string, Group> = {};
    for (const { key, journeys } of scopes) {
      groups[`${key}:all`] = { size: reached(journeys, stage, until) };
      for (const side of SIDES) groups[`${key}:${side}`] = { size: reached(journeys, stage, until, side) };
    }
    const plan = planSuppression(groups, relations, min);
    return (key: string): FunnelStageFigure => ({
      stage,
      overall: countFigure(plan, groups, `${key}:all`, min),
      bySide: {
        mentor: countFigure(plan, groups, `${key}:mentor`, min),
        mentee: countFigure(plan, groups, `${key}:mentee`, min),
      },
    });
  });
  const funnelOf = (key: string) => byStage.map((figureOf) => figureOf(key));
  return {
    overall: funnelOf('overall'),
    programs: programs.map(({ program }, i) => ({ ...program, funnel: funnelOf(`p${i}`) })),
  };
}
