// A school's profile clean-up empties Klar's data file. At the next start Klar does not begin
// afresh (where anyone could choose the mode and set a new admin PIN): in German, it says the
// data is missing and offers the newest saved copy; restoring it brings the learners back.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDriver, Session, waitForAppExit, sleep } from './webdriver.mjs';

const APP = process.env.KLAR_APP;
const DATA = mkdtempSync(join(tmpdir(), 'klar-e2e-restore-'));
let driver;

before(async () => {
  assert.ok(APP, 'KLAR_APP must name the built binary');
  // A German desktop: before Klar's data is open, the window takes its language from the system.
  driver = await startDriver({ KLAR_DATA_DIR: DATA, KLAR_LOCALE: 'de_DE.UTF-8', LANG: 'de_DE.UTF-8', LANGUAGE: 'de' });
});

after(async () => {
  driver?.kill();
  rmSync(DATA, { recursive: true, force: true });
});

async function session(steps) {
  const s = await Session.open(APP);
  try {
    await steps(s);
  } finally {
    await s.close();
    await waitForAppExit(APP);
    // The driver needs a moment before it takes the next session.
    await sleep(1000);
  }
}

test('an emptied data file is not silently replaced: the newest copy comes back', async () => {
  // First start in German, home use, one learner.
  await session(async (s) => {
    await s.click('[data-testid="lang-continue"]');
    await s.click('[data-testid="welcome-start"]');
    await s.click('[data-testid="mode-personal"]');
    await s.click('[data-testid="mode-continue"]');
    await s.click('[data-testid="learner-new"]');
    await s.type('[data-testid="learner-name"]', 'Ada');
    await s.click('[data-testid="learner-create"]');
    await s.waitFor('[data-testid="lesson-1"]');
  });
  // The next start backs up the file with Ada in it.
  await session(async (s) => {
    await s.waitFor('[data-testid="learner-1"]');
  });

  // Something empties the data file.
  const file = join(DATA, 'klar.sqlite');
  truncateSync(file, 0);
  for (const side of ['-wal', '-shm']) if (existsSync(file + side)) rmSync(file + side);

  await session(async (s) => {
    await s.waitFor('[data-testid="restore-screen"]');
    assert.equal(await s.execute('return document.documentElement.lang'), 'de');
    assert.ok(!(await s.exists('[data-testid="mode-continue"]')), 'no first-start mode choice (and no new admin PIN) behind its back');
    await s.screenshot('de-restore');
    await s.click('[data-testid="restore-newest"]');
    await s.waitFor('[data-testid="learner-1"]');
    assert.ok((await s.text('[data-testid="learner-1"]')).includes('Ada'), 'Ada is back');
  });
});
