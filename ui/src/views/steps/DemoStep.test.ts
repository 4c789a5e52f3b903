// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { DemoLoopView } from '../../lib/ipc/bindings/DemoLoopView';
import type { DemoValue } from '../../lib/ipc/bindings/DemoValue';
import type { StepBody } from '../../lib/ipc/bindings/StepBody';

const ipc = vi.hoisted(() => ({ demoPredict: vi.fn(), demoRecord: vi.fn() }));
vi.mock('../../lib/ipc/player', () => ipc);
vi.mock('../../lab/DemoHost.svelte', async () => ({ default: (await import('./testing/FakeDemo.svelte')).default }));

import DemoStep from './DemoStep.svelte';

type DemoBody = Extract<StepBody, { kind: 'demo' }>;

function body(loop: DemoLoopView = { predicted: null, record: {} }): DemoBody {
  return {
    kind: 'demo',
    demo: 'next-token',
    preset: 'winter-food',
    task_html: '<p>Look inside the model.</p>',
    settings: {},
    settings_multilingual: null,
    predict_html: '<p>How sure will the model be?</p>',
    predict_options: [
      { id: 'a', html: '<p>Very sure</p>' },
      { id: 'b', html: '<p>In between</p>' },
    ],
    debrief_html: '<p>Your top token was { top_token } with { top_probability }.</p>',
    loop,
  };
}

const step = { uuid: 'd3b07384-d9a0-4c9b-8a1e-000000000001', id: 'explore', text_locale: 'en', body: body() };

describe('DemoStep', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    ipc.demoPredict.mockImplementation(async (_l: string, _s: string, option: string) => ({ predicted: option, record: {} }));
    ipc.demoRecord.mockImplementation(async (_l: string, _s: string, values: Record<string, DemoValue>) => ({
      predicted: 'a',
      record: values,
    }));
  });

  it('asks first, opens the demo after the guess, and debriefs with the learner’s own values next to the guess', async () => {
    render(DemoStep, { lessonUuid: 'L', step, body: body() });
    expect(screen.getByTestId('demo-run-locked')).toBeTruthy();
    expect(screen.queryByTestId('fake-run')).toBeNull();
    expect(screen.getByTestId('demo-debrief-waiting')).toBeTruthy();

    const options = screen.getAllByTestId('demo-predict-option');
    await fireEvent.click(options[0]);
    expect(ipc.demoPredict).toHaveBeenCalledWith('L', step.uuid, 'a');
    expect((await screen.findByTestId('demo-predicted')).textContent).toContain('Very sure');

    await fireEvent.click(screen.getByTestId('fake-run'));
    expect(ipc.demoRecord).toHaveBeenCalledWith('L', step.uuid, {
      top_token: { kind: 'text', value: ' soup' },
      top_probability: { kind: 'percent', value: 0.42 },
    });
    const debrief = await screen.findByTestId('demo-debrief-text');
    expect(debrief.textContent).toBe('Your top token was soup with 42%.');
    expect(screen.getByTestId('demo-expected').textContent).toContain('Very sure');
  });

  it('shows what Rust kept when the learner comes back to the step', () => {
    const kept = body({ predicted: 'b', record: { top_token: { kind: 'text', value: ' pie' }, top_probability: { kind: 'percent', value: 0.3 } } });
    render(DemoStep, { lessonUuid: 'L', step, body: kept });
    expect(screen.getByTestId('demo-predicted').dataset.option).toBe('b');
    expect(screen.getByTestId('demo-debrief-text').textContent).toBe('Your top token was pie with 30%.');
    expect(screen.getByTestId('demo-expected').textContent).toContain('In between');
  });
});

describe('DemoStep without a loop', () => {
  it('shows the demo at once when the lesson asks nothing before it', () => {
    const bare = { ...body(), predict_html: '', predict_options: [], debrief_html: '' };
    render(DemoStep, { lessonUuid: 'L', step: { ...step, body: bare }, body: bare });
    expect(screen.queryByTestId('demo-predict')).toBeNull();
    expect(screen.getByTestId('fake-run')).toBeTruthy();
    expect(screen.queryByTestId('demo-debrief')).toBeNull();
  });
});
