// On a phone (390 × 844): the article begins in the top third of the screen, with the
// highlight toggles and the key of names folded into one row that keyboard and screen
// reader still open; the bar of a picked quote names its whole speaker.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, paste, openApp, analyzed, ARTICLE } from './harness.mjs';

const env = suite();
const PHONE = { viewport: { width: 390, height: 844 } };

test('the article begins in the top third of a phone\'s screen', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, PHONE);
  await paste(page, 'textarea#article-input', ARTICLE);
  await page.waitForSelector('article mark[data-kind="direct"]');
  await analyzed(page);
  const top = await page.evaluate(() => document.querySelector('article.article').getBoundingClientRect().top + window.scrollY);
  assert.ok(top < 844 / 3, `the article begins ${Math.round(top)} px down`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone the highlight toggles and the key open from one button, by keyboard', async () => {
  const { context, page } = await openApp(env.browser, env.url, PHONE);
  await paste(page, 'textarea#article-input', ARTICLE);
  await analyzed(page);
  const opener = page.getByRole('button', { name: /^Highlights/ });
  assert.equal(await opener.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.isVisible('.layer-toggle'), false, 'folded');
  assert.equal(await page.isVisible('.entity-legend'), false, 'folded');
  await opener.focus();
  await page.keyboard.press('Enter');
  assert.equal(await opener.getAttribute('aria-expanded'), 'true');
  assert.equal(await page.isVisible('.entity-legend'), true, 'the key of names');
  const panel = await opener.getAttribute('aria-controls');
  assert.ok(await page.$(`#${panel} .layer-toggle`), 'the button controls the toggles');
  await page.keyboard.press('Tab');
  const toggle = await page.evaluate(() => document.activeElement.closest('.layer-toggle')?.textContent);
  assert.match(toggle ?? '', /Direct quotes$/);
  await page.keyboard.press('Space');
  await page.waitForSelector('article.hide-direct');
  await opener.focus();
  await page.keyboard.press('Enter');
  assert.equal(await opener.getAttribute('aria-expanded'), 'false');
  assert.match(await opener.textContent(), /5 of 6/, 'the folded row says what is hidden');
  await context.close();
});

test('the bar of a picked quote names its whole speaker', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, PHONE);
  const text = 'Harbour master warns of delays\n\n' +
    '"We will keep the channel open for every ship," said Maria Fernanda Okafor-Whitfield, the harbour master.';
  await paste(page, 'textarea#article-input', text);
  await analyzed(page);
  await page.click('article mark[data-kind="direct"][data-speaker]');
  await page.waitForSelector('.selection-bar');
  const name = await page.textContent('aside .speaker.selected .speaker-name');
  assert.equal(name, 'Maria Fernanda Okafor-Whitfield');
  const shown = await page.$eval('.selection-bar', (bar) => {
    const strong = bar.querySelector('strong');
    const line = strong.parentElement.getBoundingClientRect();
    const r = strong.getBoundingClientRect();
    const b = bar.getBoundingClientRect();
    return {
      text: strong.textContent,
      clipped: strong.parentElement.scrollWidth > strong.parentElement.clientWidth ||
        r.right > line.right + 0.5 || r.bottom > line.bottom + 0.5,
      onScreen: b.left >= 0 && b.right <= window.innerWidth && b.bottom <= window.innerHeight,
    };
  });
  assert.deepEqual(shown, { text: name, clipped: false, onScreen: true });
  assert.deepEqual(errors, []);
  await context.close();
});
