import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aProgram } from '../programs/program-builders';
import { aMe } from '../testing/builders';
import { mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';
import { aRun, aRunSummary } from './pairing-builders';
import type { MatchRun } from './pairing-types';

function openRun(run: MatchRun) {
  mockApi({
    'GET /api/me': { body: aMe(['program_manager']) },
    'GET /api/programs/:id': { body: aProgram({ phase: 'matching', nextPhases: ['recruiting', 'active'] }) },
    'GET /api/programs/:id/match-runs': { body: { items: [aRunSummary(run)] } },
    'GET /api/match-runs/:runId': { body: run },
  });
  renderApp('/programs/prg-1/matching');
}

const withRules = (hardRulesChecked: MatchRun['quality']['hardRulesChecked']) => {
  const run = aRun();
  return aRun({ quality: { ...run.quality, hardRulesChecked } });
};

describe('a run’s explanation of repeat pairs', () => {
  it('says how many pairs from earlier cohorts it did not propose again', async () => {
    openRun(
      withRules([
        { rule: 'reporting-line', label: 'in the same reporting line', pairsExcluded: 3 },
        { rule: 'repeat-pair', label: 'paired in an earlier cohort', pairsExcluded: 2 },
      ]),
    );
    const quality = await screen.findByRole('region', { name: 'Quality of this run' });
    expect(quality).toHaveTextContent('Paired in an earlier cohort — 2 possible pairs excluded');
    expect(quality).toHaveTextContent(
      'Repeat pairs avoided: 2 pairs from earlier cohorts were not proposed again.',
    );
  });

  it('says nothing about repeats when there were none', async () => {
    openRun(withRules([{ rule: 'reporting-line', label: 'in the same reporting line', pairsExcluded: 3 }]));
    const quality = await screen.findByRole('region', { name: 'Quality of this run' });
    expect(quality).not.toHaveTextContent(/Repeat pairs avoided/);
  });
});
