// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import type { ClaimCheck } from '../../lib/ipc/bindings/ClaimCheck';
import type { ClaimMark } from '../../lib/ipc/bindings/ClaimMark';
import type { LabEvent } from '../../lib/ipc/bindings/LabEvent';

const ipc = vi.hoisted(() => ({ labClaimsAsk: vi.fn(), labClaimsCheck: vi.fn(), labStop: vi.fn() }));
vi.mock('../../lib/ipc/lab', () => ipc);

import HallucinationCheck from './HallucinationCheck.svelte';

const CLAIMS = ['Theodor Winkelsee was born in 1852 in Augsburg.', 'I do not know more about his work.'];

describe('HallucinationCheck', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    ipc.labClaimsAsk.mockImplementation(async (_q: string, _s: unknown, on: (e: LabEvent) => void) => {
      on({ kind: 'token', step: { id: 5, text: 'Theodor', prob: 0.9, alternatives: [] } });
      on({ kind: 'token', step: { id: 6, text: ' 1852', prob: 0.03, alternatives: [] } });
      return { text: CLAIMS.join(' '), claims: CLAIMS };
    });
    // The card says the man is invented: only the sentence admitting ignorance is supported.
    ipc.labClaimsCheck.mockImplementation(async (claims: string[], marks: ClaimMark[]): Promise<ClaimCheck[]> =>
      claims.map((claim, i) => {
        const expected: ClaimMark = claim.includes('not know') ? 'supported' : 'contradicted';
        return { claim, expected, correct: expected === 'supported' ? marks[i] === 'supported' : marks[i] !== 'supported', fact: null };
      }),
    );
  });

  it('asks, lets the learner mark every claim and shows which marks agree with the source card', async () => {
    const ongoal = vi.fn();
    render(HallucinationCheck, { settings: { question: 'Who was X?', source_card: 'X does not exist.' }, ongoal });
    expect(screen.getByTestId('hal-card').textContent).toBe('X does not exist.');

    await fireEvent.click(screen.getByTestId('hal-ask'));
    const claims = await screen.findAllByTestId('hal-claim');
    expect(ipc.labClaimsAsk).toHaveBeenCalledWith('Who was X?', { temperature: 0.7, seed: 42, max_tokens: 150 }, expect.any(Function));
    expect(screen.getByTestId('hal-answer').textContent).toBe(CLAIMS.join(' '));
    expect(screen.getByTestId('lab-ai-label')).toBeTruthy();
    expect(claims).toHaveLength(2);

    const check = screen.getByTestId('hal-check') as HTMLButtonElement;
    expect(check.disabled).toBe(true);
    // Both marked "not in the source": right for the invented birth, wrong for the admission.
    await fireEvent.click(within(claims[0]).getByTestId('hal-mark-not-in-source'));
    await fireEvent.click(within(claims[1]).getByTestId('hal-mark-not-in-source'));
    expect(check.disabled).toBe(false);
    await fireEvent.click(check);

    const verdicts = await screen.findAllByTestId('hal-verdict');
    expect(ipc.labClaimsCheck).toHaveBeenCalledWith(CLAIMS, ['not_in_source', 'not_in_source'], null);
    expect(verdicts[0].dataset.correct).toBe('true');
    expect(verdicts[0].textContent).toContain('invented it');
    expect(verdicts[1].dataset.correct).toBe('false');
    expect(verdicts[1].textContent).toContain('agrees with the card');
    expect(screen.getByTestId('hal-score').textContent).toBe('You marked 1 of 2 claims the way the source card supports.');
    expect(ongoal).toHaveBeenCalledTimes(1);

    // The unlikely invented year is marked in "how sure was the model".
    const sure = screen.getByTestId('hal-sure').querySelectorAll('span');
    expect(sure[1].textContent).toBe(' 1852');
    expect(sure[1].classList.contains('low')).toBe(true);
    expect(sure[0].classList.contains('low')).toBe(false);
  });

  it('asks again with a new seed and keeps the earlier answer for comparison', async () => {
    render(HallucinationCheck);
    expect(screen.getByTestId('hal-question').textContent).toContain('Theodor Winkelsee');

    await fireEvent.click(screen.getByTestId('hal-ask'));
    await screen.findAllByTestId('hal-claim');
    ipc.labClaimsAsk.mockResolvedValueOnce({ text: 'He was born in 1870 in Passau.', claims: ['He was born in 1870 in Passau.'] });
    await fireEvent.click(screen.getByTestId('hal-ask-again'));

    await vi.waitFor(() => expect(screen.getByTestId('hal-answer').textContent).toBe('He was born in 1870 in Passau.'));
    const seeds = ipc.labClaimsAsk.mock.calls.map((c) => (c[1] as { seed: number }).seed);
    expect(seeds[0]).toBe(42);
    expect(seeds[1]).not.toBe(42);
    expect(screen.getByTestId('hal-seed').textContent).toContain(`Seed ${seeds[1]}`);
    expect(screen.getAllByTestId('hal-claim')).toHaveLength(1);
    expect(screen.getByTestId('hal-earlier').textContent).toContain(CLAIMS[0]);
  });

  it('with a card of real facts: the learner tags every claim before any check, then sees their tag next to the card’s', async () => {
    const claims = ['Bertha Benz drove to Berlin in 1888.', 'She loved music.'];
    ipc.labClaimsAsk.mockResolvedValue({ text: claims.join(' '), claims });
    ipc.labClaimsCheck.mockResolvedValue([
      { claim: claims[0], expected: 'contradicted', correct: false, fact: 'route' },
      { claim: claims[1], expected: 'not_in_source', correct: true, fact: null },
    ]);
    const onrecord = vi.fn();
    const facts = [
      { id: 'route', about: ['drove to'], agrees: ['pforzheim'], conflicts: ['berlin'], card: { en: 'She drove from Mannheim to Pforzheim.' } },
    ];
    render(HallucinationCheck, { settings: { question: 'Bertha Benz?', facts }, onrecord });
    expect(screen.getByTestId('hal-card').textContent).toContain('She drove from Mannheim to Pforzheim.');

    await fireEvent.click(screen.getByTestId('hal-ask'));
    const items = await screen.findAllByTestId('hal-claim');
    expect(screen.queryByTestId('hal-verdict')).toBeNull();
    expect((screen.getByTestId('hal-check') as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(within(items[0]).getByTestId('hal-mark-not-in-source'));
    await fireEvent.click(within(items[1]).getByTestId('hal-mark-not-in-source'));
    await fireEvent.click(screen.getByTestId('hal-check'));

    const verdicts = await screen.findAllByTestId('hal-verdict');
    expect(ipc.labClaimsCheck).toHaveBeenCalledWith(claims, ['not_in_source', 'not_in_source'], [
      { id: 'route', about: ['drove to'], agrees: ['pforzheim'], conflicts: ['berlin'] },
    ]);
    expect(verdicts[0].textContent).toContain('Your mark: Not in the source card.');
    expect(verdicts[0].textContent).toContain('The card: Contradicted by the source card.');
    expect(within(verdicts[0]).getByTestId('hal-fact').textContent).toBe('She drove from Mannheim to Pforzheim.');
    expect(verdicts[1].textContent).toContain('The card says nothing about this');
    expect(onrecord).toHaveBeenCalledWith({ claims: { kind: 'count', value: 2 }, tags_right: { kind: 'count', value: 1 } });
  });
});
