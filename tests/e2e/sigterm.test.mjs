// Logging out of the PC or shutting it down sends SIGTERM (a closed terminal SIGHUP, Ctrl-C
// SIGINT). Klar then ends as if its window were closed: the session ends and the data file's
// write-ahead log is folded back and emptied. A process that just died on the signal would leave
// the log holding the last writes. After the restart the learner's work is all there.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDriver, Session, waitForAppExit } from './webdriver.mjs';
import { stepTo } from './lesson.mjs';

const APP = process.env.KLAR_APP;
const DATA = mkdtempSync(join(tmpdir(), 'klar-e2e-term-'));
let driver;

before(async () => {
  assert.ok(APP, 'KLAR_APP must name the built binary');
  driver = await startDriver({ KLAR_DATA_DIR: DATA, KLAR_LOCALE: 'en_US.UTF-8' });
});

after(async () => {
  driver?.kill();
  rmSync(DATA, { recursive: true, force: true });
});

function appPids() {
  try {
    return execFileSync('pgrep', ['-f', APP], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

// SIGHUP and SIGINT take the same path in the app (one handler for the three).
for (const signal of ['SIGTERM']) {
  test(`${signal} ends Klar cleanly and keeps every saved word`, async () => {
    let s = await Session.open(APP);
    const note = `Saved before ${signal} ${Date.now()}`;
    await s.waitFor('[data-testid="lang-continue"], [data-testid="learner-1"]');
    if (await s.exists('[data-testid="lang-continue"]')) {
      await s.click('[data-testid="lang-en"]');
      await s.click('[data-testid="lang-continue"]');
      await s.click('[data-testid="welcome-start"]');
      await s.click('[data-testid="mode-personal"]');
      await s.click('[data-testid="mode-continue"]');
      await s.click('[data-testid="learner-new"]');
      await s.type('[data-testid="learner-name"]', 'Ada');
      await s.click('[data-testid="learner-create"]');
    } else {
      await s.click('[data-testid="learner-1"]');
    }
    try {
      await s.click('[data-testid="lesson-open-1"]');
      await stepTo(s, (kind) => kind === 'reflect', 'the reflection step');
      await s.execute('document.querySelector("[data-testid=\\"reflection\\"]").value = ""');
      await s.type('[data-testid="reflection"]', note);
      await s.click('[data-testid="reflection-save"]');
      await s.waitUntil(async () => (await s.attr('[data-testid="reflection-status"]', 'data-saved')) === 'true', 'saved');
    } catch (e) {
      await s.close().catch(() => undefined);
      throw e;
    }

    const wal = join(DATA, 'klar.sqlite-wal');
    assert.ok(existsSync(wal) && statSync(wal).size > 0, 'the write went through the log (else this test proves nothing)');
    const pids = appPids();
    assert.ok(pids.length > 0, 'the app runs');
    for (const pid of pids) process.kill(pid, signal);
    await waitForAppExit(APP);
    await s.close().catch(() => undefined);
    const left = existsSync(wal) ? statSync(wal).size : 0;
    assert.equal(left, 0, `the log still holds ${left} bytes after ${signal}: Klar did not clean up`);

    s = await Session.open(APP);
    try {
      await s.click('[data-testid="learner-1"]');
      await s.click('[data-testid="lesson-open-1"]');
      await stepTo(s, (kind) => kind === 'reflect', 'the reflection step');
      assert.equal(await s.execute('return document.querySelector("[data-testid=\\"reflection\\"]").value'), note);
    } finally {
      await s.close();
      await waitForAppExit(APP);
    }
  });
}
