import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, formatSavedTime } from './format';

describe('formatSavedTime', () => {
  const now = new Date(2025, 2, 12, 15, 0).getTime();
  it('shows only the time for today', () => {
    expect(formatSavedTime(new Date(2025, 2, 12, 14, 5).getTime(), 'de', now)).toBe('14:05');
  });
  it('adds the date for another day', () => {
    expect(formatSavedTime(new Date(2025, 2, 10, 9, 30).getTime(), 'en', now)).toMatch(/2025/);
  });
});

describe('formatDate', () => {
  const day = new Date(2025, 2, 12, 15, 0).getTime();
  it('writes the date out in the conventions of the language', () => {
    expect(formatDate(day, 'en')).toBe('March 12, 2025');
    expect(formatDate(day, 'de')).toBe('12. März 2025');
  });
  it('falls back for an unknown tag', () => {
    expect(formatDate(day, 'not a tag!')).toMatch(/2025/);
  });
});

describe('formatMonth', () => {
  it('names the month in the language', () => {
    expect(formatMonth('2026-12', 'en')).toBe('December 2026');
    expect(formatMonth('2026-12', 'de')).toBe('Dezember 2026');
    expect(formatMonth('2027-01', 'en')).toBe('January 2027');
  });
  it('refuses what is not a year and month', () => {
    expect(formatMonth('2026-13', 'en')).toBeNull();
    expect(formatMonth('Dec 2026', 'en')).toBeNull();
  });
});
