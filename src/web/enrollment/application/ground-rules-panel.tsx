import { List, Paper, Stack, Text, Title } from '@mantine/core';

/** The program's ground rules, read before applying. */
export function GroundRulesPanel({ rules }: { rules: string[] }) {
  if (rules.length === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="ground-rules-title">
      <Stack gap="xs">
        <Title order={2} fz="h4" id="ground-rules-title">
          Ground rules
        </Title>
        <Text size="sm" c="dimmed">
          Every pair in this program agrees to these.
        </Text>
        <List spacing={4}>
          {rules.map((rule) => (
            <List.Item key={rule}>{rule}</List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
}
