// A small WebDriver client for the end-to-end journeys: starts tauri-driver, opens sessions on
// the real Klar binary, finds elements by data-testid and reads what a learner would see.

import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screenPng } from './xshot.mjs';

// KLAR_WEBDRIVER_PORT lets two test runs share a machine (WebKitWebDriver takes the next port).
const PORT = Number(process.env.KLAR_WEBDRIVER_PORT || 4444);
const BASE = `http://127.0.0.1:${PORT}`;
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function call(method, path, body) {
  const res = await fetch(BASE + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) {
    const err = new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json.value ?? json)}`);
    err.webdriver = json.value;
    throw err;
  }
  return json.value;
}

// The data folders of this file's drivers. WebKitWebDriver can, on a loaded machine, launch the
// app a second time while the first launch is still coming up; such a stray copy is never driven
// and never closed. Waiting for "the app" means waiting for this test's copies only, and any copy
// still running with one of these folders is stopped when the test file ends.
const dataDirs = new Set();
let currentDataDir;
process.on('exit', () => {
  for (const dir of dataDirs) for (const pid of appPids(null, dir)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone already */
    }
  }
});

/** Klar processes (of `app`, or of any binary when null) started with KLAR_DATA_DIR=`dataDir`. */
function appPids(app, dataDir) {
  let out = '';
  try {
    out = execFileSync('pgrep', ['-f', app ?? 'klar'], { encoding: 'utf8' });
  } catch {
    return [];
  }
  return out
    .split('\n')
    .filter(Boolean)
    .map(Number)
    .filter((pid) => {
      if (!dataDir) return true;
      try {
        return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`KLAR_DATA_DIR=${dataDir}`);
      } catch {
        return false;
      }
    });
}

export async function startDriver(env) {
  currentDataDir = env.KLAR_DATA_DIR;
  if (currentDataDir) dataDirs.add(currentDataDir);
  const driver = spawn(process.env.TAURI_DRIVER || 'tauri-driver', ['--port', String(PORT), '--native-port', String(PORT + 1)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 100; i++) {
    try {
      await call('GET', '/status');
      return driver;
    } catch {
      await sleep(100);
    }
  }
  driver.kill();
  throw new Error('tauri-driver did not start');
}

/**
 * Waits until no Klar process from `app` with this test's data folder runs any more (the
 * single-instance lock is free); generous, for a loaded 2-core machine.
 */
export async function waitForAppExit(app) {
  for (let i = 0; i < 300; i++) {
    if (appPids(app, currentDataDir).length === 0) return;
    await sleep(100);
  }
  throw new Error('the app did not exit');
}

export class Session {
  static async open(app) {
    const v = await call('POST', '/session', {
      capabilities: { alwaysMatch: { 'tauri:options': { application: app } } },
    });
    const s = new Session(v.sessionId);
    return s;
  }

  constructor(id) {
    this.id = id;
  }

  p(path) {
    return `/session/${this.id}${path}`;
  }

  async close() {
    await call('DELETE', this.p('')).catch(() => {});
  }

  async execute(script, args = []) {
    return call('POST', this.p('/execute/sync'), { script, args });
  }

  async findAll(css) {
    const els = await call('POST', this.p('/elements'), { using: 'css selector', value: css });
    return els.map((e) => e[ELEMENT]);
  }

  /** Waits for an element to exist and be displayed; returns its id. */
  async waitFor(css, timeout = 20000) {
    const until = Date.now() + timeout;
    let last;
    while (Date.now() < until) {
      try {
        const [el] = await this.findAll(css);
        if (el && (await call('GET', this.p(`/element/${el}/displayed`)))) return el;
      } catch (e) {
        last = e;
      }
      await sleep(100);
    }
    await this.screenshot(`failure-${Date.now()}`).catch(() => {});
    throw new Error(`timed out waiting for ${css}${last ? ` (${last.message})` : ''}`);
  }

  async waitUntil(fn, what, timeout = 20000) {
    const until = Date.now() + timeout;
    while (Date.now() < until) {
      if (await fn().catch(() => false)) return;
      await sleep(100);
    }
    await this.screenshot(`failure-${Date.now()}`).catch(() => {});
    throw new Error(`timed out waiting until ${what}`);
  }

  /** Clicks like a person: once the element shows and is enabled (a busy screen disables its buttons). */
  async click(css) {
    let el = await this.waitFor(css);
    const until = Date.now() + 20000;
    while (!(await call('GET', this.p(`/element/${el}/enabled`)).catch(() => false))) {
      if (Date.now() > until) throw new Error(`${css} stayed disabled`);
      await sleep(50);
      el = await this.waitFor(css);
    }
    await call('POST', this.p(`/element/${el}/click`), {});
    return el;
  }

  async type(css, text) {
    const el = await this.waitFor(css);
    await call('POST', this.p(`/element/${el}/value`), { text });
  }

  async text(css) {
    const el = await this.waitFor(css);
    return call('GET', this.p(`/element/${el}/text`));
  }

  async attr(css, name) {
    const el = await this.waitFor(css);
    return call('GET', this.p(`/element/${el}/attribute/${name}`));
  }

  async exists(css) {
    return (await this.findAll(css)).length > 0;
  }

  /** The X screen as a learner sees it, once the page is at rest: animations that end (a dialog
   *  fading in) have ended, and a moment for the window to be repainted. Taken too early, a
   *  picture showed a dialog half transparent and parts of it not yet drawn. */
  async screenshot(name) {
    const dir = process.env.KLAR_ARTIFACTS;
    if (!dir) return;
    for (let i = 0; i < 40; i++) {
      const moving = await this.execute(
        `return document.getAnimations().some((a) => a.playState === 'running' && a.effect && a.effect.getComputedTiming().endTime !== Infinity)`,
      ).catch(() => false);
      if (!moving) break;
      await sleep(50);
    }
    await sleep(150);
    writeFileSync(join(dir, `${name}.png`), screenPng());
  }
}
