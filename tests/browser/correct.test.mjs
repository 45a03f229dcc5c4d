// Reader corrections (issue 31): a fact-checker fixes a wrong row in place, can take the
// fix back, and finds it again after a reload, in every export, and in a saved analysis.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { suite, paste, openApp, analyzed, ARTICLE } from './harness.mjs';

const env = suite();

/** The worker's words in ARTICLE: the one statement of "Another worker". */
const CREWS = 'the crews had been sent home twice';

async function withArticle() {
  const opened = await openApp(env.browser, env.url);
  await paste(opened.page, 'textarea#article-input', ARTICLE);
  await analyzed(opened.page);
  return opened;
}

/** The card of the speaker named `name`. */
const card = (page, name) => page.locator('aside .speaker', { has: page.locator('.speaker-name', { hasText: name }) });

/** The names on the cards, in order. */
const names = (page) => page.$$eval('aside .speaker .speaker-name', (els) => els.map((e) => e.textContent));

/** The statements listed on a card. */
const statementsOf = (page, name) => card(page, name).locator('.quote-text').allTextContents();

/** Chooses `label` in the Export menu and resolves to the downloaded file's text. */
async function download(page, label) {
  await page.click('.menu > .button');
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`.menu-item:has-text("${label}")`)]);
  return readFile(await file.path(), 'utf8');
}

/** Renames "Another worker" through its card's form. */
async function renameWorker(page, name) {
  const worker = card(page, 'Another worker');
  await worker.locator('.card-buttons .correct-toggle').click();
  await worker.locator('.correct-form input[type="text"]').fill(name);
  await worker.locator('.correct-form button:has-text("Apply")').click();
  await card(page, name).waitFor();
}

test('merging two rows makes one card, and the notice\'s Undo takes it back', async () => {
  const { context, page, errors } = await withArticle();
  assert.deepEqual(await names(page), ['Eastbay Port Authority', 'Dana Okafor', 'A contractor', 'Another worker']);
  const worker = card(page, 'Another worker');
  await worker.locator('.card-buttons .correct-toggle').click();
  await worker.getByLabel('Same speaker as').selectOption({ label: 'A contractor' });
  await worker.locator('button:has-text("Merge")').click();
  await page.waitForFunction(() => document.querySelectorAll('aside .speaker').length === 3);
  assert.ok(!(await names(page)).includes('Another worker'));
  assert.ok((await statementsOf(page, 'A contractor')).includes(CREWS));
  assert.match(await page.textContent('.corrections'), /Merged Another worker into A contractor/);
  assert.match(await card(page, 'A contractor').textContent(), /corrected by you/);

  await page.click('.notice button:has-text("Undo")');
  await card(page, 'Another worker').waitFor();
  assert.deepEqual(await statementsOf(page, 'Another worker'), [CREWS]);
  assert.equal(await page.$('.corrections'), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a statement moves to another speaker, and Ctrl+Z moves it back', async () => {
  const { context, page, errors } = await withArticle();
  const item = card(page, 'Another worker').locator('.quotes li', { hasText: CREWS });
  await item.locator('.correct-toggle').click();
  await item.getByLabel('Said by').selectOption({ label: 'Dana Okafor' });
  await item.locator('button:has-text("Apply")').click();
  await page.waitForFunction(() => document.querySelectorAll('aside .speaker').length === 3);
  const moved = card(page, 'Dana Okafor').locator('.quotes li', { hasText: CREWS });
  assert.match(await moved.locator('.quote-type').textContent(), /corrected by you/);
  assert.match(await page.textContent('.corrections'), /Gave “the crews had been sent home twice” to Dana Okafor/);
  // The article's mark follows: its words are Okafor's now.
  const okafor = await card(page, 'Dana Okafor').getAttribute('data-speaker');
  const mark = page.locator('article mark[data-quote]', { hasText: 'sent home twice' }).first();
  assert.equal(await mark.getAttribute('data-speaker'), okafor);

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await card(page, 'Another worker').waitFor();
  assert.deepEqual(await statementsOf(page, 'Another worker'), [CREWS]);
  assert.ok(!(await statementsOf(page, 'Dana Okafor')).includes(CREWS));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a passage selected in the article is attributed to a speaker', async () => {
  const { context, page, errors } = await withArticle();
  // The headline: words no one said, which the reader attributes as a direct quote.
  await page.evaluate(() => {
    const p = document.querySelector('article.article > p');
    const text = p.firstChild;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 'Port authority delays'.length);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  });
  const bar = page.locator('form.passage-bar');
  await bar.waitFor();
  assert.match(await bar.textContent(), /Attribute\s*“?Port authority delays/);
  await bar.getByLabel('Said by').selectOption({ label: 'Dana Okafor' });
  await bar.locator('label', { hasText: /^as / }).locator('select').selectOption({ label: 'direct quote' });
  await bar.locator('button:has-text("Attribute")').click();
  await page.waitForFunction(() => !document.querySelector('form.passage-bar'));
  await page.waitForFunction(() => [...document.querySelectorAll('aside .quote-text')].some((e) => e.textContent === 'Port authority delays'));
  assert.ok((await statementsOf(page, 'Dana Okafor')).includes('Port authority delays'));
  assert.match(await page.textContent('.corrections'), /Attributed “Port authority delays” to Dana Okafor, as a direct quote/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a correction is kept across a reload, in the CSV, JSON and report, and in a saved analysis', async () => {
  const { context, page, errors } = await withArticle();
  await renameWorker(page, 'A dock worker');
  await page.waitForTimeout(700); // the text and its corrections are saved after a pause
  await page.reload();
  await analyzed(page);
  await card(page, 'A dock worker').waitFor();
  assert.ok(!(await names(page)).includes('Another worker'));
  assert.match(await page.textContent('.corrections'), /Renamed Another worker to A dock worker/);

  const csv = (await download(page, 'Download quotes (CSV)')).split('\n');
  assert.match(csv[0], /,speaker_gender,speaker_vague,channel,corrected$/);
  const crews = csv.find((line) => line.includes(CREWS));
  assert.match(crews, /^A dock worker,anonymous,/);
  assert.match(crews, /,true$/);
  assert.ok(csv.filter((line) => line.endsWith(',true')).length === 1, csv.join('\n'));

  const md = await download(page, 'Download report (Markdown)');
  assert.match(md, /## A dock worker \(anonymous, .*corrected by the reader\)/);
  assert.match(md, /## Corrections by the reader\n\n- Renamed Another worker to A dock worker\n/);

  const json = await download(page, 'Download analysis (JSON)');
  const saved = JSON.parse(json);
  const renamed = saved.speakers.find((s) => s.name === 'A dock worker');
  assert.equal(renamed.corrected, true);
  assert.equal(saved.speakers.filter((s) => s.corrected).length, 1);
  assert.equal(saved.corrections.length, 1);
  assert.deepEqual([saved.corrections[0].op, saved.corrections[0].name], ['rename', 'A dock worker']);

  // The saved analysis reopens, in a browser that never saw it, with its correction.
  const other = await openApp(env.browser, env.url);
  await other.page.setInputFiles('input[type="file"]', {
    name: 'harbour.whosaid.json',
    mimeType: 'application/json',
    buffer: Buffer.from(json),
  });
  await card(other.page, 'A dock worker').waitFor();
  assert.match(await other.page.textContent('.notice'), /It brings 1 correction of yours/);
  assert.match(await other.page.textContent('.corrections'), /Renamed Another worker to A dock worker/);
  assert.deepEqual([...errors, ...other.errors], []);
  await other.context.close();
  await context.close();
});

test('a correction whose words the reader deletes is listed as dropped, not lost', async () => {
  const { context, page } = await withArticle();
  await renameWorker(page, 'A dock worker');
  await page.click('.tab#tab-Write');
  const without = ARTICLE.replace('\n\nAnother worker said the crews had been sent home twice.', '');
  await page.fill('textarea#article-input', without);
  await page.waitForSelector('.corrections .dropped-note');
  assert.match(await page.textContent('.corrections'), /Renamed Another worker to A dock worker \(no longer applies\)/);
  await page.click('.corrections button:has-text("Forget those that no longer apply")');
  await page.waitForFunction(() => !document.querySelector('.corrections'));
  await context.close();
});

test('a speaker\'s kind and gender, a statement\'s type, and "Not a statement" are corrected, and the counts follow', async () => {
  const { context, page, errors } = await withArticle();
  const okafor = card(page, 'Dana Okafor');
  assert.match(await okafor.locator('.speaker-counts').textContent(), /3 direct · 0 partial · 1 reported/);
  await okafor.locator('.card-buttons .correct-toggle').click();
  await okafor.getByLabel('Gender').selectOption({ label: 'woman' });
  await okafor.locator('.correct-form button:has-text("Apply")').click();
  await okafor.locator('.gender[data-gender="female"]').waitFor();
  assert.equal((await okafor.locator('.gender').textContent()).trim(), 'woman: set by you');

  const fees = okafor.locator('.quotes li', { hasText: 'shipping fees' });
  await fees.locator('.correct-toggle').click();
  await fees.getByLabel('Type').selectOption({ label: 'partial quote' });
  await fees.locator('button:has-text("Apply")').click();
  await page.waitForFunction(() => /3 direct · 1 partial · 0 reported/.test(document.querySelector('aside .speaker[data-kind="named_person"] .speaker-counts')?.textContent ?? ''));

  const corners = okafor.locator('.quotes li', { hasText: 'cut corners' });
  await corners.locator('.correct-toggle').click();
  await corners.locator('button:has-text("Not a statement")').click();
  await page.waitForFunction(() => /2 direct · 1 partial · 0 reported/.test(document.querySelector('aside .speaker[data-kind="named_person"] .speaker-counts')?.textContent ?? ''));
  assert.ok(!(await statementsOf(page, 'Dana Okafor')).some((s) => s.includes('cut corners')));

  const contractor = card(page, 'A contractor');
  await contractor.locator('.card-buttons .correct-toggle').click();
  await contractor.getByLabel('Kind').selectOption({ label: 'media' });
  await contractor.locator('.correct-form button:has-text("Apply")').click();
  await page.waitForSelector('aside .speaker[data-kind="media"]');
  // The profile's chart counts the statement under its new kind.
  assert.match(await page.textContent('.sourcing'), /news outlets: 1/);
  assert.equal((await page.$$('.corrections .correction')).length, 4);
  assert.deepEqual(errors, []);
  await context.close();
});
