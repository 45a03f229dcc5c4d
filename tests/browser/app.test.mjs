// The release build in a real browser, as a reader uses it: paste an article, read its
// highlights, follow quotes from the sidebar, filter and select speakers, export, reload.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { suite, paste, openApp, analyzed, ARTICLE } from './harness.mjs';

const env = suite();

async function pasted(article = ARTICLE) {
  const app = await openApp(env.browser, env.url);
  await paste(app.page, 'textarea#article-input', article);
  await app.page.waitForSelector('article mark[data-kind="direct"]');
  await analyzed(app.page);
  return app;
}

test('paste, highlights, sidebar and a click that scrolls to the quote', async () => {
  const { context, page, errors } = await pasted();
  const direct = await page.$$eval('article mark[data-kind="direct"]', (els) => els.map((e) => e.textContent));
  assert.deepEqual(direct, [
    'We found more silt than the survey predicted,',
    'We will not cut corners,',
    'The channel has to be safe for every ship.',
  ]);
  for (const kind of ['indirect', 'cue', 'PERSON', 'ORG', 'source', 'source-anonymous', 'anonymity']) {
    assert.ok(await page.$(`article mark[data-kind="${kind}"]`), `a ${kind} highlight`);
  }
  const names = await page.$$eval('aside .speaker .speaker-name', (els) => els.map((e) => e.textContent));
  assert.deepEqual(names, ['Eastbay Port Authority', 'Dana Okafor', 'A contractor', 'Another worker']);
  const kinds = await page.$$eval('aside .speaker', (els) => els.map((e) => e.dataset.kind));
  assert.deepEqual(kinds, ['named_organization', 'named_person', 'anonymous', 'anonymous']);
  assert.equal(
    await page.textContent('aside .speaker[data-speaker="2"] .anonymity-cue'),
    'Unnamed: who asked not to be named',
  );
  assert.match(await page.textContent('.sourcing .notes'), /2 statements rest on anonymous sources \(2 sources\)/);

  // Push the last quote out of view, then follow it from the sidebar.
  await page.setViewportSize({ width: 1200, height: 300 });
  const button = page.locator('aside .speaker[data-speaker="1"] .quote-link').last();
  const quoteId = await button.getAttribute('data-quote');
  await button.click();
  await page.waitForFunction((id) => document.getElementById(`q-${id}`)?.hasAttribute('data-flash'), quoteId);
  await page.waitForFunction((id) => {
    const r = document.getElementById(`q-${id}`).getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }, quoteId);
  assert.match(await page.textContent(`#q-${quoteId}`), /delay would not raise shipping fees/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('hover, select, filter, sort and layer toggles', async () => {
  const { context, page } = await pasted();
  // Hovering a speaker's card lights up their words in the article.
  await page.hover('aside .speaker[data-speaker="1"]');
  await page.waitForSelector('article mark.hover[data-speaker="1"]');
  assert.equal(await page.$('article mark.hover:not([data-speaker="1"])'), null);

  // Choosing a speaker dims everyone else; Escape brings them back.
  await page.click('aside .speaker[data-speaker="1"] .select-speaker');
  await page.waitForSelector('article.focusing');
  const selected = await page.$$eval('article mark.selected', (els) => [...new Set(els.map((e) => e.dataset.speaker))]);
  assert.deepEqual(selected, ['1']);
  await page.keyboard.press('Escape');
  await page.waitForSelector('article:not(.focusing)');

  // Keyboard: a quote is focusable, and Enter selects its speaker.
  await page.focus('article mark[data-kind="direct"][tabindex="0"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('aside .speaker.selected[data-speaker="1"]');
  await page.keyboard.press('Escape');

  // Hide anonymous sources from the sidebar, then sort by number of statements.
  await page.click('aside .kind-filter .chip[data-kind="anonymous"]');
  const visible = await page.$$eval('aside .speaker .speaker-name', (els) => els.map((e) => e.textContent));
  assert.deepEqual(visible, ['Eastbay Port Authority', 'Dana Okafor']);
  assert.match(await page.textContent('aside .who-said-what'), /2 speakers hidden by the filter/);
  await page.click('aside .kind-filter .chip[data-kind="anonymous"]');
  await page.selectOption('aside .sort select', { label: 'Number of statements' });
  const sorted = await page.$$eval('aside .speaker .speaker-name', (els) => els.map((e) => e.textContent));
  assert.equal(sorted[0], 'Dana Okafor');

  // Turning a layer off hides its highlights but keeps the text.
  const toggle = page.locator('.layers .layer-toggle', { hasText: 'Direct quotes' });
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  await page.waitForSelector('article.hide-direct');
  const background = await page.$eval('article mark[data-kind="direct"]', (e) => getComputedStyle(e).backgroundColor);
  assert.equal(background, 'rgba(0, 0, 0, 0)');
  await context.close();
});

test('exports: named after the headline, JSON with its text that opens again, Markdown, CSV, copy', async () => {
  const { context, page } = await pasted();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const download = async (label) => {
    await page.click('.menu > .button');
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(`.menu-item:has-text("${label}")`)]);
    return { name: file.suggestedFilename(), body: await readFile(await file.path(), 'utf8') };
  };
  const json = await download('Download analysis (JSON)');
  assert.equal(json.name, 'port-authority-delays-harbour-dredging.whosaid.json');
  const analysis = JSON.parse(json.body);
  assert.equal(analysis.text, ARTICLE);
  const bytes = Buffer.from(ARTICLE, 'utf8');
  for (const q of analysis.quotes) {
    assert.equal(bytes.subarray(q.start, q.end).toString('utf8'), q.text, 'offsets point at the text');
  }
  assert.deepEqual(analysis.speakers.map((s) => s.kind), ['named_organization', 'named_person', 'anonymous', 'anonymous']);

  const md = await download('Download report (Markdown)');
  assert.equal(md.name, 'port-authority-delays-harbour-dredging.report.md');
  assert.match(md.body, /^# Who said what: Port authority delays harbour dredging\n\n4 speakers, 7 attributed statements, 0 without a speaker\./);
  assert.match(md.body, /## Dana Okafor \(person, gender unknown\)\n\nthe authority's chief engineer\n\n- \*direct quote\*: “We found more silt than the survey predicted,”/);

  const csv = await download('Download quotes (CSV)');
  assert.equal(csv.name, 'port-authority-delays-harbour-dredging.quotes.csv');
  const rows = csv.body.trim().split('\n');
  assert.equal(rows[0], 'speaker,speaker_kind,also_said_by,type,text,cue,start,end,start_byte,end_byte,confidence,speaker_gender,speaker_vague,channel,corrected');
  assert.equal(rows.length, 8);
  assert.match(rows[2], /^Dana Okafor,named_person,,direct,"We found more silt than the survey predicted,",said,/);

  await page.click('.menu > .button');
  await page.click('.menu-item:has-text("Copy report")');
  await page.waitForSelector('.notice.info');
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^# Who said what/);

  // The saved JSON opens again as its article, in a fresh page.
  const { context: other, page: again } = await openApp(env.browser, env.url);
  await again.setInputFiles('input[type="file"]', {
    name: json.name, mimeType: 'application/json', buffer: Buffer.from(json.body),
  });
  await analyzed(again);
  assert.match(await again.textContent('.notice.info'), /saved analysis/);
  const reopened = await again.$$eval('article mark[data-kind="direct"]', (els) => els.length);
  assert.equal(reopened, analysis.quotes.filter((q) => q.type === 'direct').length);
  await other.close();
  await context.close();
});

test('the text and settings survive a reload', async () => {
  const { context, page } = await pasted();
  await page.locator('.layers .layer-toggle', { hasText: 'Names' }).click();
  await page.waitForTimeout(700); // the text is saved after a pause
  await page.reload();
  await page.waitForSelector('article mark[data-kind="direct"]');
  assert.match(await page.textContent('article'), /Eastbay Port Authority said on Monday/);
  assert.equal(await page.locator('.layers .layer-toggle', { hasText: 'Names' }).getAttribute('aria-pressed'), 'false');
  await page.click('button:has-text("Clear")');
  await page.waitForTimeout(700);
  await page.reload();
  assert.equal(await page.inputValue('textarea#article-input'), '');
  await context.close();
});

test('full storage is a message, never a lost text', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const page = await context.newPage();
  await page.goto(env.url);
  await page.waitForSelector('textarea#article-input');
  await paste(page, 'textarea#article-input', ARTICLE);
  await page.waitForSelector('.notice.error');
  assert.match(await page.textContent('.notice.error'), /too long to keep across reloads/);
  assert.match(await page.textContent('article'), /Eastbay Port Authority/);
  await context.close();
});

test('files open as clean text, and what is not text is refused', async () => {
  const { context, page } = await openApp(env.browser, env.url);
  await page.setInputFiles('input[type="file"]', {
    name: 'story.html',
    mimeType: 'text/html',
    buffer: Buffer.from('<h1>Harbour news</h1><p>"We are ready for the season," said Dana Okafor.</p><script>window.__ran = 1</script>'),
  });
  await page.waitForSelector('article mark[data-kind="direct"]');
  assert.equal(await page.textContent('article p'), 'Harbour news');
  assert.equal(await page.evaluate(() => window.__ran), undefined);
  await page.setInputFiles('input[type="file"]', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]) });
  await page.waitForSelector('.notice.error');
  assert.match(await page.textContent('.notice.error'), /does not look like text/);
  assert.match(await page.textContent('article'), /Harbour news/, 'the article already open stays');
  await context.close();
});

test('a paste beyond the size limit is refused and the text kept', async () => {
  const { context, page } = await pasted();
  await page.click('button[role="tab"]:has-text("Write")');
  const huge = 'word '.repeat(1_700_000);
  await paste(page, 'textarea#article-input', huge);
  await page.waitForSelector('.notice.error');
  assert.match(await page.textContent('.notice.error'), /longer than 8 MB/);
  assert.equal(await page.inputValue('textarea#article-input'), ARTICLE);
  await context.close();
});
