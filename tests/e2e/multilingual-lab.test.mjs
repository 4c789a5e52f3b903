// The lab in the learner's language, with the real multilingual model (Gemma 3 270M) next to
// SmolLM2: the next-token explorer starts from the German or Arabic preset and shows bars from
// Gemma for a German and an Arabic prompt; the tokenizer view shows both tokenizers' counts.
// Screenshots: lab-de-explorer, lab-de-tokenizers, lab-ar-explorer.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDriver, Session, sleep } from './webdriver.mjs';
import { ftl } from './lesson.mjs';

const APP = process.env.KLAR_APP;
const dirs = [];
let driver;
let s;

after(async () => {
  await s?.close();
  driver?.kill();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A first start in `locale` (the OS's language is preselected), as a new learner at home. */
async function firstStart(osLocale, name) {
  await s?.close();
  driver?.kill();
  const data = mkdtempSync(join(tmpdir(), 'klar-e2e-multi-'));
  dirs.push(data);
  driver = await startDriver({ KLAR_DATA_DIR: data, KLAR_LOCALE: osLocale });
  s = await Session.open(APP);
  await s.click('[data-testid="lang-continue"]');
  await s.click('[data-testid="welcome-start"]');
  await s.click('[data-testid="mode-personal"]');
  await s.click('[data-testid="mode-continue"]');
  await s.click('[data-testid="learner-new"]');
  await s.type('[data-testid="learner-name"]', name);
  await s.click('[data-testid="learner-create"]');
  await s.waitFor('[data-testid="lesson-1"]');
}

async function openDemo(name) {
  if (!(await s.exists('[data-testid="lab-page"]'))) await s.click('[data-testid="open-lab"]');
  if (await s.exists('[data-testid="lab-all-demos"]')) await s.click('[data-testid="lab-all-demos"]');
  await s.click(`[data-testid="lab-open-${name}"]`);
  await s.waitFor(`[data-testid="demo-${name}"]`);
}

const value = (sel) => s.execute(`return document.querySelector('${sel}').value`);
const setPrompt = (text) =>
  s.execute(
    `const p = document.querySelector('[data-testid="nt-prompt"]'); p.value = ${JSON.stringify(text)}; p.dispatchEvent(new Event('input', { bubbles: true }));`,
  );
const barLabels = () => s.execute('return [...document.querySelectorAll("[data-testid=\\"nt-bars-bar\\"]")].map(b => b.dataset.label)');

/** Brings `sel` to the top of the window for a screenshot (at once, not with smooth scrolling). */
async function scrollTo(sel) {
  await s.execute(`document.querySelector('${sel}').scrollIntoView({ behavior: 'instant', block: 'start' })`);
  await sleep(300);
}

async function showBars() {
  const before = JSON.stringify(await barLabels());
  await s.click('[data-testid="nt-show"]');
  await s.waitUntil(async () => {
    const now = await barLabels();
    return now.length === 10 && JSON.stringify(now) !== before;
  }, 'ten new bars', 90000);
  return barLabels();
}

test('German: the explorer and the tokenizer view run on the multilingual model', async () => {
  await firstStart('de_DE.UTF-8', 'Jonas');
  await openDemo('next-token');
  // The preset in German, and the line saying which model answers and why.
  assert.match(await value('[data-testid="nt-prompt"]'), /Winterabend/);
  assert.match(await s.execute('return document.querySelector(\'[data-testid="model-line-why"]\').innerText'), /Gemma/);
  assert.equal(await s.execute('return document.querySelector(\'[data-testid="nt-language-note"]\').innerText'), ftl('de', 'lab-multilingual-note', 'lab.ftl'));
  await showBars();
  await setPrompt('Am Sonntagmorgen trinke ich gern eine Tasse');
  const bars = (await showBars()).map((l) => l.replace(/\u2423/g, ' ').trim());
  assert.ok(bars.includes('Kaffee') && bars.includes('Tee'), `German drinks from Gemma: ${bars}`);
  await scrollTo('[data-testid="nt-text"]');
  await s.screenshot('lab-de-explorer');

  await openDemo('tokenizer');
  await s.click('[data-testid="tok-compare"]');
  await s.waitFor('[data-testid="tokenizer-compare-row"]', 60000);
  const rows = await s.execute(
    'return [...document.querySelectorAll("[data-testid=\\"tokenizer-compare-row\\"]")].map(r => [r.dataset.label, ...[...r.querySelectorAll("[data-testid=\\"tokenizer-compare-count\\"]")].map(c => Number(c.innerText.replace(/\\D/g, "")))])',
  );
  assert.equal(rows.length, 6, `one row per language: ${JSON.stringify(rows)}`);
  for (const [label, smol, gemma] of rows) assert.ok(smol > 0 && gemma > 0, `${label}: both tokenizers counted`);
  const costlier = rows.filter(([, smol, gemma]) => smol > gemma).length;
  assert.ok(costlier >= 4, `SmolLM2's English tokenizer needs more tokens for most languages: ${JSON.stringify(rows)}`);
  await scrollTo('[data-testid="tokenizer-compare"]');
  await s.screenshot('lab-de-tokenizers');
});

test('Arabic: the explorer continues an Arabic prompt in Arabic', async () => {
  await firstStart('ar_SY.UTF-8', 'ليلى');
  await openDemo('next-token');
  assert.match(await value('[data-testid="nt-prompt"]'), /[\u0600-\u06FF]/, 'the Arabic preset');
  await setPrompt('عاصمة فرنسا هي');
  const bars = await showBars();
  const arabic = bars.filter((l) => /[\u0600-\u06FF]/.test(l));
  assert.ok(arabic.length >= 5, `Arabic tokens among the bars: ${bars}`);
  assert.equal(await s.execute('return document.documentElement.dir'), 'rtl');
  await scrollTo('[data-testid="nt-text"]');
  await s.screenshot('lab-ar-explorer');
});
