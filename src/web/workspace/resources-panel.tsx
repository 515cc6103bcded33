import { Anchor, Button, Collapse, List, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconExternalLink } from '@tabler/icons-react';
import { useState } from 'react';

type Resource = { title: string; url: string; description: string };
type Topic = { title: string; guide: string };

/** Only web addresses become links; anything else is shown as text, never run. */
function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

function ResourceItem({ resource }: { resource: Resource }) {
  return (
    <List.Item>
      {isWebAddress(resource.url) ? (
        <Anchor href={resource.url} target="_blank" rel="noopener noreferrer" fw={600}>
          {resource.title}
          <IconExternalLink size={14} aria-hidden style={{ marginLeft: 4, verticalAlign: 'middle' }} />
          <VisuallyHidden> (opens in a new tab)</VisuallyHidden>
        </Anchor>
      ) : (
        <Text span fw={600}>
          {resource.title} {resource.url ? `(${resource.url})` : ''}
        </Text>
      )}
      {resource.description ? (
        <Text size="sm" c="dimmed">
          {resource.description}
        </Text>
      ) : null}
    </List.Item>
  );
}

function TopicItem({ topic }: { topic: Topic }) {
  const [open, setOpen] = useState(false);
  return (
    <List.Item>
      <Text span fw={600}>
        {topic.title}
      </Text>
      {topic.guide ? (
        <>
          <Button
            variant="subtle"
            size="compact-sm"
            ml="xs"
            aria-expanded={open}
            aria-label={`${open ? 'Hide' : 'Show'} the guide for ${topic.title}`}
            rightSection={open ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
            onClick={() => setOpen((v) => !v)}
          >
            {open ? 'Hide the guide' : 'Show the guide'}
          </Button>
          <Collapse expanded={open}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} py={4}>
              {topic.guide}
            </Text>
          </Collapse>
        </>
      ) : null}
    </List.Item>
  );
}

/** Issue 6: the program's resources and topic guides in the workspace. */
export function ResourcesPanel({ resources, topicPlan }: { resources: Resource[]; topicPlan: Topic[] }) {
  return (
    <Stack gap="lg">
      <section aria-labelledby="topic-plan-title">
        <Title order={3} fz="h4" id="topic-plan-title" mb="xs">
          Topic plan
        </Title>
        {topicPlan.length === 0 ? (
          <Text size="sm" c="dimmed">
            This program has no topic plan: choose what to talk about at each meeting together.
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed" mb="xs">
              One topic per meeting, in this order, unless you choose another.
            </Text>
            <List type="ordered" spacing="xs">
              {topicPlan.map((topic, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the plan's order is its identity
                <TopicItem key={index} topic={topic} />
              ))}
            </List>
          </>
        )}
      </section>
      <section aria-labelledby="resources-title">
        <Title order={3} fz="h4" id="resources-title" mb="xs">
          Resources
        </Title>
        {resources.length === 0 ? (
          <Text size="sm" c="dimmed">
            HR has not shared any resources for this program yet.
          </Text>
        ) : (
          <List spacing="sm" listStyleType="none" withPadding={false}>
            {resources.map((resource) => (
              <ResourceItem key={`${resource.url}-${resource.title}`} resource={resource} />
            ))}
          </List>
        )}
      </section>
    </Stack>
  );
}
