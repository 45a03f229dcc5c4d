// What a reader sees when something fails: an analysis worker that cannot load is
// reported, with the text kept and a way to try again; pasted HTML is read by the
// browser's own parser, and pasted Markdown loses its marks.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, paste, pasteHtml, openApp, analyzed, ARTICLE } from './harness.mjs';

const env = suite();

test('a worker that cannot load is reported, the text kept, and trying again works', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  // The worker's wasm does not arrive: its script loads, but it never answers.
  await page.route('**/worker_bg.wasm', (route) => route.abort());
  await page.goto(env.url);
  await page.waitForSelector('.app');
  await paste(page, 'textarea#article-input', ARTICLE);
  await page.waitForSelector('.notice.error', { timeout: 30_000 });
  assert.match(await page.textContent('.notice.error'), /did not answer.*Your text is kept/);
  assert.match(await page.textContent('.status'), /analysis stopped/);
  await page.click('.tab#tab-Write');
  assert.equal(await page.inputValue('textarea#article-input'), ARTICLE);

  await page.unroute('**/worker_bg.wasm');
  await page.click('.notice .action');
  await analyzed(page);
  assert.equal(await page.$('.notice.error'), null);
  assert.ok(await page.$('aside .speaker'));
  await context.close();
});

test('pasted HTML keeps table rows as lines and a page wrapped in a form', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url);
  await pasteHtml(page, 'textarea#article-input',
    '<table><tr><td>Ana Ruiz</td><td>Mayor</td></tr></table>' +
    '<form action="/x"><p title="a > b">“We are ready,” said Ana Ruiz.</p><input name="q"></form>');
  // Wait for the pasted words themselves: an empty page's status counts words too.
  await page.waitForFunction(() => /^[1-9]\d* words/.test(document.querySelector('.status')?.textContent ?? ''));
  await page.click('.tab#tab-Write');
  assert.equal(
    await page.inputValue('textarea#article-input'),
    'Ana Ruiz Mayor\n\n“We are ready,” said Ana Ruiz.',
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('pasted Markdown loses its marks, as an opened .md file does', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url);
  await paste(page, 'textarea#article-input', '# Harbour plan\n\n**“We are ready,”** said [Ana Ruiz](https://example.org/ruiz).');
  await page.waitForFunction(() => /^[1-9]\d* words/.test(document.querySelector('.status')?.textContent ?? ''));
  await page.click('.tab#tab-Write');
  assert.equal(await page.inputValue('textarea#article-input'), 'Harbour plan\n\n“We are ready,” said Ana Ruiz.');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a pasted web page keeps its article, not its ads, captions and related links', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url);
  await pasteHtml(page, 'textarea#article-input',
    '<header role="banner"><a href="/">Daily Harbour</a> Subscribe now</header>' +
    '<nav><a href="/a">News</a> <a href="/b">Sport</a></nav>' +
    '<div class="ad-slot">Buy a boat today</div>' +
    '<main><article><h1>Ferries return to the harbour</h1>' +
    '<figure><img src="x.jpg"><figcaption>The quay at dawn. Photo: Staff</figcaption></figure>' +
    '<p>“We are ready for the season,” said Ana Ruiz, the harbour master.</p>' +
    '<aside>Read more: a history of the quay</aside>' +
    '<ul><li><a href="/c">Storm closes port</a></li><li><a href="/d">New pier opens</a></li></ul>' +
    '<p>The first ferry leaves on Monday.</p>' +
    '<div class="story-related">Related: Harbour fees rise</div></article></main>' +
    '<footer>© Daily Harbour</footer>');
  await page.waitForFunction(() => /^[1-9]\d* words/.test(document.querySelector('.status')?.textContent ?? ''));
  await page.click('.tab#tab-Write');
  assert.equal(
    await page.inputValue('textarea#article-input'),
    'Ferries return to the harbour\n\n“We are ready for the season,” said Ana Ruiz, the harbour master.\n\nThe first ferry leaves on Monday.',
  );
  assert.deepEqual(errors, []);
  await context.close();
});
