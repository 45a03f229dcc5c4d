// One definition of a statement and of each kind, for the chart, the cards and the notes;
// nothing summed up before there is an article; every speaker of the chart reachable.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, paste, openApp, analyzed, ARTICLE } from './harness.mjs';

const env = suite();

const NAMES = ['Ana Ruiz', 'Tom Hale', 'Dana Okafor', 'Liam Brooks', 'Maria Chen', 'Omar Haddad',
  'Grace Kim', 'Peter Novak', 'Sara Lind', 'Jon Ortiz'];

test('before an article there is nothing to sum up', async () => {
  const { context, page } = await openApp(env.browser, env.url);
  assert.match(await page.textContent('.sourcing'), /Paste or open an article/);
  assert.doesNotMatch(await page.textContent('.sidebar'), /No quotes/);
  await context.close();
});

test('the chart counts what the cards list, and its hidden speakers can be shown', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url);
  await paste(page, 'textarea#article-input', ARTICLE);
  await analyzed(page);
  // Every statement of the article's one named person is in the chart's count of people.
  const counts = await page.textContent('aside .speaker[data-kind="named_person"] .speaker-counts');
  const listed = counts.match(/\d+/g).map(Number).reduce((x, y) => x + y, 0);
  assert.match(await page.textContent('.sourcing .key'), new RegExp(`people: ${listed}(?!\\d)`));

  const text = NAMES.map((n, i) => `"The harbour plan number ${i + 1} is a good one," said ${n}.`).join('\n\n');
  await page.click('button:has-text("Clear")');
  await paste(page, 'textarea#article-input', text);
  await analyzed(page);
  assert.equal(await page.locator('.sourcing .shares li').count(), 8);
  await page.click('.sourcing button:has-text("Show 2 more speakers")');
  assert.equal(await page.locator('.sourcing .shares li').count(), 10);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the sidebar\'s filter reaches the article\'s highlights', async () => {
  const { context, page } = await openApp(env.browser, env.url);
  await paste(page, 'textarea#article-input', ARTICLE);
  await analyzed(page);
  const look = () => page.$eval('article mark[data-kind="indirect"][data-speaker-kind="anonymous"]',
    (el) => getComputedStyle(el).backgroundColor);
  const shown = await look();
  await page.click('aside .chip[data-kind="anonymous"]');
  await page.waitForSelector('aside .chip[data-kind="anonymous"][aria-pressed="false"]');
  assert.notEqual(await look(), shown);
  assert.equal(await look(), 'rgba(0, 0, 0, 0)');
  await context.close();
});
