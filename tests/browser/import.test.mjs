// What a reader brings in is read for what it is: the source of a web page pasted as
// plain text is read as the page, as an opened .html file is; a file that is not text,
// or not in an encoding whosaid reads, is refused in plain words and the article kept.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, paste, openApp, analyzed, ARTICLE } from './harness.mjs';

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
<p>Ruiz said the first ferry would leave on Monday.</p>
<p>The first ferry leaves on Monday, Ruiz said.</p>
<p>"We will not cut corners," she said.</p>
</article>
<footer>© Daily Harbour</footer>
</body>
</html>`;

const CLEAN = 'Ferries return to the harbour\n\n“We are ready for the season,” said Ana Ruiz, the harbour master.\n\n' +
  'Ruiz said the first ferry would leave on Monday.\n\n' +
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
  // Every statement, in the article and in the sidebar, is words, never markup (on main
  // the reported speech ended in "</p").
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

/** `text` in Windows-1251, as Russian files often are: Cyrillic letters are single bytes
 * from 0xC0, so as Windows-1252 they read as Latin letters with accents. */
function windows1251(text) {
  return Buffer.from([...text].map((c) => {
    const code = c.codePointAt(0);
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    const other = { 'ё': 0xb8, 'Ё': 0xa8, '«': 0xab, '»': 0xbb, '—': 0x97 }[c];
    if (other) return other;
    if (code < 0x80) return code;
    throw new Error(`not in the test's Windows-1251: ${c}`);
  }));
}

/** Bytes that are no text: high bytes with a few spaces, no control characters at all,
 * as in a compressed stream with its zeros stripped. Deterministic, so a failure repeats. */
function noise(length) {
  const out = Buffer.alloc(length);
  let x = 7;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out[i] = i % 9 === 8 ? 0x20 : 0x80 + (x >> 16) % 128;
  }
  return out;
}

test('a file that is not text is refused in plain words, and the article kept', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url);
  await paste(page, 'textarea#article-input', ARTICLE);
  await analyzed(page);
  const files = [
    { name: 'scan.txt', mimeType: 'text/plain', buffer: noise(4000) },
    { name: 'novosti.txt', mimeType: 'text/plain', buffer: windows1251('«Мы готовы к сезону», — сказала Анна Руис, начальник порта.\n\nПервый паром отправится в понедельник.') },
  ];
  for (const file of files) {
    await page.setInputFiles('input[type="file"]', file);
    await page.waitForSelector('.notice.error');
    const message = await page.textContent('.notice.error');
    assert.match(message, new RegExp(file.name.replace('.', '\\.')), 'says which file');
    assert.match(message, /not (UTF-8 )?text|not text|does not look like text/i, message);
    assert.match(message, /article is unchanged/, message);
    assert.match(await page.textContent('article'), /Eastbay Port Authority said on Monday/);
    await page.click('.notice .dismiss');
  }
  assert.equal(await written(page), ARTICLE);

  // Western European text that is not UTF-8 still opens, with a note saying how it was read.
  await page.setInputFiles('input[type="file"]', {
    name: 'cafe.txt', mimeType: 'text/plain', buffer: Buffer.from('\x93We are ready,\x94 said Jos\xe9 Mu\xf1oz of the caf\xe9.', 'latin1'),
  });
  await page.waitForFunction(() => /José Muñoz/.test(document.querySelector('article')?.textContent ?? ''));
  assert.match(await page.textContent('.notice'), /Windows-1252/);
  assert.deepEqual(errors, []);
  await context.close();
});
