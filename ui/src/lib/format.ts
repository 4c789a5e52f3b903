// Formatting for people, with Intl in the UI's language. The UI formats; Rust decides.

/** "14:05" today, "12 Mar 2025, 14:05" on another day – in the conventions of `tag`. */
export function formatSavedTime(ms: number, tag: string, now: number = Date.now()): string {
  const when = new Date(ms);
  const today = new Date(now);
  const sameDay =
    when.getFullYear() === today.getFullYear() && when.getMonth() === today.getMonth() && when.getDate() === today.getDate();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { timeStyle: 'short' }
    : { dateStyle: 'medium', timeStyle: 'short' };
  try {
    return new Intl.DateTimeFormat(tag, options).format(when);
  } catch {
    return new Intl.DateTimeFormat(undefined, options).format(when);
  }
}

/** A whole number in the conventions of `tag` (Arabic-Indic digits where they are used). */
export function formatNumber(n: number, tag: string): string {
  try {
    return new Intl.NumberFormat(tag).format(n);
  } catch {
    return String(n);
  }
}

/** Today's date (or `ms`'s) written out, e.g. "12 March 2025" – for the printed summary's footer. */
export function formatDate(ms: number, tag: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long' };
  try {
    return new Intl.DateTimeFormat(tag, options).format(new Date(ms));
  } catch {
    return new Intl.DateTimeFormat(undefined, options).format(new Date(ms));
  }
}

/** A "2026-12" year-month written out, e.g. "December 2026" or "Dezember 2026"; null if malformed. */
export function formatMonth(yearMonth: string, tag: string): string | null {
  const m = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  // Mid-month at noon UTC, formatted in UTC: no time zone can move it into another month.
  const when = new Date(Date.UTC(Number(m[1]), month - 1, 15, 12));
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(tag, options).format(when);
  } catch {
    return new Intl.DateTimeFormat(undefined, options).format(when);
  }
}
