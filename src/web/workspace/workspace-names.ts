import { firstName } from '../common/format';
import type { Side, Workspace } from './workspace-types';

/** How the page names each side: "you" for the viewer, the partner's first name for the other. */
export function sideNames(workspace: Workspace): Record<Side, string> {
  const partner = firstName(workspace.partner.name);
  return workspace.pair.role === 'mentor'
    ? { mentor: 'you', mentee: partner }
    : { mentor: partner, mentee: 'you' };
}

/** "What you want to learn from Grace" / "What Grace wants to learn from you", by whose objectives. */
export function objectivesLabel(workspace: Workspace, side: Side): string {
  const names = sideNames(workspace);
  const learner = names[side];
  const teacher = names[side === 'mentor' ? 'mentee' : 'mentor'];
  return learner === 'you'
    ? `What you want to learn from ${teacher}`
    : `What ${learner} wants to learn from you`;
}

/** The viewer's own side first. */
export function sidesMineFirst(workspace: Workspace): [Side, Side] {
  return workspace.pair.role === 'mentor' ? ['mentor', 'mentee'] : ['mentee', 'mentor'];
}

export const objectivesKey = { mentor: 'mentorObjectives', mentee: 'menteeObjectives' } as const;
