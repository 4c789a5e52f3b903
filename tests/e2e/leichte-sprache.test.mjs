// Leichte Sprache in the real window: first start in Leichte Sprache, then lesson 1's warm-up and
// a scored question with its feedback — the lesson text and the interface strings around it are
// the Leichte Sprache versions (from lessons/*/de-x-ls.md and locales/de-x-ls/), not German.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDriver, Session, waitForAppExit } from './webdriver.mjs';
import { firstScoredQuiz, ftl, stepTo } from './lesson.mjs';

const APP = process.env.KLAR_APP;
const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA = mkdtempSync(join(tmpdir(), 'klar-e2e-ls-'));
let driver;

/** The first line of lesson 1's step `step` in `locale` (or of one option's `@feedback` in it), as plain text. */
function firstLine(locale, step, feedbackOf = null) {
  const src = readFileSync(join(REPO, 'lessons/spot-the-ai', `${locale}.md`), 'utf8');
  const lines = src.split('\n');
  const stepAt = lines.findIndex((l) => l.trim() === `@step ${step}`);
  assert.ok(stepAt >= 0, `${locale}.md has @step ${step}`);
  const at = feedbackOf === null ? stepAt : lines.findIndex((l, i) => i > stepAt && l.trim() === `@feedback ${feedbackOf}`);
  assert.ok(at >= 0, `${locale}.md has @feedback ${feedbackOf} in ${step}`);
  const line = lines.slice(at + 1).find((l) => l.trim().length > 0 && !l.startsWith('#'));
  return line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').trim();
}

before(async () => {
  assert.ok(APP, 'KLAR_APP must name the built binary');
  driver = await startDriver({ KLAR_DATA_DIR: DATA, KLAR_LOCALE: 'de_DE.UTF-8' });
});

after(async () => {
  driver?.kill();
  rmSync(DATA, { recursive: true, force: true });
});

test('Leichte Sprache: first start, the warm-up and a scored question, all in Leichte Sprache', async () => {
  const s = await Session.open(APP);
  try {
    await s.click('[data-testid="lang-de-x-ls"]');
    await s.click('[data-testid="lang-continue"]');
    // The welcome screen speaks Leichte Sprache, not German.
    await s.waitFor('[data-testid="welcome-start"]');
    const welcome = await s.text('main');
    assert.ok(welcome.includes(ftl('de-x-ls', 'welcome-offline')), `the Leichte Sprache welcome: ${welcome}`);
    assert.ok(!welcome.includes(ftl('de', 'welcome-offline')), 'not the German one');
    await s.click('[data-testid="welcome-start"]');
    await s.click('[data-testid="mode-personal"]');
    await s.click('[data-testid="mode-continue"]');
    await s.click('[data-testid="learner-new"]');
    await s.type('[data-testid="learner-name"]', 'Mia');
    await s.click('[data-testid="learner-create"]');
    await s.waitFor('[data-testid="lesson-1"]');
    assert.ok((await s.text('[data-testid="lesson-1"]')).includes(ftl('de-x-ls', 'lesson-state-not-started')), 'the course map in Leichte Sprache');

    await s.click('[data-testid="lesson-open-1"]');
    await s.waitFor('[data-testid="player-title"]');
    // The warm-up: the Leichte Sprache question and the interface's own words for it.
    await stepTo(s, (_, id) => id === 'warmup', 'the warm-up');
    const warmup = await s.text('[data-testid="step"]');
    assert.ok(warmup.includes(firstLine('de-x-ls', 'warmup')), `the warm-up in Leichte Sprache: ${warmup}`);
    // (The heading is set in capitals by CSS, and WebDriver reads what is shown.)
    assert.ok((await s.text('main')).toLowerCase().includes(ftl('de-x-ls', 'quiz-warmup-title').toLowerCase()), 'the warm-up heading in Leichte Sprache');
    await s.screenshot('ls-warmup');

    // A scored question: its text, a wrong answer's feedback and the retry button.
    const quiz = firstScoredQuiz();
    const wrong = quiz.options.find((o) => !quiz.correct.includes(o));
    await stepTo(s, (_, id) => id === quiz.id, `quiz ${quiz.id}`);
    const question = await s.text('[data-testid="step"]');
    assert.ok(question.includes(firstLine('de-x-ls', quiz.id)), `the question in Leichte Sprache: ${question}`);
    assert.ok((await s.text('main')).includes(ftl('de-x-ls', 'quiz-choose-one')), 'the hint in Leichte Sprache');
    await s.click(`[data-testid="option-${wrong}"]`);
    await s.click('[data-testid="confidence-think"]');
    await s.click('[data-testid="quiz-check"]');
    await s.waitFor('[data-testid="quiz-verdict"]');
    const feedback = await s.text(`[data-testid="feedback-${wrong}"]`);
    assert.ok(feedback.includes(firstLine('de-x-ls', quiz.id, wrong)), `the feedback in Leichte Sprache: ${feedback}`);
    assert.ok((await s.text('[data-testid="quiz-retry"]')).includes(ftl('de-x-ls', 'quiz-try-again')), 'the retry button in Leichte Sprache');
    await s.screenshot('ls-quiz-feedback');
  } finally {
    await s.close();
    await waitForAppExit(APP);
  }
});
