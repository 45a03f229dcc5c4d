// The Export menu behaves as a menu button: Escape closes it and gives the focus back to
// its button, and a click outside closes it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, paste, openApp, analyzed, ARTICLE } from './harness.mjs';

const env = suite();

const isOpen = (page) => page.$eval('details.menu', (d) => d.open);

test('Escape and a click outside close the Export menu', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await paste(page, 'textarea#article-input', ARTICLE);
  await analyzed(page);
  await page.click('details.menu summary');
  assert.equal(await isOpen(page), true);
  await page.keyboard.press('Escape');
  assert.equal(await isOpen(page), false);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Export');

  await page.click('details.menu summary');
  assert.equal(await isOpen(page), true);
  await page.click('footer');
  assert.equal(await isOpen(page), false);
  // A choice inside the menu still works.
  await page.click('details.menu summary');
  await page.click('.menu-item:has-text("Copy report")');
  await page.waitForSelector('.notice.info');
  assert.equal(await isOpen(page), false);
  assert.deepEqual(errors, []);
  await context.close();
});
