import { topicPlanOf } from '#core/programs/program-settings';
import { fail, issue, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { describeMeeting, loadMeetingToChange, type Meeting } from '#server/use-cases/describe-meetings';
import type { Db } from '#store/database';
import { setMeetingTopic } from '#store/meetings-store';

export type TopicChoiceInput = { planIndex: number | null; customTitle: string | null };

/**
 * The pair picks what a meeting is about: a topic of the program's plan or one of their own. Both
 * empty puts the meeting back on the plan's next unused topic.
 */
export async function chooseTopic(
  deps: AppDeps,
  caller: Caller,
  pairId: string,
  meetingId: string,
  input: TopicChoiceInput,
): Promise<Result<Meeting>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const loaded = await loadMeetingToChange(db, caller, pairId, meetingId);
    if (!loaded.ok) return loaded;
    const { own } = loaded.value;
    const customTitle = input.customTitle?.trim() || null;
    if (input.planIndex !== null && customTitle !== null) {
      return fail([
        issue('invalid', 'Choose a topic from the plan or write your own, not both.', ['customTitle']),
      ]);
    }
    const plan = topicPlanOf(own.program.settings);
    if (input.planIndex !== null && (input.planIndex < 0 || input.planIndex >= plan.length)) {
      return fail([issue('invalid', 'That topic is not in the program’s plan.', ['planIndex'])]);
    }
    await setMeetingTopic(
      db,
      caller.orgId,
      meetingId,
      { topicIndex: input.planIndex, customTopic: customTitle },
      deps.now(),
    );
    return describeMeeting(deps, own, meetingId, db);
  });
}
