// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import type { EnergyAnswer } from '../../lib/ipc/bindings/EnergyAnswer';
import type { LabEvent } from '../../lib/ipc/bindings/LabEvent';

const ipc = vi.hoisted(() => ({ labEnergyMeasure: vi.fn(), labStop: vi.fn() }));
vi.mock('../../lib/ipc/lab', () => ipc);

import EnergyMeter from './EnergyMeter.svelte';
import { energyText, roughCount } from './energy/format';

/** 2.4 CPU seconds at 15 W = 10 mWh; a million people a day = 10 kWh. */
function answer(tokens: number, wh: number): EnergyAnswer {
  const perDayWh = wh * 1_000_000;
  return {
    text: 'Switch off lights. Use LED bulbs. Unplug chargers.',
    report: {
      cpu_s: (wh * 3600) / 15,
      wall_s: 1.3,
      tokens,
      measured: true,
      wh,
      scaled_kwh_per_day: perDayWh / 1000,
      scaled_kwh_per_year: (perDayWh * 365) / 1000,
      kettles_per_day: perDayWh / 100,
      phone_charges_per_day: perDayWh / 15,
      assumptions: { watts_per_busy_core: 15, people: 1_000_000, kettle_litre_wh: 100, phone_charge_wh: 15 },
    },
  };
}

describe('EnergyMeter', () => {
  beforeEach(() => {
    vi.clearAllMocks();
  });

  it('measures one answer and shows the energy, the scaled figures and every assumption', async () => {
    ipc.labEnergyMeasure.mockImplementation(async (_q: string, _s: unknown, on: (e: LabEvent) => void) => {
      on({ kind: 'token', step: { id: 1, text: 'Switch off', prob: 0.5, alternatives: [] } });
      return answer(42, 0.01);
    });
    const ongoal = vi.fn();
    render(EnergyMeter, { settings: { prompt: 'Give me ten tips.', max_tokens: 120 }, ongoal });

    await fireEvent.click(screen.getByTestId('energy-measure'));
    const report = await screen.findByTestId('energy-report');

    expect(ipc.labEnergyMeasure).toHaveBeenCalledWith(
      'Give me ten tips.',
      expect.objectContaining({ temperature: 0.7, max_tokens: 120 }),
      expect.any(Function),
    );
    expect(screen.getByTestId('energy-answer').textContent).toContain('Use LED bulbs.');
    expect(screen.getByTestId('lab-ai-label')).toBeTruthy();
    expect(within(report).getByTestId('energy-wh').textContent).toBe('10 mWh');
    expect(within(report).getByTestId('energy-cpu').textContent).toContain('2.4 s');
    expect(within(report).getByTestId('energy-cpu').textContent).toContain('measured by the operating system');
    expect(within(report).getByTestId('energy-tokens').textContent).toBe('42');
    expect(within(report).getByTestId('energy-per-day').textContent).toBe('10 kWh');
    expect(within(report).getByTestId('energy-per-year').textContent).toBe('3,650 kWh');
    expect(within(report).getByTestId('energy-kettles').textContent).toBe('100 litres');
    expect(within(report).getByTestId('energy-phones').textContent).toBe('667 full charges');
    expect(report.textContent).toContain('If 1 million people asked this every day');

    const assumptions = within(report).getByTestId('energy-assumptions').textContent ?? '';
    expect(assumptions).toContain('about 15 watts extra');
    expect(assumptions).toContain('1 million people each ask');
    expect(assumptions).toContain('about 100 watt-hours');
    expect(assumptions).toContain('about 15 watt-hours');
    expect(assumptions).toContain('measured by the operating system');
    expect(report.textContent).toContain('estimates with a large uncertainty');
    expect(report.textContent).toContain('Big cloud chatbots');
    expect(ongoal).toHaveBeenCalledTimes(1);
  });

  it('keeps earlier measurements to compare and says when the time was only estimated', async () => {
    ipc.labEnergyMeasure.mockResolvedValueOnce(answer(40, 0.01));
    const second = answer(200, 0.05);
    second.report.measured = false;
    ipc.labEnergyMeasure.mockResolvedValueOnce(second);
    const ongoal = vi.fn();
    render(EnergyMeter, { ongoal });

    await fireEvent.click(screen.getByTestId('energy-measure'));
    await screen.findByTestId('energy-report');
    expect(screen.queryByTestId('energy-history')).toBeNull();
    await fireEvent.click(screen.getByTestId('energy-measure'));
    const history = await screen.findByTestId('energy-history');

    expect(ipc.labEnergyMeasure.mock.calls[0][0]).toBe('Give me three simple tips to save electricity at home.');
    expect(ipc.labEnergyMeasure.mock.calls[0][1]).toMatchObject({ max_tokens: 80 });
    const rows = within(history)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent).join(' | '));
    expect(rows).toEqual(['40 | 10 mWh', '200 | 50 mWh']);
    expect(screen.getByTestId('energy-cpu').textContent).toContain('estimated');
    expect(ongoal).toHaveBeenCalledTimes(1);
  });

  it('picks a readable unit', () => {
    expect(energyText(0.0125, 'en')).toBe('13 mWh');
    expect(energyText(3.456, 'en')).toBe('3.5 Wh');
    expect(energyText(2500, 'en')).toBe('2.5 kWh');
    expect(energyText(0.0125, 'de')).toBe('13 mWh');
    expect(energyText(2500, 'de')).toBe('2,5 kWh');
    // The plural follows the number shown: 1.04 is shown as "1", so "1 litre".
    expect(roughCount(1.04)).toBe(1);
    expect(roughCount(0.987)).toBe(0.99);
    expect(roughCount(666.7)).toBe(667);
  });
});
