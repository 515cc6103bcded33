import { Anchor, Checkbox, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { ModalActions } from '../workspace/modal-actions';
import { issuesByPath } from '../workspace/field-issues';
import { useDecidePair } from './midpoint-api';
import type { ReviewPair, ReviewResource } from './midpoint-types';

interface SendResourcesModalProps {
  programId: string;
  pair: ReviewPair;
  resources: ReviewResource[];
  onClose: () => void;
}

function ResourceLabel({ resource }: { resource: ReviewResource }) {
  return (
    <Stack gap={0}>
      <Text size="sm" fw={500}>
        {resource.title}
      </Text>
      {resource.description ? (
        <Text size="xs" c="dimmed">
          {resource.description}
        </Text>
      ) : null}
      {resource.url ? (
        <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
          {resource.url}
        </Text>
      ) : null}
    </Stack>
  );
}

/**
 * HR picks resources from the program's list and emails them to both people of a pair, after seeing
 * who gets the email and what it leaves out.
 */
export function SendResourcesModal({ programId, pair, resources, onClose }: SendResourcesModalProps) {
  const decide = useDecidePair(programId, pair.pairId);
  const [picked, setPicked] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const issues = issuesByPath(decide.error);
  const pickError =
    (tried && picked.length === 0 ? 'Choose at least one resource to send.' : undefined) ??
    issues.resourceIndexes ??
    Object.entries(issues).find(([path]) => path.startsWith('resourceIndexes.'))?.[1];
  const names = `${pair.mentor.name} and ${pair.mentee.name}`;
  const send = () => {
    setTried(true);
    if (picked.length === 0) return;
    decide.mutate(
      {
        decision: 'send_resources',
        resourceIndexes: picked.map(Number),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`Send resources to ${names}`} size="lg">
      {resources.length === 0 ? (
        <Stack gap="md">
          <Text>
            This program has no resources yet. Add meeting guides, trainings or articles to the program first;
            then you can send them from here.
          </Text>
          <Anchor component={Link} to={`/programs/${encodeURIComponent(programId)}/edit`}>
            Edit the program’s resources
          </Anchor>
        </Stack>
      ) : (
        <Stack gap="md">
          <Checkbox.Group
            label="Resources to send"
            description="From the program’s list."
            value={picked}
            onChange={setPicked}
            error={pickError}
          >
            <Stack gap="xs" mt="xs">
              {resources.map((resource) => (
                <Checkbox
                  key={resource.index}
                  value={String(resource.index)}
                  label={<ResourceLabel resource={resource} />}
                  aria-label={resource.title}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Stack gap={4} data-testid="email-preview">
            <Text size="sm" fw={500}>
              Who gets the email
            </Text>
            <Text size="sm">
              {pair.mentor.name} (mentor) and {pair.mentee.name} (mentee), one email each, listing the
              resources you pick with their links. It is kind and short, signed with your organisation’s name,
              and says nothing about how their pair is doing or why you send it.
            </Text>
          </Stack>
          <Textarea
            label="Note for HR (optional)"
            description="Kept with your decision. Never shown to the pair."
            value={note}
            maxLength={2000}
            rows={2}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={issues.note}
          />
          <ModalActions
            mutation={decide}
            isPlaced={(path) => path === 'note' || path.startsWith('resourceIndexes')}
            failedTitle="The resources were not sent"
            submitLabel="Send to both"
            onCancel={onClose}
            onSubmit={send}
          />
        </Stack>
      )}
    </Modal>
  );
}
