// The debrief of a demo step names the learner's own values as `{ name }`; they are filled in
// here, formatted in the UI's conventions and escaped (the debrief itself is sanitized HTML from Rust).
import type { DemoValue } from '../lib/ipc/bindings/DemoValue';
import { formatDecimal, formatPercent } from '../lib/lab/values';

/** One recorded value as a person reads it. */
export function formatValue(v: DemoValue, tag: string): string {
  switch (v.kind) {
    case 'percent':
      return formatPercent(v.value, tag);
    case 'count':
      return formatDecimal(v.value, tag, 0);
    case 'decimal':
      return formatDecimal(v.value, tag, v.value !== 0 && Math.abs(v.value) < 0.1 ? 4 : 2);
    case 'text':
      return v.value.trim() === '' ? '␣' : v.value.trim();
  }
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The debrief with every known `{ name }` replaced by the learner's value (bold, so it stands out). */
export function fillDebrief(html: string, record: Partial<Record<string, DemoValue>>, tag: string): string {
  return html.replace(/\{\s*([a-z_]+)\s*\}/g, (whole, name: string) => {
    const v = record[name];
    return v ? `<strong class="own-value" dir="auto">${escapeHtml(formatValue(v, tag))}</strong>` : whole;
  });
}
