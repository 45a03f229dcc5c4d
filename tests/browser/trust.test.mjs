// What a first-time reader found untrustworthy (issue 34), in the shapes the engine now
// reads: a description followed by a name is that person, a description later is the
// person named with that role, an organization's own people are the organization, a
// statement stops at a second attribution, and a text that is not English says so, with its quotes marked and no names. Texts written for these
// tests, not real articles.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, paste, openApp, analyzed } from './harness.mjs';

const env = suite();

const ENGLISH = `Harbour inquiry hears from adviser

"We were told to stay quiet," said another witness, former White House Russia adviser Fiona Hill, on Tuesday.

Another diplomat, former special envoy to Ukraine Kurt Volker, said he had shifted his account of the talks.

The Eastbay Prosecution Authority closed the case on Monday. Prosecutors told reporters that the evidence had weakened over time.

Mayor Ana Ruiz said she was "disappointed," while Senator Tom Hale said the move "raises serious questions about the port."`;

const DESCRIBED = `Julian Ruiz, the founder of Portleaks, appeared in a London court on Monday.

Prosecutors said the case would go ahead. "We will appeal," said Ana Lind, his lawyer.

The Portleaks founder has always argued that the leaks served the public.`;

const FRENCH = `Le maire a parlé lundi.

« Nous ne pouvons pas attendre », a déclaré Jean Dupont, maire de la ville, devant les journalistes. Il a ajouté que le conseil voterait au printemps et que les pêcheurs seraient consultés.`;

async function read(text) {
  const opened = await openApp(env.browser, env.url);
  await paste(opened.page, 'textarea#article-input', text);
  await analyzed(opened.page);
  return opened;
}

const names = (page) => page.locator('aside .speaker .speaker-name').allTextContents();
const card = (page, name) =>
  page.locator('aside .speaker', { has: page.locator('.speaker-name', { hasText: name }) });

test('no false anonymous source: appositive names and an organization\'s own people', async () => {
  const { context, page, errors } = await read(ENGLISH);
  const shown = await names(page);
  for (const name of ['Fiona Hill', 'Kurt Volker', 'Eastbay Prosecution Authority']) {
    assert.ok(shown.includes(name), `${name} in ${shown}`);
  }
  for (const wrong of ['another witness', 'Another diplomat', 'Prosecutors']) {
    assert.ok(!shown.some((n) => n.toLowerCase() === wrong.toLowerCase()), `${wrong} in ${shown}`);
  }
  assert.equal(await page.locator('aside .badge[data-kind="anonymous"]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a statement stops where a second speaker\'s begins', async () => {
  const { context, page, errors } = await read(ENGLISH);
  const said = (name) => card(page, name).locator('.quote-text').allTextContents();
  const ruiz = (await said('Ana Ruiz')).join(' ');
  assert.ok(ruiz.includes('disappointed'), ruiz);
  assert.ok(!ruiz.includes('raises'), ruiz);
  assert.ok((await said('Tom Hale')).join(' ').includes('raises serious questions'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a description later is the person named with that role, not the last one named', async () => {
  const { context, page, errors } = await read(DESCRIBED);
  const said = (name) => card(page, name).locator('.quote-text').allTextContents();
  assert.ok((await said('Julian Ruiz')).join(' ').includes('served the public'));
  assert.ok(!(await said('Ana Lind')).join(' ').includes('served the public'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a French text says whosaid reads English, marks its quotes and no names', async () => {
  const { context, page, errors } = await read(FRENCH);
  const notes = (await page.locator('.notes li').allTextContents()).join(' ');
  assert.ok(notes.includes('this text looks French'), notes);
  assert.ok(await page.locator('mark[data-kind="direct"]').count() >= 1);
  assert.equal(await page.locator('mark[data-kind="person"]').count(), 0);
  assert.equal(await page.locator('mark[data-speaker]').count(), 0);
  assert.deepEqual(await names(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
