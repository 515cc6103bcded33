import { describe, expect, it } from 'vitest';
import { topicPlanOf } from '#core/programs/program-settings';

describe('topicPlanOf', () => {
  const plan = [{ title: 'Social media', guide: 'Bring your phone' }, { title: 'Gen AI' }];

  it('reads the plan alone, with its defaults, whatever the other settings hold', () => {
    expect(topicPlanOf({ topicPlan: plan, seniorityGap: 'not a number' })).toEqual([
      { title: 'Social media', guide: 'Bring your phone' },
      { title: 'Gen AI', guide: '' },
    ]);
  });

  it('gives no topics for settings without a readable plan', () => {
    expect(topicPlanOf({})).toEqual([]);
    expect(topicPlanOf({ topicPlan: [{ title: '' }] })).toEqual([]);
    expect(topicPlanOf({ topicPlan: 'Social media' })).toEqual([]);
    expect(topicPlanOf(null)).toEqual([]);
    expect(topicPlanOf('settings')).toEqual([]);
  });
});
