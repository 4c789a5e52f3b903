// A demo step closes its loop in the real window, with the real model: in lesson 4 the learner
// guesses first, runs the next-token explorer, and the debrief shows their own top token and its
// probability next to their guess – also after the lesson is opened again (Rust kept it).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDriver, Session } from './webdriver.mjs';
import { stepTo } from './lesson.mjs';

const APP = process.env.KLAR_APP;
const DATA = mkdtempSync(join(tmpdir(), 'klar-e2e-debrief-'));
// "How chatbots write" is lesson 4 in lessons/course.toml; its demo step is the next-token explorer.
const LESSON = 4;
const STEP = 'explore-next-token';
let driver;

before(async () => {
  assert.ok(APP, 'KLAR_APP must name the built binary');
  driver = await startDriver({ KLAR_DATA_DIR: DATA, KLAR_LOCALE: 'en_US.UTF-8' });
});

after(async () => {
  driver?.kill();
  rmSync(DATA, { recursive: true, force: true });
});

const firstBar = (s) =>
  s.execute(
    'const b = document.querySelector("[data-testid=\\"nt-bars-bar\\"]"); return b ? [b.dataset.label, b.querySelector(".value").textContent] : null;',
  );

test("a demo step's debrief shows the learner's own value next to their guess", async () => {
  const s = await Session.open(APP);
  try {
    await s.click('[data-testid="lang-continue"]');
    await s.click('[data-testid="welcome-start"]');
    await s.click('[data-testid="mode-personal"]');
    await s.click('[data-testid="mode-continue"]');
    await s.click('[data-testid="learner-new"]');
    await s.type('[data-testid="learner-name"]', 'Debrief');
    await s.click('[data-testid="learner-create"]');
    await s.click(`[data-testid="lesson-open-${LESSON}"]`);
    await s.waitFor('[data-testid="step"]');
    await stepTo(s, (kind, id) => kind === 'demo' && id === STEP, `the demo step ${STEP}`);

    // Guess first: the demo opens only after it, and the debrief waits for a run.
    assert.ok(await s.exists('[data-testid="demo-run-locked"]'), 'the demo waits for the guess');
    assert.ok(await s.exists('[data-testid="demo-debrief-waiting"]'));
    await s.click('[data-testid="demo-predict-option"][data-option="b"]');
    await s.waitFor('[data-testid="demo-predicted"][data-option="b"]');
    const guess = await s.text('[data-testid="demo-predicted"] .guess');

    // Run: the bars of the lesson's preset, with the real model.
    await s.click('[data-testid="nt-show"]');
    await s.waitUntil(async () => (await firstBar(s)) !== null, 'the bars', 60000);
    const [label, percent] = await firstBar(s);
    // The bar shows spaces as "␣"; the debrief shows the token itself.
    const token = label.replace(/␣/g, ' ').trim();
    assert.ok(token.length > 0, `a visible top token: ${label}`);

    // Debrief: the learner's own top token and probability, and their guess beside it.
    await s.waitFor('[data-testid="demo-debrief-text"] .own-value');
    const values = await s.execute('return [...document.querySelectorAll("[data-testid=\\"demo-debrief-text\\"] .own-value")].map(e => e.textContent)');
    assert.deepEqual(values, [token, percent], 'the debrief names the top token and its probability as the bars show them');
    assert.ok((await s.text('[data-testid="demo-expected"]')).includes(guess), 'the guess is shown next to the result');
    await s.screenshot('demo-debrief');

    // Kept by Rust: back home and into the lesson again, the same values are there.
    await s.click('[data-testid="back"]');
    await s.click(`[data-testid="lesson-open-${LESSON}"]`);
    await s.waitFor('[data-testid="step"]');
    await stepTo(s, (kind, id) => kind === 'demo' && id === STEP, `the demo step ${STEP} again`);
    await s.waitFor('[data-testid="demo-debrief-text"] .own-value');
    const again = await s.execute('return [...document.querySelectorAll("[data-testid=\\"demo-debrief-text\\"] .own-value")].map(e => e.textContent)');
    assert.deepEqual(again, values);
    assert.equal(await s.attr('[data-testid="demo-predicted"]', 'data-option'), 'b');
  } finally {
    await s.close();
  }
});
