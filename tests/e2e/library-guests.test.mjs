// Two strangers at one public-library PC, in the real window with the real model. Guest A tells
// the chat something personal and asks on; A leaves. Guest B opens the chat: it is empty, and the
// question A asked first, with the same seed, gets exactly A's first answer – the model continues
// nothing of A's conversation (with A's turns still in its prompt the answer would differ).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDriver, Session } from './webdriver.mjs';

const APP = process.env.KLAR_APP;
const DATA = mkdtempSync(join(tmpdir(), 'klar-e2e-guests-'));
const FIRST = 'My name is Zora and I live at Lindenstrasse 5. Where could I go for a walk?';
const SECOND = 'What is my name and where do I live?';
let driver;
let s;

before(async () => {
  assert.ok(APP, 'KLAR_APP must name the built binary');
  driver = await startDriver({ KLAR_DATA_DIR: DATA, KLAR_LOCALE: 'en_US.UTF-8' });
  s = await Session.open(APP);
});

after(async () => {
  await s?.close();
  driver?.kill();
  rmSync(DATA, { recursive: true, force: true });
});

async function openChatAsNewGuest() {
  await s.click('[data-testid="learner-guest"]');
  await s.waitFor('[data-testid="guest-banner"]');
  await s.click('[data-testid="open-lab"]');
  if (await s.exists('[data-testid="lab-all-demos"]')) await s.click('[data-testid="lab-all-demos"]');
  await s.click('[data-testid="lab-open-chat"]');
  await s.waitFor('[data-testid="demo-chat"]');
}

const turns = (role) => s.execute(`return document.querySelectorAll('[data-testid="chat-${role}"]').length`);

/** Sends `text` and waits until the whole answer is there; returns it. */
async function ask(text) {
  const before = await turns('assistant');
  await s.execute('document.querySelector("[data-testid=\\"chat-input\\"]").value = ""');
  await s.type('[data-testid="chat-input"]', text);
  await s.click('[data-testid="chat-send"]');
  await s.waitUntil(async () => (await turns('assistant')) === before + 1, 'an answer starts', 60000);
  // Done when Stop is gone (the job ended) and the send button is back.
  await s.waitUntil(async () => !(await s.exists('[data-testid="lab-stop"]')), 'the answer is complete', 120000);
  return s.execute(
    'const a = document.querySelectorAll("[data-testid=\\"chat-assistant\\"] .text"); return a[a.length - 1].textContent',
  );
}

test('the next library guest sees and continues nothing of the one before', async () => {
  await s.click('[data-testid="lang-en"]');
  await s.click('[data-testid="lang-continue"]');
  await s.click('[data-testid="welcome-start"]');
  await s.click('[data-testid="mode-library"]');
  await s.type('[data-testid="mode-pin"]', '24681357');
  await s.click('[data-testid="mode-continue"]');

  // Guest A.
  await openChatAsNewGuest();
  const answerA = await ask(FIRST);
  assert.ok(answerA.trim().length > 0, 'A got an answer');
  await ask(SECOND);
  assert.equal(await turns('user'), 2);
  await s.screenshot('library-guest-a-chat');
  await s.click('[data-testid="switch-learner"]');

  // Guest B at the same PC.
  await s.waitFor('[data-testid="learner-guest"]');
  await openChatAsNewGuest();
  assert.equal(await turns('user'), 0, 'B sees none of A\'s messages');
  assert.equal(await turns('assistant'), 0, 'B sees none of the answers to A');
  const answerB = await ask(FIRST);
  assert.equal(answerB, answerA, 'the same first question with the same seed gets the same first answer: no history of A');
  await s.screenshot('library-guest-b-chat');
});
