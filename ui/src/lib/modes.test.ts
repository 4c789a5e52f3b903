import { describe, expect, it } from 'vitest';
import { adminPinLooksValid, pinLooksValid } from './modes';

describe('PIN shapes (Rust decides; these only enable the buttons)', () => {
  it('a new admin PIN has 6 to 8 digits', () => {
    for (const ok of ['123456', '12345678']) expect(adminPinLooksValid(ok)).toBe(true);
    for (const bad of ['1234', '12345', '123456789', '12345a', '١٢٣٤٥٦']) expect(adminPinLooksValid(bad)).toBe(false);
  });

  it("a learner's PIN may still have 4 digits", () => {
    expect(pinLooksValid('1357')).toBe(true);
    expect(pinLooksValid('123')).toBe(false);
  });
});
