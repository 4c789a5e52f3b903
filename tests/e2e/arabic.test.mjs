// Arabic in the real window: the whole layout mirrors (dir="rtl"), texts are translated, and a
// screenshot of the course map is kept as a test artifact.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDriver, Session, waitForAppExit } from './webdriver.mjs';
import { ftl } from './lesson.mjs';

const APP = process.env.KLAR_APP;
const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA = mkdtempSync(join(tmpdir(), 'klar-e2e-ar-'));
let driver;

function lessonTitle(slug, locale) {
  const src = readFileSync(join(REPO, 'lessons', slug, `${locale}.md`), 'utf8');
  return JSON.parse(src.match(/^title = (".*")$/m)[1]);
}

before(async () => {
  assert.ok(APP, 'KLAR_APP must name the built binary');
  // No model in this run: the lab's "model missing" message, built in Rust with a folder path
  // inside Arabic text, must keep the path in order.
  driver = await startDriver({ KLAR_DATA_DIR: DATA, KLAR_LOCALE: 'ar_SY.UTF-8', KLAR_MODELS_DIR: join(DATA, 'no-models') });
});

after(async () => {
  driver?.kill();
  rmSync(DATA, { recursive: true, force: true });
});

test('Arabic: right to left, translated, mirrored', async () => {
  const s = await Session.open(APP);
  try {
    // The OS asks for Arabic: it is preselected and the picker is already right to left.
    await s.waitFor('[data-testid="lang-ar"]');
    await s.click('[data-testid="lang-ar"]');
    await s.click('[data-testid="lang-continue"]');
    await s.waitUntil(async () => (await s.execute('return document.documentElement.dir')) === 'rtl', '<html dir="rtl">');
    assert.equal(await s.execute('return document.documentElement.lang'), 'ar');
    await s.click('[data-testid="welcome-start"]');
    // The mode choice, right to left (a screenshot to look at), then home use.
    await s.click('[data-testid="mode-classroom"]');
    await s.waitFor('[data-testid="mode-pin"]');
    await s.screenshot('ar-mode-choice');
    await s.click('[data-testid="mode-personal"]');
    await s.click('[data-testid="mode-continue"]');
    await s.click('[data-testid="learner-new"]');
    await s.type('[data-testid="learner-name"]', 'ليلى');
    await s.click('[data-testid="avatar-moon"]');
    await s.click('[data-testid="learner-create"]');
    await s.waitFor('[data-testid="lesson-1"]');

    const title = lessonTitle('spot-the-ai', 'ar');
    const card = await s.text('[data-testid="lesson-1"]');
    assert.ok(card.includes(title), `the card shows the Arabic title ${title}: ${card}`);
    assert.ok((await s.text('[data-testid="open-settings"]')).includes(ftl('ar', 'settings-title')));

    // Mirrored: the app's name sits at the right edge, the settings button at the left.
    const [brand, settings, width] = await s.execute(
      'return [document.querySelector(".app-name").getBoundingClientRect().left, document.querySelector("[data-testid=open-settings]").getBoundingClientRect().left, innerWidth]',
    );
    assert.ok(brand > width / 2, `the app name is on the right (${brand} of ${width})`);
    assert.ok(settings < width / 2, `the settings button is on the left (${settings} of ${width})`);
    // The bundled Arabic font is used, not whatever the PC happens to have.
    await s.waitUntil(
      async () =>
        (await s.execute('return [...document.fonts].filter(f => f.status === "loaded").map(f => f.family).join("|")')).includes('Klar Sans'),
      'the bundled font has loaded',
    );
    assert.ok(await s.execute('return document.fonts.check("16px \'Klar Sans\'", "ليلى")'), 'Klar Sans covers Arabic');
    await s.screenshot('ar-home');

    await s.click('[data-testid="lesson-open-1"]');
    await s.waitFor('[data-testid="player-title"]');
    assert.equal(await s.text('[data-testid="player-title"]'), title);
    await s.screenshot('ar-lesson');

    // The lab in Arabic: the privacy highlighter (no model needed) marks an Arabic message,
    // laid out right to left, with the explanation in Arabic.
    await s.click('[data-testid="open-lab"]');
    await s.click('[data-testid="lab-open-privacy"]');
    await s.waitFor('[data-testid="demo-privacy"]');
    await s.execute(
      `const t = document.querySelector('[data-testid="privacy-input"]');
       t.value = 'مرحبا، اسمي ليلى حسن. رقم هاتفي +49 171 2345678 وبريدي leila@example.com';
       t.dispatchEvent(new Event('input', { bubbles: true }));`,
    );
    await s.click('[data-testid="privacy-check"]');
    await s.waitFor('[data-testid="privacy-marked"] mark');
    const kinds = await s.execute('return [...document.querySelectorAll("[data-testid=\\"privacy-marked\\"] mark")].map(m => m.dataset.kind)');
    assert.deepEqual(kinds, ['name', 'phone', 'email']);
    assert.match(await s.text('[data-testid="privacy-kinds"]'), /[\u0600-\u06FF]/, 'the explanations are in Arabic');
    assert.equal(await s.execute('return getComputedStyle(document.querySelector("[data-testid=\\"demo-privacy\\"]")).direction'), 'rtl');
    await s.screenshot('ar-lab-privacy');

    // A message built in Rust: the folder path and the file name are isolated from the Arabic
    // around them (U+2068 … U+2069), so they read left to right, in order, inside the sentence.
    if (await s.exists('[data-testid="lab-all-demos"]')) await s.click('[data-testid="lab-all-demos"]');
    await s.click('[data-testid="lab-open-next-token"]');
    await s.click('[data-testid="nt-show"]');
    await s.waitFor('[data-testid="lab-error"][data-code="lab_model_missing"]');
    const message = await s.text('[data-testid="lab-error"] p');
    const folder = join(DATA, 'no-models');
    assert.ok(message.includes(`\u2068${folder}\u2069`), `the folder is isolated and whole: ${JSON.stringify(message)}`);
    assert.match(message, /^[\u0600-\u06FF]/, 'the sentence starts in Arabic');
    await s.screenshot('ar-lab-model-missing');
  } finally {
    await s.close();
    await waitForAppExit(APP);
  }
});
