/** Which topic each meeting covers: the pair's own choices first, then the program's plan in order. */

export type PlanTopic = { title: string; guide: string };
export type TopicChoice = {
  id: string;
  cancelled: boolean;
  planIndex: number | null;
  customTitle: string | null;
};
export type AssignedTopic = {
  title: string;
  guide: string;
  source: 'plan' | 'custom';
  planIndex: number | null;
};

function explicitTopic(meeting: TopicChoice, plan: readonly PlanTopic[]): AssignedTopic | null {
  const custom = meeting.customTitle?.trim() ?? '';
  if (custom !== '') return { title: custom, guide: '', source: 'custom', planIndex: null };
  const index = meeting.planIndex;
  const topic = index === null ? undefined : plan[index];
  if (index === null || !Number.isInteger(index) || !topic) return null;
  return { title: topic.title, guide: topic.guide, source: 'plan', planIndex: index };
}

/**
 * Meetings in time order. Explicit choices win (customTitle over planIndex; a planIndex out of range
 * counts as no choice). Every other non-cancelled meeting gets the next plan topic not chosen explicitly
 * by any meeting and not already given by default to an earlier one; null when the plan is used up.
 * Cancelled meetings get null unless chosen explicitly.
 */
export function assignTopics(
  meetings: readonly TopicChoice[],
  plan: readonly PlanTopic[],
): Map<string, AssignedTopic | null> {
  const explicit = new Map(meetings.map((meeting) => [meeting.id, explicitTopic(meeting, plan)]));
  const taken = new Set<number>();
  for (const topic of explicit.values()) if (topic?.planIndex != null) taken.add(topic.planIndex);

  const assigned = new Map<string, AssignedTopic | null>();
  let next = 0;
  for (const meeting of meetings) {
    const chosen = explicit.get(meeting.id) ?? null;
    if (chosen || meeting.cancelled) {
      assigned.set(meeting.id, chosen);
      continue;
    }
    while (taken.has(next)) next += 1;
    const topic = plan[next];
    if (!topic) {
      assigned.set(meeting.id, null);
      continue;
    }
    assigned.set(meeting.id, { title: topic.title, guide: topic.guide, source: 'plan', planIndex: next });
    next += 1;
  }
  return assigned;
}
