// The keyboard patterns of WAI-ARIA: the Export menu closes on Escape (the focus back on
// its button) and on a click outside; Write and Read are tabs the arrow keys move
// between, one Tab stop; a skip link leads past the article to who said what.

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

test('Write and Read are arrow-key tabs, and a skip link leads to who said what', async () => {
  const { context, page } = await openApp(env.browser, env.url);
  await paste(page, 'textarea#article-input', ARTICLE);
  await analyzed(page);
  const stops = await page.$$eval('[role="tab"]', (tabs) => tabs.map((t) => t.tabIndex));
  assert.deepEqual(stops.sort(), [-1, 0], 'one Tab stop for the two tabs');
  await page.focus('[role="tab"][aria-selected="true"]');
  const before = await page.evaluate(() => document.activeElement.id);
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => document.activeElement.id);
  assert.notEqual(second, before);
  assert.equal(await page.getAttribute(`#${second}`, 'aria-selected'), 'true');
  await page.keyboard.press('Home');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-Write');

  // The skip links come first on the page, before the toolbar.
  const first = await page.evaluate(() => [...document.querySelectorAll('a, button, textarea, select')]
    .slice(0, 2).map((e) => e.textContent));
  assert.deepEqual(first, ['Skip to the article', 'Skip to who said what']);
  await page.focus('a.skip-link[href="#who-title"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'who-title');
  await context.close();
});

test('a mark shows its label beside it on hover and keyboard focus, and in print', async () => {
  const { context, page } = await openApp(env.browser, env.url);
  await paste(page, 'textarea#article-input', ARTICLE);
  await analyzed(page);
  const after = (selector) => page.$eval(selector, (el) => getComputedStyle(el, '::after').content);
  const quote = 'article mark[data-kind="direct"][tabindex="0"]';
  assert.equal(await after(quote), 'none');
  await page.focus(quote);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab'); // focus by keyboard, so :focus-visible applies
  assert.match(await after(quote), /Direct quote, Dana Okafor/);
  await page.hover('article mark[data-kind="PERSON"]');
  assert.match(await after('article mark[data-kind="PERSON"]:hover'), /Name: person/);
  await page.emulateMedia({ media: 'print' });
  assert.match(await after('article mark[data-kind="ORG"]'), /\[Name: organization\]/);
  await context.close();
});
