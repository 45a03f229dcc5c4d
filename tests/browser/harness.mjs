// Shared set-up for the browser tests: a static server for the release build in dist/
// and headless Debian Chromium driven by playwright-core.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dist = process.env.WHOSAID_DIST ?? path.join(root, 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves `dir` under `prefix` on a free port; resolves to { url, close }. */
export async function serve(dir = dist, prefix = '/') {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    let file = path.join(dir, decodeURIComponent(url.pathname.slice(prefix.length)));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  // Dropping open keep-alive connections lets a failed test end instead of hanging.
  const close = () =>
    new Promise((r) => {
      server.close(r);
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${port}${prefix}`, close };
}

/** Headless Chromium as this machine allows it: Debian's binary, no sandbox as root. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Pastes `text` into the focused element as a reader would, through the clipboard. */
export async function paste(page, selector, text) {
  await page.focus(selector);
  await page.evaluate(async ([sel, t]) => {
    const el = document.querySelector(sel);
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    if (el.dispatchEvent(event)) {
      // Nothing handled the paste: insert as the browser would.
      document.execCommand('insertText', false, t);
    }
  }, [selector, text]);
}

/** Pastes `html` into the element at `selector` as rich text copied from a web page, with
 * `plain` as its plain-text form. */
export async function pasteHtml(page, selector, html, plain = 'plain') {
  await page.focus(selector);
  await page.evaluate(([sel, h, p]) => {
    const data = new DataTransfer();
    data.setData('text/html', h);
    data.setData('text/plain', p);
    const el = document.querySelector(sel);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, [selector, html, plain]);
}

/** A fresh browser context (its own storage) with the app open and its errors recorded. */
export async function openApp(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  await page.waitForSelector('.app');
  return { context, page, errors };
}

/** Waits until the analysis of the current text is shown. */
export async function analyzed(page) {
  await page.waitForFunction(() => {
    const s = document.querySelector('.status');
    return s && /analyzed in/.test(s.textContent);
  });
}

/** An article written for the tests: a named person, an organization, two anonymous
 * sources (one with a reason), a split quote, and reported speech. Not a real article. */
export const ARTICLE = `Port authority delays harbour dredging

The Eastbay Port Authority said on Monday that dredging of the harbour would be delayed until autumn.

"We found more silt than the survey predicted," said Dana Okafor, the authority's chief engineer.

A contractor, who asked not to be named, said the equipment had been idle for weeks.

"We will not cut corners," Okafor said. "The channel has to be safe for every ship."

Another worker said the crews had been sent home twice.

Okafor added that the delay would not raise shipping fees.`;

/** For one test file: serves the build and launches Chromium before its tests, closing
 * both after them. Tests read `env.browser` and `env.url`. */
export function suite() {
  const env = {};
  before(async () => {
    env.server = await serve();
    env.url = env.server.url;
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
