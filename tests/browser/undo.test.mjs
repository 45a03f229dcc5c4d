// Replacing the reader's text is never silent and never final: Clear, Load sample and
// Open file offer Undo, and Ctrl+Z brings the text back until the reader edits the new one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, paste, openApp, analyzed, ARTICLE } from './harness.mjs';

const env = suite();

async function withArticle() {
  const opened = await openApp(env.browser, env.url);
  await paste(opened.page, 'textarea#article-input', ARTICLE);
  await analyzed(opened.page);
  return opened;
}

async function writtenText(page) {
  await page.click('.tab#tab-Write');
  return page.inputValue('textarea#article-input');
}

test('Clear offers Undo, which brings the article back and analyzes it again', async () => {
  const { context, page, errors } = await withArticle();
  await page.click('button:has-text("Clear")');
  assert.equal(await page.inputValue('textarea#article-input'), '');
  assert.match(await page.textContent('.notice.info'), /The article was cleared/);
  await page.click('.notice button:has-text("Undo")');
  await analyzed(page);
  assert.match(await page.textContent('article'), /Eastbay Port Authority said on Monday/);
  assert.equal(await page.$('.notice'), null);
  assert.equal(await writtenText(page), ARTICLE);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Ctrl+Z after Load sample or Open file brings the reader text back', async () => {
  const { context, page } = await withArticle();
  await page.click('button:has-text("Load sample")');
  await page.waitForFunction(() => /Riverton/.test(document.querySelector('article')?.textContent ?? ''));
  assert.match(await page.textContent('.notice.info'), /sample article replaced your text/);
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => /Eastbay/.test(document.querySelector('article')?.textContent ?? ''));
  assert.equal(await writtenText(page), ARTICLE);

  await page.setInputFiles('input[type="file"]', {
    name: 'other.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('"The ferry will run," said Ana Ruiz.'),
  });
  await page.waitForSelector('.notice.info');
  assert.match(await page.textContent('.notice.info'), /other\.txt replaced your text/);
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => !document.querySelector('.notice'));
  assert.equal(await writtenText(page), ARTICLE);
  await context.close();
});

test('once the reader edits the new text, Ctrl+Z is the text area\'s own again', async () => {
  const { context, page } = await withArticle();
  await page.click('button:has-text("Clear")');
  await page.focus('textarea#article-input');
  await page.keyboard.type('New words');
  await page.waitForFunction(() => !document.querySelector('.notice'));
  await page.keyboard.press('Control+z');
  await page.waitForTimeout(300);
  assert.ok(!(await page.inputValue('textarea#article-input')).includes('Eastbay'));
  await context.close();
});

test('a long paste, which the app inserts itself, can be undone like a replaced text', async () => {
  const { context, page, errors } = await withArticle();
  // Longer than a paragraph: the app inserts it, faster than the browser's own editing,
  // so the text area's undo cannot take it back; the app's Undo does.
  const long = ARTICLE.replaceAll('Okafor', 'Mensah').repeat(4);
  await page.click('.tab#tab-Write');
  await page.focus('textarea#article-input');
  await page.evaluate(() => document.querySelector('textarea#article-input').select());
  await paste(page, 'textarea#article-input', long);
  await page.waitForFunction(() => /Mensah/.test(document.querySelector('article')?.textContent ?? ''));
  assert.match(await page.textContent('.notice.info'), /Text pasted\./);
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => /Okafor/.test(document.querySelector('article')?.textContent ?? ''));
  assert.equal(await writtenText(page), ARTICLE);
  assert.deepEqual(errors, []);
  await context.close();
});
