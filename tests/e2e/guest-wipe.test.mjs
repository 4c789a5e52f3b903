// A public-library PC loses power in the middle of a guest session. A guest's work lives in memory
// only: while the app still runs, the guest's saved reflection is in no file under the data folder
// or the temp folder. Then the real app is killed with SIGKILL and started again: nothing of the
// guest is anywhere, and the start screen shows no names.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDriver, Session, waitForAppExit, sleep } from './webdriver.mjs';
import { stepTo } from './lesson.mjs';

const APP = process.env.KLAR_APP;
const DATA = mkdtempSync(join(tmpdir(), 'klar-e2e-wipe-'));
// The app's own temp folder (SQLite's temp files land here), so it can be searched too.
const TEMP = mkdtempSync(join(tmpdir(), 'klar-e2e-wipe-tmp-'));
const MARKER = `GUEST-MARKER-${process.pid}-${Date.now()}`;
let driver;

/** Every regular file under `dir`, recursively (not the single-instance socket). */
function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    const st = statSync(p);
    return st.isDirectory() ? files(p) : st.isFile() ? [p] : [];
  });
}

/** The files that hold the marker (as UTF-8 bytes; reflections are stored as text). */
function holdingMarker() {
  const wanted = Buffer.from(MARKER, 'utf8');
  return [...files(DATA), ...files(TEMP)].filter((p) => readFileSync(p).includes(wanted));
}

function appPids() {
  try {
    return execFileSync('pgrep', ['-f', APP], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

before(async () => {
  assert.ok(APP, 'KLAR_APP must name the built binary');
  driver = await startDriver({ KLAR_DATA_DIR: DATA, KLAR_LOCALE: 'en_US.UTF-8', TMPDIR: TEMP, SQLITE_TMPDIR: TEMP });
});

after(async () => {
  driver?.kill();
  rmSync(DATA, { recursive: true, force: true });
  rmSync(TEMP, { recursive: true, force: true });
});

test('a guest session killed with SIGKILL leaves nothing behind after the restart', async () => {
  let s = await Session.open(APP);
  await s.click('[data-testid="lang-en"]');
  await s.click('[data-testid="lang-continue"]');
  await s.click('[data-testid="welcome-start"]');
  await s.click('[data-testid="mode-library"]');
  await s.type('[data-testid="mode-pin"]', '97531864');
  await s.click('[data-testid="mode-continue"]');

  // The library's start screen: a guest session only.
  await s.click('[data-testid="learner-guest"]');
  await s.waitFor('[data-testid="guest-banner"]');
  await s.click('[data-testid="lesson-open-1"]');
  await stepTo(s, (kind) => kind === 'reflect', 'the reflection step');
  await s.type('[data-testid="reflection"]', `My note ${MARKER}`);
  await s.click('[data-testid="reflection-save"]');
  await s.waitUntil(async () => (await s.attr('[data-testid="reflection-status"]', 'data-saved')) === 'true', 'the reflection is saved');
  // Saved, and still on no disk: a guest's session lives in memory (the view shows it back).
  assert.equal(await s.attr('[data-testid="reflection-status"]', 'data-saved'), 'true');
  const early = holdingMarker();
  assert.deepEqual(early, [], `while Klar runs, the guest's note is in no file: ${early.join(', ')}`);

  // Power loss: no clean shutdown, no guest wipe at exit.
  const pids = appPids();
  assert.ok(pids.length > 0, 'the app runs');
  for (const pid of pids) process.kill(pid, 'SIGKILL');
  await waitForAppExit(APP);
  await s.close();
  await sleep(200);

  // Start again. While it runs (the wipe at start, not the one at exit, must do the work):
  s = await Session.open(APP);
  try {
    await s.waitFor('[data-testid="learner-guest"]');
    const names = await s.execute(
      'return [...document.querySelectorAll("[data-testid^=\\"learner-\\"]")].map(e => e.getAttribute("data-testid")).filter(id => /^learner-\\d+$/.test(id))',
    );
    assert.deepEqual(names, [], 'the start screen shows no earlier users');
    const found = holdingMarker();
    assert.deepEqual(found, [], `the guest's note is gone from every file: ${found.join(', ')}`);
    const searched = [...files(DATA), ...files(TEMP)].map((p) => p.slice(DATA.length));
    assert.ok(searched.some((p) => p.includes('backups')), `a backup was made at start and searched: ${searched}`);
    await s.screenshot('library-after-crash');
  } finally {
    await s.close();
    await waitForAppExit(APP);
  }
});
