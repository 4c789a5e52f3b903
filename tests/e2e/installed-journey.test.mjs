// The first minutes of a new user on a German PC, short enough to run against an installed
// package (`cargo xtask package-test` runs it inside a clean Debian root on /usr/bin/klar) and
// against the development build in the normal suite: first start in German, a guest opens
// lesson 1, the lab's next-token explorer shows its ten bars from the model it finds, and About
// Klar lists the licences of the model, the fonts and every library inside.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDriver, Session } from './webdriver.mjs';

const APP = process.env.KLAR_APP;
const DATA = mkdtempSync(join(tmpdir(), 'klar-e2e-installed-'));
let driver;
let s;

before(async () => {
  assert.ok(APP, 'KLAR_APP must name the binary (built or installed)');
  // A German PC: the language comes from the system, as on a fresh installation.
  driver = await startDriver({ KLAR_DATA_DIR: DATA, KLAR_LOCALE: '', LC_ALL: '', LANG: 'de_DE.UTF-8' });
  s = await Session.open(APP);
});

after(async () => {
  await s?.close();
  driver?.kill();
  rmSync(DATA, { recursive: true, force: true });
});

test('first start in German, a guest opens lesson 1 and the explorer shows ten bars', async () => {
  await s.waitFor('[data-testid="lang-continue"]');
  assert.equal(await s.execute('return document.documentElement.lang'), 'de', 'the window speaks the system language');
  await s.click('[data-testid="lang-continue"]');
  await s.click('[data-testid="welcome-start"]');
  await s.click('[data-testid="mode-personal"]');
  await s.click('[data-testid="mode-continue"]');
  await s.click('[data-testid="learner-guest"]');
  await s.waitFor('[data-testid="guest-banner"]');

  await s.click('[data-testid="lesson-open-1"]');
  const title = await s.text('[data-testid="player-title"]');
  assert.match(title, /KI/, `lesson 1 opens in German: ${title}`);
  await s.screenshot('installed-lesson-1-de');

  await s.click('[data-testid="open-lab"]');
  if (await s.exists('[data-testid="lab-all-demos"]')) await s.click('[data-testid="lab-all-demos"]');
  await s.click('[data-testid="lab-open-next-token"]');
  await s.waitFor('[data-testid="demo-next-token"]');
  await s.click('[data-testid="nt-show"]');
  const bars = () => s.execute('return document.querySelectorAll("[data-testid=\\"nt-bars-bar\\"]").length');
  await s.waitUntil(async () => (await bars()) === 10, 'ten bars from the model', 120000);
  await s.screenshot('installed-next-token-de');

  // About Klar lists the licences of what is inside: the model, the fonts, the libraries.
  await s.click('[data-testid="open-settings"]');
  await s.click('[data-testid="settings-about"]');
  await s.waitFor('[data-testid="about-page"]');
  assert.match(await s.text('[data-testid="about-version"]'), /Version \d+\.\d+\.\d+/);
  assert.match(await s.text('[data-testid="about-models"]'), /SmolLM2[\s\S]*Apache-2\.0/);
  assert.match(await s.text('[data-testid="about-fonts"]'), /Noto Sans Arabic/);
  const crates = await s.execute('return document.querySelectorAll("[data-testid=\\"about-crates\\"] li").length');
  assert.ok(crates > 100, `the Rust libraries are listed (${crates})`);
  await s.screenshot('installed-about-de');
});
