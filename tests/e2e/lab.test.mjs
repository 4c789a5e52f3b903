// The AI lab in the real window, with the real model: the next-token explorer (bars, temperature,
// picking a token, seeded generation), the chat with Stop, and training a classifier from drawings.
// Prints the time to the first token shown in the window, the Stop latency and the training time.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDriver, Session, sleep } from './webdriver.mjs';

const APP = process.env.KLAR_APP;
const DATA = mkdtempSync(join(tmpdir(), 'klar-e2e-lab-'));
let driver;
let s;

before(async () => {
  assert.ok(APP, 'KLAR_APP must name the built binary');
  driver = await startDriver({ KLAR_DATA_DIR: DATA, KLAR_LOCALE: 'en_US.UTF-8' });
  s = await Session.open(APP);
  await s.click('[data-testid="lang-continue"]');
  await s.click('[data-testid="welcome-start"]');
  await s.click('[data-testid="mode-personal"]');
  await s.click('[data-testid="mode-continue"]');
  await s.click('[data-testid="learner-new"]');
  await s.type('[data-testid="learner-name"]', 'Lab');
  await s.click('[data-testid="learner-create"]');
  await s.waitFor('[data-testid="lesson-1"]');
});

after(async () => {
  await s?.close();
  driver?.kill();
  rmSync(DATA, { recursive: true, force: true });
});

async function openDemo(name) {
  if (!(await s.exists('[data-testid="lab-page"]'))) await s.click('[data-testid="open-lab"]');
  if (await s.exists('[data-testid="lab-all-demos"]')) await s.click('[data-testid="lab-all-demos"]');
  await s.click(`[data-testid="lab-open-${name}"]`);
  await s.waitFor(`[data-testid="demo-${name}"]`);
}

const barLabels = () =>
  s.execute('return [...document.querySelectorAll("[data-testid=\\"nt-bars-bar\\"]")].map(b => b.dataset.label + "|" + b.querySelector(".value").textContent)');

test('next-token explorer: bars, temperature, picking, same seed same text', async () => {
  await openDemo('next-token');
  await s.click('[data-testid="nt-show"]');
  await s.waitUntil(async () => (await barLabels()).length === 10, 'ten bars', 60000);
  const warm = await barLabels();
  await s.screenshot('lab-next-token');

  // Cold: the slider reshapes the bars (the favourite gets more).
  await s.execute(
    'const r = document.querySelector("[data-testid=\\"nt-slider\\"]"); r.value = "0.2"; r.dispatchEvent(new Event("input", { bubbles: true }));',
  );
  await s.waitUntil(async () => (await barLabels())[0] !== warm[0], 'the bars change with the temperature');
  const cold = await barLabels();
  assert.equal(cold[0].split('|')[0], warm[0].split('|')[0], 'the favourite stays first');

  // Pick the first token by hand: it joins the text.
  const token = await s.attr('[data-testid="nt-bars-bar"]', 'data-label');
  await s.click('[data-testid="nt-bars-bar"]');
  await s.waitUntil(async () => (await s.text('[data-testid="nt-text"] mark')).length > 0, 'the picked token shows');

  // The same seed writes the same text; another seed another text.
  const generate = async (seed) => {
    await s.execute(
      `const i = document.querySelector('[data-testid="nt-seed"]'); i.value = "${seed}"; i.dispatchEvent(new Event("input", { bubbles: true }));`,
    );
    await s.click('[data-testid="nt-generate"]');
    await s.waitUntil(async () => !(await s.exists('[data-testid="lab-stop"]')) && (await s.exists('[data-testid="nt-output"]')), 'generation ends', 60000);
    return s.text('[data-testid="nt-output"]');
  };
  const slider = 'const r = document.querySelector("[data-testid=\\"nt-slider\\"]"); r.value = "1"; r.dispatchEvent(new Event("input", { bubbles: true }));';
  await s.execute(slider);
  const a = await generate(1234);
  const b = await generate(1234);
  const c = await generate(4321);
  assert.equal(a, b, 'same seed, same text');
  assert.notEqual(a, c, 'new seed, other text');
  assert.match(await s.text('[data-testid="nt-output-seed"]'), /4321/);
  console.log(`# picked token ${JSON.stringify(token)}; seed 1234 wrote ${JSON.stringify(a.slice(0, 60))}…`);
});

test('chat: the answer streams with an AI label, Stop takes effect at once', async () => {
  await openDemo('chat');
  await s.execute('document.querySelector("[data-testid=\\"chat-input\\"]").value = ""');
  await s.type('[data-testid="chat-input"]', 'Tell me a long story about a lighthouse keeper and the sea.');
  // Measured inside the page: from the click on Send to the first text in the window, and from
  // the click on Stop to the "Stopped" mark.
  await s.execute(`
    window.__lab = {};
    const turns = document.querySelector('[data-testid="chat-turns"]');
    new MutationObserver(() => {
      const a = document.querySelector('[data-testid="chat-assistant"] .text');
      if (!window.__lab.first && a && a.textContent.replace('▌', '').trim()) window.__lab.first = performance.now();
      if (!window.__lab.stopped && document.querySelector('[data-testid="chat-stopped"]')) window.__lab.stopped = performance.now();
    }).observe(turns, { subtree: true, childList: true, characterData: true });
    window.__lab.send = performance.now();
    document.querySelector('[data-testid="chat-send"]').click();
  `);
  await s.waitUntil(async () => s.execute('return !!window.__lab.first'), 'the first token shows', 60000);
  assert.ok(await s.exists('[data-testid="lab-ai-label"]'));
  await sleep(700);
  await s.execute(`window.__lab.stop = performance.now(); document.querySelector('[data-testid="lab-stop"]').click();`);
  await s.waitUntil(async () => s.execute('return !!window.__lab.stopped'), 'the answer is marked stopped', 5000);
  const m = await s.execute('return window.__lab');
  const textAtStop = await s.text('[data-testid="chat-assistant"] .text');
  await sleep(800);
  assert.equal(await s.text('[data-testid="chat-assistant"] .text'), textAtStop, 'nothing more arrives after Stop');
  console.log(`# chat: first token shown ${Math.round(m.first - m.send)} ms after Send; Stop took effect after ${Math.round(m.stopped - m.stop)} ms`);
  assert.ok(m.stopped - m.stop < 1000, `Stop took ${m.stopped - m.stop} ms`);

  // "Why did it say that?" shows each token's probability.
  await s.click('[data-testid="chat-why"]');
  await s.waitFor('[data-testid="chat-why-tokens"]');
  await s.screenshot('lab-chat');
});

/** Draws strokes (points from 0 to 1) on a canvas through real pointer events. */
async function draw(testid, strokes) {
  await s.execute(
    `const c = document.querySelector('[data-testid="${testid}"]');
     const r = c.getBoundingClientRect();
     const ev = (type, [x, y]) => c.dispatchEvent(new PointerEvent(type, { bubbles: true, button: 0, pointerId: 1,
       clientX: r.left + x * r.width, clientY: r.top + y * r.height }));
     for (const s of arguments[0]) { ev('pointerdown', s[0]); for (const p of s.slice(1)) ev('pointermove', p); ev('pointerup', s[s.length - 1]); }`,
    [strokes],
  );
}

function circle(cx, cy, rad) {
  return [Array.from({ length: 25 }, (_, i) => [cx + rad * Math.cos((i / 24) * 2 * Math.PI), cy + rad * Math.sin((i / 24) * 2 * Math.PI)])];
}

function square(cx, cy, h) {
  return [[[cx - h, cy - h], [cx + h, cy - h], [cx + h, cy + h], [cx - h, cy + h], [cx - h, cy - h]]];
}

test('classifier: draw, train with a live loss curve, test a new drawing', async () => {
  await openDemo('classifier');
  const names = await s.execute('return [...document.querySelectorAll("[data-testid=\\"cls-name\\"]")].map(i => i.value)');
  assert.deepEqual(names, ['circle', 'square']);
  for (let i = 0; i < 6; i++) {
    await draw('cls-pad', circle(0.5 + (i % 3) * 0.05, 0.5 - (i % 2) * 0.05, 0.25 + i * 0.02));
    await s.execute('document.querySelectorAll("[data-testid=\\"cls-add\\"]")[0].click()');
    await draw('cls-pad', square(0.5 - (i % 3) * 0.04, 0.5 + (i % 2) * 0.04, 0.22 + i * 0.02));
    await s.execute('document.querySelectorAll("[data-testid=\\"cls-add\\"]")[1].click()');
  }
  const counts = await s.execute('return [...document.querySelectorAll("[data-testid=\\"cls-count\\"]")].map(e => e.textContent)');
  assert.ok(counts.every((c) => c.includes('6')), JSON.stringify(counts));
  const t0 = Date.now();
  await s.click('[data-testid="cls-train"]');
  await s.waitFor('[data-testid="cls-report"]', 60000);
  const wall = Date.now() - t0;
  const points = Number(await s.attr('[data-testid="cls-loss"]', 'data-points'));
  assert.ok(points > 1, 'the loss curve has points');
  console.log(`# classifier: 12 drawings trained in ${wall} ms from the click (${await s.text('[data-testid="cls-report"]')})`);

  await draw('cls-test-pad', circle(0.45, 0.55, 0.3));
  await s.click('[data-testid="cls-test"]');
  await s.waitFor('[data-testid="cls-probs"]');
  const top = await s.execute(
    'const bars = [...document.querySelectorAll("[data-testid=\\"cls-probs-bar\\"]")]; return bars.find(b => b.closest("li").classList.contains("highlight"))?.dataset.label',
  );
  assert.equal(top, 'circle');
  await s.screenshot('lab-classifier');
});
