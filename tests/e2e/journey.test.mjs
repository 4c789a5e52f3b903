// The foundation journey in the real Klar window: first start → German → a learner → lesson 1
// → a wrong answer with its feedback, then the right one → a reflection → quit → start again →
// everything is still there; and a guest's work is gone after a restart.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDriver, Session, waitForAppExit, sleep } from './webdriver.mjs';
import { firstScoredQuiz, stepTo } from './lesson.mjs';

const APP = process.env.KLAR_APP;
const DATA = mkdtempSync(join(tmpdir(), 'klar-e2e-'));
let driver;
// The buttons of saved learners (learner-<id>), not "new learner" or "guest".
const LEARNER_BUTTONS =
  'return [...document.querySelectorAll("[data-testid^=\\"learner-\\"]")].filter(e => /^learner-\\d+$/.test(e.getAttribute("data-testid")))';

before(async () => {
  assert.ok(APP, 'KLAR_APP must name the built binary');
  driver = await startDriver({ KLAR_DATA_DIR: DATA, KLAR_LOCALE: 'en_US.UTF-8' });
});

after(async () => {
  driver?.kill();
  rmSync(DATA, { recursive: true, force: true });
});

test('first start in German, a lesson, a restart, and a guest who leaves nothing behind', async () => {
  const quiz = firstScoredQuiz();
  const wrong = quiz.options.find((o) => !quiz.correct.includes(o));
  const reflection = 'Ich würde nachfragen, woher die Empfehlung kommt.';

  // First start: English is preselected from the OS; the learner chooses German.
  let s = await Session.open(APP);
  const t0 = Date.now();
  await s.click('[data-testid="lang-de"]');
  await s.click('[data-testid="lang-continue"]');
  await s.waitUntil(async () => (await s.execute('return document.documentElement.lang')) === 'de', '<html lang="de">');
  assert.equal(await s.execute('return document.documentElement.dir'), 'ltr');
  await s.click('[data-testid="welcome-start"]');
  // At home: no PIN needed.
  await s.click('[data-testid="mode-personal"]');
  await s.click('[data-testid="mode-continue"]');

  await s.click('[data-testid="learner-new"]');
  await s.type('[data-testid="learner-name"]', 'Aylin');
  await s.click('[data-testid="avatar-tree"]');
  await s.click('[data-testid="learner-create"]');
  await s.waitFor('[data-testid="lesson-1"]');
  console.log(`# first start to course map (including the learner's clicks): ${Date.now() - t0} ms`);
  assert.equal(await s.attr('[data-testid="lesson-1"] [data-testid="lesson-state"]', 'data-state'), 'not_started');
  await s.screenshot('de-home');

  await s.click('[data-testid="lesson-open-1"]');
  await s.waitFor('[data-testid="player-title"]');
  await stepTo(s, (_, id) => id === quiz.id, `quiz ${quiz.id}`);

  // A wrong answer shows its own feedback; then the right one.
  await s.click(`[data-testid="option-${wrong}"]`);
  await s.click('[data-testid="confidence-think"]');
  await s.click('[data-testid="quiz-check"]');
  await s.waitFor('[data-testid="quiz-verdict"]');
  assert.equal(await s.attr('[data-testid="quiz-verdict"]', 'data-correct'), 'false');
  const feedback = await s.text(`[data-testid="feedback-${wrong}"]`);
  assert.ok(feedback.length > 10, `feedback for a wrong answer: ${feedback}`);
  await s.screenshot('de-quiz-wrong');
  await s.click('[data-testid="quiz-retry"]');
  await s.click(`[data-testid="option-${quiz.correct[0]}"]`);
  await s.click('[data-testid="quiz-check"]');
  await s.waitUntil(async () => (await s.attr('[data-testid="quiz-verdict"]', 'data-correct')) === 'true', 'the verdict says correct');

  await stepTo(s, (kind) => kind === 'reflect', 'the reflection step');
  await s.type('[data-testid="reflection"]', reflection);
  await s.click('[data-testid="reflection-save"]');
  await s.waitUntil(async () => (await s.attr('[data-testid="reflection-status"]', 'data-saved')) === 'true', 'the reflection is saved');
  const reflectStep = await s.attr('[data-testid="step"]', 'data-step-id');
  await s.screenshot('de-reflection');
  await s.close();
  await waitForAppExit(APP);

  // Start again: the learner, the progress and the reflection are there.
  s = await Session.open(APP);
  const t1 = Date.now();
  await s.waitFor('[data-testid="learner-new"]');
  console.log(`# restart to learner list: ${Date.now() - t1} ms`);
  assert.equal(await s.execute('return document.documentElement.lang'), 'de', 'the language is remembered');
  const names = await s.execute(LEARNER_BUTTONS + '.map(e => e.getAttribute("data-testid") + "=" + e.textContent)');
  const mine = names.find((n) => n.includes('Aylin'));
  assert.ok(mine, `Aylin is listed: ${names}`);
  await s.click(`[data-testid="${mine.split('=')[0]}"]`);
  await s.waitFor('[data-testid="lesson-1"]');
  assert.equal(await s.attr('[data-testid="lesson-1"] [data-testid="lesson-state"]', 'data-state'), 'in_progress');
  await s.click('[data-testid="lesson-open-1"]');
  await s.waitFor('[data-testid="step"]');
  assert.equal(await s.attr('[data-testid="step"]', 'data-step-id'), reflectStep, 'the lesson resumes where it was left');
  assert.equal(await s.execute('return document.querySelector("[data-testid=\\"reflection\\"]").value'), reflection);

  // A guest: the screen says the work is temporary; after a restart it is gone.
  await s.click('[data-testid="back"]');
  await s.click('[data-testid="switch-learner"]');
  await s.click('[data-testid="learner-guest"]');
  await s.waitFor('[data-testid="guest-banner"]');
  await s.click('[data-testid="lesson-open-1"]');
  await stepTo(s, (kind) => kind === 'reflect', 'the reflection step (guest)');
  await s.type('[data-testid="reflection"]', 'GUEST-ONLY-NOTE');
  await s.click('[data-testid="reflection-save"]');
  await s.waitUntil(async () => (await s.attr('[data-testid="reflection-status"]', 'data-saved')) === 'true', 'the guest reflection is saved');
  await s.close();
  await waitForAppExit(APP);

  s = await Session.open(APP);
  await s.waitFor('[data-testid="learner-new"]');
  const after = (await s.execute(LEARNER_BUTTONS + '.map(e => e.textContent)')).join('|');
  assert.ok(after.includes('Aylin'), after);
  assert.ok(!after.includes('Gast'), `no guest is listed: ${after}`);
  await s.screenshot('de-learners-after-restart');
  await s.close();
  await waitForAppExit(APP);
  await sleep(200);
  for (const f of ['klar.sqlite', 'klar.sqlite-wal']) {
    const p = join(DATA, f);
    if (existsSync(p)) assert.ok(!readFileSync(p).includes('GUEST-ONLY-NOTE'), `the guest's note is gone from ${f}`);
  }
});
