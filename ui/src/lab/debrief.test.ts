import { describe, expect, it } from 'vitest';
import { fillDebrief, formatValue } from './debrief';

describe('fillDebrief', () => {
  it("puts the learner's own values into the debrief, formatted for their language", () => {
    const html = '<p>The top token was { top_token } with {top_probability}.</p>';
    const filled = fillDebrief(html, { top_token: { kind: 'text', value: ' Paris' }, top_probability: { kind: 'percent', value: 0.77 } }, 'de');
    // German puts a (non-breaking) space before the percent sign.
    expect(filled).toMatch(
      /^<p>The top token was <strong class="own-value" dir="auto">Paris<\/strong> with <strong class="own-value" dir="auto">77\s%<\/strong>\.<\/p>$/u,
    );
  });

  it('escapes a value, so text the model wrote is never read as HTML', () => {
    const filled = fillDebrief('<p>{ top_token }</p>', { top_token: { kind: 'text', value: '<img src=x onerror=alert(1)>' } }, 'en');
    expect(filled).not.toContain('<img');
    expect(filled).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });

  it('leaves a placeholder without a recorded value as it is', () => {
    expect(fillDebrief('<p>{ turns }</p>', {}, 'en')).toBe('<p>{ turns }</p>');
  });

  it('formats counts and decimals in the UI conventions', () => {
    expect(formatValue({ kind: 'count', value: 1234 }, 'en')).toBe('1,234');
    expect(formatValue({ kind: 'decimal', value: 0.0123 }, 'de')).toBe('0,0123');
    expect(formatValue({ kind: 'text', value: ' ' }, 'en')).toBe('␣');
  });
});
