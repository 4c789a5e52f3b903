// What the lab shows and offers besides running jobs: numbers and tokens written for people in the
// UI's conventions, fresh seeds, and a demo preset's values read with a fallback.

/** A token as people can read it: spaces and line breaks made visible. */
export function visibleToken(text: string): string {
  if (text === '') return '∅';
  return text.replace(/ /g, '␣').replace(/\n/g, '↵').replace(/\t/g, '⇥');
}

/** "42 %" / "0.3 %" / "< 0.1 %" in the UI's conventions. */
export function formatPercent(p: number, tag: string): string {
  const pct = p * 100;
  const digits = pct >= 10 ? 0 : 1;
  try {
    if (pct > 0 && pct < 0.1) return '< ' + new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }).format(0.001);
    return new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(p);
  } catch {
    return `${pct.toFixed(digits)} %`;
  }
}

/** A number with at most `digits` decimals in the UI's conventions. */
export function formatDecimal(n: number, tag: string, digits = 1): string {
  try {
    return new Intl.NumberFormat(tag, { maximumFractionDigits: digits }).format(n);
  } catch {
    return n.toFixed(digits);
  }
}

/** A fresh seed a learner can read and type back. */
export function newSeed(): number {
  return Math.floor(Math.random() * 9000) + 1000;
}

/** Reads a preset value of the expected type, else the fallback. */
export function presetValue<T>(settings: Record<string, unknown> | undefined, key: string, fallback: T): T {
  const v = settings?.[key];
  if (v === undefined || v === null) return fallback;
  if (typeof fallback === 'number') return (typeof v === 'number' && Number.isFinite(v) ? v : fallback) as T;
  if (typeof fallback === 'string') return (typeof v === 'string' ? v : fallback) as T;
  if (typeof fallback === 'boolean') return (typeof v === 'boolean' ? v : fallback) as T;
  if (Array.isArray(fallback)) return (Array.isArray(v) ? v : fallback) as T;
  return v as T;
}
