// The app's release figures (README, "Performance"): start to the first interactive screen, memory
// at that screen (the app and its WebKit processes), and Send to the first token shown in the chat.
// Run by `cargo xtask app-figures` under Xvfb; each run starts the real binary with a fresh data
// folder (a first start, the language screen) and prints one line; the medians come last.
// A measuring tool, not a test: it asserts nothing about speed.

import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDriver, Session, sleep, waitForAppExit } from '../e2e/webdriver.mjs';

const APP = process.env.KLAR_APP;
const RUNS = Number(process.env.KLAR_RUNS || 5);
if (!APP) throw new Error('KLAR_APP must name the built (release) binary');

const TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());

/**
 * When this PC booted, in milliseconds since the epoch, to the 10 ms of /proc/uptime. Not
 * `btime` from /proc/stat: that is rounded down to a whole second, which made every process
 * seem to start up to a second early (294 ms on the boot where this was found, so the first
 * screen figures before this fix are that much too high). /proc/uptime cuts its figure down to
 * 10 ms, so the smallest "now − uptime" of a few reads is the closest.
 */
function bootedAt() {
  let best = Infinity;
  for (let i = 0; i < 20; i++) {
    const up = Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
    best = Math.min(best, Date.now() - up * 1000);
  }
  return best;
}
const BOOT_MS = bootedAt();

/** When a process started, in milliseconds since the epoch (the kernel counts in clock ticks, 10 ms). */
function startedAt(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return BOOT_MS + (Number(fields[19]) / TICKS) * 1000;
}

function children(pid) {
  const out = [];
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      const kids = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (kids) out.push(...kids.split(' ').map(Number));
    } catch {
      /* the thread ended meanwhile */
    }
  }
  return out;
}

/** The process and everything it started (WebKit's web and network processes). */
function tree(pid) {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]));
  return all;
}

/** Resident and proportional set size in MiB (PSS shares each common library page between users). */
function memory(pid) {
  const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const kb = (k) => Number(text.match(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0);
  const name = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  return { name, rss: kb('Rss') / 1024, pss: kb('Pss') / 1024 };
}

function newestAppPid() {
  const out = execFileSync('pgrep', ['-n', '-f', APP]).toString().trim();
  return Number(out.split('\n')[0]);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function oneRun(i) {
  const data = mkdtempSync(join(tmpdir(), 'klar-figures-'));
  const driver = await startDriver({ KLAR_DATA_DIR: data, KLAR_LOCALE: 'de_DE.UTF-8' });
  let s;
  try {
    s = await Session.open(APP);
    await s.waitUntil(async () => s.execute('return window.__klarFirstScreen !== undefined'), 'the first screen', 60000);
    const pid = newestAppPid();
    const page = await s.execute(`
      const m = {};
      for (const e of performance.getEntriesByType('mark')) m[e.name] = e.startTime;
      return { origin: performance.timeOrigin, first: window.__klarFirstScreen, marks: m };`);
    const start = startedAt(pid);
    const r = {
      firstScreen: page.first - start,
      toPage: page.origin - start,
      script: page.marks['klar-script'],
      bootstrap: page.marks['klar-bootstrap'],
      painted: page.marks['klar-first-screen'],
    };
    // Memory at the first screen, once the page has settled.
    await sleep(1000);
    const procs = tree(pid).map((p) => ({ pid: p, ...memory(p) }));
    r.rss = procs.reduce((a, p) => a + p.rss, 0);
    r.pss = procs.reduce((a, p) => a + p.pss, 0);
    r.procs = procs.map((p) => `${p.name} ${p.rss.toFixed(0)}/${p.pss.toFixed(0)}`).join(', ');

    // Into the lab's chat as a learner would, then Send → first token in the window.
    await s.click('[data-testid="lang-continue"]');
    await s.click('[data-testid="welcome-start"]');
    await s.click('[data-testid="mode-personal"]');
    await s.click('[data-testid="mode-continue"]');
    await s.click('[data-testid="learner-new"]');
    await s.type('[data-testid="learner-name"]', 'Figures');
    await s.click('[data-testid="learner-create"]');
    await s.click('[data-testid="open-lab"]');
    if (await s.exists('[data-testid="lab-all-demos"]')) await s.click('[data-testid="lab-all-demos"]');
    await s.click('[data-testid="lab-open-chat"]');
    await s.waitFor('[data-testid="chat-input"]');
    await s.execute('document.querySelector("[data-testid=\\"chat-input\\"]").value = ""');
    await s.type('[data-testid="chat-input"]', 'What is a language model?');
    await s.execute(`
      window.__fig = {};
      const turns = document.querySelector('[data-testid="chat-turns"]');
      new MutationObserver(() => {
        const a = document.querySelector('[data-testid="chat-assistant"] .text');
        if (!window.__fig.first && a && a.textContent.replace('▌', '').trim()) window.__fig.first = performance.now();
      }).observe(turns, { subtree: true, childList: true, characterData: true });
      window.__fig.send = performance.now();
      document.querySelector('[data-testid="chat-send"]').click();`);
    await s.waitUntil(async () => s.execute('return !!window.__fig.first'), 'the first token', 60000);
    const fig = await s.execute('return window.__fig');
    r.firstToken = fig.first - fig.send;
    if (await s.exists('[data-testid="lab-stop"]')) await s.click('[data-testid="lab-stop"]');
    console.log(
      `run ${i}: first screen ${r.firstScreen.toFixed(0)} ms (page starts ${r.toPage.toFixed(0)}, bundle ran ${r.script.toFixed(0)}, ` +
        `bootstrap ${r.bootstrap.toFixed(0)}, painted ${r.painted.toFixed(0)}); memory ${r.rss.toFixed(0)} MiB RSS, ` +
        `${r.pss.toFixed(0)} MiB PSS [${r.procs}]; Send → first token ${r.firstToken.toFixed(0)} ms`,
    );
    return r;
  } finally {
    await s?.close();
    driver.kill();
    await waitForAppExit(APP).catch(() => {});
    rmSync(data, { recursive: true, force: true });
  }
}

const runs = [];
for (let i = 1; i <= RUNS; i++) runs.push(await oneRun(i));
const m = (k) => median(runs.map((r) => r[k])).toFixed(0);
console.log(
  `median of ${RUNS}: first screen ${m('firstScreen')} ms (page starts ${m('toPage')}, bundle ran ${m('script')}, ` +
    `bootstrap ${m('bootstrap')}, painted ${m('painted')}); memory ${m('rss')} MiB RSS / ${m('pss')} MiB PSS; ` +
    `Send → first token ${m('firstToken')} ms`,
);
