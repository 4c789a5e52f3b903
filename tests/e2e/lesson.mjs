// What the journeys need to know about a lesson and how to walk through it in the window.

import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The first scored quiz of lesson 1, read from its lesson.toml (step id, options, key). */
export function firstScoredQuiz() {
  const toml = readFileSync(join(REPO, 'lessons/spot-the-ai/lesson.toml'), 'utf8');
  for (const block of toml.split('[[steps]]').slice(1)) {
    const get = (k) => block.match(new RegExp(`^${k}\\s*=\\s*(.+)$`, 'm'))?.[1]?.trim();
    const list = (k) => [...(get(k) ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    if (get('kind') === '"quiz"' && get('scored') !== 'false' && get('select') === '"single"') {
      return { id: JSON.parse(get('id')), options: list('options'), correct: list('correct') };
    }
  }
  throw new Error('lesson 1 has no single-choice scored quiz');
}

/** Walks through the lesson (forward, then back) until `predicate(kind, id)` holds. */
export async function stepTo(s, predicate, what) {
  for (const dir of ['next', 'prev']) {
    for (let i = 0; i < 40; i++) {
      const kind = await s.attr('[data-testid="step"]', 'data-kind');
      const id = await s.attr('[data-testid="step"]', 'data-step-id');
      if (predicate(kind, id)) return;
      if (!(await s.exists(`[data-testid="${dir}"]:not([disabled])`))) break;
      await s.click(`[data-testid="${dir}"]`);
      await s.waitUntil(async () => (await s.attr('[data-testid="step"]', 'data-step-id')) !== id, 'another step shows');
    }
  }
  throw new Error(`never reached ${what}`);
}

/** The value of a one-line interface message (locales/<locale>/<file>, main.ftl unless named). */
export function ftl(locale, id, file = 'main.ftl') {
  const src = readFileSync(join(REPO, 'locales', locale, file), 'utf8');
  const m = src.match(new RegExp(`^${id} = (.+)$`, 'm'));
  assert.ok(m, `${locale}/${id} is a one-line message`);
  return m[1].trim();
}
