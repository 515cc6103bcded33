import { meetingReminderKey } from '#core/reminders/reminder-keys';
import { meetingReminderWindow } from '#core/reminders/reminder-timing';
import type { JobDefinition } from '#jobs/job-definition';
import { pairRecipients, workspaceUrl } from '#jobs/pair-recipients';
import { type Outgoing, sendEach } from '#jobs/send-each';
import { meetingReminderEmail } from '#server/mail/reminder-emails';
import { listUpcomingMeetings } from '#store/reminders-store';

/**
 * Every 15 minutes: each side of a scheduled meeting starting in the next 24 hours gets one reminder
 * (if they chose `meetingReminders`). The key names the start time, so a moved meeting is reminded of
 * again at its new time; a cancelled one is no longer scheduled and gets none.
 */
export const meetingReminders: JobDefinition = {
  name: 'meeting-reminders',
  cron: '*/15 * * * *',
  run: async (deps) => {
    const meetings = await listUpcomingMeetings(deps.database.db, meetingReminderWindow(deps.now()));
    const recipientsOf = await pairRecipients(deps, meetings, 'meetingReminders');
    const outgoing = meetings.flatMap((meeting) =>
      recipientsOf(meeting).map(
        (r): Outgoing => ({
          key: meetingReminderKey(meeting.meetingId, meeting.startsAt, r.me.personId),
          kind: 'meetingReminders',
          message: () =>
            meetingReminderEmail({
              orgId: meeting.orgId,
              orgName: meeting.orgName,
              to: r.me,
              unsubscribeUrl: r.unsubscribeUrl,
              partnerName: r.partner.name,
              programName: meeting.programName,
              workspaceUrl: workspaceUrl(deps.env, meeting.pairId),
              startsAt: meeting.startsAt,
              durationMinutes: meeting.durationMinutes,
              topicTitle: meeting.topicTitle,
              mode: meeting.mode,
              place: meeting.place,
              videoUrl: meeting.videoUrl,
            }),
        }),
      ),
    );
    await sendEach(deps, 'meeting-reminders', outgoing);
  },
};
