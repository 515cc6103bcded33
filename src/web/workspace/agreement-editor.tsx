import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { isApiError, messageOf } from '../api/api-error';
import { ErrorAlert } from '../common/error-alert';
import { firstName, formatDate } from '../common/format';
import { issuesByPath, needsFormAlert, unplacedMessages, within } from './field-issues';
import { ScheduleFields, scheduleFields } from './schedule-fields';
import { tidySchedule } from './schedule-labels';
import { TextListEditor } from './text-list-editor';
import { useAcceptAgreement, useSaveAgreement, workspaceKey } from './use-workspace';
import { objectivesKey, objectivesLabel, sidesMineFirst } from './workspace-names';
import type { Agreement, AgreementInput, MeetingSchedule, Workspace } from './workspace-types';

type Draft = Omit<AgreementInput, 'version'>;

const toDraft = (a: Agreement): Draft => ({
  groundRules: a.groundRules,
  schedule: a.schedule,
  mentorObjectives: a.mentorObjectives,
  menteeObjectives: a.menteeObjectives,
});

const clean = (items: string[]) => items.map((item) => item.trim()).filter(Boolean);

function tidy(draft: Draft): Draft {
  return {
    groundRules: clean(draft.groundRules),
    schedule: tidySchedule(draft.schedule),
    mentorObjectives: clean(draft.mentorObjectives),
    menteeObjectives: clean(draft.menteeObjectives),
  };
}

function isPlaced(path: string): boolean {
  const [head, tail] = path.split('.');
  if (head === 'schedule') return tail !== undefined && scheduleFields.includes(tail);
  return (
    (head === 'groundRules' || head === 'mentorObjectives' || head === 'menteeObjectives') &&
    tail !== undefined
  );
}

function AcceptanceNote({ workspace }: { workspace: Workspace }) {
  const { agreement, pair } = workspace;
  const partner = firstName(workspace.partner.name);
  const partnerAcceptedAt = pair.role === 'mentor' ? agreement.menteeAcceptedAt : agreement.mentorAcceptedAt;
  if (agreement.status === 'waiting_for_partner') {
    return (
      <Alert
        role="status"
        variant="light"
        color="teal"
        icon={<IconInfoCircle aria-hidden />}
        title="You accepted"
      >
        Waiting for {partner} to accept. If either of you changes something, both accept again.
      </Alert>
    );
  }
  return (
    <Alert role="status" variant="light" icon={<IconInfoCircle aria-hidden />} title="Not agreed yet">
      {partnerAcceptedAt
        ? `${partner} accepted this version on ${formatDate(partnerAcceptedAt)}. Accept it too and your meetings are planned.`
        : `Neither of you has accepted yet. Talk it through at your kickoff, adjust it together, then both accept.`}
    </Alert>
  );
}

/** The kickoff agreement while it is being worked out: edit, save, accept. */
export function AgreementEditor({ pairId, workspace }: { pairId: string; workspace: Workspace }) {
  const { agreement } = workspace;
  const queryClient = useQueryClient();
  const save = useSaveAgreement(pairId);
  const accept = useAcceptAgreement(pairId);
  const [draft, setDraft] = useState<Draft>(() => toDraft(agreement));
  const [draftVersion, setDraftVersion] = useState(agreement.version);
  if (draftVersion !== agreement.version) {
    // A newer version arrived (our own save, or the partner's change after a conflict): show it.
    setDraftVersion(agreement.version);
    setDraft(toDraft(agreement));
  }
  const dirty = JSON.stringify(tidy(draft)) !== JSON.stringify(tidy(toDraft(agreement)));
  const issues = useMemo(() => issuesByPath(save.error), [save.error]);
  const scheduleIssues = useMemo(() => within(issues, 'schedule'), [issues]);
  // Stable, so that typing elsewhere does not re-render the schedule (its time zone list is long).
  const setSchedule = useCallback(
    (schedule: MeetingSchedule) => setDraft((current) => ({ ...current, schedule })),
    [],
  );
  const partner = firstName(workspace.partner.name);

  const reloadOnConflict = (error: unknown) => {
    if (isApiError(error, 'conflict')) void queryClient.invalidateQueries({ queryKey: workspaceKey(pairId) });
  };

  const onSave = () => {
    const body = tidy(draft);
    setDraft(body);
    accept.reset();
    save.mutate(
      { version: agreement.version, ...body },
      {
        onSuccess: () =>
          notifications.show({ message: `Agreement saved. ${partner} is asked to accept this version.` }),
        onError: reloadOnConflict,
      },
    );
  };
  const onAccept = () => {
    save.reset();
    accept.mutate(agreement.version, {
      onSuccess: (accepted) =>
        notifications.show({
          message: accepted.agreedAt
            ? 'You both accepted. Your meetings are planned and a calendar invitation is on its way.'
            : `You accepted. ${partner} is asked to accept too.`,
        }),
      onError: reloadOnConflict,
    });
  };
  const conflict = isApiError(save.error, 'conflict') ? save.error : null;

  return (
    <Stack gap="lg">
      <Text>
        Agree how you will work together: a few ground rules, when you meet, and what each of you wants to
        learn. Either of you can change it until you have both accepted.
      </Text>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="agreement-rules">
        <Stack gap="sm">
          <Title order={3} fz="h4" id="agreement-rules">
            Ground rules
          </Title>
          <TextListEditor
            label="Ground rules"
            labelHidden
            description="What you both promise, e.g. “What we say stays between us.”"
            itemName="ground rule"
            addLabel="Add a ground rule"
            value={draft.groundRules}
            onChange={(groundRules) => setDraft({ ...draft, groundRules })}
            errors={within(issues, 'groundRules')}
          />
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="agreement-schedule">
        <Stack gap="sm">
          <Title order={3} fz="h4" id="agreement-schedule">
            When you meet
          </Title>
          <ScheduleFields value={draft.schedule} onChange={setSchedule} errors={scheduleIssues} />
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="agreement-objectives">
        <Stack gap="md">
          <Title order={3} fz="h4" id="agreement-objectives">
            What you each want to learn
          </Title>
          {sidesMineFirst(workspace).map((side) => {
            const key = objectivesKey[side];
            const label = objectivesLabel(workspace, side);
            return (
              <TextListEditor
                key={side}
                label={label}
                itemName="objective"
                addLabel="Add an objective"
                value={draft[key]}
                onChange={(items) => setDraft({ ...draft, [key]: items })}
                errors={within(issues, key)}
              />
            );
          })}
        </Stack>
      </Paper>
      <AcceptanceNote workspace={workspace} />
      {conflict ? (
        <Alert color="orange" variant="light" role="alert" title="Not saved">
          {conflict.message} The latest version is shown above.
        </Alert>
      ) : null}
      {!conflict && save.isError && needsFormAlert(save.error, isPlaced) ? (
        <Alert color="red" variant="light" role="alert" title="Not saved">
          {messageOf(save.error)}
          {unplacedMessages(save.error, isPlaced).map((message) => (
            <div key={message}>{message}</div>
          ))}
        </Alert>
      ) : null}
      {save.isError && !needsFormAlert(save.error, isPlaced) ? (
        <Alert color="red" variant="light" role="alert">
          Some details need another look; they are marked in red above.
        </Alert>
      ) : null}
      {accept.isError ? <ErrorAlert error={accept.error} title="Not accepted" /> : null}
      <Stack gap="xs" align="flex-end">
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onSave} loading={save.isPending} disabled={!dirty}>
            Save changes
          </Button>
          {agreement.status === 'draft' ? (
            <Button onClick={onAccept} loading={accept.isPending} disabled={dirty}>
              Accept the agreement
            </Button>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed" ta="right" maw={520}>
          {dirty && agreement.status === 'draft'
            ? 'Save your changes first: you accept the saved version.'
            : `When you have both accepted, your meetings are planned until ${formatDate(workspace.program.endDate)} and each of you gets a calendar invitation by email.`}
        </Text>
      </Stack>
    </Stack>
  );
}
