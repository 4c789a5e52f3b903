import { describe, expect, it } from 'vitest';
import { pushReturn } from './pages';

describe('pushReturn', () => {
  const home = { screen: 'home', focus: 'summary-open-1' } as const;
  it('remembers where a page was opened', () => {
    expect(pushReturn([], home, 'summary')).toEqual([home]);
  });
  it('stacks a page opened from another page', () => {
    const stack = pushReturn([], home, 'summary');
    const fromSummary = { screen: 'summary', focus: 'open-glossary' };
    expect(pushReturn(stack, fromSummary, 'glossary')).toEqual([home, fromSummary]);
  });
  it('keeps Back where it led when the same page shows other content', () => {
    const stack = [home];
    expect(pushReturn(stack, { screen: 'summary', focus: null }, 'summary')).toEqual([home]);
  });
  it('goes back down instead of building a loop', () => {
    const stack = [home, { screen: 'summary', focus: null }];
    expect(pushReturn(stack, { screen: 'glossary', focus: null }, 'summary')).toEqual([home]);
  });
});
