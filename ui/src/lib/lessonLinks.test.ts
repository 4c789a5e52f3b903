import { describe, expect, it } from 'vitest';
import { linkAction } from './lessonLinks';

describe('linkAction', () => {
  it('recognizes glossary links', () => {
    expect(linkAction('#glossary/next-token-prediction')).toEqual({ kind: 'glossary', term: 'next-token-prediction' });
  });
  it('keeps every other link inert', () => {
    expect(linkAction('https://example.org/')).toEqual({ kind: 'inert', href: 'https://example.org/' });
    expect(linkAction(null)).toEqual({ kind: 'inert', href: '' });
  });
});
