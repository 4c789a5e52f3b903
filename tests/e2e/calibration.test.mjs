// "How sure are you?" in the real window: a learner says "I'm sure" before checking a scored answer
// that is wrong, reaches the lesson's end and reads how sure they were against how they did; the
// sentence is still there after finishing and opening the lesson again.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDriver, Session, waitForAppExit } from './webdriver.mjs';
import { firstScoredQuiz, stepTo } from './lesson.mjs';

const APP = process.env.KLAR_APP;
const DATA = mkdtempSync(join(tmpdir(), 'klar-e2e-calib-'));
let driver;

before(async () => {
  assert.ok(APP, 'KLAR_APP must name the built binary');
  driver = await startDriver({ KLAR_DATA_DIR: DATA, KLAR_LOCALE: 'en_US.UTF-8' });
});

after(async () => {
  driver?.kill();
  rmSync(DATA, { recursive: true, force: true });
});

/** Moves forward to the lesson's last step (the one with Finish). */
async function toLastStep(s) {
  for (let i = 0; i < 60 && !(await s.exists('[data-testid="finish"]')); i++) {
    const id = await s.attr('[data-testid="step"]', 'data-step-id');
    await s.click('[data-testid="next"]');
    await s.waitUntil(async () => (await s.attr('[data-testid="step"]', 'data-step-id')) !== id, 'another step shows');
  }
  await s.waitFor('[data-testid="finish"]');
}

const EXPECTED = 'You were sure and wrong once — just like the model in lesson 6.';

test('sure and wrong: the lesson ends with the calibration sentence and picture', async () => {
  const quiz = firstScoredQuiz();
  const wrong = quiz.options.find((o) => !quiz.correct.includes(o));
  const s = await Session.open(APP);
  try {
    // English is preselected from the OS.
    await s.click('[data-testid="lang-continue"]');
    await s.click('[data-testid="welcome-start"]');
    await s.click('[data-testid="mode-personal"]');
    await s.click('[data-testid="mode-continue"]');
    await s.click('[data-testid="learner-new"]');
    await s.type('[data-testid="learner-name"]', 'Sam');
    await s.click('[data-testid="avatar-tree"]');
    await s.click('[data-testid="learner-create"]');
    await s.waitFor('[data-testid="lesson-1"]');

    await s.click('[data-testid="lesson-open-1"]');
    await s.waitFor('[data-testid="player-title"]');
    await stepTo(s, (_, id) => id === quiz.id, `quiz ${quiz.id}`);

    // Check waits for "How sure are you?".
    await s.click(`[data-testid="option-${wrong}"]`);
    assert.equal(await s.attr('[data-testid="quiz-check"]', 'disabled'), 'true', 'Check waits for a confidence');
    await s.click('[data-testid="confidence-sure"]');
    await s.waitUntil(async () => (await s.attr('[data-testid="quiz-check"]', 'disabled')) === null, 'Check is enabled');
    await s.screenshot('calibration-ask');
    await s.click('[data-testid="quiz-check"]');
    await s.waitFor('[data-testid="quiz-verdict"]');
    assert.equal(await s.attr('[data-testid="quiz-verdict"]', 'data-correct'), 'false');
    assert.ok((await s.text('[data-testid="confidence-said"]')).includes("I'm sure"));
    // A retry is not asked again, and the right answer now does not change the first one.
    await s.click('[data-testid="quiz-retry"]');
    assert.equal(await s.exists('[data-testid="confidence"]'), false, 'no second "How sure are you?"');
    await s.click(`[data-testid="option-${quiz.correct[0]}"]`);
    await s.click('[data-testid="quiz-check"]');
    await s.waitUntil(async () => (await s.attr('[data-testid="quiz-verdict"]', 'data-correct')) === 'true', 'the verdict says correct');

    // The lesson's end: the sentence and the picture.
    await toLastStep(s);
    await s.waitFor('[data-testid="calibration-sentence"]');
    assert.equal(await s.attr('[data-testid="calibration-sentence"]', 'data-rule'), 'sure_wrong');
    assert.equal((await s.text('[data-testid="calibration-sentence"]')).replace(/[\u2068\u2069]/g, ''), EXPECTED);
    assert.equal(await s.attr('[data-testid="calibration-sure-wrong"]', 'data-count'), '1');
    assert.equal(await s.attr('[data-testid="calibration-sure-right"]', 'data-count'), '0');
    await s.screenshot('calibration-end');

    // Finished, and opened again: it was stored with the first answer.
    await s.click('[data-testid="finish"]');
    await s.waitFor('[data-testid="lesson-open-1"]');
    await s.click('[data-testid="lesson-open-1"]');
    await s.waitFor('[data-testid="player-title"]');
    await toLastStep(s);
    await s.waitFor('[data-testid="calibration-sentence"]');
    assert.equal((await s.text('[data-testid="calibration-sentence"]')).replace(/[\u2068\u2069]/g, ''), EXPECTED);
  } finally {
    await s.close();
    await waitForAppExit(APP);
  }
});
