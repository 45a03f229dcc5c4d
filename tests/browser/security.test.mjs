// Privacy, safety and hosting, checked in Chromium on the release build:
// - once loaded, the page makes no network request at all, whatever the reader does;
// - pasted or opened markup never runs and never becomes markup;
// - the page's Content-Security-Policy is strict and the app works under it;
// - after one visit the app loads and works with the network off;
// - the plain release build works from any sub-path of a static server, offline too.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, serve, paste, pasteHtml, openApp, analyzed, ARTICLE } from './harness.mjs';

const env = suite();

/** Resolves when the service worker controls the page and has cached the build. */
async function offlineReady(page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return registration.active.state;
  });
}

test('no network request after the page has loaded', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { acceptDownloads: true });
  await offlineReady(page);
  await page.waitForLoadState('networkidle');
  const requests = [];
  context.on('request', (r) => {
    if (!r.url().startsWith('blob:') && !r.url().startsWith('data:')) requests.push(`${r.method()} ${r.url()}`);
  });
  await paste(page, 'textarea#article-input', ARTICLE);
  await page.waitForSelector('article mark[data-kind="direct"]');
  await analyzed(page);
  await page.click('aside .speaker[data-speaker="1"] .select-speaker');
  await page.click('aside .quote-link >> nth=0');
  await page.click('button[role="tab"]:has-text("Write")');
  await page.fill('textarea#article-input', `${ARTICLE}\n\n"One more line for the record," Okafor said.`);
  await analyzed(page);
  await page.click('button[role="tab"]:has-text("Read")');
  await page.click('.menu > .button');
  await Promise.all([page.waitForEvent('download'), page.click('.menu-item:has-text("Download quotes (CSV)")')]);
  await page.waitForTimeout(500);
  assert.deepEqual(requests, []);
  // The recorder does see requests, the page's and its service worker's: a deliberate
  // one shows up.
  await page.evaluate(() => fetch('./manifest.webmanifest'));
  await page.waitForTimeout(200);
  assert.ok(requests.length >= 1 && requests.every((r) => r.endsWith('/manifest.webmanifest')), requests.join());
  assert.deepEqual(errors, []);
  await context.close();
});

const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'onerror\'">',
  '<a href="javascript:window.__pwned=\'href\'">click</a>',
  '<svg onload="window.__pwned = \'svg\'"><script>window.__pwned = "svg-script"</script></svg>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '"<b onmouseover=window.__pwned=1>Bold words here now</b>," she said.',
];

test('pasted markup never runs and never becomes markup', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url);
  const text = PAYLOADS.join('\n\n');
  // As plain text, the payloads are shown as what they are.
  await paste(page, 'textarea#article-input', text);
  await page.waitForSelector('article p');
  await analyzed(page);
  const shown = await page.textContent('article');
  for (const p of PAYLOADS.slice(0, 3)) assert.ok(shown.includes(p), `shown as text: ${p}`);
  for (const tag of ['script', 'img', 'a[href^="javascript"]', 'svg', 'iframe', 'b']) {
    assert.equal(await page.$(`article ${tag}, aside ${tag}`), null, `no ${tag} element`);
  }
  // As rich text from another page, they are converted to text.
  await page.click('button:has-text("Clear")');
  await pasteHtml(page, 'textarea#article-input', PAYLOADS.join(''), 'fallback');
  await page.waitForSelector('article p');
  assert.match(await page.textContent('article'), /Bold words here now/);
  await page.hover('article p');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval('body script, body img, body iframe', (els) => els.length), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a strict Content-Security-Policy, under which the app works', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url);
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /script-src 'self' 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'/);
  await page.evaluate(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await paste(page, 'textarea#article-input', ARTICLE);
  await page.waitForSelector('article mark[data-kind="direct"]');
  await analyzed(page);
  await page.click('aside .quote-link >> nth=0');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  // The policy is enforced: an inline script does not run.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
  });
  assert.equal(await page.evaluate(() => window.__inline), undefined);
  assert.deepEqual(errors.filter((e) => !/Content Security Policy/.test(e)), []);
  await context.close();
});

test('after one visit the app loads and works offline', async () => {
  const { context, page } = await openApp(env.browser, env.url);
  await offlineReady(page);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('textarea#article-input');
  await paste(page, 'textarea#article-input', ARTICLE);
  await page.waitForSelector('article mark[data-kind="direct"]');
  await analyzed(page);
  assert.equal(await page.$$eval('aside .speaker', (els) => els.length), 4);
  await context.close();
});

test('the plain release build works from a sub-path of any static server, offline too', async (t) => {
  // scripts/test.sh builds with `trunk build --release` and no --public-url: Trunk.toml
  // alone must make every link relative. The server answers nothing outside the prefix.
  const prefix = '/news/tools/whosaid/';
  const nested = await serve(undefined, prefix);
  t.after(() => nested.close());
  const { context, page, errors } = await openApp(env.browser, nested.url);
  const outside = [];
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && !url.pathname.startsWith(prefix)) outside.push(r.url());
  });
  await paste(page, 'textarea#article-input', ARTICLE);
  await page.waitForSelector('article mark[data-kind="direct"]');
  await analyzed(page);
  assert.equal(await page.$$eval('aside .speaker', (els) => els.length), 4);
  // The service worker is the sub-path's own, and keeps the app working offline there.
  await offlineReady(page);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope), nested.url);
  await page.waitForFunction(() => localStorage.getItem('whosaid.text')); // kept for the reload
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('article mark[data-kind="direct"]');
  await analyzed(page);
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});
