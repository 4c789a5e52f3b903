// What a click on a link inside lesson text means. Rust turns `glossary:term` links into
// "#glossary/term"; every other link is shown but never followed (Klar works offline).

export type LinkAction = { kind: 'glossary'; term: string } | { kind: 'inert'; href: string };

export function linkAction(href: string | null): LinkAction {
  const h = href ?? '';
  const m = /^#glossary\/(.+)$/.exec(h);
  if (m) {
    try {
      return { kind: 'glossary', term: decodeURIComponent(m[1]) };
    } catch {
      return { kind: 'glossary', term: m[1] };
    }
  }
  return { kind: 'inert', href: h };
}
