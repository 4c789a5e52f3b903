// How the energy meter writes its numbers: a unit that keeps them readable (mWh for one small
// answer, kWh for a million of them) and only as many digits as an estimate deserves.
import { t } from '../../../lib/i18n/index.svelte';

/** Two significant digits below 100, whole numbers above: these are estimates, not measurements to the gram. */
export function roughNumber(n: number, tag: string): string {
  const options: Intl.NumberFormatOptions = Math.abs(n) >= 100 ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 2 };
  try {
    return new Intl.NumberFormat(tag, options).format(n);
  } catch {
    return String(Math.round(n * 100) / 100);
  }
}

/** The number `roughNumber` shows, as a number: Fluent picks "1 litre" or "2 litres" by it. */
export function roughCount(n: number): number {
  return Math.abs(n) >= 100 ? Math.round(n) : Number(n.toPrecision(2));
}

/** Watt-hours in the unit that suits the size: mWh below 1 Wh, kWh from 1000 Wh. */
export function energyText(wh: number, tag: string): string {
  if (wh >= 1000) return t('lab-energy-unit-kwh', { value: roughNumber(wh / 1000, tag) });
  if (wh >= 1) return t('lab-energy-unit-wh', { value: roughNumber(wh, tag) });
  return t('lab-energy-unit-mwh', { value: roughNumber(wh * 1000, tag) });
}

/** Seconds with one decimal (two below one second). */
export function secondsText(s: number, tag: string): string {
  const digits = s < 1 ? 2 : 1;
  try {
    return t('lab-energy-seconds', { value: new Intl.NumberFormat(tag, { maximumFractionDigits: digits }).format(s) });
  } catch {
    return t('lab-energy-seconds', { value: s.toFixed(digits) });
  }
}

/** "1 million" / "1 Million" / "1 млн": a count of people in words where the language has them. */
export function peopleText(n: number, tag: string): string {
  try {
    return new Intl.NumberFormat(tag, { notation: 'compact', compactDisplay: 'long' }).format(n);
  } catch {
    return String(n);
  }
}
