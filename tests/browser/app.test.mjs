// The release build in a real browser: paste an article, see the highlights and the
// sidebar, and follow a quote from the sidebar to the article.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, paste } from './harness.mjs';

// Written for this test; not a real article.
const ARTICLE = `Port authority delays harbour dredging

The Eastbay Port Authority said on Monday that dredging of the harbour would be delayed until autumn.

"We found more silt than the survey predicted," said Dana Okafor, the authority's chief engineer.

A contractor, who asked not to be named, said the equipment had been idle for weeks.

Okafor added that the delay would not raise shipping fees.`;

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('paste, highlights, sidebar and a click that scrolls to the quote', async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 500 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector('textarea#article-input');
  await paste(page, 'textarea#article-input', ARTICLE);

  // The paste switches to the article view once the analysis is in.
  await page.waitForSelector('article mark[data-kind="direct"]');
  const direct = await page.textContent('article mark[data-kind="direct"]');
  assert.equal(direct, 'We found more silt than the survey predicted,');
  assert.ok(await page.$('article mark[data-kind="indirect"]'), 'reported speech is highlighted');
  assert.ok(await page.$('article mark[data-kind="cue"]'), 'cues are highlighted');
  assert.ok(await page.$('article mark[data-kind="PERSON"]'), 'people are highlighted');
  assert.ok(await page.$('article mark[data-kind="source-anonymous"]'), 'the anonymous source stands out');

  const names = await page.$$eval('aside .speaker .speaker-name', (els) => els.map((e) => e.textContent));
  assert.deepEqual(names, ['Eastbay Port Authority', 'Dana Okafor', 'A contractor']);
  const kinds = await page.$$eval('aside .speaker', (els) => els.map((e) => e.dataset.kind));
  assert.deepEqual(kinds, ['named_organization', 'named_person', 'anonymous']);
  const okaforQuotes = await page.$$eval('aside .speaker[data-speaker="1"] .quote-link', (els) => els.length);
  assert.equal(okaforQuotes, 2, 'the direct quote and the reported one');

  // Push the last quote out of view, then follow it from the sidebar.
  await page.setViewportSize({ width: 1200, height: 300 });
  const button = page.locator('aside .speaker[data-speaker="1"] .quote-link').last();
  const quoteId = await button.getAttribute('data-quote');
  await button.click();
  const target = page.locator(`#q-${quoteId}`);
  await target.waitFor();
  await page.waitForFunction((id) => document.getElementById(`q-${id}`).classList.contains('flash'), quoteId);
  await page.waitForFunction((id) => {
    const r = document.getElementById(`q-${id}`).getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }, quoteId);
  assert.match(await target.textContent(), /delay would not raise shipping fees/);
  assert.deepEqual(errors, []);
});

test('pasted markup is shown as text, never run', async () => {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForSelector('textarea#article-input');
  const payload = '<img src=x onerror="window.__pwned=1"> "<b>Bold</b> words here now," she said.';
  await paste(page, 'textarea#article-input', payload);
  await page.waitForSelector('article mark[data-kind="direct"]');
  assert.equal(await page.$('article img'), null);
  assert.equal(await page.$('article b'), null);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.match(await page.textContent('article'), /<img src=x onerror=/);
});
