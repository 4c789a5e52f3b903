// The classroom journey in the real window: first start in classroom mode with an admin PIN →
// the teacher adds two learners and gives them a picture password and a PIN → each signs in and
// answers a quiz in lesson 1 → the teacher's grid shows both, and a cell opens that learner's
// answers → the CSV export (written to KLAR_EXPORT_DIR instead of a save dialog) holds the grid's
// states and scores, with the time besides → the class's progress file, imported again, is
// previewed before it lands. On the way it keeps screenshots of the mode choice, the picture
// password, the teacher's grid and a cell's details in German and Arabic.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDriver, Session, waitForAppExit } from './webdriver.mjs';
import { firstScoredQuiz, stepTo } from './lesson.mjs';

const APP = process.env.KLAR_APP;
const DATA = mkdtempSync(join(tmpdir(), 'klar-e2e-class-'));
const EXPORTS = mkdtempSync(join(tmpdir(), 'klar-e2e-exports-'));
const PIN = '246813';
let driver;

/** RFC 4180 CSV (quotes, doubled quotes, CRLF) into rows of cells; the BOM is dropped. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The teacher's grid as the window shows it: per learner the name, then each lesson's cell
 *  (state in words, score, the screen reader's label). */
const GRID = `return [...document.querySelectorAll('[data-testid="class-grid"] tbody tr')]
  .map(tr => [tr.querySelector('th').textContent.trim(), ...[...tr.querySelectorAll('td button')].map(b => ({
    state: b.querySelector('.state').textContent.trim(),
    score: b.querySelector('.score').textContent.trim(),
    label: b.getAttribute('aria-label'),
  }))])`;

/** The id of the learner button or table row whose text includes `name` (waits until shown). */
async function learnerId(s, prefix, name) {
  let id;
  await s.waitUntil(async () => {
    id = await s.execute(
      `return [...document.querySelectorAll('[data-testid^="${prefix}"]')].find(e => e.textContent.includes(arguments[0]))?.getAttribute('data-testid')`,
      [name],
    );
    return Boolean(id);
  }, `${name} is shown (${prefix})`);
  return id.slice(prefix.length);
}

async function addLearner(s, name) {
  await s.type('[data-testid="teacher-learner-name"]', name);
  await s.click('[data-testid="teacher-learner-create"]');
  // The grid's rendered text from the page: WebKitWebDriver's own element text leaves out the
  // sticky name column (it is on screen, as the screenshots show).
  await s.waitUntil(
    async () => (await s.execute('return document.querySelector("[data-testid=class-grid]")?.innerText ?? ""')).includes(name),
    `${name} is in the grid`,
  );
}

async function unlockTeacher(s) {
  await s.click('[data-testid="teacher-open"]');
  await s.type('[data-testid="teacher-pin"]', PIN);
  await s.click('[data-testid="teacher-pin-submit"]');
  await s.waitFor('[data-testid="teacher-view"]');
}

/** Opens lesson 1 and answers its first scored quiz (wrong first if `wrongFirst`). */
async function answerQuiz(s, wrongFirst) {
  const quiz = firstScoredQuiz();
  await s.click('[data-testid="lesson-open-1"]');
  await s.waitFor('[data-testid="player-title"]');
  await stepTo(s, (_, id) => id === quiz.id, `quiz ${quiz.id}`);
  if (wrongFirst) {
    await s.click(`[data-testid="option-${quiz.options.find((o) => !quiz.correct.includes(o))}"]`);
    await s.click('[data-testid="confidence-think"]');
    await s.click('[data-testid="quiz-check"]');
    await s.waitFor('[data-testid="quiz-verdict"]');
    await s.click('[data-testid="quiz-retry"]');
  }
  await s.click(`[data-testid="option-${quiz.correct[0]}"]`);
  // "How sure are you?" comes with the first answer only.
  if (!wrongFirst) await s.click('[data-testid="confidence-think"]');
  await s.click('[data-testid="quiz-check"]');
  await s.waitUntil(async () => (await s.attr('[data-testid="quiz-verdict"]', 'data-correct')) === 'true', 'the verdict says correct');
  await s.click('[data-testid="back"]');
  await s.click('[data-testid="switch-learner"]');
  await s.waitFor('[data-testid="teacher-open"]');
}

before(async () => {
  assert.ok(APP, 'KLAR_APP must name the built binary');
  driver = await startDriver({
    KLAR_DATA_DIR: DATA,
    KLAR_LOCALE: 'de_DE.UTF-8',
    KLAR_EXPORT_DIR: EXPORTS,
    // "Import progress" opens the class file this test exports (debug builds only).
    KLAR_IMPORT_FILE: join(EXPORTS, 'klar-class-progress.json'),
  });
});

after(async () => {
  driver?.kill();
  rmSync(DATA, { recursive: true, force: true });
  rmSync(EXPORTS, { recursive: true, force: true });
});

test('classroom: two learners, the teacher grid shows both, a cell opens the answers, and the CSV holds the grid', async () => {
  const s = await Session.open(APP);
  try {
    await s.click('[data-testid="lang-de"]');
    await s.click('[data-testid="lang-continue"]');
    await s.click('[data-testid="welcome-start"]');

    // The mode choice: a classroom needs an admin PIN before it can continue.
    await s.click('[data-testid="mode-classroom"]');
    assert.equal(await s.attr('[data-testid="mode-continue"]', 'disabled'), 'true', 'no PIN yet');
    await s.type('[data-testid="mode-pin"]', PIN.slice(0, 4));
    assert.equal(await s.attr('[data-testid="mode-continue"]', 'disabled'), 'true', 'a new admin PIN has 6 to 8 digits');
    await s.type('[data-testid="mode-pin"]', PIN.slice(4));
    await s.screenshot('de-mode-choice');
    await s.click('[data-testid="mode-continue"]');

    // Whoever set up the classroom is its teacher: add two learners. Sign-in is on by default,
    // and the view says who has no picture password or PIN yet.
    await s.waitFor('[data-testid="teacher-view"]');
    await s.click('[data-testid="teacher-add"]');
    await addLearner(s, 'Aylin');
    await s.waitFor('[data-testid="teacher-added-no-secret"]');
    await addLearner(s, 'Ben');
    assert.equal(await s.execute('return document.querySelector("[data-testid=teacher-sign-in]").checked'), true, 'sign-in is on by default');
    await s.waitFor('[data-testid="teacher-sign-in-missing"]');

    // Aylin gets a picture password (and its card); Ben a PIN.
    await s.click(`[data-testid="grid-learner-${await learnerId(s, 'grid-learner-', 'Aylin')}"]`);
    await s.click('[data-testid="teacher-set-pictures"]');
    for (const p of ['cat', 'key', 'boat']) await s.click(`[data-testid="teacher-pictures-dialog"] [data-testid="picture-${p}"]`);
    await s.click('[data-testid="teacher-pictures-save"]');
    await s.waitFor('[data-testid="picture-card"]');
    assert.equal(await s.attr('[data-testid="card-picture-1"]', 'data-picture'), 'key');
    await s.screenshot('de-picture-card');
    await s.click('[data-testid="card-back"]');
    await s.click('[data-testid="teacher-back"]');
    await s.waitFor('[data-testid="teacher-view"]');
    await s.click(`[data-testid="grid-learner-${await learnerId(s, 'grid-learner-', 'Ben')}"]`);
    await s.click('[data-testid="teacher-set-pin"]');
    await s.type('[data-testid="teacher-learner-pin"]', '1357');
    await s.click('[data-testid="teacher-pin-save"]');
    await s.waitUntil(async () => (await s.text('[data-testid="teacher-secret-kind"]')).length > 0 && !(await s.exists('[data-testid="teacher-pin-set-dialog"][open]')), 'the PIN is set');
    await s.click('[data-testid="teacher-back"]');
    await s.click('[data-testid="teacher-lock"]');

    // The class list: names only, no "new learner". Aylin signs in with her pictures.
    await s.waitFor('[data-testid="teacher-open"]');
    assert.ok(!(await s.exists('[data-testid="learner-new"]')), 'learners cannot add themselves');
    await s.click(`[data-testid="learner-${await learnerId(s, 'learner-', 'Aylin')}"]`);
    await s.waitFor('[data-testid="picture-cat"]');
    await s.screenshot('de-picture-password');
    // A wrong try says how many are left; then the right pictures sign her in.
    for (const p of ['dog', 'key', 'boat']) await s.click(`[data-testid="picture-${p}"]`);
    await s.waitFor('[data-testid="sign-in-error"]');
    for (const p of ['cat', 'key', 'boat']) await s.click(`[data-testid="picture-${p}"]`);
    await s.waitFor('[data-testid="lesson-1"]');
    await answerQuiz(s, false);

    // Ben signs in with his PIN and needs two tries at the quiz.
    await s.click(`[data-testid="learner-${await learnerId(s, 'learner-', 'Ben')}"]`);
    await s.type('[data-testid="sign-in-pin"]', '1357');
    await s.click('[data-testid="sign-in-submit"]');
    await s.waitFor('[data-testid="lesson-1"]');
    await answerQuiz(s, true);

    // The teacher's grid shows both, with lesson 1 in progress and their first-try scores.
    await unlockTeacher(s);
    const rows = await s.execute(GRID);
    assert.equal(rows.length, 2, JSON.stringify(rows));
    const aylin = rows.find((r) => r[0] === 'Aylin');
    const ben = rows.find((r) => r[0] === 'Ben');
    assert.ok(aylin && ben, JSON.stringify(rows));
    assert.ok(aylin[1].state.length > 0 && ben[1].state.length > 0, 'each cell says its state in words');
    assert.notEqual(aylin[1].score, ben[1].score, `Aylin was right first time, Ben was not: ${aylin[1].score} / ${ben[1].score}`);
    assert.ok(aylin[1].label.startsWith('Aylin, Lektion 1: '), aylin[1].label);
    assert.ok(await s.exists('[data-testid="difficult-questions"] [data-testid="difficult-common-wrong"]'), "Ben's wrong first answer is named");
    await s.screenshot('de-teacher-grid');

    // A cell opens Ben's answers in lesson 1: wrong on the first try, with the answer he chose.
    const benId = await learnerId(s, 'grid-learner-', 'Ben');
    await s.click(`[data-testid="grid-cell-${benId}-1"]`);
    await s.waitFor('[data-testid="lesson-detail-dialog"][open] [data-testid="lesson-detail-answers"]');
    assert.ok(await s.exists('[data-testid="lesson-detail-answers"] [data-first-correct="false"]'), 'the first try was wrong');
    await s.screenshot('de-teacher-cell');
    await s.click('[data-testid="lesson-detail-close"]');
    await s.waitUntil(async () => !(await s.exists('[data-testid="lesson-detail-dialog"][open]')), 'the details close');

    // The CSV export holds the grid: the same states and scores per lesson, and the time besides.
    await s.click('[data-testid="teacher-export-csv"]');
    await s.waitFor('[data-testid="notice"]');
    assert.equal(await s.attr('[data-testid="notice"]', 'data-kind'), 'info', await s.text('[data-testid="notice"]'));
    assert.ok((await s.text('[data-testid="notice"]')).includes('klar-class-report.csv'), 'the notice names the file, not a path');
    const [header, ...csvRows] = parseCsv(readFileSync(join(EXPORTS, 'klar-class-report.csv'), 'utf8'));
    assert.equal(csvRows.length, rows.length);
    assert.equal(header.length, 1 + 3 * (rows[0].length - 1), 'state, score and time for each lesson');
    for (const [name, ...cells] of rows) {
      const line = csvRows.find((r) => r[0] === name);
      assert.ok(line, `${name} is in the CSV`);
      cells.forEach((c, i) => {
        assert.equal(line[1 + 3 * i], c.state, `${name}, lesson ${i + 1}: state`);
        if (line[2 + 3 * i]) assert.ok(c.label.includes(line[2 + 3 * i]), `${name}, lesson ${i + 1}: ${c.label} / ${line[2 + 3 * i]}`);
      });
    }

    // Moving progress: export the class, then import that file. A preview comes first and
    // changes nothing; Cancel forgets the file, and only "Importieren" merges it.
    await s.click('[data-testid="teacher-export-class"]');
    await s.waitUntil(async () => (await s.text('[data-testid="notice"]')).includes('klar-class-progress.json'), 'the class file is saved');
    await s.click('[data-testid="teacher-import"]');
    await s.waitFor('[data-testid="import-preview-dialog"] [data-testid="import-preview-counts"]');
    await s.screenshot('de-import-preview');
    await s.click('[data-testid="import-preview-cancel"]');
    await s.click('[data-testid="teacher-import"]');
    await s.click('[data-testid="import-preview-confirm"]');
    await s.waitUntil(
      async () => (await s.attr('[data-testid="notice"]', 'data-kind')) === 'info' && (await s.text('[data-testid="notice"]')).includes('Fortschritt importiert'),
      'the confirmed import reports what it merged',
    );

    // The same screens right to left: Arabic via the settings of a signed-in learner.
    await s.click('[data-testid="teacher-lock"]');
    await s.click(`[data-testid="learner-${await learnerId(s, 'learner-', 'Ben')}"]`);
    await s.type('[data-testid="sign-in-pin"]', '1357');
    await s.click('[data-testid="sign-in-submit"]');
    await s.click('[data-testid="open-settings"]');
    await s.execute(
      'const el = document.querySelector("[data-testid=settings-language]"); el.value = "ar"; el.dispatchEvent(new Event("change", { bubbles: true }));',
    );
    await s.waitUntil(async () => (await s.execute('return document.documentElement.dir')) === 'rtl', '<html dir="rtl">');
    await s.click('[data-testid="settings-close"]');
    await s.click('[data-testid="switch-learner"]');
    await s.click(`[data-testid="learner-${await learnerId(s, 'learner-', 'Aylin')}"]`);
    await s.waitFor('[data-testid="picture-cat"]');
    await s.screenshot('ar-picture-password');
    await s.click('[data-testid="sign-in-cancel"]');
    await unlockTeacher(s);
    await s.waitFor('[data-testid="class-grid"]');
    await s.screenshot('ar-teacher-grid');
    await s.click(`[data-testid="grid-cell-${benId}-1"]`);
    await s.waitFor('[data-testid="lesson-detail-dialog"][open] [data-testid="lesson-detail-answers"]');
    await s.screenshot('ar-teacher-cell');
  } finally {
    await s.close();
    await waitForAppExit(APP);
  }
});
