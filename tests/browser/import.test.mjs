// What a reader brings in is read for what it is: the source of a web page pasted as
// plain text is read as the page, as an opened .html file is.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, paste, openApp, analyzed } from './harness.mjs';

const env = suite();

/** A page's source as "view source" or a CMS shows it: not a rich-text copy. */
const SOURCE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Harbour news</title>
<style>p { color: red }</style><script>window.__ran = 1</script></head>
<body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Ferries return to the harbour</h1>
<p>“We are ready for the season,” said Ana Ruiz, the harbour master.</p>
<p>The first ferry leaves on Monday, Ruiz said.</p>
<p>"We will not cut corners," she said.</p>
</article>
<footer>© Daily Harbour</footer>
</body>
</html>`;

const CLEAN = 'Ferries return to the harbour\n\n“We are ready for the season,” said Ana Ruiz, the harbour master.\n\n' +
  'The first ferry leaves on Monday, Ruiz said.\n\n"We will not cut corners," she said.';

/** The article's text in the Write tab. */
async function written(page) {
  await page.click('.tab#tab-Write');
  return page.inputValue('textarea#article-input');
}

test('a page\'s HTML source pasted as plain text is read as the page', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url);
  await paste(page, 'textarea#article-input', SOURCE);
  await page.waitForSelector('article mark[data-kind="direct"]');
  await analyzed(page);
  // Every statement, in the article and in the sidebar, is words, never markup.
  const statements = await page.$$eval('article mark[data-quote], aside .quote-text', (els) => els.map((e) => e.textContent));
  assert.ok(statements.length >= 3, statements.join(' | '));
  for (const s of statements) assert.doesNotMatch(s, /<|>/, `a statement with markup: ${s}`);
  assert.match(await page.textContent('.notice'), /HTML/);
  assert.equal(await written(page), CLEAN);
  assert.equal(await page.evaluate(() => window.__ran), undefined);

  // A fragment of markup, without the page around it, is HTML too.
  await page.click('button:has-text("Clear")');
  await paste(page, 'textarea#article-input', '<p>“We are ready,” said Ana Ruiz.</p>\n<p>The ferry leaves on Monday.</p>');
  await analyzed(page);
  assert.equal(await written(page), '“We are ready,” said Ana Ruiz.\n\nThe ferry leaves on Monday.');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an article that only mentions a tag stays as it was written', async () => {
  const { context, page } = await openApp(env.browser, env.url);
  const text = 'Web editors said the <p> tag still matters.\n\n"Write </p> at the end," said Ana Ruiz.';
  await paste(page, 'textarea#article-input', text);
  await analyzed(page);
  assert.equal(await written(page), text);
  await context.close();
});
