// Picking a quote in the article leads to its speaker in the sidebar: beside the article
// the card scrolls into the sidebar's view; on a phone, where the summary lies far below,
// a bar names the speaker and leads to the card.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, paste, openApp, analyzed, ARTICLE } from './harness.mjs';

const env = suite();

/** The id of the last speaker card, and whether its top is inside `box` (of the sidebar
 * or the screen). */
async function lastCard(page, within) {
  return page.evaluate((within) => {
    const cards = document.querySelectorAll('aside .speaker');
    const card = cards[cards.length - 1];
    const box = within === 'sidebar'
      ? document.querySelector('aside.sidebar').getBoundingClientRect()
      : { top: 0, bottom: window.innerHeight };
    const r = card.getBoundingClientRect();
    return { id: card.dataset.speaker, seen: r.top >= box.top && r.top < box.bottom };
  }, within);
}

test('beside the article, the picked speaker\'s card scrolls into the sidebar\'s view', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { viewport: { width: 1200, height: 420 } });
  await paste(page, 'textarea#article-input', ARTICLE);
  await analyzed(page);
  const before = await lastCard(page, 'sidebar');
  assert.equal(before.seen, false, 'the last card starts out of the sidebar\'s view');
  await page.click(`article mark[data-speaker="${before.id}"]`);
  await page.waitForSelector(`aside .speaker.selected[data-speaker="${before.id}"]`);
  await page.waitForFunction((id) => {
    const card = document.querySelector(`aside .speaker[data-speaker="${id}"]`).getBoundingClientRect();
    const side = document.querySelector('aside.sidebar').getBoundingClientRect();
    return card.top >= side.top && card.top < side.bottom;
  }, before.id, { timeout: 5000 });
  assert.equal(await page.isVisible('.selection-bar'), false, 'no bar beside the sidebar');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone, a tapped quote names its speaker and leads to the card', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { viewport: { width: 390, height: 800 } });
  await paste(page, 'textarea#article-input', ARTICLE);
  await analyzed(page);
  const before = await lastCard(page, 'screen');
  assert.equal(before.seen, false, 'the summary starts below the screen');
  const mark = `article mark[data-speaker="${before.id}"]`;
  await page.$eval(mark, (el) => el.scrollIntoView({ block: 'center' }));
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.click(mark);
  await page.waitForSelector('.selection-bar');
  const name = await page.textContent(`aside .speaker[data-speaker="${before.id}"] .speaker-name`);
  assert.match(await page.textContent('.selection-bar'), new RegExp(`Said by ${name}`));
  await page.waitForTimeout(300);
  assert.ok(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled) < 200, 'a tap does not jump away');
  await page.click('.selection-bar button:has-text("Show in summary")');
  await page.waitForFunction((id) => {
    const r = document.querySelector(`aside .speaker[data-speaker="${id}"]`).getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  }, before.id, { timeout: 5000 });
  await page.click('.selection-bar .dismiss');
  assert.equal(await page.$('.selection-bar'), null);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The background of the first mark matching `selector`: a highlight that is dimmed
 * loses it. */
const background = (page, selector) => page.$eval(selector, (el) => getComputedStyle(el).backgroundColor);

/** Clicks the first line of the mark, as a reader does: a mark broken over two lines has
 * plain text at the middle of its box. */
async function clickMark(page, selector) {
  const r = await page.$eval(selector, (el) => el.getClientRects()[0].toJSON());
  await page.mouse.click(r.x + Math.min(r.width / 2, 20), r.y + r.height / 2);
}

test('a picked quote shows its speaker and hides no other highlight', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url);
  await paste(page, 'textarea#article-input', ARTICLE);
  await analyzed(page);
  const okafor = 'article mark[data-kind="direct"][data-speaker="1"][tabindex="0"]';
  const contractor = 'article mark[data-kind="indirect"][data-speaker="2"][tabindex="0"]';
  const shown = { okafor: await background(page, okafor), contractor: await background(page, contractor) };
  assert.notEqual(shown.contractor, 'rgba(0, 0, 0, 0)');

  await clickMark(page, okafor);
  await page.waitForSelector('aside .speaker.selected[data-speaker="1"]');
  const quote = await page.getAttribute(okafor, 'data-quote');
  assert.equal(await page.$('article.focusing'), null, 'nothing is dimmed');
  assert.equal(await background(page, contractor), shown.contractor, 'another speaker keeps their highlight');
  assert.ok(await page.$(`article mark.picked[data-quote="${quote}"]`), 'the quote is shown picked');

  // Enter on another quote picks that one instead.
  await page.focus(contractor);
  await page.keyboard.press('Enter');
  await page.waitForSelector('aside .speaker.selected[data-speaker="2"]');
  assert.equal(await page.$('aside .speaker.selected[data-speaker="1"]'), null);
  assert.equal(await page.$('article.focusing'), null);
  assert.equal(await background(page, okafor), shown.okafor);
  assert.deepEqual(errors, []);
  await context.close();
});

test('"only this speaker" is a choice of its own, undone beside the article or on the card', async () => {
  const { context, page } = await openApp(env.browser, env.url);
  await paste(page, 'textarea#article-input', ARTICLE);
  await analyzed(page);
  const okafor = 'article mark[data-kind="direct"][data-speaker="1"]';
  const shown = await background(page, okafor);
  const only = 'aside .speaker[data-speaker="2"] .select-speaker';
  await page.click(only);
  await page.waitForSelector('article.focusing');
  assert.equal(await page.getAttribute(only, 'aria-pressed'), 'true');
  assert.notEqual(await background(page, okafor), shown, 'the others are dimmed');

  // Beside the article: what is shown, and the way back, reached by keyboard.
  const reset = page.locator('#article-panel button', { hasText: 'Show everyone' });
  assert.match(await page.textContent('#article-panel .only-bar'), /A contractor/);
  await reset.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('article:not(.focusing)');
  assert.equal(await background(page, okafor), shown);
  assert.equal(await page.getAttribute(only, 'aria-pressed'), 'false');
  assert.equal(await reset.count(), 0);

  // The card's own button undoes it too.
  await page.click(only);
  await page.waitForSelector('article.focusing');
  await page.click(only);
  await page.waitForSelector('article:not(.focusing)');
  await context.close();
});
