// The keyboard patterns of WAI-ARIA: the Export menu is a menu button (arrows, Home and
// End; Escape, a choice and a download give the focus back to its button) that a click
// outside closes too; Write and Read are tabs the arrow keys move between, one Tab stop;
// a skip link leads past the article to who said what.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, paste, openApp, analyzed, ARTICLE } from './harness.mjs';

const env = suite();

const isOpen = async (page) => (await page.getAttribute('.menu > .button', 'aria-expanded')) === 'true' &&
  page.isVisible('[role="menu"]');

test('Escape and a click outside close the Export menu', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await paste(page, 'textarea#article-input', ARTICLE);
  await analyzed(page);
  await page.click('.menu > .button');
  assert.equal(await isOpen(page), true);
  await page.keyboard.press('Escape');
  assert.equal(await isOpen(page), false);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Export');

  await page.click('.menu > .button');
  assert.equal(await isOpen(page), true);
  await page.click('footer');
  assert.equal(await isOpen(page), false);
  // A choice inside the menu still works.
  await page.click('.menu > .button');
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

test('the Export menu is a WAI-ARIA menu button, and the focus comes back after a download', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url);
  await paste(page, 'textarea#article-input', ARTICLE);
  await analyzed(page);
  const button = 'button[aria-haspopup="menu"]';
  const expanded = () => page.getAttribute(button, 'aria-expanded');
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return `${el.getAttribute('role') ?? el.tagName}: ${el.textContent}`;
  });
  assert.equal(await page.textContent(button), 'Export');
  assert.equal(await expanded(), 'false');
  assert.equal(await page.isVisible('[role="menu"]'), false);

  // Enter opens the menu on its first item; the arrows, Home and End move, and wrap.
  await page.focus(button);
  await page.keyboard.press('Enter');
  assert.equal(await expanded(), 'true');
  assert.equal(await page.getAttribute('[role="menu"]', 'aria-labelledby'), await page.getAttribute(button, 'id'));
  const items = await page.$$eval('[role="menu"] [role="menuitem"]', (els) => els.map((e) => e.tabIndex));
  assert.deepEqual(items, [-1, -1, -1, -1], 'items are reached by the arrows, not by Tab');
  assert.equal(await focused(), 'menuitem: Download analysis (JSON)');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(), 'menuitem: Download report (Markdown)');
  await page.keyboard.press('End');
  assert.equal(await focused(), 'menuitem: Copy report');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(), 'menuitem: Download analysis (JSON)');
  await page.keyboard.press('ArrowUp');
  assert.equal(await focused(), 'menuitem: Copy report');
  await page.keyboard.press('Home');
  assert.equal(await focused(), 'menuitem: Download analysis (JSON)');

  // Escape closes it and gives the focus back to its button.
  await page.keyboard.press('Escape');
  assert.equal(await expanded(), 'false');
  assert.equal(await page.isVisible('[role="menu"]'), false);
  assert.equal(await focused(), 'BUTTON: Export');

  // ArrowUp opens it on its last item; Tab leaves it closed.
  await page.keyboard.press('ArrowUp');
  assert.equal(await focused(), 'menuitem: Copy report');
  await page.keyboard.press('Tab');
  assert.equal(await expanded(), 'false');

  // A download by keyboard: the menu closes and the focus is back on Export.
  await page.focus(button);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(), 'menuitem: Download quotes (CSV)');
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(file.suggestedFilename(), /\.quotes\.csv$/);
  assert.equal(await expanded(), 'false');
  assert.equal(await focused(), 'BUTTON: Export');
  // And by mouse.
  await page.click(button);
  await Promise.all([page.waitForEvent('download'), page.click('[role="menuitem"]:has-text("Download report (Markdown)")')]);
  assert.equal(await focused(), 'BUTTON: Export');
  assert.deepEqual(errors, []);
  await context.close();
});
