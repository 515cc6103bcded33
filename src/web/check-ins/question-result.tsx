import { Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ChoiceFigures, ScaleFigures, TextFigures } from '#core/surveys/question-figures';
import type { Figure } from '#core/surveys/suppression';
import { sidesLabel } from '../programs/program-labels';
import type { QuestionAggregate, RespondentSide, SurveyQuestion } from './check-in-types';
import { FigureBars } from './figure-bars';
import { HiddenFigure } from './hidden-figure';
import { kindLabels, scaleValueLabel } from './survey-labels';

const SIDES: readonly RespondentSide[] = ['mentor', 'mentee'];
const people = (n: number) => (n === 1 ? '1 person' : `${n} people`);

interface FigureProps<T> {
  figures: T;
  question: SurveyQuestion | undefined;
  prompt: string;
  compact: boolean;
}

function ScaleResult({ figures, question, prompt, compact }: FigureProps<ScaleFigures>) {
  const top = figures.distribution.at(-1)?.value ?? 5;
  return (
    <Stack gap="xs">
      <Text size="sm">
        Average{' '}
        <Text span fw={700}>
          {figures.mean.toLocaleString('en-GB')}
        </Text>{' '}
        out of {top} · {people(figures.respondents)}
      </Text>
      {figures.nps ? (
        <Group gap="md" role="group" aria-label="Recommend score">
          <Text size="sm">
            Recommend score{' '}
            <Text span fw={700}>
              {figures.nps.score > 0 ? `+${figures.nps.score}` : figures.nps.score}
            </Text>
          </Text>
          <Text size="sm">Promoters (9–10): {figures.nps.promoters}%</Text>
          <Text size="sm">Passives (7–8): {figures.nps.passives}%</Text>
          <Text size="sm">Detractors (0–6): {figures.nps.detractors}%</Text>
        </Group>
      ) : null}
      {compact ? null : (
        <FigureBars
          label={`How people answered: ${prompt}`}
          rows={figures.distribution.map((d) => ({
            label: scaleValueLabel(question, d.value),
            count: d.count,
          }))}
        />
      )}
    </Stack>
  );
}

function ChoiceResult({ figures, prompt }: FigureProps<ChoiceFigures>) {
  return (
    <Stack gap="xs">
      <Text size="sm">{people(figures.respondents)} answered</Text>
      <FigureBars
        label={`Choices picked: ${prompt}`}
        rows={figures.options.map((o) => ({ label: o.option, count: o.count }))}
      />
    </Stack>
  );
}

function TextResult({ figures }: FigureProps<TextFigures>) {
  const shared = figures.texts.length;
  return (
    <Stack gap="xs">
      <Text size="sm">
        {people(figures.respondents)} wrote an answer;{' '}
        {shared === 0 ? 'none shared it with HR.' : `${shared} shared it with HR.`}
      </Text>
      {shared > 0 ? (
        <>
          <Text size="xs" c="dimmed">
            Shared with HR by the respondents, without names
          </Text>
          <List size="sm" spacing={4} c="dimmed" aria-label="Written answers shared with HR">
            {figures.texts.map((text, index) => (
              // Identical answers may repeat; their place in the sorted list is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <List.Item key={index}>{text}</List.Item>
            ))}
          </List>
        </>
      ) : null}
    </Stack>
  );
}

type Renderer = (props: FigureProps<never>) => ReactNode;
/** One renderer per question kind (no kind-switch in the shared code below). */
const RENDERERS: Record<QuestionAggregate['kind'], Renderer> = {
  likert: ScaleResult as Renderer,
  nps: ScaleResult as Renderer,
  single_choice: ChoiceResult as Renderer,
  multiple_choice: ChoiceResult as Renderer,
  short_text: TextResult as Renderer,
  long_text: TextResult as Renderer,
};

function FigureView(props: {
  figure: Figure<object>;
  kind: QuestionAggregate['kind'];
  question: SurveyQuestion | undefined;
  prompt: string;
  minGroupSize: number;
  compact: boolean;
}) {
  const { figure } = props;
  if (figure.suppressed) return <HiddenFigure reason={figure.reason} minGroupSize={props.minGroupSize} />;
  const Render = RENDERERS[props.kind];
  return (
    <Render
      figures={figure as never}
      question={props.question}
      prompt={props.prompt}
      compact={props.compact}
    />
  );
}

const askedOf = (side: SurveyQuestion['side']) =>
  side === 'both' ? 'Both sides' : `${sidesLabel(side)} only`;

/** One question's results: everyone, then each side when the question is asked of both. */
export function QuestionResult({
  result,
  question,
  minGroupSize,
}: {
  result: QuestionAggregate;
  question: SurveyQuestion | undefined;
  minGroupSize: number;
}) {
  const titleId = `result-${result.questionId}`;
  const common = { kind: result.kind, question, prompt: result.prompt, minGroupSize };
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={4} fz="h5" id={titleId}>
            {result.prompt}
          </Title>
          <Text size="xs" c="dimmed">
            {kindLabels[result.kind]} · {askedOf(result.side)}
          </Text>
        </Stack>
        <FigureView figure={result.overall as Figure<object>} compact={false} {...common} />
        {result.bySide ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" role="group" aria-label="By side">
            {SIDES.map((side) => (
              <Stack key={side} gap={4} role="group" aria-label={sidesLabel(side)}>
                <Text size="sm" fw={500}>
                  {sidesLabel(side)}
                </Text>
                <FigureView
                  figure={(result.bySide as Record<RespondentSide, Figure<object>>)[side]}
                  compact
                  {...common}
                />
              </Stack>
            ))}
          </SimpleGrid>
        ) : null}
      </Stack>
    </Paper>
  );
}
