// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { LabEvent } from '../../lib/ipc/bindings/LabEvent';

const ipc = vi.hoisted(() => ({
  labClassifierTrain: vi.fn(),
  labClassifierPredict: vi.fn(),
  labDrawingsSave: vi.fn(),
  labDrawingsLoad: vi.fn(),
  labDrawingsDelete: vi.fn(),
  labStop: vi.fn(),
}));
vi.mock('../../lib/ipc/lab', () => ipc);

import ClassifierTrainer from './ClassifierTrainer.svelte';

/** Draws one stroke on a drawing pad through pointer events (jsdom has no layout: fake the box). */
async function scribble(pad: HTMLElement, points: [number, number][]): Promise<void> {
  pad.getBoundingClientRect = () => ({ left: 0, top: 0, width: 100, height: 100, right: 100, bottom: 100, x: 0, y: 0, toJSON: () => ({}) });
  const at = (type: string, [x, y]: [number, number]) =>
    fireEvent(pad, new MouseEvent(type, { bubbles: true, button: 0, clientX: x * 100, clientY: y * 100 }));
  await at('pointerdown', points[0]);
  for (const p of points.slice(1)) await at('pointermove', p);
  await at('pointerup', points[points.length - 1]);
}

describe('ClassifierTrainer', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    ipc.labDrawingsLoad.mockResolvedValue(null);
  });

  it('collects drawings per class, trains with a live loss curve and shows the test probabilities', async () => {
    ipc.labClassifierTrain.mockImplementation(async (_n: string[], _e: unknown[], _m: number, on: (e: LabEvent) => void) => {
      for (const [epoch, loss] of [[1, 1.2], [2, 0.6], [3, 0.2]] as const) {
        on({ kind: 'training', progress: { epoch, epochs: 3, loss, train_accuracy: epoch / 3 } });
      }
      return { epochs_run: 3, final_loss: 0.2, train_accuracy: 1, train_s: 0.42, cancelled: false, per_class_counts: [2, 2] };
    });
    ipc.labClassifierPredict.mockResolvedValue([0.9, 0.1]);
    const ongoal = vi.fn();
    render(ClassifierTrainer, { settings: { classes: ['happy', 'sad'], min_per_class: 2 }, ongoal });

    const train = screen.getByTestId('cls-train') as HTMLButtonElement;
    expect(train.disabled).toBe(true);
    const pad = screen.getByTestId('cls-pad');
    for (let i = 0; i < 2; i++) {
      await scribble(pad, [[0.2, 0.2], [0.8, 0.8]]);
      await fireEvent.click(screen.getAllByTestId('cls-add')[0]);
      await scribble(pad, [[0.8, 0.2], [0.2, 0.8]]);
      await fireEvent.click(screen.getAllByTestId('cls-add')[1]);
    }
    expect(screen.getAllByTestId('cls-count').map((c) => c.textContent)).toEqual(['2 of 2 drawings', '2 of 2 drawings']);
    expect(train.disabled).toBe(false);
    await fireEvent.click(train);

    await screen.findByTestId('cls-report');
    const [names, examples, min] = ipc.labClassifierTrain.mock.calls[0];
    expect(names).toEqual(['happy', 'sad']);
    expect(min).toBe(2);
    expect((examples as { class: number; strokes: number[][][] }[]).map((e) => e.class)).toEqual([0, 1, 0, 1]);
    expect((examples as { strokes: number[][][] }[])[0].strokes[0][0]).toEqual([0.2, 0.2]);
    expect(screen.getByTestId('cls-loss').dataset.points).toBe('3');

    await scribble(screen.getByTestId('cls-test-pad'), [[0.3, 0.3], [0.6, 0.6]]);
    for (let i = 0; i < 3; i++) await fireEvent.click(screen.getByTestId('cls-test'));
    const bars = await screen.findAllByTestId('cls-probs-bar');
    expect(bars.map((b) => b.dataset.label)).toEqual(['happy', 'sad']);
    expect(bars[0].textContent).toContain('90');
    await vi.waitFor(() => expect(ongoal).toHaveBeenCalledTimes(1));
    // Nothing was stored: drawings are kept only when the learner asks.
    expect(ipc.labDrawingsSave).not.toHaveBeenCalled();
  });

  it('the skewed preset asks for only two drawings of the last class', async () => {
    render(ClassifierTrainer, { settings: { classes: ['circle', 'triangle', 'square'], min_per_class: 5, skewed: true } });
    const counts = screen.getAllByTestId('cls-count').map((c) => c.textContent);
    expect(counts).toEqual(['0 of 8 drawings', '0 of 8 drawings', '0 of 2 drawings']);
    expect(screen.getByTestId('cls-skewed').textContent).toContain('square');
  });
});
