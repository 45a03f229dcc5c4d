// An export is never wronger than the card: the CSV's rows are the sidebar's statements,
// the Markdown report and the clipboard list the same spans, and the CSV's offsets count
// characters as spreadsheets and pandas do (UTF-8 byte offsets beside them, named so).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { suite, paste, openApp, analyzed } from './harness.mjs';

const env = suite();

/** Accented letters and curly quotes before the statements, so that characters and UTF-8
 * bytes differ; a partial quote inside a reported statement, which is part of that
 * statement, not a statement of its own. Not a real article. */
const TEXT = `Café owners fear the new harbour fees

Dana Okafor, the authority’s chief engineer, said the dredging was “a costly nuisance” for the shippers of Zürich.

“We found more silt than the survey predicted,” said Okafor.

Another worker said the crews had been sent home twice.`;

/** RFC 4180: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(body) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else if (c !== '\r') cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  const [header, ...records] = rows;
  return records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

/** Chooses `label` in the Export menu and resolves to the downloaded file's text. */
async function download(page, label) {
  await page.click('.menu > .button');
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`.menu-item:has-text("${label}")`)]);
  return readFile(await file.path(), 'utf8');
}

/** The sidebar's statements: each listed once, though a shared one is on two cards. */
async function sidebarStatements(page) {
  const items = await page.$$eval('aside .quote-link', (els) => els.map((e) => [e.dataset.quote, e.querySelector('.quote-text').textContent]));
  return [...new Map(items).values()].sort();
}

test('the CSV\'s rows are the sidebar\'s statements, at character offsets', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url);
  await paste(page, 'textarea#article-input', TEXT);
  await page.waitForSelector('article mark[data-kind="partial"]');
  await analyzed(page);
  const statements = await sidebarStatements(page);
  assert.ok(statements.length >= 3, statements.join(' | '));
  assert.ok(!statements.includes('a costly nuisance'), 'the partial quote is part of the reported statement');

  const rows = parseCsv(await download(page, 'Download quotes (CSV)'));
  assert.deepEqual(rows.map((r) => r.text).sort(), statements);
  const chars = Array.from(TEXT);
  const bytes = Buffer.from(TEXT, 'utf8');
  for (const r of rows) {
    // What pandas and a spreadsheet's MID() count: characters (Unicode code points).
    assert.equal(chars.slice(Number(r.start), Number(r.end)).join(''), r.text, `characters ${r.start}..${r.end}`);
    assert.equal(bytes.subarray(Number(r.start_byte), Number(r.end_byte)).toString('utf8'), r.text, 'bytes');
  }
  assert.ok(rows.some((r) => r.start !== r.start_byte), 'the test has characters of more than one byte');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Markdown and the clipboard list the same statements as the cards', async () => {
  const { context, page } = await openApp(env.browser, env.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await paste(page, 'textarea#article-input', TEXT);
  await analyzed(page);
  const cards = await page.$$eval('aside .speaker', (els) => els.map((card) => ({
    name: card.querySelector('.speaker-name').textContent,
    said: [...card.querySelectorAll('.quote-text')].map((q) => q.textContent),
  })));
  const md = await download(page, 'Download report (Markdown)');
  /** The statements of the report, speaker by speaker, quotation marks taken off. */
  const listed = md.split('\n## ').slice(1).map((section) => ({
    name: section.split('\n')[0].replace(/ \([^)]*\)$/, ''),
    said: section.split('\n').filter((l) => l.startsWith('- *')).map((l) => l.replace(/^- \*[^*]+\*: /, '').replace(/^“(.*)”$/, '$1')),
  }));
  assert.deepEqual(listed, cards);
  await page.click('.menu > .button');
  await page.click('.menu-item:has-text("Copy report")');
  await page.waitForSelector('.notice.info');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), md);
  await context.close();
});
