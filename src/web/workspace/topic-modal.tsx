import { Modal, Radio, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { issuesByPath } from './field-issues';
import { ModalActions } from './modal-actions';
import { useChangeTopic } from './use-workspace';
import type { Meeting, TopicInput } from './workspace-types';

type Choice = 'default' | 'plan' | 'custom';

const isPlaced = (path: string) => path === 'customTitle' || path === 'planIndex';

/** What one meeting is about: the plan's next topic, a chosen one from the plan, or the pair's own. */
export function TopicModal({
  pairId,
  meeting,
  topicPlan,
  onClose,
}: {
  pairId: string;
  meeting: Meeting;
  topicPlan: { title: string; guide: string }[];
  onClose: () => void;
}) {
  const topic = meeting.topic;
  const [choice, setChoice] = useState<Choice>(
    topic?.source === 'custom' ? 'custom' : topic ? 'plan' : 'default',
  );
  const [planIndex, setPlanIndex] = useState<string | null>(
    topic?.planIndex !== null && topic?.planIndex !== undefined ? String(topic.planIndex) : null,
  );
  const [customTitle, setCustomTitle] = useState(topic?.source === 'custom' ? topic.title : '');
  const [tried, setTried] = useState(false);
  const change = useChangeTopic(pairId, meeting.id);
  const issues = issuesByPath(change.error);

  const input: TopicInput | null =
    choice === 'default'
      ? { planIndex: null, customTitle: null }
      : choice === 'plan'
        ? planIndex === null
          ? null
          : { planIndex: Number(planIndex), customTitle: null }
        : customTitle.trim()
          ? { planIndex: null, customTitle: customTitle.trim() }
          : null;

  const submit = () => {
    setTried(true);
    if (!input) return;
    change.mutate(input, {
      onSuccess: () => {
        notifications.show({ message: 'Topic changed.' });
        onClose();
      },
    });
  };
  return (
    <Modal opened onClose={onClose} title={`Topic of meeting ${meeting.number}`}>
      <Stack gap="md">
        <Radio.Group
          label="What will you talk about?"
          value={choice}
          onChange={(value) => setChoice(value as Choice)}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="default" label="The next topic of the program’s plan" />
            {topicPlan.length > 0 ? <Radio value="plan" label="A topic from the plan" /> : null}
            <Radio value="custom" label="A topic of our own" />
          </Stack>
        </Radio.Group>
        {choice === 'plan' ? (
          <Select
            label="Topic from the plan"
            data={topicPlan.map((t, index) => ({ value: String(index), label: `${index + 1}. ${t.title}` }))}
            value={planIndex}
            onChange={setPlanIndex}
            allowDeselect={false}
            error={issues.planIndex ?? (tried && planIndex === null ? 'Choose a topic.' : undefined)}
          />
        ) : null}
        {choice === 'custom' ? (
          <TextInput
            label="Your topic"
            maxLength={200}
            value={customTitle}
            onChange={(event) => setCustomTitle(event.currentTarget.value)}
            error={issues.customTitle ?? (tried && !customTitle.trim() ? 'Write a topic.' : undefined)}
          />
        ) : null}
        <ModalActions
          mutation={change}
          isPlaced={isPlaced}
          failedTitle="Topic not changed"
          submitLabel="Save the topic"
          onCancel={onClose}
          onSubmit={submit}
        />
      </Stack>
    </Modal>
  );
}
